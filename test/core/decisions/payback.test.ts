import fc from 'fast-check';
import { paybackMonth, type PaybackOutcome, type PaybackResult } from '../../../src/core/decisions';

function result(outcome: PaybackOutcome): PaybackResult {
  if (outcome.status !== 'paysBack' && outcome.status !== 'never') {
    throw new Error(`expected a payback, got ${outcome.status}`);
  }
  return outcome;
}

const administrator = {
  deltaOperatingExpense: 10,
  deltaThroughput: 30,
  operatingExpenseFromMonth: 1,
  throughputFromMonth: 4,
};

describe('paybackMonth', () => {
  it('pays the administrator back in month 5: −10, −20, −30, −10, +10', () => {
    const payback = result(paybackMonth({ ...administrator, horizonMonths: 6 }));
    expect(payback.cumulative).toEqual([-10, -20, -30, -10, 10, 30]);
    expect(payback.month).toBe(5);
    expect(payback.status).toBe('paysBack');
    expect(payback.steadyMonthlyDeltaNetProfit).toBe(20);
  });

  it('says never within the horizon when the gain is too small to catch up in time', () => {
    const payback = result(paybackMonth({ ...administrator, deltaThroughput: 10.01 }));
    expect(payback.status).toBe('never');
    expect(payback.month).toBeNull();
    expect(payback.cumulative).toHaveLength(36);
  });

  it('finds the exact month of a small gain without float drift: ΔT 10.05 pays back in month 603', () => {
    // −30 + 0.05·k ≥ 0 ⇒ k = 600 months of gain after month 3 ⇒ month 603.
    const near = result(
      paybackMonth({ ...administrator, deltaThroughput: 10.05, horizonMonths: 1200 })
    );
    expect(near.month).toBe(603);
    expect(near.cumulative[601]).toBeLessThan(0);
  });

  it('never pays back when ΔT ≤ ΔOE, whatever the horizon', () => {
    const payback = result(
      paybackMonth({ ...administrator, deltaThroughput: 10, horizonMonths: 1200 })
    );
    expect(payback.status).toBe('never');
    expect(payback.steadyMonthlyDeltaNetProfit).toBe(0);
  });

  it('counts an investment before month 1', () => {
    const payback = result(
      paybackMonth({ deltaOperatingExpense: 0, deltaThroughput: 25, investment: 100 })
    );
    expect(payback.month).toBe(4);
  });

  it('needs the cumulative ΔNP to stay ≥ 0 to the horizon, not just touch it', () => {
    // T arrives first, OE later and bigger: +30, +60, +40, +20, 0, −20 …
    const payback = result(
      paybackMonth({
        deltaOperatingExpense: 50,
        deltaThroughput: 30,
        operatingExpenseFromMonth: 3,
        horizonMonths: 12,
      })
    );
    expect(payback.status).toBe('never');
  });

  it('names the bad month and horizon', () => {
    const outcome = paybackMonth({ ...administrator, throughputFromMonth: 0, horizonMonths: 2.5 });
    expect(outcome).toEqual({
      status: 'invalid',
      issues: [
        { kind: 'notPositive', field: 'throughputFromMonth' },
        { kind: 'notWhole', field: 'horizonMonths' },
      ],
    });
    expect(paybackMonth({ ...administrator, horizonMonths: 5000 }).status).toBe('invalid');
  });

  it('pays back in the month the cumulative ΔNP first stays ≥ 0 when ΔT > ΔOE from month 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 5000 }),
        (gain, cost, investment) => {
          fc.pre(gain > cost);
          const payback = result(
            paybackMonth({
              deltaThroughput: gain,
              deltaOperatingExpense: cost,
              investment,
              horizonMonths: 1200,
            })
          );
          const expected = Math.max(1, Math.ceil(investment / (gain - cost)));
          expect(payback.month).toBe(expected <= 1200 ? expected : null);
        }
      )
    );
  });
});
