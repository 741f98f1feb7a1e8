import fc from 'fast-check';
import { salesPlan, type SalesPlan, type SalesPlanOutcome } from '../../../src/core/decisions';

function planned(outcome: SalesPlanOutcome): SalesPlan {
  if (outcome.status !== 'planned') throw new Error(`expected a plan, got ${outcome.status}`);
  return outcome;
}

const only = (throughputShare: number) => [{ throughputShare, salesShare: 1 }];

describe('salesPlan', () => {
  it('sets the plan in T: OE 100 + desired profit 10 → required T 110', () => {
    const plan = planned(
      salesPlan({ operatingExpense: 100, desiredProfit: 10, groups: only(0.5) })
    );
    expect(plan.requiredThroughput).toBe(110);
  });

  it('needs very different revenue for the same T at 50 %, 10 % and 1 % throughput', () => {
    const revenue = [0.5, 0.1, 0.01].map(
      (share) =>
        planned(salesPlan({ operatingExpense: 100, desiredProfit: 10, groups: only(share) }))
          .requiredRevenue
    );
    expect(revenue[0]).toBeCloseTo(220, 9);
    expect(revenue[1]).toBeCloseTo(1100, 9);
    expect(revenue[2]).toBeCloseTo(11000, 9);
  });

  it('blends the groups by their share of sales', () => {
    const plan = planned(
      salesPlan({
        operatingExpense: 100,
        desiredProfit: 10,
        groups: [
          { throughputShare: 0.5, salesShare: 0.6 },
          { throughputShare: 0.1, salesShare: 0.3 },
          { throughputShare: 0.01, salesShare: 0.1 },
        ],
      })
    );
    // 0.6·0.5 + 0.3·0.1 + 0.1·0.01 = 0.331
    expect(plan.blendedThroughputShare).toBeCloseTo(0.331, 12);
    expect(plan.requiredRevenue).toBeCloseTo(110 / 0.331, 9);
    expect(plan.groups[0]?.revenue).toBeCloseTo((0.6 * 110) / 0.331, 9);
  });

  it('takes sales shares as weights: revenue amounts give the same plan as their percentages', () => {
    const shares = planned(
      salesPlan({
        operatingExpense: 50,
        groups: [
          { throughputShare: 0.5, salesShare: 0.25 },
          { throughputShare: 0.1, salesShare: 0.75 },
        ],
      })
    );
    const amounts = planned(
      salesPlan({
        operatingExpense: 50,
        groups: [
          { throughputShare: 0.5, salesShare: 100 },
          { throughputShare: 0.1, salesShare: 300 },
        ],
      })
    );
    expect(amounts.requiredRevenue).toBeCloseTo(shares.requiredRevenue, 9);
  });

  it('says no revenue reaches the target when no group earns throughput', () => {
    expect(salesPlan({ operatingExpense: 10, groups: only(0) })).toEqual({
      status: 'noThroughput',
    });
  });

  it('names a share above 100 % and an empty plan', () => {
    expect(salesPlan({ operatingExpense: 10, groups: only(1.5) })).toEqual({
      status: 'invalid',
      issues: [{ kind: 'notShare', field: 'throughputShare', row: 0 }],
    });
    expect(salesPlan({ operatingExpense: 10, groups: [] }).status).toBe('invalid');
    expect(
      salesPlan({ operatingExpense: 10, groups: [{ throughputShare: 0.5, salesShare: 0 }] })
    ).toEqual({ status: 'invalid', issues: [{ kind: 'notPositive', field: 'salesShare' }] });
  });

  it('earns exactly the required T from the planned revenue of every group', () => {
    const group = fc.record({
      throughputShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
      salesShare: fc.double({ min: 0.01, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 6 }), fc.nat(1e6), (groups, oe) => {
        const plan = planned(salesPlan({ operatingExpense: oe, groups }));
        const earned = plan.groups.reduce((sum, g) => sum + g.throughput, 0);
        expect(earned).toBeCloseTo(oe, 6);
      })
    );
  });
});
