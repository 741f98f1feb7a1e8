import {
  ccrHourValue,
  ccrHoursGain,
  specialOrder,
} from '../../src/functions/constraintDecisionFunctions';
import { deltaNp, deltaRoi, paybackMonth } from '../../src/functions/decisionFunctions';
import { excelErrorOf as errorOf } from './excel';

/** The Excel error a call throws: its code and message. */

// Excel passes an omitted optional argument as null, which the TS signature cannot say.
const OMITTED = null as never;

// The expert of the core tests: A 40 an hour, B 20 an hour, C 10 an hour; 160 hours.
const price = [[100], [300], [50]];
const tvc = [[20], [100], [10]];
const ccrTime = [[2], [10], [4]];
const demand = [[40], [10], [20]];

describe('TA.DELTANP and TA.DELTAROI', () => {
  it('gives ΔNP = ΔT − ΔOE: the administrator adds 30 T for 10 OE → +20', () => {
    expect(deltaNp([[30]], [[10]])).toBe(20);
    expect(deltaNp([[30]], [[10]])).toBe(20);
  });

  it('gives ΔNP ÷ ΔI for an investment', () => {
    expect(deltaRoi([[30]], [[10]], [[100]])).toBeCloseTo(0.2, 12);
  });

  it('names text where a number is expected and a zero investment', () => {
    expect(errorOf(() => deltaNp([['thirty']], [[10]]))).toEqual({
      code: '#VALUE!',
      message: "deltaT: text 'thirty' where a number is expected",
    });
    expect(errorOf(() => deltaRoi([[30]], [[10]], [[0]])).message).toBe(
      'investment must be > 0 (got 0)'
    );
  });
});

describe('TA.PAYBACKMONTH', () => {
  it('pays the administrator back in month 5 (+10 OE from month 1, +30 T from month 4)', () => {
    expect(paybackMonth([[30]], [[10]], [[4]], OMITTED, OMITTED, OMITTED)).toBe(5);
  });

  it('answers #N/A with the reason when it never pays back', () => {
    expect(errorOf(() => paybackMonth([[10]], [[10]], [[4]]))).toEqual({
      code: '#N/A',
      message: 'never pays back: once both run, ΔT − ΔOE is 0 a month',
    });
    expect(errorOf(() => paybackMonth([[10.01]], [[10]], [[4]])).message).toBe(
      'does not pay back within 36 months: give a longer horizonMonths'
    );
  });

  it('names a month that is not whole', () => {
    expect(errorOf(() => paybackMonth([[30]], [[10]], [[2.5]]))).toEqual({
      code: '#VALUE!',
      message: 'throughputFromMonth: expected a whole number',
    });
  });
});

describe('TA.CCRHOURVALUE and TA.CCRHOURSGAIN', () => {
  it('values an extra expert hour at the rate of the best product that did not fit (B: 20)', () => {
    expect(ccrHourValue(price, tvc, ccrTime, demand, [[160]])).toBe(20);
  });

  it('walks 30 freed hours down the ranking: 2 B then 2 whole C = 480', () => {
    expect(ccrHoursGain(price, tvc, ccrTime, demand, [[160]], [[30]])).toBe(480);
    expect(
      ccrHoursGain(price, tvc, ccrTime, demand, [[160]], [[30]], OMITTED, [[false]])
    ).toBeCloseTo(500, 9);
  });

  it('refuses to take away all of the capacity', () => {
    expect(
      errorOf(() => ccrHoursGain(price, tvc, ccrTime, demand, [[160]], [[-200]])).message
    ).toBe('hours: -200 takes away all of capacity (160)');
  });

  it('names the row of a bad product cell', () => {
    expect(
      errorOf(() => ccrHourValue([[100], ['x'], [50]], tvc, ccrTime, demand, [[160]])).message
    ).toBe("price, row 2: text 'x' where a number is expected");
  });
});

describe('TA.SPECIALORDER', () => {
  it('adds +9 for the hall at price 10 and TVC 1 on idle capacity', () => {
    expect(specialOrder([[10]], [[1]], [[1]])).toBe(9);
  });

  it('subtracts the throughput displaced from the current plan', () => {
    // 2 units of 10 h displace 2 B (T 200 each) → 2 × (300 − 50) − 400 = 100
    expect(specialOrder([[300]], [[50]], [[2]], [[10]], price, tvc, ccrTime, demand, [[160]])).toBe(
      100
    );
  });

  it('asks for the rest of the product table when part of it is given, never ignoring it', () => {
    expect(errorOf(() => specialOrder([[10]], [[1]], [[1]], [[1]], price)).message).toBe(
      'price is given: give tvc, ccrTime, demand and capacity too (the current plan needs all five)'
    );
    const tvcAlone = () =>
      specialOrder([[10]], [[1]], [[1]], [[1]], OMITTED, tvc, OMITTED, OMITTED, [[160]]);
    expect(errorOf(tvcAlone).message).toBe(
      'tvc is given: give price, ccrTime and demand too (the current plan needs all five)'
    );
  });

  it('says #N/A when the order needs more than the whole capacity', () => {
    expect(
      errorOf(() =>
        specialOrder([[10]], [[1]], [[100]], [[2]], price, tvc, ccrTime, demand, [[160]])
      ).code
    ).toBe('#N/A');
  });
});
