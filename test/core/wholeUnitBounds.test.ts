import { planProductMix, singleResourceTable, type MixPlan, type MixProblem } from '../../src/core';
import { wholeDemand, wholeMinimum } from '../../src/core/wholeUnitBounds';

function problem(
  rows: { demand: number; minimum: number; time?: number; t?: number }[],
  capacity: number
) {
  const products = singleResourceTable({
    price: rows.map((r) => 1 + (r.t ?? 4)),
    tvc: rows.map(() => 1),
    constraintTime: rows.map((r) => r.time ?? 1),
    demand: rows.map((r) => r.demand),
    minimum: rows.map((r) => r.minimum),
  });
  return (wholeUnits: boolean): MixProblem => ({
    products,
    resources: [{ name: 'M', capacity }],
    operatingExpense: null,
    wholeUnits,
  });
}

const planned = (problem: MixProblem): MixPlan => {
  const outcome = planProductMix(problem);
  if (outcome.status !== 'planned') throw new Error(outcome.status);
  return outcome;
};

describe('whole units', () => {
  it('rounds a minimum up and a demand down, floating-point noise aside', () => {
    expect([wholeMinimum(1e-9), wholeMinimum(2.3), wholeMinimum(3.0000000000001)]).toEqual([
      1, 3, 3,
    ]);
    expect([wholeDemand(7.5), wholeDemand(0.57 * 100), wholeDemand(Infinity)]).toEqual([
      7,
      57,
      Infinity,
    ]);
  });

  it('never plans above demand or capacity for a minimum of 1e-9: it is one whole unit', () => {
    const plan = planned(problem([{ demand: 7, minimum: 1e-9 }], 7)(true));
    expect(Array.from(plan.quantity)).toEqual([7]);
    expect(plan.used[0]).toBe(7);
    expect(plan.lostToMinimums).toBe(0);
  });

  it('refuses a row where no whole number lies between minimum and demand, in whole units only', () => {
    const rows = problem([{ demand: 7.5, minimum: 7.2 }], 100);
    expect(planProductMix(rows(true))).toEqual({
      status: 'invalid',
      issues: [{ kind: 'minimumAboveDemand', row: 0 }],
    });
    expect(planned(rows(false)).quantity[0]).toBe(7.5);
  });

  it('never reports a negative throughput lost to minimums with a fractional demand', () => {
    const plan = planned(
      problem(
        [
          { demand: 7.5, minimum: 7 },
          { demand: 2.5, minimum: 0 },
        ],
        100
      )(true)
    );
    expect(Array.from(plan.quantity)).toEqual([7, 2]);
    expect(plan.lostToMinimums).toBe(0);
  });

  it('prices the minimums at zero when they happen to lead the greedy fill to a better plan', () => {
    // Ranked first, A (7 per 4 h) takes 8 of 10 h and leaves 2 idle; B's minimum of 2 (8 per 5 h) uses all 10.
    const rows = problem(
      [
        { demand: 2, minimum: 0, time: 4, t: 7 },
        { demand: 2, minimum: 2, time: 5, t: 8 },
      ],
      10
    );
    const plan = planned(rows(true));
    expect(plan.throughput).toBe(16);
    expect(plan.lostToMinimums).toBe(0);
  });
});
