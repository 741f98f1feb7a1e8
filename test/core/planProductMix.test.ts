import { planProductMix, rankProducts, type MixOutcome, type MixPlan } from '../../src/core';
import { fillPlan } from '../../src/core/fillPlan';
import { pq, pqFull, problemOf } from '../fixtures/problems';

function planned(outcome: MixOutcome): MixPlan {
  if (outcome.status !== 'planned') throw new Error(`expected a plan, got ${outcome.status}`);
  return outcome;
}

describe('planProductMix', () => {
  it('plans 100 P and 30 Q with NP 300 on the P&Q problem', () => {
    const plan = planned(planProductMix(pq));
    expect(Array.from(plan.quantity)).toEqual([100, 30]);
    expect(plan.throughput).toBe(6300);
    expect(plan.netProfit).toBe(300);
    expect(plan.constraint).toBe(0);
  });

  it('ranks by throughput per constraint minute, not per unit', () => {
    const plan = planned(planProductMix(pq));
    expect(Array.from(plan.rank)).toEqual([1, 2]);
  });

  it('would lose 300 (NP −300) if it ranked by throughput per unit instead', () => {
    const byUnit = rankProducts(pq.products, null);
    expect(Array.from(byUnit.order)).toEqual([1, 0]);
    const fill = fillPlan(pq.products, pq.resources, byUnit, {
      wholeUnits: true,
      withMinimums: true,
      rankingResource: null,
    });
    expect(Array.from(fill.quantity)).toEqual([60, 50]);
    expect(fill.throughput - 6000).toBe(-300);
  });

  it('finds B as the constraint of the full P&Q routing and gives the same plan', () => {
    const plan = planned(planProductMix(pqFull));
    expect(plan.constraint).toBe(1);
    expect(Array.from(plan.quantity)).toEqual([100, 30]);
    expect(plan.netProfit).toBe(300);
  });

  it('shows the cumulative load of the constraint after each row in ranking order', () => {
    const plan = planned(planProductMix(pq));
    expect(plan.cumulativeLoad[0]).toBeCloseTo(1500 / 2400, 12);
    expect(plan.cumulativeLoad[1]).toBeCloseTo(1, 12);
  });

  it('says demand binds when no resource is overloaded', () => {
    const plan = planned(
      planProductMix(
        problemOf(
          [{ name: 'Cut', price: 10, tvc: 5, demand: 10, usage: { Master: 1 } }],
          [{ name: 'Master', capacity: 100 }]
        )
      )
    );
    expect(plan.constraint).toBeNull();
    expect(plan.warnings).toContainEqual({ kind: 'demandBinds' });
    expect(plan.quantity[0]).toBe(10);
  });

  it('reports the throughput lost to a political minimum', () => {
    const problem = problemOf(
      [
        { name: 'P', price: 90, tvc: 45, demand: 100, usage: { B: 15 } },
        { name: 'Q', price: 100, tvc: 40, demand: 50, minimum: 50, usage: { B: 30 } },
      ],
      [{ name: 'B', capacity: 2400 }],
      6000
    );
    const plan = planned(planProductMix(problem));
    expect(Array.from(plan.quantity)).toEqual([60, 50]);
    expect(plan.throughput).toBe(60 * 45 + 50 * 60);
    expect(plan.lostToMinimums).toBe(6300 - 5700);
  });

  it('names the resource the minimums alone overload, and by how much', () => {
    const problem = problemOf(
      [{ name: 'Q', price: 100, tvc: 40, demand: 100, minimum: 100, usage: { B: 30 } }],
      [{ name: 'B', capacity: 2400 }]
    );
    expect(planProductMix(problem)).toEqual({
      status: 'infeasible',
      resource: 0,
      required: 3000,
      capacity: 2400,
    });
  });
});
