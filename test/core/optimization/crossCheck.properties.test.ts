import fc from 'fast-check';
import { solveOptimalMix } from '../../../src/core/optimization';
import { SHAPES, shapedMixProblem } from '../../../bench/optimizationProblems';
import { loadHighs, solvePlainHighs } from '../../../bench/plainHighs';
import { generatedProblem } from './generatedProblem';

/** 1–8 products on 1–3 resources, some with minimums, some with unlimited demand. */
const smallProblems = (wholeUnits: boolean) =>
  fc
    .record({
      resources: fc.integer({ min: 1, max: 3 }),
      rows: fc.array(
        fc.record({
          price: fc.integer({ min: 1, max: 400 }),
          tvc: fc.integer({ min: 0, max: 300 }),
          demand: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 6 }),
          minimum: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })),
          usage: fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 3, maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 8 }
      ),
      capacity: fc.array(fc.integer({ min: 50, max: 1500 }), { minLength: 3, maxLength: 3 }),
    })
    .map((generated) => generatedProblem(generated, wholeUnits));

const close = (a: number, b: number, relative: number): boolean =>
  Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));

describe('the optimum against an independent solver (HiGHS on the whole LP)', () => {
  it('agrees on ΣT of small problems with minimums and unlimited demand', async () => {
    const highs = await loadHighs();
    await fc.assert(
      fc.asyncProperty(smallProblems(false), async (problem) => {
        const ours = await solveOptimalMix(problem);
        const theirs = solvePlainHighs(highs, problem);
        if (ours.status === 'infeasible') return;
        expect(ours.status).toBe('optimal');
        if (ours.status !== 'optimal') return;
        expect(theirs.status).toBe('optimal');
        expect(close(ours.throughput, theirs.objective, 1e-9)).toBe(true);
      }),
      { numRuns: 150 }
    );
  });

  it('agrees on ΣT of every bench shape at a few hundred products', async () => {
    const highs = await loadHighs();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPES),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 1000 }),
        async (shape, n, resources, seed) => {
          const problem = shapedMixProblem(shape, n, resources, false, seed);
          const ours = await solveOptimalMix(problem);
          if (ours.status !== 'optimal') throw new Error(`status ${ours.status}`);
          const theirs = solvePlainHighs(highs, problem);
          expect(close(ours.throughput, theirs.objective, 1e-9)).toBe(true);
          expect(ours.gap as number).toBeLessThanOrEqual(1e-9 * ours.throughput);
        }
      ),
      { numRuns: 40 }
    );
  });

  it('in whole units: proven optima equal the MILP optimum, and any gap brackets it', async () => {
    const highs = await loadHighs();
    await fc.assert(
      fc.asyncProperty(smallProblems(true), async (problem) => {
        const ours = await solveOptimalMix(problem);
        if (ours.status === 'infeasible') return;
        if (ours.status !== 'optimal' && ours.status !== 'feasible') throw new Error(ours.status);
        const theirs = solvePlainHighs(highs, problem, { integer: true, presolve: 'on' });
        expect(theirs.status).toBe('optimal');
        ours.quantity.forEach((q) => expect(Number.isInteger(q)).toBe(true));
        if (ours.status === 'optimal')
          expect(close(ours.throughput, theirs.objective, 1e-9)).toBe(true);
        expect(ours.throughput).toBeLessThanOrEqual(theirs.objective + 1e-6);
        expect(ours.bound as number).toBeGreaterThanOrEqual(theirs.objective - 1e-6);
      }),
      { numRuns: 100 }
    );
  });
});
