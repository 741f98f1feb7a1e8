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
  /** Resource prices of the continuous model. */
  readonly y: Float64Array;
  readonly rangeDown: Float64Array | null;
  readonly rangeUp: Float64Array | null;
  /** Capacity left after the minimums, the basis the ranges are expressed in. */
  readonly capacityShift: Float64Array;
  readonly stats: Omit<SolveStats, 'ms'>;
};

type Greedy = { readonly throughput: number; readonly quantity: Float64Array };

// HiGHS reports an unlimited range as a value this large or larger.
const INFINITE_BOUND = 1e20;

export function describePlan(
  problem: MixProblem,
  solved: Solved,
  bestWithoutMinimums: number,
  greedy: Greedy | null,
  ms: number
): OptimalMixOutcome {
  // The greedy plan is feasible too: a whole-unit heuristic never reports less than it.
  const useGreedy = greedy !== null && greedy.throughput > solved.throughput;
  const quantity = useGreedy ? Float64Array.from(greedy.quantity) : solved.quantity;
  const throughput = useGreedy ? greedy.throughput : solved.throughput;
  const shadowPrices = shadowPricesOf(problem, solved.y);
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

/** Duals below round-off are 0: one more hour of that resource earns nothing. */
function shadowPricesOf(problem: MixProblem, y: Float64Array): Float64Array {
  const { price, tvc } = problem.products;
  let scale = 1;
  for (let i = 0; i < price.length; i++) {
    scale = Math.max(scale, Math.abs((price[i] as number) - (tvc[i] as number)));
  }
  return Float64Array.from(problem.resources, (_, r) => {
    const value = y[r] ?? 0;
    return value > 1e-9 * scale ? value : 0;
  });
}

function usedTime(problem: MixProblem, quantity: Float64Array): Float64Array {
  return Float64Array.from(problem.products.usage, (column) => {
    let used = 0;
    for (let i = 0; i < quantity.length; i++) {
      const q = quantity[i] as number;
      if (q !== 0) used += q * (column[i] as number);
    }
    return used;
  });
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
      from: down <= -INFINITE_BOUND ? 0 : Math.max(0, down + shift),
      to: up >= INFINITE_BOUND || !Number.isFinite(up) ? null : up + shift,
    };
  });
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
