import type { Highs } from 'highs';
import type { Clock } from './clock';
import { dualBound, reducedCosts, tolerance } from './pricing';
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
const MARGIN_SIZE = 3000;
const MAX_ROUNDS = 50;
const RECLASSIFY_ROUNDS = 4;

const LOWER = 0;
const UPPER = 1;
const MARGIN = 2;

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

/**
 * The margin: the MARGIN_SIZE products whose reduced cost is smallest relative to their T; the
 * rest go to demand (d > 0, finite demand) or to nothing (d ≤ 0).
 */
function classify(reduced: Reduced, d: Float64Array, state: Uint8Array): void {
  const { active, t, room } = reduced;
  const n = active.length;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = active[k] as number;
    keys[k] = Math.abs(d[i] as number) / (t[i] as number);
  }
  const threshold = keys.slice().sort()[Math.min(MARGIN_SIZE, n) - 1] as number;
  for (let k = 0; k < n; k++) {
    const i = active[k] as number;
    const unlimited = room[i] === Number.POSITIVE_INFINITY;
    if ((keys[k] as number) <= threshold) state[i] = MARGIN;
    else if ((d[i] as number) > 0) state[i] = unlimited ? MARGIN : UPPER;
    else state[i] = LOWER;
  }
}

/** Capacity' minus the time of products fixed at demand; frees fixed products until it is ≥ 0. */
function restrictedRhs(reduced: Reduced, state: Uint8Array, d: Float64Array): Float64Array {
  const rhs = Float64Array.from(reduced.capacity);
  const upper = reduced.active.filter((i) => state[i] === UPPER);
  reduced.usage.forEach((column, r) => {
    let used = 0;
    for (let k = 0; k < upper.length; k++) {
      const i = upper[k] as number;
      used += (reduced.room[i] as number) * (column[i] as number);
    }
    rhs[r] = (rhs[r] as number) - used;
  });
  if (rhs.every((value) => value >= 0)) return rhs;
  // Least-sure first: the products whose T is least above their priced time.
  const ratio = (i: number): number => (d[i] as number) / (reduced.t[i] as number);
  const order = Array.from(upper).sort((a, b) => ratio(a) - ratio(b));
  for (const i of order) {
    if (rhs.every((value) => value >= 0)) break;
    state[i] = MARGIN;
    addUsage(reduced, rhs, i, reduced.room[i] as number);
  }
  return rhs;
}

function addUsage(reduced: Reduced, rhs: Float64Array, i: number, units: number): void {
  reduced.usage.forEach((column, r) => {
    rhs[r] = (rhs[r] as number) + units * (column[i] as number);
  });
}

function marginProducts(reduced: Reduced, state: Uint8Array): Int32Array {
  return reduced.active.filter((i) => state[i] === MARGIN);
}

function assemble(
  reduced: Reduced,
  state: Uint8Array,
  margin: Int32Array,
  solution: ModelSolution
): Float64Array {
  const x = new Float64Array(reduced.count);
  const { active, room } = reduced;
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    if (state[i] === UPPER) x[i] = room[i] as number;
  }
  margin.forEach((i, k) => {
    x[i] = Math.min(room[i] as number, Math.max(0, solution.x[k] as number));
  });
  return x;
}

/**
 * Moves into the margin every fixed product whose reduced cost says its bound is wrong
 * (at nothing but d > 0, or at demand but d < 0). Returns how many moved.
 */
function admitViolators(
  reduced: Reduced,
  state: Uint8Array,
  d: Float64Array,
  rhs: Float64Array
): number {
  let moved = 0;
  const { active } = reduced;
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    const s = state[i] as number;
    if (s === MARGIN) continue;
    const di = d[i] as number;
    const eps = tolerance(reduced, i);
    if (s === LOWER && di > eps) state[i] = MARGIN;
    else if (s === UPPER && di < -eps) {
      state[i] = MARGIN;
      addUsage(reduced, rhs, i, reduced.room[i] as number);
    } else continue;
    moved++;
  }
  return moved;
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
