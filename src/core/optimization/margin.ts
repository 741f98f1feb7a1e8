import { tolerance } from './pricing';
import type { Reduced } from './reduction';
import type { ModelSolution } from './solver';

/**
 * Each product's place in the margin method: fixed at nothing (LOWER), fixed at demand (UPPER) or
 * left to the LP of the margin (MARGIN), held in a Uint8Array indexed by product.
 */
export const LOWER = 0;
export const UPPER = 1;
export const MARGIN = 2;

/** Products in the margin LP when it is first drawn. */
export const MARGIN_SIZE = 3000;

/**
 * The margin: the MARGIN_SIZE products whose reduced cost is smallest relative to their T; the
 * rest go to demand (d > 0, finite demand) or to nothing (d ≤ 0).
 */
export function classify(reduced: Reduced, d: Float64Array, state: Uint8Array): void {
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
export function restrictedRhs(reduced: Reduced, state: Uint8Array, d: Float64Array): Float64Array {
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

export function marginProducts(reduced: Reduced, state: Uint8Array): Int32Array {
  return reduced.active.filter((i) => state[i] === MARGIN);
}

export function assemble(
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
export function admitViolators(
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
