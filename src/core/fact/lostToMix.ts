/**
 * Throughput lost to the mix: what the constraint's hours actually used in a period would have
 * earned going down the plan's ranking, minus what the mix actually sold earned on them.
 *
 * Per period, over the products that take CCR time (a product that takes none, like hair dye over
 * the counter, uses none of the hours, so no allocation of them changes it: it is left out of both
 * sides), with T_i = price − TVC of the products table (so a discount does not read as a wrong
 * mix), s_i = units sold in the period (refunds left out: the hours were spent all the same; what
 * they cost in T is in the actual T) and t_i = CCR time:
 *
 *   H        = Σ s_i × t_i                               the CCR hours the sales used
 *   sold T   = Σ s_i × T_i                               what they earned at the plan's T
 *   cap_i    = max(demand_i, s_i)                        the market took s_i, whatever the forecast
 *   ranking T = go down the ranking by T_i ÷ t_i (products with T_i ≤ 0 are never planned), give
 *              each product min(cap_i, hours left ÷ t_i) — a fraction of a unit at the end — until
 *              the H hours are used: the greedy answer of the fractional knapsack, its optimum
 *   lost     = ranking T − sold T
 *
 * lost ≥ 0, whether the CCR was full or not: the sold quantities (s_i ≤ cap_i, using exactly H
 * hours) are one of the mixes the ranking chooses among, and the ranking's fill is the best of
 * them (the exchange argument of the fractional knapsack). lost = 0 when the log follows the
 * ranking — every product ranked above the lowest one sold was sold up to its demand or more —
 * because the fill then takes exactly the sold quantities. With whole units, a log that leaves the
 * last product short of a whole unit and fills the rest of the hours lower down shows at most that
 * fraction of a unit's T as lost.
 */
import type { NoSales } from './actualThroughput';
import { periodStarts } from './actualThroughput';
import type { PeriodKind } from './excelDates';
import {
  allFiniteColumns,
  columnIssues,
  factInvalidIf,
  type FactInvalid,
  type FactOverflow,
} from './issues';
import { periodOrdinals, periodRange } from './periodTotals';
import type { SalesLog } from './salesLog';
import { rankProducts, type Ranking } from '../rankProducts';
import type { ProductTable } from '../productTable';

export type MixLoss = {
  readonly status: 'periods';
  readonly start: Float64Array;
  /** H: CCR hours the period's sales used. */
  readonly hours: Float64Array;
  /** What H earns going down the ranking. */
  readonly rankingThroughput: Float64Array;
  /** What the mix sold earned, at the table's T per unit. */
  readonly soldThroughput: Float64Array;
  /** ranking T − sold T. */
  readonly lost: Float64Array;
};

// Differences this small against the figures compared are float noise, not money.
const RELATIVE_NOISE = 1e-9;

export function throughputLostToMix(
  log: SalesLog,
  ccr: number,
  kind: PeriodKind
): MixLoss | FactInvalid | FactOverflow | NoSales {
  const { table } = log.catalog;
  const issues = [
    ...columnIssues(table.price, 'price', false),
    ...columnIssues(table.usage[ccr] as Float64Array, 'ccrTime', false),
    ...columnIssues(
      table.demand.map((d) => (d === Infinity ? 0 : d)),
      'demand',
      false
    ),
  ];
  const invalid = factInvalidIf(issues);
  if (invalid) return invalid;
  const range = periodRange(log.day, kind);
  if (range === null) return { status: 'noSales' };
  const span = range.to - range.from + 1;
  const result = {
    hours: new Float64Array(span),
    rankingThroughput: new Float64Array(span),
    soldThroughput: new Float64Array(span),
    lost: new Float64Array(span),
  };
  const ranking = rankProducts(table, ccr);
  const sold = new Float64Array(table.count);
  const seen = new Uint8Array(table.count);
  const buckets = salesByPeriod(periodOrdinals(log.day, kind), range.from, span);
  for (let p = 0; p < span; p++) {
    const touched: number[] = [];
    for (let k = buckets.start[p] as number; k < (buckets.start[p + 1] as number); k++) {
      const s = buckets.sale[k] as number;
      const i = log.product[s] as number;
      if (seen[i] === 0) {
        seen[i] = 1;
        touched.push(i);
      }
      sold[i] = (sold[i] as number) + Math.max(0, log.quantity[s] as number);
    }
    const period = lossOfPeriod(table, ccr, ranking, sold, touched);
    result.hours[p] = period.hours;
    result.rankingThroughput[p] = period.ranking;
    result.soldThroughput[p] = period.sold;
    result.lost[p] = period.lost;
    for (const i of touched) {
      sold[i] = 0;
      seen[i] = 0;
    }
  }
  if (!allFiniteColumns(...Object.values(result))) return { status: 'overflow' };
  return { status: 'periods', start: periodStarts(range.from, range.to, kind), ...result };
}

/** Sales grouped by period without sorting: `sale[start[p] … start[p+1])` are period p's. */
function salesByPeriod(
  ordinals: Int32Array,
  from: number,
  span: number
): { start: Uint32Array; sale: Uint32Array } {
  const start = new Uint32Array(span + 1);
  for (let s = 0; s < ordinals.length; s++) {
    const p = (ordinals[s] as number) - from + 1;
    start[p] = (start[p] as number) + 1;
  }
  for (let p = 1; p <= span; p++) start[p] = (start[p] as number) + (start[p - 1] as number);
  const next = start.slice(0, span);
  const sale = new Uint32Array(ordinals.length);
  for (let s = 0; s < ordinals.length; s++) {
    const p = (ordinals[s] as number) - from;
    sale[next[p] as number] = s;
    next[p] = (next[p] as number) + 1;
  }
  return { start, sale };
}

type PeriodLoss = { hours: number; ranking: number; sold: number; lost: number };

function lossOfPeriod(
  table: ProductTable,
  ccr: number,
  ranking: Ranking,
  sold: Float64Array,
  touched: readonly number[]
): PeriodLoss {
  const time = table.usage[ccr] as Float64Array;
  const t = ranking.throughputPerUnit;
  let hours = 0;
  let soldT = 0;
  for (const i of touched) {
    const units = sold[i] as number;
    const ti = time[i] as number;
    if (ti === 0) continue;
    hours += units * ti;
    soldT += units * (t[i] as number);
  }
  // Products ranked [unconstrained, earning) earn and take CCR time, best rate first.
  let left = hours;
  let rankingT = 0;
  for (let k = ranking.unconstrained; k < ranking.earning && left > 0; k++) {
    const i = ranking.order[k] as number;
    const ti = time[i] as number;
    const cap = Math.max(table.demand[i] as number, sold[i] as number);
    const units = Math.min(cap, left / ti);
    if (!(units > 0)) continue;
    rankingT += units * (t[i] as number);
    left = units === cap ? left - units * ti : 0;
  }
  const lost = rankingT - soldT;
  const noise = RELATIVE_NOISE * Math.max(1, Math.abs(rankingT), Math.abs(soldT));
  return { hours, ranking: rankingT, sold: soldT, lost: Math.abs(lost) <= noise ? 0 : lost };
}
