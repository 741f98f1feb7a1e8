import type { MixProblem } from '../core';
import type { GreedyShortfallReason, OptimalMixOutcome } from '../core/optimization';
import type { MixMethod } from './planInputs';
import type { PlanView, TimeUnit } from './planView';

type Solved = Extract<OptimalMixOutcome, { status: 'optimal' | 'feasible' | 'timeLimit' }>;

/** One product: the best plan's quantity beside the ranking's. */
export type BestPlanRow = {
  readonly product: number;
  readonly name: string;
  readonly best: number;
  /** `null` when the ranking gave no plan. */
  readonly ranking: number | null;
};

/** A binding resource: what one more hour of it adds to ΣT, and over which capacities. */
export type ShadowPrice = {
  readonly resource: string;
  readonly perHour: number;
  /** Capacities (in the table's time unit) over which the value holds; `null` if not known. */
  readonly from: number | null;
  /** `null`: it holds for any larger capacity (or is not known, when `from` is `null` too). */
  readonly to: number | null;
};

export type BestPlanView = {
  readonly status: Solved['status'];
  readonly gap: number | null;
  readonly rows: readonly BestPlanRow[];
  readonly throughput: number;
  readonly rankingThroughput: number | null;
  /** ΣT best − ΣT ranking. */
  readonly difference: number;
  readonly reason: GreedyShortfallReason | null;
  readonly operatingExpense: number | null;
  readonly netProfit: number | null;
  readonly shadowPrices: readonly ShadowPrice[];
  readonly hasMinimums: boolean;
  /** Best ΣT without the minimum quantities − best ΣT with them. */
  readonly lostToMinimums: number;
};

const MINUTES_PER_HOUR = 60;

/** The best plan in the pane's terms; shadow prices per hour whatever unit the times are in. */
export function bestPlanView(
  problem: MixProblem,
  solved: Solved,
  timeUnit: TimeUnit
): BestPlanView {
  const { products, resources } = problem;
  const perHour = timeUnit === 'minutes' ? MINUTES_PER_HOUR : 1;
  const greedy = solved.greedy;
  return {
    status: solved.status,
    gap: solved.gap,
    rows: Array.from(solved.quantity, (best, i) => ({
      product: i,
      name: products.names[i] ?? '',
      best,
      ranking: greedy === null ? null : (greedy.quantity[i] ?? 0),
    })),
    throughput: solved.throughput,
    rankingThroughput: greedy?.throughput ?? null,
    difference: solved.difference,
    reason: solved.reason,
    operatingExpense: solved.operatingExpense,
    netProfit: solved.netProfit,
    shadowPrices: solved.binding.map((r) => {
      const range = solved.dualRanges[r] ?? null;
      return {
        resource: resources[r]?.name ?? '',
        perHour: (solved.shadowPrices[r] ?? 0) * perHour,
        from: range?.from ?? null,
        to: range?.to ?? null,
      };
    }),
    hasMinimums: products.minimum.some((minimum) => minimum > 0),
    lostToMinimums: solved.lostToMinimums,
  };
}

export function isSolved(outcome: OptimalMixOutcome): outcome is Solved {
  return (
    outcome.status === 'optimal' || outcome.status === 'feasible' || outcome.status === 'timeLimit'
  );
}

/** The owner's choice, else the best plan when several resources are overloaded, else ranking. */
export function effectiveMethod(chosen: MixMethod | null, view: PlanView | null): MixMethod {
  if (chosen !== null) return chosen;
  const several = view?.warnings.some((warning) => warning.kind === 'severalOverloaded');
  return several === true ? 'optimal' : 'ranking';
}
