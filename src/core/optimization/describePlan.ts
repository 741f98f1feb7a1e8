import type { MixProblem } from '../planProductMix';
import type {
  DualRange,
  GreedyShortfallReason,
  OptimalMixOutcome,
  OptimalMixResult,
  SolveStats,
} from './types';

/** What one solve found, before it is put in the owner's words. */
export type Solved = {
  readonly status: 'optimal' | 'feasible' | 'timeLimit';
  readonly quantity: Float64Array;
  readonly throughput: number;
  readonly bound: number | null;
  /** Resource prices (shadow prices) of the continuous model. */
  readonly y: Float64Array;
  readonly rangeDown: Float64Array | null;
  readonly rangeUp: Float64Array | null;
  /** Capacity left after the minimums, the basis the ranges are expressed in. */
  readonly capacityShift: Float64Array;
  readonly stats: Omit<SolveStats, 'ms'>;
};

type Greedy = { readonly throughput: number; readonly quantity: Float64Array };

// A range end this large is unlimited.
const INFINITE_BOUND = 1e300;

export function describePlan(
  problem: MixProblem,
  solved: Solved,
  bestWithoutMinimums: number,
  greedy: Greedy | null,
  ms: number
): OptimalMixOutcome {
  // A feasible greedy plan is a plan too: a whole-unit heuristic never reports less than it.
  const useGreedy =
    greedy !== null &&
    greedy.throughput > solved.throughput &&
    fitsProblem(problem, greedy.quantity);
  const quantity = useGreedy ? Float64Array.from(greedy.quantity) : solved.quantity;
  const throughput = useGreedy ? greedy.throughput : solved.throughput;
  const shadowPrices = shadowPricesOf(problem, solved.y, throughput);
  const binding = Array.from(shadowPrices.keys()).filter((r) => (shadowPrices[r] as number) > 0);
  const difference = greedy === null ? 0 : throughput - greedy.throughput;
  const oe = problem.operatingExpense;
  const result: OptimalMixResult = {
    quantity,
    throughput,
    operatingExpense: oe,
    netProfit: oe === null ? null : throughput - oe,
    used: usedTime(problem, quantity),
    binding,
    shadowPrices,
    dualRanges: dualRanges(problem, solved),
    greedy,
    difference,
    reason: reasonOf(problem, difference, throughput, binding),
    lostToMinimums: Math.max(0, bestWithoutMinimums - throughput),
    bound: solved.bound,
    gap: solved.bound === null ? null : Math.max(0, solved.bound - throughput),
    wholeUnits: problem.wholeUnits,
    stats: { ...solved.stats, ms },
  };
  return isFinite(result) ? { ...result, status: solved.status } : { status: 'overflow' };
}

/** A price whose whole capacity is worth round-off of ΣT is 0: that resource earns nothing more. */
function shadowPricesOf(problem: MixProblem, y: Float64Array, throughput: number): Float64Array {
  const noise = 1e-12 * Math.max(1, Math.abs(throughput));
  return Float64Array.from(problem.resources, (resource, r) => {
    const value = y[r] ?? 0;
    return value > 0 && value * resource.capacity > noise ? value : 0;
  });
}

/** Within every bound and capacity, and whole when whole units are asked for. */
export function fitsProblem(problem: MixProblem, quantity: Float64Array): boolean {
  const { products, resources } = problem;
  for (let i = 0; i < products.count; i++) {
    const q = quantity[i] as number;
    if (!(q >= (products.minimum[i] as number) && q <= (products.demand[i] as number)))
      return false;
    if (problem.wholeUnits && !Number.isInteger(q)) return false;
  }
  const used = usedTime(problem, quantity);
  return resources.every((resource, r) => (used[r] as number) <= resource.capacity);
}

function usedTime(problem: MixProblem, quantity: Float64Array): Float64Array {
  return Float64Array.from(problem.products.usage, (column) => dot(quantity, column));
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

function dualRanges(problem: MixProblem, solved: Solved): (DualRange | null)[] {
  const { rangeDown, rangeUp, capacityShift } = solved;
  return problem.resources.map((resource, r) => {
    if (!rangeDown || !rangeUp) return null;
    // Ranges come in capacity-after-minimums; the minimums' time shifts them back.
    const shift = resource.capacity - (capacityShift[r] as number);
    const down = rangeDown[r] as number;
    const up = rangeUp[r] as number;
    return {
      from: down <= -INFINITE_BOUND ? 0 : Math.max(0, roundOff(down + shift)),
      to: up >= INFINITE_BOUND || !Number.isFinite(up) ? null : roundOff(up + shift),
    };
  });
}

/** 204.99999999999997 minutes are 205: scale factors' round-off, not a range. */
function roundOff(value: number): number {
  const whole = Math.round(value);
  return Math.abs(value - whole) <= 1e-12 * Math.max(1, Math.abs(value)) ? whole : value;
}

function reasonOf(
  problem: MixProblem,
  difference: number,
  throughput: number,
  binding: readonly number[]
): GreedyShortfallReason | null {
  if (difference <= 1e-9 * Math.max(1, Math.abs(throughput))) return null;
  if (binding.length > 1) return 'severalBinding';
  return problem.wholeUnits ? 'wholeUnits' : 'otherConstraint';
}

function isFinite(result: OptimalMixResult): boolean {
  const numbers = [result.throughput, result.difference, result.lostToMinimums];
  return (
    numbers.every(Number.isFinite) &&
    (result.netProfit === null || Number.isFinite(result.netProfit)) &&
    (result.bound === null || Number.isFinite(result.bound)) &&
    result.used.every(Number.isFinite) &&
    result.quantity.every(Number.isFinite)
  );
}
