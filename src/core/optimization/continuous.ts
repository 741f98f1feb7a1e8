import type { Highs } from 'highs';
import type { Clock } from './clock';
import {
  MARGIN,
  MARGIN_SIZE,
  admitViolators,
  assemble,
  classify,
  marginProducts,
  restrictedRhs,
} from './margin';
import { dualBound, reducedCosts } from './pricing';
import type { Reduced } from './reduction';
import { solveModel, type ModelSolution } from './solver';

/**
 * The continuous optimum by a structure-aware column generation. The problem has a few rows (the
 * resources) and many bounded columns (the products), and at resource prices y every product's
 * fate is decided by its reduced cost d_i = T_i − y·usage_i: d > 0 → sell to demand, d < 0 →
 * sell nothing, d = 0 → the margin. So: estimate y from an LP of a sample of products, fix the
 * clearly decided products at a bound, solve an LP of the undecided margin only, re-price every
 * product at the new duals and move each one whose reduced cost contradicts its bound into the
 * margin; repeat until none does. That last check over all products is the proof of optimality.
 */
export type ContinuousSolution = {
  readonly status: 'optimal' | 'timeLimit' | 'cancelled';
  /** Excess over the minimums per product; `null` when no LP finished in time. */
  readonly x: Float64Array | null;
  /** Resource prices (duals), ≥ 0. */
  readonly y: Float64Array;
  /** Proven upper bound on ΣT, `null` when none is known. */
  readonly bound: number | null;
  /** Per resource, in capacity' terms: where its dual holds (`null` when not ranged). */
  readonly rangeDown: Float64Array | null;
  readonly rangeUp: Float64Array | null;
  readonly method: 'direct' | 'columnGeneration';
  readonly lpSolves: number;
  readonly columns: number;
};

// Up to this many products one LP of all of them is as fast as the margin method.
const DIRECT_LIMIT = 4000;
const SAMPLE_SIZE = 2000;
const MAX_ROUNDS = 50;
const RECLASSIFY_ROUNDS = 4;

export async function solveContinuous(
  highs: Highs,
  reduced: Reduced,
  clock: Clock
): Promise<ContinuousSolution> {
  const { active } = reduced;
  if (active.length === 0) return nothingToPlan(reduced);
  const direct = active.length <= DIRECT_LIMIT;
  const state = new Uint8Array(reduced.count);
  let lpSolves = 0;
  let y: Float64Array = new Float64Array(reduced.resources);
  let d: Float64Array = new Float64Array(reduced.count);
  if (direct) for (const i of active) state[i] = MARGIN;
  else {
    y = sampleDuals(highs, reduced, clock);
    lpSolves++;
    d = reducedCosts(reduced, y);
    classify(reduced, d, state);
  }
  let rhs = restrictedRhs(reduced, state, d);
  let best: ContinuousSolution | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    await clock.yield();
    if (clock.cancelled()) return { ...fallback(best, y), status: 'cancelled' };
    if (clock.expired()) return { ...fallback(best, y), status: 'timeLimit' };
    const margin = marginProducts(reduced, state);
    const model = { ...reduced, products: margin, cost: reduced.t, rhs, integer: false };
    const solution = solveModel(highs, { ...model, ranging: true }, clock);
    lpSolves++;
    if (solution.status === 'failed') break;
    y = solution.y.map((value) => Math.max(0, value));
    const x = assemble(reduced, state, margin, solution);
    d = reducedCosts(reduced, y);
    const bound = dualBound(reduced, y, d);
    const method = direct ? 'direct' : 'columnGeneration';
    const stats = { method, lpSolves, columns: margin.length } as const;
    best = { status: 'timeLimit', x, y, bound, rangeDown: null, rangeUp: null, ...stats };
    if (solution.status !== 'optimal') break;
    const violators = admitViolators(reduced, state, d, rhs);
    if (violators === 0) {
      const ranges = shiftRanges(solution, rhs, reduced.capacity);
      return { ...best, status: 'optimal', ...ranges };
    }
    // Many violators: the sample's prices were rough; the margin LP's are better, so re-draw the
    // margin around them instead of growing the LP by every violator.
    if (!direct && round < RECLASSIFY_ROUNDS && violators > MARGIN_SIZE / 2) {
      classify(reduced, d, state);
      rhs = restrictedRhs(reduced, state, d);
    }
  }
  return { ...fallback(best, y), status: clock.cancelled() ? 'cancelled' : 'timeLimit' };
}

/** No product earns and has room: the minimums are the plan and no time is worth anything. */
function nothingToPlan(reduced: Reduced): ContinuousSolution {
  const rows = reduced.resources;
  return {
    status: 'optimal',
    x: new Float64Array(reduced.count),
    y: new Float64Array(rows),
    bound: reduced.fixedThroughput,
    rangeDown: new Float64Array(rows).fill(Number.NEGATIVE_INFINITY),
    rangeUp: new Float64Array(rows).fill(Number.POSITIVE_INFINITY),
    method: 'direct',
    lpSolves: 0,
    columns: 0,
  };
}

function fallback(best: ContinuousSolution | null, y: Float64Array): ContinuousSolution {
  if (best) return best;
  const none = { x: null, bound: null, rangeDown: null, rangeUp: null, lpSolves: 0, columns: 0 };
  return { status: 'timeLimit', y, method: 'columnGeneration', ...none };
}

/** Resource prices from an LP of an even sample of products against proportional capacities. */
function sampleDuals(highs: Highs, reduced: Reduced, clock: Clock): Float64Array {
  const { active } = reduced;
  const size = Math.min(SAMPLE_SIZE, active.length);
  const products = Int32Array.from({ length: size }, (_, k) => {
    return active[Math.floor((k * active.length) / size)] as number;
  });
  const share = size / active.length;
  const rhs = reduced.capacity.map((capacity) => capacity * share);
  const model = { ...reduced, products, cost: reduced.t, rhs, integer: false, ranging: false };
  const solution = solveModel(highs, model, clock);
  return solution.y.map((value) => Math.max(0, value));
}

/** HiGHS ranges the restricted capacities; products fixed at demand shift them to capacity'. */
function shiftRanges(
  solution: ModelSolution,
  rhs: Float64Array,
  capacity: Float64Array
): { rangeDown: Float64Array | null; rangeUp: Float64Array | null } {
  const { rangeDown, rangeUp } = solution;
  if (!rangeDown || !rangeUp) return { rangeDown: null, rangeUp: null };
  const shift = (values: Float64Array): Float64Array =>
    values.map((value, r) => value + (capacity[r] as number) - (rhs[r] as number));
  return { rangeDown: shift(rangeDown), rangeUp: shift(rangeUp) };
}
