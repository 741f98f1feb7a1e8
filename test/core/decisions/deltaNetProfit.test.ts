import fc from 'fast-check';
import {
  evaluateDecision,
  type DecisionOutcome,
  type DecisionResult,
} from '../../../src/core/decisions';

function evaluated(outcome: DecisionOutcome): DecisionResult {
  if (outcome.status !== 'evaluated') throw new Error(`expected a result, got ${outcome.status}`);
  return outcome;
}

describe('evaluateDecision', () => {
  it('accepts the administrator: ΔT 30 against ΔOE 10 gives ΔNP +20', () => {
    const result = evaluated(evaluateDecision({ deltaThroughput: 30, deltaOperatingExpense: 10 }));
    expect(result.deltaNetProfit).toBe(20);
    expect(result.verdict).toBe('accept');
  });

  it('accepts even ΔT 10.01 against ΔOE 10, as the talk says', () => {
    const result = evaluated(
      evaluateDecision({ deltaThroughput: 10.01, deltaOperatingExpense: 10 })
    );
    expect(result.deltaNetProfit).toBeCloseTo(0.01, 12);
    expect(result.verdict).toBe('accept');
  });

  it('rejects a decision that adds more OE than T', () => {
    const result = evaluated(evaluateDecision({ deltaThroughput: 5, deltaOperatingExpense: 10 }));
    expect(result.verdict).toBe('reject');
    expect(result.deltaNetProfit).toBe(-5);
  });

  it('is indifferent when ΔT equals ΔOE', () => {
    expect(
      evaluated(evaluateDecision({ deltaThroughput: 7, deltaOperatingExpense: 7 })).verdict
    ).toBe('indifferent');
  });

  it('gives ΔNP ÷ ΔI and the periods to repay an investment', () => {
    const result = evaluated(
      evaluateDecision({ deltaThroughput: 30, deltaOperatingExpense: 10, investment: 100 })
    );
    expect(result.returnOnInvestment).toBeCloseTo(0.2, 12);
    expect(result.periodsToRepayInvestment).toBeCloseTo(5, 12);
  });

  it('gives no return on investment without an investment, and no repayment when ΔNP ≤ 0', () => {
    expect(
      evaluated(evaluateDecision({ deltaThroughput: 1, deltaOperatingExpense: 0 }))
        .returnOnInvestment
    ).toBeNull();
    const losing = evaluated(
      evaluateDecision({ deltaThroughput: 1, deltaOperatingExpense: 2, investment: 10 })
    );
    expect(losing.periodsToRepayInvestment).toBeNull();
  });

  it('names the bad input instead of returning NaN', () => {
    expect(
      evaluateDecision({ deltaThroughput: NaN, deltaOperatingExpense: 1, investment: -1 })
    ).toEqual({
      status: 'invalid',
      issues: [
        { kind: 'notFinite', field: 'deltaThroughput' },
        { kind: 'negative', field: 'investment' },
      ],
    });
  });

  it('reports overflow instead of Infinity', () => {
    expect(
      evaluateDecision({ deltaThroughput: 1.7e308, deltaOperatingExpense: -1.7e308 }).status
    ).toBe('overflow');
  });

  it('follows the sign rule: ΔT > ΔOE ⇔ ΔNP > 0, ΔT < ΔOE ⇔ ΔNP < 0', () => {
    const money = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(money, money, (t, oe) => {
        const result = evaluated(
          evaluateDecision({ deltaThroughput: t, deltaOperatingExpense: oe })
        );
        expect(result.deltaNetProfit > 0).toBe(t > oe);
        expect(result.deltaNetProfit < 0).toBe(t < oe);
        expect(result.verdict === 'accept').toBe(t > oe);
      })
    );
  });
});
