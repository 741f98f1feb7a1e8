import type { Highs } from 'highs';
import type { Clock } from './clock';
import { planThroughput, reducedCosts } from './duality';
import { solveMilp, type MilpModel } from './milp';
import type { Reduced } from './reduction';

/**
 * Whole units from the continuous optimum (x*, prices y, bound z).
 *
 * 1. A plan: every product rounded down (feasible: usage ≥ 0), the freed time refilled in order of
 *    reduced cost per T. Its ΣT is z_I.
 * 2. Reduced-cost fixing: every plan has ΣT ≤ z − Σ_{d<0} |d_i|·x_i − Σ_{d>0} d_i·(room_i − x_i)
 *    (LP duality), so a plan better than z_I moves product i at most (z − z_I) ÷ |d_i| units away
 *    from its LP bound. Most products are thereby fixed; the rest form a small box.
 * 3. HiGHS's branch and cut over that box, started from the plan. If it proves its optimum, that
 *    (or the plan) is the proven whole-unit optimum; at its node limit, its bound gives the gap.
 */
export type WholeSolution = {
  readonly x: Float64Array;
  readonly bound: number | null;
  readonly proven: boolean;
};

const UNIT_EPSILON = 1e-9;
// Branch and cut only over a box this small (free products × resources): beyond it even its root
// node costs seconds (1,900 free × 20 resources: ~0.5 s a node), so the rounded plan and its gap
// are the answer. Deterministic, like the node budget.
const MILP_SIZE = 20_000;

export async function solveWholeUnits(
  reduced: Reduced,
  continuous: { readonly x: Float64Array; readonly prices: Float64Array; readonly bound: number },
  { clock, maxNodes }: { readonly clock: Clock; readonly maxNodes: number | undefined },
  highs: () => Promise<Highs>
): Promise<WholeSolution> {
  const d = reducedCosts(reduced, continuous.prices);
  const x = continuous.x.map((value, i) =>
    Math.min(reduced.room[i] as number, Math.floor(value + UNIT_EPSILON))
  );
  const remaining = remainingTime(reduced, x);
  undoRoundingUp(reduced, x, continuous.x, remaining);
  topUp(reduced, x, remaining, d);
  const bound = integralBound(reduced, continuous.bound);
  const incumbent = planThroughput(reduced, x);
  if (closed(bound, incumbent)) return { x, bound, proven: true };
  const box = fixByReducedCost(reduced, d, bound - incumbent);
  const searchable = box.free.length * reduced.resources <= MILP_SIZE && maxNodes !== 0;
  if (!searchable || clock.cancelled() || clock.expired()) {
    return { x, bound, proven: false };
  }
  const model = restricted(reduced, box, x);
  if (model === 'noBetterPlan') return { x, bound: incumbent, proven: true };
  const result = solveMilp(await highs(), model, clock, maxNodes);
  if (result.status === 'infeasible') return { x, bound: incumbent, proven: true };
  if (result.x && fits(model, result.x)) {
    const candidate = Float64Array.from(x);
    box.free.forEach((i, k) => (candidate[i] = result.x?.[k] as number));
    for (const [i, value] of box.fixed) candidate[i] = value;
    if (planThroughput(reduced, candidate) > incumbent) x.set(candidate);
  }
  const best = planThroughput(reduced, x);
  const proven = result.status === 'optimal';
  const milpBound = box.constant + result.bound;
  const total = proven ? best : Math.min(bound, Math.max(best, milpBound));
  return { x, bound: total, proven: proven || closed(total, best) };
}

const closed = (bound: number, value: number): boolean =>
  bound - value <= 1e-9 * Math.max(1, Math.abs(value));

function remainingTime(reduced: Reduced, x: Float64Array): Float64Array {
  return Float64Array.from(reduced.capacity, (capacity, r) => {
    const column = reduced.usage[r] as Float64Array;
    let used = 0;
    for (const i of reduced.active) used += (x[i] as number) * (column[i] as number);
    return capacity - used;
  });
}

// Time over capacity by this share of it is round-off of the sums, not an overload.
const OVER = 1e-15;
const over = (reduced: Reduced, remaining: Float64Array, r: number): boolean =>
  (remaining[r] as number) < -OVER * (reduced.capacity[r] as number);

/** 2.999999999999995 rounds to 3; where that overloads a resource, back to 2. */
function undoRoundingUp(
  reduced: Reduced,
  x: Float64Array,
  exact: Float64Array,
  remaining: Float64Array
): void {
  for (let r = 0; r < reduced.resources; r++) {
    const column = reduced.usage[r] as Float64Array;
    for (const i of reduced.active) {
      if (!over(reduced, remaining, r)) break;
      if (!((x[i] as number) > (exact[i] as number)) || column[i] === 0) continue;
      x[i] = (x[i] as number) - 1;
      addUnits(reduced, remaining, i, -1);
    }
  }
}

