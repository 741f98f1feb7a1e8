import fc from 'fast-check';
import type { MixProblem } from '../../../src/core';
import { solveOptimalMix, type OptimalMixOutcome } from '../../../src/core/optimization';

type Plan = Extract<OptimalMixOutcome, { status: 'optimal' | 'feasible' | 'timeLimit' }>;

const product = (resources: number) =>
  fc.record({
    price: fc.integer({ min: 1, max: 500 }),
    tvc: fc.integer({ min: 0, max: 400 }),
    demand: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null, freq: 8 }),
    minimum: fc.integer({ min: 0, max: 3 }),
    usage: fc.array(fc.integer({ min: 1, max: 20 }), {
      minLength: resources,
      maxLength: resources,
    }),
  });

/** 2–8 products on `resources` resources, every product using every resource. */
const problems = (resources: number, wholeUnits: boolean) =>
  fc
    .tuple(
      fc.array(product(resources), { minLength: 2, maxLength: 8 }),
      fc.array(fc.integer({ min: 200, max: 2000 }), { minLength: resources, maxLength: resources })
    )
    .map(([rows, capacity]): MixProblem => {
      const n = rows.length;
      const demand = rows.map((row) => (row.demand === null ? Infinity : row.demand + row.minimum));
      return {
        products: {
          count: n,
          names: rows.map((_, i) => `#${i + 1}`),
          price: Float64Array.from(rows, (row) => row.price),
          tvc: Float64Array.from(rows, (row) => row.tvc),
          demand: Float64Array.from(demand),
          minimum: Float64Array.from(rows, (row) => row.minimum),
          usage: capacity.map((_, r) => Float64Array.from(rows, (row) => row.usage[r] as number)),
        },
        resources: capacity.map((c, r) => ({ name: `R${r}`, capacity: c })),
        operatingExpense: null,
        wholeUnits,
      };
    });

async function planOf(problem: MixProblem): Promise<Plan | null> {
  const outcome = await solveOptimalMix(problem);
  if (outcome.status === 'infeasible') return null;
  if (outcome.status !== 'optimal' && outcome.status !== 'feasible') {
    throw new Error(`unexpected outcome ${outcome.status}`);
  }
  return outcome;
}

const runs = { numRuns: 25 };

describe('the optimal mix against the greedy TOC plan', () => {
  it('never earns less than the greedy plan, in fractional or whole units', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.boolean(), async (resources, whole) => {
        const problem = fc.sample(problems(resources, whole), 1)[0] as MixProblem;
        const plan = await planOf(problem);
        if (plan === null || plan.greedy === null) return;
        expect(plan.throughput).toBeGreaterThanOrEqual(plan.greedy.throughput - 1e-6);
      }),
      runs
    );
  });

  it('equals the greedy plan with one resource and fractional units', async () => {
    await fc.assert(
      fc.asyncProperty(problems(1, false), async (problem) => {
        const plan = await planOf(problem);
        if (plan === null || plan.greedy === null) return;
        expect(plan.throughput).toBeCloseTo(plan.greedy.throughput, 6);
        expect(plan.reason).toBeNull();
      }),
      runs
    );
  });

  it('respects every capacity, demand and minimum, and plans whole units when asked', async () => {
    await fc.assert(
      fc.asyncProperty(problems(3, true), fc.boolean(), async (problem, whole) => {
        const plan = await planOf({ ...problem, wholeUnits: whole });
        if (plan === null) return;
        const { products, resources } = problem;
        plan.quantity.forEach((q, i) => {
          expect(q).toBeGreaterThanOrEqual(products.minimum[i] as number);
          expect(q).toBeLessThanOrEqual(products.demand[i] as number);
          if (whole) expect(Number.isInteger(q)).toBe(true);
        });
        resources.forEach((resource, r) => {
          expect(plan.used[r]).toBeLessThanOrEqual(resource.capacity * (1 + 1e-9) + 1e-9);
        });
      }),
      runs
    );
  });

  it('never loses ΣT when a minimum is dropped', async () => {
    await fc.assert(
      fc.asyncProperty(problems(2, false), fc.nat(7), async (problem, pick) => {
        const plan = await planOf(problem);
        if (plan === null) return;
        const minimum = Float64Array.from(problem.products.minimum);
        minimum[pick % problem.products.count] = 0;
        const relaxed = await planOf({ ...problem, products: { ...problem.products, minimum } });
        expect(relaxed?.throughput).toBeGreaterThanOrEqual(plan.throughput - 1e-6);
        expect(plan.lostToMinimums).toBeGreaterThanOrEqual(0);
      }),
      runs
    );
  });
});
