import { requiredThroughput, type MixPlan, type MixProblem, type Resource } from '../core';

export type TimeUnit = 'hours' | 'minutes';

/** Rows the preview lists at most (with a count of the rest): the report lists every product. */
export const PREVIEW_ROWS = 50;

/** One ranked product as the preview table and the chart show it. */
export type PlanRow = {
  readonly product: number;
  readonly rank: number;
  readonly name: string;
  /** T per hour of the ranking resource; `null` when the product takes none of its time. */
  readonly ratePerHour: number | null;
  /** T ÷ time overflows a double (price 1e200, time 1e-200): no rate can be shown or written. */
  readonly rateTooLarge?: true;
  readonly quantity: number;
  /** Share of the ranking resource used after this row; `null` when nothing ranks the plan. */
  readonly cumulativeLoad: number | null;
};

/**
 * A warning in words the pane can phrase: names, not indices. Duplicate names are reported by
 * readProducts with their sheet rows, so they are not repeated here.
 */
export type PlanWarning =
  | { readonly kind: 'severalOverloaded'; readonly resources: readonly string[] }
  | { readonly kind: 'demandBinds' }
  | { readonly kind: 'losesMoney'; readonly products: readonly string[] }
  /** T per hour overflows for these products: the report refuses them, so Write waits. */
  | { readonly kind: 'rateTooLarge'; readonly products: readonly string[] };

export type PlanView = {
  readonly rows: readonly PlanRow[];
  readonly rankingResource: string | null;
  readonly throughput: number;
  readonly operatingExpense: number | null;
  readonly netProfit: number | null;
  /** OE + target profit, when both are known. */
  readonly requiredThroughput: number | null;
  readonly hasMinimums: boolean;
  readonly lostToMinimums: number;
  readonly ranking: {
    readonly name: string;
    readonly used: number;
    readonly capacity: number;
  } | null;
  readonly warnings: readonly PlanWarning[];
};

const MINUTES_PER_HOUR = 60;
// Below the smallest normal double Excel stores a time as 0.
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * The plan in the pane's terms. T per CCR hour = (price − TVC) ÷ CCR time per unit, × 60 when
 * times are in minutes, so the rate is always per hour whatever unit the table uses.
 */
export function planView(
  problem: MixProblem,
  plan: MixPlan,
  timeUnit: TimeUnit,
  targetProfit: number | null
): PlanView {
  const { products, resources } = problem;
  const r = plan.rankingResource;
  const usage = r === null ? null : (products.usage[r] as Float64Array);
  const perHour = timeUnit === 'minutes' ? MINUTES_PER_HOUR : 1;
  const rows = Array.from(plan.order, (i): PlanRow => {
    const t = (products.price[i] as number) - (products.tvc[i] as number);
    // A denormal time is 0 to Excel (as in the report): "no time", shown as ∞.
    const time = usage === null ? 0 : (usage[i] as number);
    const rate = time < MIN_NORMAL ? null : (t / time) * perHour;
    const tooLarge = rate !== null && !Number.isFinite(rate);
    return {
      product: i,
      rank: plan.rank[i] as number,
      name: products.names[i] as string,
      ratePerHour: tooLarge ? null : rate,
      ...(tooLarge ? { rateTooLarge: true as const } : {}),
      quantity: plan.quantity[i] as number,
      cumulativeLoad: r === null ? null : (plan.cumulativeLoad[i] as number),
    };
  });
  const oe = plan.operatingExpense;
  const resource = r === null ? null : (resources[r] as Resource);
  return {
    rows,
    rankingResource: resource?.name ?? null,
    throughput: plan.throughput,
    operatingExpense: oe,
    netProfit: plan.netProfit,
    requiredThroughput:
      oe === null || targetProfit === null ? null : requiredThroughput(oe, targetProfit),
    hasMinimums: products.minimum.some((minimum) => minimum > 0),
    lostToMinimums: plan.lostToMinimums,
    ranking:
      resource === null || r === null
        ? null
        : { name: resource.name, used: plan.used[r] as number, capacity: resource.capacity },
    warnings: [...warningsOf(problem, plan), ...tooLarge(rows)],
  };
}

function tooLarge(rows: readonly PlanRow[]): PlanWarning[] {
  const products = rows.filter((row) => row.rateTooLarge).map((row) => row.name);
  return products.length === 0 ? [] : [{ kind: 'rateTooLarge', products }];
}

function warningsOf(problem: MixProblem, plan: MixPlan): PlanWarning[] {
  const { products, resources } = problem;
  return plan.warnings.map((warning) => {
    switch (warning.kind) {
      case 'severalOverloaded':
        return {
          kind: warning.kind,
          resources: warning.resources.map((r) => (resources[r] as Resource).name),
        };
      case 'demandBinds':
        return warning;
      case 'losesMoney':
        return {
          kind: warning.kind,
          products: warning.products.map((i) => products.names[i] as string),
        };
    }
  });
}
