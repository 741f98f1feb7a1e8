import { requiredThroughput as throughputFor } from '../netProfit';
import {
  allFinite,
  findColumnIssues,
  findValueIssues,
  invalidIf,
  type Invalid,
  type Overflow,
} from './valueIssues';

/** A product group of the sales plan. */
export type ProductGroup = {
  /** Throughput share of the group's revenue, T ÷ price: 0.5 for 50 %, 0.01 for 1 %. */
  readonly throughputShare: number;
  /** The group's weight in sales: a share (0.6) or any amount the shares are taken from. */
  readonly salesShare: number;
};

export type SalesPlanInput = {
  /** OE of the period. */
  readonly operatingExpense: number;
  /** Net profit the owner wants on top of OE; default 0 (break-even). */
  readonly desiredProfit?: number;
  readonly groups: readonly ProductGroup[];
};

export type GroupPlan = { readonly revenue: number; readonly throughput: number };

export type SalesPlan = {
  readonly status: 'planned';
  /** Required T = OE + desired profit. */
  readonly requiredThroughput: number;
  /** Revenue that brings the required T: required T ÷ blended throughput share. */
  readonly requiredRevenue: number;
  /** Σ sales share × throughput share ÷ Σ sales share: T per unit of revenue of the mix. */
  readonly blendedThroughputShare: number;
  /** Revenue and T of each group, in input order. */
  readonly groups: readonly GroupPlan[];
};

/** The groups earn no throughput, so no revenue reaches the target. */
export type NoThroughput = { readonly status: 'noThroughput' };

export type SalesPlanOutcome = SalesPlan | Invalid | Overflow | NoThroughput;

/**
 * A sales plan set in throughput: required T = OE + desired profit, and the revenue the sales mix
 * must bring to earn it. The same T needs 2× revenue at 50 % throughput, 10× at 10 %, 100× at 1 %.
 * A target of T ≤ 0 needs no sales: the revenue is 0.
 */
export function salesPlan(input: SalesPlanInput): SalesPlanOutcome {
  const desiredProfit = input.desiredProfit ?? 0;
  const { groups } = input;
  const shares = groups.map((g) => g.throughputShare);
  const weights = groups.map((g) => g.salesShare);
  const issues = [
    ...findValueIssues([
      [input.operatingExpense, 'operatingExpense', 'nonNegative'],
      [desiredProfit, 'desiredProfit', 'finite'],
    ]),
    ...findColumnIssues(shares, 'throughputShare', 'share'),
    ...findColumnIssues(weights, 'salesShare', 'nonNegative'),
  ];
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  if (groups.length === 0) issues.push({ kind: 'empty', field: 'groups' });
  else if (issues.length === 0 && !(totalWeight > 0)) {
    issues.push({ kind: 'notPositive', field: 'salesShare' });
  }
  const invalid = invalidIf(issues);
  if (invalid) return invalid;
  const blended =
    groups.reduce((sum, g) => sum + g.salesShare * g.throughputShare, 0) / totalWeight;
  const requiredThroughput = throughputFor(input.operatingExpense, desiredProfit);
  if (!(blended > 0)) return { status: 'noThroughput' };
  const requiredRevenue = Math.max(0, requiredThroughput) / blended;
  const plans = groups.map((g) => {
    const revenue = (requiredRevenue * g.salesShare) / totalWeight;
    return { revenue, throughput: revenue * g.throughputShare };
  });
  if (!allFinite(requiredThroughput, requiredRevenue, ...plans.map((p) => p.revenue))) {
    return { status: 'overflow' };
  }
  return {
    status: 'planned',
    requiredThroughput,
    requiredRevenue,
    blendedThroughputShare: blended,
    groups: plans,
  };
}
