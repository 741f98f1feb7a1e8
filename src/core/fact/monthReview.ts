/**
 * The owner's monthly review of the fact against the plan, everything one report needs: T, OE and
 * NP by month with the CCR's hours and the T lost to the mix; for one month, each product's plan
 * against its fact and each seller's bonus. The plan is the classic ranking on the CCR (the rule
 * of TA.MIX): the products table's demand and minimums, the CCR's capacity a month.
 */
import type { BonusStep } from '../decisions/bonusLadder';
import type { Invalid } from '../decisions/valueIssues';
import { planProductMix, type MixOutcome, type MixPlan } from '../planProductMix';
import type { ProductTable } from '../productTable';
import { ccrUtilisation } from './ccrUtilisation';
import { periodOrdinal, periodStart } from './excelDates';
import type { FactInvalid, FactOverflow } from './issues';
import { throughputLostToMix } from './lostToMix';
import { netProfitByPeriod, type OperatingExpense } from './netProfitByPeriod';
import { planAgainstFact, type PlanAgainstFact } from './planAgainstFact';
import type { SalesLog } from './salesLog';
import { sellerBonuses, type SellerBonuses } from './sellerBonuses';
import type { NoSales } from './actualThroughput';
import { throughputByPeriod } from './actualThroughput';

export type ReviewInput = {
  readonly log: SalesLog;
  /** The CCR: a resource (time column) of the products table. */
  readonly ccr: number;
  /** CCR hours (or minutes: the table's unit) a month. */
  readonly capacity: number;
  readonly operatingExpense: OperatingExpense;
  /** The bonus ladder; `null`: no bonuses. */
  readonly ladder: readonly BonusStep[] | null;
  /** Serial of a day in the month to review; `null`: the log's last month. */
  readonly month: number | null;
  readonly wholeUnits: boolean;
};

/** One row a month, from the first month of the log (or of the expenses) to the last. */
export type MonthRows = {
  readonly start: Float64Array;
  readonly revenue: Float64Array;
  readonly throughput: Float64Array;
  readonly operatingExpense: Float64Array;
  readonly netProfit: Float64Array;
  readonly hours: Float64Array;
  readonly utilisation: Float64Array;
  readonly rankingThroughput: Float64Array;
  readonly soldThroughput: Float64Array;
  readonly lost: Float64Array;
};

export type MonthReview = {
  readonly status: 'review';
  readonly months: MonthRows;
  /** Row of the reviewed month in `months`. */
  readonly index: number;
  /** The plan of a month on the CCR (the ranking, demand, minimums, capacity). */
  readonly plan: MixPlan;
  /** The reviewed month's products: planned against sold. */
  readonly products: PlanAgainstFact;
  /** The reviewed month's T at the table's T per unit (Σ sold × (price − TVC)). */
  readonly throughputAtTablePrices: number;
  /** The reviewed month's sellers; `null` without a seller column or a ladder. */
  readonly bonuses: SellerBonuses | null;
};

export type ReviewOutcome =
  | MonthReview
  | FactInvalid
  | FactOverflow
  | NoSales
  /** The ladder's own issues (the rule of TA.BONUS). */
  | Invalid
  /** The month asked for has no row (before or after the log). */
  | { readonly status: 'noMonth' }
  | { readonly status: 'noPlan'; readonly outcome: Exclude<MixOutcome, MixPlan> };

