import { fillPlan, hasMinimums, minimumsShortfall } from './fillPlan';
import { identifyConstraint } from './identifyConstraint';
import { findInputIssues, type InputIssue } from './inputIssues';
import { netProfit } from './netProfit';
import type { ProductTable, Resource } from './productTable';
import { rankProducts } from './rankProducts';
import { usageRows } from './usageRows';
import { wholeUnitBounds } from './wholeUnitBounds';

export type MixProblem = {
  readonly products: ProductTable;
  readonly resources: readonly Resource[];
  /** OE of the period; `null` when the owner did not give it (NP is then not computed). */
  readonly operatingExpense: number | null;
  /** Plan whole units (the default in every face of the add-in) or fractional quantities. */
  readonly wholeUnits: boolean;
  /** Rank by this resource instead of the detected CCR (the owner's override). */
  readonly constraintOverride?: number;
};

export type MixWarning =
  | { readonly kind: 'severalOverloaded'; readonly resources: readonly number[] }
  | { readonly kind: 'demandBinds' }
  | { readonly kind: 'losesMoney'; readonly products: readonly number[] };

export type MixPlan = {
  readonly status: 'planned';
  /** The CCR (most overloaded resource), or `null` when demand binds. */
  readonly constraint: number | null;
  /** The resource the ranking uses: the CCR, the override, or the busiest resource. */
  readonly rankingResource: number | null;
  readonly loadAtFullDemand: readonly (number | null)[];
  readonly order: Uint32Array;
  readonly rank: Uint32Array;
  readonly quantity: Float64Array;
  /** Share of the ranking resource used after each product, in ranking order, indexed by product. */
  readonly cumulativeLoad: Float64Array;
  /** Time used per resource. */
  readonly used: Float64Array;
  readonly throughput: number;
  readonly operatingExpense: number | null;
  readonly netProfit: number | null;
  /**
   * What the minimums cost: ΣT of the best plan known without them (the greedy plan without them,
   * or the plan with them if that earns more) minus ΣT with them; never negative.
   */
  readonly lostToMinimums: number;
  readonly warnings: readonly MixWarning[];
};

export type MixOutcome =
  | MixPlan
  | { readonly status: 'invalid'; readonly issues: readonly InputIssue[] }
  /** The minimums alone need more of `resource` than it has. */
  | {
      readonly status: 'infeasible';
      readonly resource: number;
      readonly required: number;
      readonly capacity: number;
    }
  /** A product earns, has unlimited demand and uses no resource: the plan has no limit. */
  | { readonly status: 'unbounded'; readonly product: number }
  /** A total does not fit in a double (inputs near 1e308). */
  | { readonly status: 'overflow' };

/**
 * Plans the product mix by the classic TOC rule. In whole units minimums round up and demands
 * down to whole units first (`wholeUnitBounds`).
 */
export function planProductMix(problem: MixProblem): MixOutcome {
  const { resources, wholeUnits } = problem;
  const issues = findInputIssues(problem.products, resources, problem.operatingExpense, wholeUnits);
  if (issues.length > 0) return { status: 'invalid', issues };
  const products = wholeUnits ? wholeUnitBounds(problem.products) : problem.products;
  const unbounded = findUnboundedProduct(products);
  if (unbounded !== null) return { status: 'unbounded', product: unbounded };
  const shortfall = minimumsShortfall(products, resources);
  if (shortfall) {
    if (!Number.isFinite(shortfall.required)) return { status: 'overflow' };
    const capacity = (resources[shortfall.resource] as Resource).capacity;
    return { status: 'infeasible', ...shortfall, capacity };
  }
  const finding = identifyConstraint(products, resources);
  const rankingResource = problem.constraintOverride ?? finding.constraint ?? finding.busiest;
  const ranking = rankProducts(products, rankingResource);
  const rows = resources.length > 1 ? usageRows(products) : undefined;
  const options = { wholeUnits, rankingResource, ...(rows ? { rows } : {}) };
  const fill = fillPlan(products, resources, ranking, { ...options, withMinimums: true });
  const free = hasMinimums(products)
    ? fillPlan(products, resources, ranking, { ...options, withMinimums: false })
    : fill;
  const oe = problem.operatingExpense;
  const plan: MixPlan = {
    status: 'planned',
    constraint: finding.constraint,
    rankingResource,
    loadAtFullDemand: finding.loadAtFullDemand,
    order: ranking.order,
    rank: ranking.rank,
    quantity: fill.quantity,
    cumulativeLoad: fill.cumulativeLoad,
    used: Float64Array.from(
      resources,
      (resource, r) => resource.capacity - (fill.remaining[r] as number)
    ),
    throughput: fill.throughput,
    operatingExpense: oe,
    netProfit: oe === null ? null : netProfit(fill.throughput, oe),
    lostToMinimums: Math.max(0, free.throughput - fill.throughput),
    warnings: collectWarnings(products, finding.overloaded, finding.constraint),
  };
  return isFinitePlan(plan) ? plan : { status: 'overflow' };
}

function findUnboundedProduct(products: ProductTable): number | null {
  for (let i = 0; i < products.count; i++) {
    if ((products.demand[i] as number) !== Number.POSITIVE_INFINITY) continue;
    if ((products.price[i] as number) <= (products.tvc[i] as number)) continue;
    if (products.usage.every((column) => column[i] === 0)) return i;
  }
  return null;
}

function collectWarnings(
  products: ProductTable,
  overloaded: readonly number[],
  constraint: number | null
): MixWarning[] {
  const warnings: MixWarning[] = [];
  const { price, tvc } = products;
  if (overloaded.length > 1) warnings.push({ kind: 'severalOverloaded', resources: overloaded });
  if (constraint === null) warnings.push({ kind: 'demandBinds' });
  const losing: number[] = [];
  for (let i = 0; i < products.count; i++) {
    if ((price[i] as number) < (tvc[i] as number)) losing.push(i);
  }
  if (losing.length > 0) warnings.push({ kind: 'losesMoney', products: losing });
  return warnings;
}

function isFinitePlan(plan: MixPlan): boolean {
  return (
    Number.isFinite(plan.throughput) &&
    Number.isFinite(plan.lostToMinimums) &&
    (plan.netProfit === null || Number.isFinite(plan.netProfit)) &&
    plan.used.every(Number.isFinite)
  );
}
