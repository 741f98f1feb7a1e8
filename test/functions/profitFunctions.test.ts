import { breakEven, netProfit, requiredT } from '../../src/functions/profitFunctions';
import { column, excelErrorOf, OMITTED } from './excel';

describe('TA.NETPROFIT', () => {
  it('gives the salon NP = 50 − OE: 0 at OE 50, +10 at OE 40, −50 at OE 100', () => {
    expect(netProfit([[50]], [[50]])).toBe(0);
    expect(netProfit([[50]], [[40]])).toBe(10);
    expect(netProfit([[50]], [[100]])).toBe(-50);
  });

  it('sums a range of throughput, negative entries included, blanks as 0', () => {
    expect(netProfit(column(4500, 1800, null, -300), [[6000]])).toBe(0);
  });

  it('names the row of text in the throughput range', () => {
    const error = excelErrorOf(() => netProfit(column('T', 50), [[40]]));
    expect(error).toEqual({
      code: '#VALUE!',
      message: "throughput, row 1: text 'T' where a number is expected",
    });
  });
});

describe('TA.BREAKEVEN', () => {
  it('gives 10 haircuts for OE 50 at T 5, and 12 with a target profit of 10', () => {
    expect(breakEven([[50]], [[5]])).toBe(10);
    expect(breakEven([[50]], [[5]], OMITTED)).toBe(10);
    expect(breakEven([[50]], [[5]], [[10]])).toBe(12);
  });

  it('gives #DIV/0! when T per unit is 0 and #N/A with the reason when it is negative', () => {
    expect(excelErrorOf(() => breakEven([[50]], [[0]])).code).toBe('#DIV/0!');
    const error = excelErrorOf(() => breakEven([[50]], [[-1]]));
    expect(error.code).toBe('#N/A');
    expect(error.message).toContain('throughputPerUnit is -1');
  });
});

describe('TA.REQUIREDT', () => {
  it('gives required T = OE + target profit, and OE alone when the profit is omitted', () => {
    expect(requiredT([[6000]], [[1000]])).toBe(7000);
    expect(requiredT([[6000]], OMITTED)).toBe(6000);
  });
});
