import type { Highs } from 'highs';
import type { Clock } from './clock';
import { planThroughput, reducedCosts } from './pricing';
import type { Reduced } from './reduction';
import { solveModel } from './solver';

/**
 * Whole units from the continuous optimum. Its basis holds at most one fractional product per
 * binding resource, so: round every product down (always feasible, since usage ≥ 0), re-fill the
 * freed time in order of reduced cost, then let a small branch-and-bound re-decide the fractional
 * products and the nearest-to-margin ones with everything else held. The continuous optimum bounds
 * the answer from above; the gap to it is reported, and is 0 when the whole problem fits the MILP.
 */
export type WholeSolution = {
  readonly x: Float64Array;
  readonly bound: number | null;
  readonly proven: boolean;
};

// Products the small MILP may re-decide, and its time: more closes the gap slower than it earns.
// (Measured on 200–2,000 products × 5–20 resources: 25 products and 20 nodes close as much of
// the gap as 40 products and 1,000 nodes, in a tenth of the time.)
const MILP_SIZE = 25;
const MILP_NODES = 20;
const MILP_BUDGET_SECONDS = 0.5;
// 29.9999999997 units are 30 units.
const UNIT_EPSILON = 1e-9;

export function solveWholeUnits(
  highs: Highs,
  reduced: Reduced,
  continuous: { readonly x: Float64Array; readonly y: Float64Array; readonly bound: number | null },
  clock: Clock
): WholeSolution {
  const d = reducedCosts(reduced, continuous.y);
  const x = continuous.x.map((value) => Math.floor(value + UNIT_EPSILON));
  const remaining = remainingTime(reduced, x);
  topUp(reduced, x, remaining, d);
  const chosen = milpProducts(reduced, continuous.x, d);
  const exact = chosen.length === reduced.active.length;
  const milp = improveByMilp(highs, reduced, x, remaining, chosen, clock);
  topUp(reduced, x, remaining, d);
  const throughput = planThroughput(reduced, x);
  const bound = exact && milp === 'optimal' ? throughput : integralBound(reduced, continuous.bound);
  const proven = bound !== null && bound - throughput <= 1e-9 * Math.max(1, Math.abs(throughput));
  return { x, bound, proven };
}

function remainingTime(reduced: Reduced, x: Float64Array): Float64Array {
  const remaining = Float64Array.from(reduced.capacity);
  reduced.usage.forEach((column, r) => {
    let used = 0;
    for (const i of reduced.active) used += (x[i] as number) * (column[i] as number);
    remaining[r] = (remaining[r] as number) - used;
  });
  return remaining;
}

/** Adds whole units where time is left, best reduced cost per T first. */
function topUp(reduced: Reduced, x: Float64Array, remaining: Float64Array, d: Float64Array): void {
  const { t, room, usage } = reduced;
  const order = Array.from(reduced.active).filter((i) => (x[i] as number) < (room[i] as number));
  order.sort((a, b) => (d[b] as number) / (t[b] as number) - (d[a] as number) / (t[a] as number));
  for (const i of order) {
    let units = (room[i] as number) - (x[i] as number);
    usage.forEach((column, r) => {
      const time = column[i] as number;
      if (time > 0) units = Math.min(units, (remaining[r] as number) / time);
    });
    units = Math.floor(units + UNIT_EPSILON);
    if (!(units > 0)) continue;
    x[i] = (x[i] as number) + units;
    usage.forEach((column, r) => {
      remaining[r] = (remaining[r] as number) - units * (column[i] as number);
    });
  }
}

/** The fractional products of the continuous plan, then the nearest to the margin. */
function milpProducts(reduced: Reduced, continuous: Float64Array, d: Float64Array): Int32Array {
  const { active, t } = reduced;
  if (active.length <= MILP_SIZE) return active;
  const isFractional = (i: number): boolean => {
    const value = continuous[i] as number;
    return value - Math.floor(value + UNIT_EPSILON) > UNIT_EPSILON;
  };
  const closeness = (i: number): number => Math.abs(d[i] as number) / (t[i] as number);
  const ranked = Array.from(active).sort(
    (a, b) => Number(isFractional(b)) - Number(isFractional(a)) || closeness(a) - closeness(b)
  );
  return Int32Array.from(ranked.slice(0, MILP_SIZE));
}

/** Re-decides `chosen` by branch-and-bound with the rest held; keeps the better plan. */
function improveByMilp(
  highs: Highs,
  reduced: Reduced,
  x: Float64Array,
  remaining: Float64Array,
  chosen: Int32Array,
  clock: Clock
): 'optimal' | 'partial' {
  if (clock.expired() || clock.cancelled()) return 'partial';
  const rhs = Float64Array.from(remaining);
  for (const i of chosen) {
    reduced.usage.forEach((column, r) => {
      rhs[r] = (rhs[r] as number) + (x[i] as number) * (column[i] as number);
    });
  }
  const start = Float64Array.from(chosen, (i) => x[i] as number);
  const model = { ...reduced, products: chosen, cost: reduced.t, rhs, integer: true };
  const exact = chosen.length === reduced.active.length;
  const limits = exact ? {} : { maxNodes: MILP_NODES, budgetSeconds: MILP_BUDGET_SECONDS };
  const solution = solveModel(highs, { ...model, ranging: false, start, ...limits }, clock);
  if (solution.status === 'failed') return 'partial';
  const units = solution.x.map((value) => Math.round(value));
  if (!fits(reduced, chosen, units, rhs)) return 'partial';
  const gain = chosen.reduce((sum, i, k) => {
    return sum + ((units[k] as number) - (x[i] as number)) * (reduced.t[i] as number);
  }, 0);
  if (gain > 0) {
    chosen.forEach((i, k) => (x[i] = units[k] as number));
    remaining.set(leftAfter(reduced, chosen, units, rhs));
  }
  return solution.status === 'optimal' ? 'optimal' : 'partial';
}

function leftAfter(
  reduced: Reduced,
  chosen: Int32Array,
  units: Float64Array,
  rhs: Float64Array
): Float64Array {
  return rhs.map((capacity, r) => {
    const column = reduced.usage[r] as Float64Array;
    let used = 0;
    chosen.forEach((i, k) => (used += (units[k] as number) * (column[i] as number)));
    return capacity - used;
  });
}

function fits(
  reduced: Reduced,
  chosen: Int32Array,
  units: Float64Array,
  rhs: Float64Array
): boolean {
  const inBounds = chosen.every((i, k) => {
    const value = units[k] as number;
    return value >= 0 && value <= (reduced.room[i] as number);
  });
  const left = leftAfter(reduced, chosen, units, rhs);
  return inBounds && left.every((value, r) => value >= -1e-9 * (reduced.capacity[r] as number));
}

/** With whole T per unit and whole minimums ΣT is whole, so the bound rounds down. */
function integralBound(reduced: Reduced, bound: number | null): number | null {
  if (bound === null) return null;
  const whole = reduced.t.every(Number.isInteger) && reduced.minimum.every(Number.isInteger);
  return whole ? Math.floor(bound + 1e-9 * Math.max(1, Math.abs(bound))) : bound;
}
