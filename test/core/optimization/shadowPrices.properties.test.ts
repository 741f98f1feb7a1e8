import fc from 'fast-check';
import type { MixProblem } from '../../../src/core';
import { solveOptimalMix, type OptimalMixOutcome } from '../../../src/core/optimization';
import { pqFull } from '../../fixtures/problems';
import { generatedProblem } from './generatedProblem';

type Plan = Extract<OptimalMixOutcome, { status: 'optimal' | 'feasible' | 'timeLimit' }>;

async function optimum(problem: MixProblem): Promise<Plan> {
  const outcome = await solveOptimalMix(problem);
  if (outcome.status !== 'optimal') throw new Error(`expected optimal, got ${outcome.status}`);
  return outcome;
}

const withCapacity = (problem: MixProblem, r: number, capacity: number): MixProblem => ({
  ...problem,
  resources: problem.resources.map((resource, k) =>
    k === r ? { ...resource, capacity } : resource
  ),
});

/** Small continuous problems with minimums, unlimited demand and resources nobody uses. */
const problems = fc
  .record({
    resources: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(
      fc.record({
        price: fc.integer({ min: 1, max: 300 }),
        tvc: fc.integer({ min: 0, max: 250 }),
        demand: fc.option(fc.integer({ min: 1, max: 80 }), { nil: null, freq: 6 }),
        minimum: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 4 })),
        usage: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })), {
          minLength: 4,
          maxLength: 4,
        }),
      }),
      { minLength: 1, maxLength: 7 }
    ),
    capacity: fc.array(fc.integer({ min: 100, max: 3000 }), { minLength: 4, maxLength: 4 }),
  })
  .map((generated) => generatedProblem(generated, false));

/** Two capacities strictly inside the reported range (the upper end open when `to` is null). */
function pointsInside(from: number, to: number | null, capacity: number): [number, number] | null {
  const top = to ?? Math.max(2 * capacity, from + 1000);
  if (!(top - from > 1e-6 * Math.max(1, top))) return null;
  return [from + 0.3 * (top - from), from + 0.7 * (top - from)];
}

/** ΣT per unit of capacity between c and c + δ; `null` when the plan is infeasible there. */
async function slopeAt(problem: MixProblem, r: number, c: number, delta: number) {
  const [low, high] = await Promise.all(
    [c, c + delta].map((capacity) => solveOptimalMix(withCapacity(problem, r, capacity)))
  );
  if (low?.status !== 'optimal' || high?.status !== 'optimal') return null;
  return (high.throughput - low.throughput) / delta;
}

/**
 * Whether the optimum is dual-degenerate: a product at a bound, or a used-up resource, whose
 * reduced cost is 0 (a tie). Another basis then has the same prices over a wider range, and a
 * basis's range is only where the price holds at least.
 */
function tied(problem: MixProblem, plan: Plan): boolean {
  const { products, resources } = problem;
  const tolerance = 1e-9;
  for (let i = 0; i < products.count; i++) {
    let d = (products.price[i] as number) - (products.tvc[i] as number);
    products.usage.forEach(
      (column, r) => (d -= (plan.shadowPrices[r] as number) * (column[i] as number))
    );
    const q = plan.quantity[i] as number;
    const atBound =
      q <= (products.minimum[i] as number) + tolerance ||
      q >= (products.demand[i] as number) - tolerance;
    if (atBound && Math.abs(d) <= tolerance * Math.max(1, Math.abs(products.price[i] as number)))
      return true;
  }
  return resources.some(
    (resource, r) =>
      plan.shadowPrices[r] === 0 && (plan.used[r] as number) >= resource.capacity * (1 - tolerance)
  );
}

describe('shadow prices and their capacity ranges', () => {
  it('holds each reported price across its reported range, binding or not (finite differences)', async () => {
    await fc.assert(
      fc.asyncProperty(problems, async (problem) => {
        const outcome = await solveOptimalMix(problem);
        if (outcome.status === 'infeasible') return;
        if (outcome.status !== 'optimal') throw new Error(outcome.status);
        for (let r = 0; r < problem.resources.length; r++) {
          const range = outcome.dualRanges[r];
          expect(range).not.toBeNull();
          const capacity = (problem.resources[r] as { capacity: number }).capacity;
          expect(range?.from).toBeLessThanOrEqual(capacity * (1 + 1e-9));
          if (range?.to !== null) expect(range?.to).toBeGreaterThanOrEqual(capacity * (1 - 1e-9));
          const points = pointsInside(range?.from ?? 0, range?.to ?? null, capacity);
          if (!points || points[0] <= 0) continue;
          const [low, high] = await Promise.all(
            points.map((c) => optimum(withCapacity(problem, r, c)))
          );
          const slope =
            ((high as Plan).throughput - (low as Plan).throughput) / (points[1] - points[0]);
          const price = outcome.shadowPrices[r] as number;
          expect(Math.abs(slope - price)).toBeLessThanOrEqual(1e-6 * Math.max(1, price));
        }
      }),
      { numRuns: 60 }
    );
  });

  it('ends each range where the price changes (no ties): just outside it, ΣT per unit of time differs', async () => {
    // ΣT(capacity) is concave: below `from` a unit of time is worth more, above `to` less.
    const checked = { below: 0, above: 0 };
    await fc.assert(
      fc.asyncProperty(problems, async (problem) => {
        const outcome = await solveOptimalMix(problem);
        if (outcome.status !== 'optimal' || tied(problem, outcome)) return;
        for (let r = 0; r < problem.resources.length; r++) {
          const { from, to } = outcome.dualRanges[r] as { from: number; to: number | null };
          const price = outcome.shadowPrices[r] as number;
          const tolerance = 1e-6 * Math.max(1, price);
          const delta = 1e-3 * Math.max(1, from);
          if (from - 2 * delta > 0) {
            const below = await slopeAt(problem, r, from - 2 * delta, delta);
            // Infeasible below `from`: the minimums need all of it, the range's true end.
            if (below !== null) {
              expect(below).toBeGreaterThan(price + tolerance);
              checked.below++;
            }
          }
          if (to !== null) {
            const above = await slopeAt(problem, r, to + delta, delta);
            expect(above).not.toBeNull();
            expect(above as number).toBeLessThan(price - tolerance);
            checked.above++;
          }
        }
      }),
      { numRuns: 60 }
    );
    // Not vacuous: both ends of ranges were crossed many times.
    expect(checked.below).toBeGreaterThan(20);
    expect(checked.above).toBeGreaterThan(20);
  });

  it('gives P&Q resource A, which has time left, price 0 from the 1,800 minutes used upward', async () => {
    const plan = await optimum({ ...pqFull, wholeUnits: false });
    expect(plan.used[0]).toBeCloseTo(1800, 9);
    expect(plan.shadowPrices[0]).toBe(0);
    expect(plan.dualRanges[0]).toEqual({ from: 1800, to: null });
    // At 1,500 minutes A binds: one more minute is then worth 1.5.
    const tighter = await optimum(withCapacity({ ...pqFull, wholeUnits: false }, 0, 1500));
    expect(tighter.shadowPrices[0]).toBeCloseTo(1.5, 9);
  });
});