export function reviewMonth(input: ReviewInput): ReviewOutcome {
  const { log, ccr } = input;
  const sales = throughputByPeriod(log, 'month');
  const hours = ccrUtilisation(log, ccr, input.capacity, 'month');
  const np = netProfitByPeriod(log, 'month', input.operatingExpense);
  const loss = throughputLostToMix(log, ccr, 'month');
  if (hours.status !== 'periods') return hours;
  if (np.status !== 'periods') return np;
  if (loss.status !== 'periods') return loss;
  if (sales.status !== 'periods') return sales;
  const months = alignMonths(np.start, sales, hours, loss, np);
  const index =
    input.month === null
      ? lastSaleMonth(months, sales.start)
      : months.start.indexOf(monthStart(input.month));
  if (index < 0) return { status: 'noMonth' };
  const plan = planProductMix({
    products: onTheCcr(log.catalog.table, ccr),
    resources: [{ name: 'CCR', capacity: input.capacity }],
    operatingExpense: null,
    wholeUnits: input.wholeUnits,
  });
  if (plan.status !== 'planned') return { status: 'noPlan', outcome: plan };
  const start = months.start[index] as number;
  const end = periodStart(periodOrdinal(start, 'month') + 1, 'month') - 1;
  const products = planAgainstFact(log, plan.quantity, { from: start, to: end });
  if (products.status !== 'compared') return products;
  const bonuses =
    input.ladder === null || log.group === null ? null : sellerBonuses(log, 'month', input.ladder);
  if (bonuses !== null && bonuses.status !== 'bonuses' && bonuses.status !== 'noSales')
    return bonuses;
  return {
    status: 'review',
    months,
    index,
    plan,
    products,
    throughputAtTablePrices: atTablePrices(log.catalog.table, products.soldQuantity),
    bonuses: bonuses !== null && bonuses.status === 'bonuses' ? onlyMonth(bonuses, start) : null,
  };
}

function monthStart(serial: number): number {
  return periodStart(periodOrdinal(serial, 'month'), 'month');
}

/** The table with only the CCR's times, as the plan of one resource needs it. */
function onTheCcr(table: ProductTable, ccr: number): ProductTable {
  return { ...table, usage: [table.usage[ccr] as Float64Array] };
}

/** Every per-month figure on the months of NP (the widest range: sales and expenses). */
function alignMonths(
  start: Float64Array,
  sales: { start: Float64Array; revenue: Float64Array; throughput: Float64Array },
  hours: { start: Float64Array; hours: Float64Array; utilisation: Float64Array },
  loss: {
    start: Float64Array;
    rankingThroughput: Float64Array;
    soldThroughput: Float64Array;
    lost: Float64Array;
  },
  np: { throughput: Float64Array; operatingExpense: Float64Array; netProfit: Float64Array }
): MonthRows {
  const at = (from: Float64Array, values: Float64Array) => {
    const byStart = new Map<number, number>();
    from.forEach((s, k) => byStart.set(s, values[k] as number));
    return Float64Array.from(start, (s) => byStart.get(s) ?? 0);
  };
  return {
    start,
    revenue: at(sales.start, sales.revenue),
    throughput: np.throughput,
    operatingExpense: np.operatingExpense,
    netProfit: np.netProfit,
    hours: at(hours.start, hours.hours),
    utilisation: at(hours.start, hours.utilisation),
    rankingThroughput: at(loss.start, loss.rankingThroughput),
    soldThroughput: at(loss.start, loss.soldThroughput),
    lost: at(loss.start, loss.lost),
  };
}

function lastSaleMonth(months: MonthRows, saleMonths: Float64Array): number {
  return months.start.indexOf(saleMonths[saleMonths.length - 1] as number);
}

function atTablePrices(table: ProductTable, sold: Float64Array): number {
  let sum = 0;
  sold.forEach((q, i) => {
    sum += q * ((table.price[i] as number) - (table.tvc[i] as number));
  });
  return sum;
}

/** The rows of one month. */
function onlyMonth(bonuses: SellerBonuses, start: number): SellerBonuses {
  const keep = Array.from(bonuses.start, (s, k) => (s === start ? k : -1)).filter((k) => k >= 0);
  return {
    ...bonuses,
    start: Float64Array.from(keep, (k) => bonuses.start[k] as number),
    seller: Uint32Array.from(keep, (k) => bonuses.seller[k] as number),
    throughput: Float64Array.from(keep, (k) => bonuses.throughput[k] as number),
    bonus: Float64Array.from(keep, (k) => bonuses.bonus[k] as number),
    gapToNext: keep.map((k) => bonuses.gapToNext[k] ?? null),
  };
}
