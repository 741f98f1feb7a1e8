/**
 * What freed (or lost) hours of a resource are worth in the plan the pane actually uses.
 *
 * - The ranking: the same ranking is walked again with the new capacity (the ranking resource
 *   pinned, so the extra hours cannot re-rank it); ΔT = ΣT after − ΣT before.
 * - The best plan (several resources): inside the range where its shadow price holds, and in
 *   fractional units, ΔT = shadow price × hours exactly (the LP is linear there); beyond the range,
 *   or in whole units, the best plan is solved again with the new capacity and ΔT is the
 *   difference of the two best plans.
 */
import { planProductMix, type MixPlan, type MixProblem } from '../../core';
import type { OptimalMixOutcome } from '../../core/optimization';
import { isSolved } from '../bestPlanView';
import type { SharedMix } from '../hooks/sharedMix';

export type QuantityMove = { readonly product: string; readonly quantityChange: number };

/** How ΔT was found, for the words that say so. */
export type FreedMethod =
  /** The ranking re-planned with the new capacity. */
  | { readonly kind: 'ranking' }
  /** The best plan's shadow price × hours, inside the capacities where it holds. */
  | { readonly kind: 'shadowPrice'; readonly from: number; readonly to: number | null }
  /** The best plan solved again with the new capacity. */
  | {
      readonly kind: 'resolved';
      readonly reason: 'beyondRange' | 'wholeUnits' | 'noRange';
      /** The capacity the shadow price stops holding at (beyond the range). */
      readonly limit: number | null;
    };

/** Why hours add nothing, when ΔT is 0. */
export type NothingReason =
  | { readonly kind: 'demandMet' }
  | { readonly kind: 'idle' }
  /** Another resource is full: the products waiting need it too. */
  | { readonly kind: 'otherFull'; readonly resource: string };

export type FreedHours =
  | {
      readonly status: 'valued';
      readonly resource: string;
      /** Hours freed (negative: lost), always in hours. */
      readonly hours: number;
      /** The resource's capacity after the change, in the table's time unit. */
      readonly capacity: number;
      /** ΔT a period. */
      readonly deltaThroughput: number;
      /** The best plan's shadow price per hour of the resource (`null` with the ranking). */
      readonly perHour: number | null;
      readonly method: FreedMethod;
      readonly moves: readonly QuantityMove[];
      readonly nothing: NothingReason | null;
    }
  | { readonly status: 'noResource' }
  | { readonly status: 'exceedsCapacity'; readonly resource: string; readonly capacity: number }
  /** The best plan is still being found (or was not): nothing to value the hours on yet. */
  | { readonly status: 'bestPending' }
  | { readonly status: 'mixFailed' };

type Solved = Extract<OptimalMixOutcome, { status: 'optimal' | 'feasible' | 'timeLimit' }>;
export type Solve = (problem: MixProblem) => Promise<OptimalMixOutcome>;

const MINUTES_PER_HOUR = 60;
// Shares of capacity below this are the solver's round-off, not idle time.
const FULL = 1 - 1e-9;

/** The resource whose hours are valued by default: the ranking's, else the dearest binding one. */
export function defaultResource(mix: SharedMix): number | null {
  const ranking = mix.plan.rankingResource;
  const best = bestOf(mix);
  if (mix.method === 'optimal' && best !== null) {
    if (ranking !== null && best.binding.includes(ranking)) return ranking;
    const dearest = [...best.binding].sort(
      (a, b) => (best.shadowPrices[b] ?? 0) - (best.shadowPrices[a] ?? 0)
    )[0];
    if (dearest !== undefined) return dearest;
  }
  return ranking ?? (mix.problem.resources.length > 0 ? 0 : null);
}

/** The best plan of the shared problem, once found. */
export function bestOf(mix: SharedMix): Solved | null {
  const { best } = mix;
  return best.step === 'done' && best.problem === mix.problem && isSolved(best.outcome)
    ? best.outcome
    : null;
}

