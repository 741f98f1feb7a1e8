import type { Highs } from 'highs';
import type { Clock } from './clock';
import { dualBound, reducedCosts } from './duality';
import type { Reduced } from './reduction';
import { iterate, type DualSimplex } from './simplex/dualSimplex';
import { solveWithHighs } from './simplex/highsLp';
import { scaleLp, type ScaledLp } from './simplex/scaledLp';
import { readSolution, type LpSolution } from './simplex/solution';
import { warmStart } from './simplex/warmStart';

/**
 * The continuous optimum: our bounded dual simplex (a basis of one row per resource), then the
 * duality certificate in the owner's units. A solve that fails, stalls at its iteration limit or
 * does not certify goes to HiGHS on the same scaled LP, and is certified the same way.
 */
export type ContinuousSolution =
  | (LpSolution & {
      readonly status: 'optimal';
      readonly method: 'dualSimplex' | 'highs';
      readonly iterations: number;
    })
  | {
      readonly status: 'timeLimit' | 'cancelled';
      /** Resource prices reached so far (dual feasible): they still bound ΣT from above. */
      readonly prices: Float64Array;
      readonly bound: number | null;
      readonly iterations: number;
    };

// Iterations between checks of the clock (a check is cheap; the yield inside it is not).
const BATCH = 8;
// Above this many resources the dense k × k basis inverse costs more than HiGHS's sparse LU.
export const SIMPLEX_RESOURCES = 64;

/** Deterministic: the same problem always stops at the same iteration. */
export function iterationLimit(lp: ScaledLp): number {
  return 2000 + 50 * lp.m;
}

export async function solveContinuous(
  reduced: Reduced,
  clock: Clock,
  highs: () => Promise<Highs>
): Promise<ContinuousSolution> {
  const lp = scaleLp(reduced);
  if (lp.m > SIMPLEX_RESOURCES) return byHighs(reduced, lp, clock, await highs(), 0);
  const state = warmStart(lp);
  const limit = iterationLimit(lp);
  let result: ReturnType<typeof iterate> = 'running';
  while (result === 'running' && state.iterations < limit) {
    await clock.pause();
    if (clock.cancelled() || clock.expired()) return stopped(reduced, state, clock);
    result = iterate(state, BATCH);
  }
  if (result === 'optimal') {
    const solution = readSolution(reduced, state);
    if (solution.certified) {
      return {
        ...solution,
        status: 'optimal',
        method: 'dualSimplex',
        iterations: state.iterations,
      };
    }
  }
  return byHighs(reduced, lp, clock, await highs(), state.iterations, state);
}

function byHighs(
  reduced: Reduced,
  lp: ScaledLp,
  clock: Clock,
  solver: Highs,
  iterations: number,
  state: DualSimplex | null = null
): ContinuousSolution {
  const limits = { seconds: clock.remainingSeconds(), iterations: 100 * iterationLimit(lp) };
  const found = solveWithHighs(solver, lp, limits, clock.cancelled);
  if (!found) return stopped(reduced, state, clock);
  const solution = readSolution(reduced, found);
  return { ...solution, status: 'optimal', method: 'highs', iterations };
}

/** Out of time (or cancelled) before an optimum: the prices reached so far still bound ΣT. */
function stopped(reduced: Reduced, state: DualSimplex | null, clock: Clock): ContinuousSolution {
  const status = clock.cancelled() ? 'cancelled' : 'timeLimit';
  if (!state)
    return { status, prices: new Float64Array(reduced.resources), bound: null, iterations: 0 };
  const { lp } = state;
  const prices = Float64Array.from(state.y, (y, r) =>
    Math.max(0, -y * lp.costUnit * (lp.boxUnit / (lp.rowScale[r] as number)))
  );
  const bound = dualBound(reduced, prices, reducedCosts(reduced, prices));
  return { status, prices, bound, iterations: state.iterations };
}