function addUnits(reduced: Reduced, remaining: Float64Array, i: number, units: number): void {
  for (let r = 0; r < reduced.resources; r++) {
    remaining[r] =
      (remaining[r] as number) - units * ((reduced.usage[r] as Float64Array)[i] as number);
  }
}

/** Adds whole units where time is left, best reduced cost per T first. */
function topUp(reduced: Reduced, x: Float64Array, remaining: Float64Array, d: Float64Array): void {
  const { t, room, usage } = reduced;
  const order = Array.from(reduced.active).filter((i) => (x[i] as number) < (room[i] as number));
  order.sort((a, b) => (d[b] as number) / (t[b] as number) - (d[a] as number) / (t[a] as number));
  for (const i of order) {
    let units = (room[i] as number) - (x[i] as number);
    for (let r = 0; r < usage.length; r++) {
      const time = (usage[r] as Float64Array)[i] as number;
      if (time > 0) units = Math.min(units, Math.max(0, remaining[r] as number) / time);
    }
    units = Math.floor(units + UNIT_EPSILON);
    if (!(units > 0)) continue;
    addUnits(reduced, remaining, i, units);
    if (remaining.some((_, r) => over(reduced, remaining, r))) {
      addUnits(reduced, remaining, i, -1);
      units--;
    }
    x[i] = (x[i] as number) + units;
  }
}

type Box = {
  readonly free: number[];
  readonly lower: number[];
  readonly upper: number[];
  /** Products fixed at a value, with it. */
  readonly fixed: [number, number][];
  /** ΣT of the fixed products and of everything outside the LP. */
  constant: number;
};

function fixByReducedCost(reduced: Reduced, d: Float64Array, gap: number): Box {
  const box: Box = { free: [], lower: [], upper: [], fixed: [], constant: reduced.fixedThroughput };
  for (const i of reduced.active) {
    const room = Math.min(reduced.room[i] as number, mostUnits(reduced, i));
    const di = d[i] as number;
    const reach = (size: number): number => Math.floor(gap / size + UNIT_EPSILON);
    const lower = di > 0 ? Math.max(0, room - reach(di)) : 0;
    const upper = di < 0 ? Math.min(room, reach(-di)) : room;
    if (lower >= upper) {
      box.fixed.push([i, lower]);
      box.constant += lower * (reduced.t[i] as number);
      continue;
    }
    box.free.push(i);
    box.lower.push(lower);
    box.upper.push(upper);
  }
  return box;
}

/** The most whole units any resource lets product i make. */
function mostUnits(reduced: Reduced, i: number): number {
  let most = Number.POSITIVE_INFINITY;
  reduced.usage.forEach((column, r) => {
    const time = column[i] as number;
    if (time > 0) most = Math.min(most, (reduced.capacity[r] as number) / time);
  });
  return Math.floor(most + UNIT_EPSILON);
}

function restricted(reduced: Reduced, box: Box, x: Float64Array): MilpModel | 'noBetterPlan' {
  const rhs = Float64Array.from(reduced.capacity);
  for (const [i, value] of box.fixed) {
    reduced.usage.forEach(
      (column, r) => (rhs[r] = (rhs[r] as number) - value * (column[i] as number))
    );
  }
  if (rhs.some((b, r) => b < -1e-9 * Math.max(1, reduced.capacity[r] as number)))
    return 'noBetterPlan';
  const inBox = box.fixed.every(([i, value]) => x[i] === value);
  const start = inBox ? Float64Array.from(box.free, (i) => x[i] as number) : null;
  const integral =
    box.free.every((i) => Number.isInteger(reduced.t[i])) && Number.isInteger(box.constant);
  return {
    cost: Float64Array.from(box.free, (i) => reduced.t[i] as number),
    rows: reduced.usage.map((column) => Float64Array.from(box.free, (i) => column[i] as number)),
    rhs: rhs.map((b) => Math.max(0, b)),
    lower: Float64Array.from(box.lower),
    upper: Float64Array.from(box.upper),
    start,
    integral,
  };
}

function fits(model: MilpModel, x: Float64Array): boolean {
  const inBox = x.every(
    (v, k) => v >= (model.lower[k] as number) && v <= (model.upper[k] as number)
  );
  return (
    inBox &&
    model.rows.every((row, r) => {
      let used = 0;
      row.forEach((time, k) => (used += time * (x[k] as number)));
      const b = model.rhs[r] as number;
      return used <= b + OVER * b;
    })
  );
}

/** With whole T per unit and whole minimums ΣT is whole, so the bound rounds down. */
function integralBound(reduced: Reduced, bound: number): number {
  const whole = reduced.t.every(Number.isInteger) && reduced.minimum.every(Number.isInteger);
  return whole ? Math.floor(bound + 1e-9 * Math.max(1, Math.abs(bound))) : bound;
}
