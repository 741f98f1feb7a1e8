/**
 * The exact product mix: maximise ΣT = Σ (price_i − TVC_i)·q_i subject to
 * Σ_i usage[r][i]·q_i ≤ capacity_r for every resource r and minimum_i ≤ q_i ≤ demand_i,
 * optionally in whole units. These are the types of `solveOptimalMix`'s answer.
 *
 * ```ts
 * type OptimalMixOutcome =
 *   | OptimalMixResult & { status: 'optimal' }    // proven best plan
 *   | OptimalMixResult & { status: 'feasible' }   // whole units: best found, within `gap` of the best
 *   | OptimalMixResult & { status: 'timeLimit' }  // the time limit hit: best plan found, its `gap`
 *   | { status: 'infeasible'; resource; required; capacity; excess }
 *   | { status: 'cancelled' }
 *   | { status: 'invalid'; issues: InputIssue[] }
 *   | { status: 'unbounded'; product }            // earns, unlimited demand, uses no resource
 *   | { status: 'overflow' }                      // a total does not fit in a double
 * ```
 */
import type { InputIssue } from '../inputIssues';

export type OptimalMixOptions = {
  /**
   * Wall-clock safety net of the whole solve: when it runs out the best plan found so far comes back
   * with status `timeLimit`. Every other limit is deterministic (iterations, branch-and-bound nodes).
   */
  readonly timeLimitMs?: number;
  /**
   * Whole units: at most this many branch-and-bound nodes (default: by the model's size, 20 to
   * 5,000). A deterministic budget: the same problem and budget give the same plan on any machine.
   * 0 keeps the rounded plan and reports its gap.
   */
  readonly maxNodes?: number;
  /** Cancels between solver steps (in a worker, the client terminates the worker instead). */
  readonly signal?: AbortSignal;
};

/** Why the classic TOC (greedy) plan earns less than the best plan. */
export type GreedyShortfallReason =
  /** More than one resource limits the best plan: one ranking cannot serve them all. */
  | 'severalBinding'
  /** Whole units: the greedy leaves capacity a different combination of units would use. */
  | 'wholeUnits'
  /** One resource binds, but not the one the greedy ranked by. */
  | 'otherConstraint';

/** The capacities over which a shadow price holds (ranging of the continuous model's basis). */
export type DualRange = {
  /** Lowest capacity at which the shadow price still holds (0 or more). */
  readonly from: number;
  /** Highest capacity at which it still holds; `null` when it holds for any larger capacity. */
  readonly to: number | null;
};

export type OptimalMixResult = {
  /** Units per product, in input order. */
  readonly quantity: Float64Array;
  /** ΣT of the plan. */
  readonly throughput: number;
  readonly operatingExpense: number | null;
  /** NP = ΣT − OE; `null` without OE. */
  readonly netProfit: number | null;
  /** Time used per resource. */
  readonly used: Float64Array;
  /** Resources one more unit of time of which would raise ΣT (shadow price > 0), ascending. */
  readonly binding: number[];
  /** ΣT one more unit of each resource's time would add (LP dual of the continuous model). */
  readonly shadowPrices: Float64Array;
  /** Per resource, where the shadow price holds; `null` entries where it was not computed. */
  readonly dualRanges: readonly (DualRange | null)[];
  /** The classic TOC plan of the same problem (core `planProductMix`); `null` if it did not plan. */
  readonly greedy: { readonly throughput: number; readonly quantity: Float64Array } | null;
  /** ΣT optimal − ΣT greedy (0 when the greedy did not plan). */
  readonly difference: number;
  readonly reason: GreedyShortfallReason | null;
  /** Best ΣT without the minimums − best ΣT with them: what the "political" minimums cost. */
  readonly lostToMinimums: number;
  /**
   * A proven upper bound on ΣT (weak duality: Σ capacity·y + Σ demand·max(0, reduced cost));
   * `null` when the time limit came before any bound was known.
   */
  readonly bound: number | null;
  /** bound − ΣT (≥ 0); within round-off of 0 when the status is 'optimal'. */
  readonly gap: number | null;
  readonly wholeUnits: boolean;
  readonly stats: SolveStats;
};

export type SolveStats = {
  /**
   * 'dualSimplex': our bounded dual simplex found the continuous optimum; 'highs': it fell back to
   * HiGHS (it failed to certify, or hit its iteration limit).
   */
  readonly method: 'dualSimplex' | 'highs';
  /** Dual simplex iterations (over all products; the warm start's sample not counted). */
  readonly iterations: number;
  readonly ms: number;
};

export type OptimalMixOutcome =
  | (OptimalMixResult & { readonly status: 'optimal' | 'feasible' | 'timeLimit' })
  | {
      readonly status: 'infeasible';
      /** The resource the minimums alone overload the most. */
      readonly resource: number;
      readonly required: number;
      readonly capacity: number;
      /** required − capacity. */
      readonly excess: number;
    }
  | { readonly status: 'cancelled' }
  | { readonly status: 'invalid'; readonly issues: readonly InputIssue[] }
  | { readonly status: 'unbounded'; readonly product: number }
  | { readonly status: 'overflow' };