/** ΔT of `hours` more (or, negative, fewer) hours of resource `r` in the pane's plan. */
export async function valueFreedHours(
  mix: SharedMix,
  r: number,
  hours: number,
  solve: Solve
): Promise<FreedHours> {
  const resource = mix.problem.resources[r];
  if (resource === undefined) return { status: 'noResource' };
  const perUnit = mix.timeUnit === 'minutes' ? MINUTES_PER_HOUR : 1;
  const capacity = resource.capacity + hours * perUnit;
  if (!(capacity > 0)) return { status: 'exceedsCapacity', resource: resource.name, capacity };
  const changed = withCapacity(mix.problem, r, capacity);
  if (mix.method === 'ranking') return rankingValue(mix, r, hours, changed);
  const best = bestOf(mix);
  if (best === null)
    return mix.best.step === 'done' ? { status: 'mixFailed' } : { status: 'bestPending' };
  const price = best.shadowPrices[r] ?? 0;
  const range = best.dualRanges[r] ?? null;
  const base = {
    status: 'valued' as const,
    resource: resource.name,
    hours,
    capacity,
    perHour: price * perUnit,
  };
  const inRange =
    range !== null && capacity >= range.from && (range.to === null || capacity <= range.to);
  if (inRange && !mix.problem.wholeUnits) {
    const deltaThroughput = price * hours * perUnit;
    const nothing = deltaThroughput === 0 ? nothingReason(changed, best.quantity, r) : null;
    const method: FreedMethod = { kind: 'shadowPrice', from: range.from, to: range.to };
    return { ...base, deltaThroughput, method, moves: [], nothing };
  }
  const after = await solve(changed);
  if (!isSolved(after)) return { status: 'mixFailed' };
  const limit = range === null ? null : capacity < range.from ? range.from : range.to;
  const method: FreedMethod = {
    kind: 'resolved',
    reason: mix.problem.wholeUnits ? 'wholeUnits' : range === null ? 'noRange' : 'beyondRange',
    limit,
  };
  const deltaThroughput = roundOff(after.throughput - best.throughput, best.throughput);
  const moves = movesOf(mix.problem, best.quantity, after.quantity);
  const nothing = deltaThroughput === 0 ? nothingReason(changed, after.quantity, r) : null;
  return { ...base, deltaThroughput, method, moves, nothing };
}

function rankingValue(mix: SharedMix, r: number, hours: number, changed: MixProblem): FreedHours {
  const before = mix.plan;
  const pinned =
    before.rankingResource === null ? {} : { constraintOverride: before.rankingResource };
  const after = planProductMix({ ...changed, ...pinned });
  if (after.status !== 'planned') return { status: 'mixFailed' };
  const plan = after as MixPlan;
  const deltaThroughput = roundOff(plan.throughput - before.throughput, before.throughput);
  const resource = changed.resources[r] as { name: string; capacity: number };
  return {
    status: 'valued',
    resource: resource.name,
    hours,
    capacity: resource.capacity,
    deltaThroughput,
    perHour: null,
    method: { kind: 'ranking' },
    moves: movesOf(mix.problem, before.quantity, plan.quantity),
    nothing: deltaThroughput === 0 ? nothingReason(changed, plan.quantity, r) : null,
  };
}

function withCapacity(problem: MixProblem, r: number, capacity: number): MixProblem {
  return {
    ...problem,
    resources: problem.resources.map((resource, k) =>
      k === r ? { ...resource, capacity } : resource
    ),
  };
}

/** ΔT below the round-off of ΣT is no change. */
function roundOff(delta: number, scale: number): number {
  return Math.abs(delta) <= 1e-9 * Math.max(1, Math.abs(scale)) ? 0 : delta;
}

function movesOf(
  problem: MixProblem,
  before: ArrayLike<number>,
  after: ArrayLike<number>
): QuantityMove[] {
  const moves: QuantityMove[] = [];
  for (let i = 0; i < problem.products.count; i++) {
    const change = (after[i] ?? 0) - (before[i] ?? 0);
    if (Math.abs(change) > 1e-9) {
      moves.push({ product: problem.products.names[i] ?? '', quantityChange: change });
    }
  }
  return moves;
}

/** Why a plan with the new capacity earns no more: demand met, the resource idle, or another full. */
function nothingReason(problem: MixProblem, quantity: ArrayLike<number>, r: number): NothingReason {
  const { price, tvc, demand, usage } = problem.products;
  const waiting = Array.from({ length: problem.products.count }, (_, i) => i).filter(
    (i) =>
      (quantity[i] ?? 0) < (demand[i] as number) - 1e-9 && (price[i] as number) > (tvc[i] as number)
  );
  if (waiting.length === 0) return { kind: 'demandMet' };
  const used = (k: number) => {
    const column = usage[k] as Float64Array;
    let total = 0;
    for (let i = 0; i < problem.products.count; i++)
      total += (quantity[i] ?? 0) * (column[i] as number);
    return total;
  };
  const full = problem.resources.findIndex(
    (resource, k) =>
      k !== r &&
      used(k) >= resource.capacity * FULL &&
      waiting.some((i) => ((usage[k] as Float64Array)[i] as number) > 0)
  );
  const name = full < 0 ? undefined : problem.resources[full]?.name;
  return name === undefined ? { kind: 'idle' } : { kind: 'otherFull', resource: name };
}
