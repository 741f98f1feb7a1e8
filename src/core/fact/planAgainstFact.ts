/**
 * Plan against fact per product: the planned quantity and its T (quantity × (price − TVC) of the
 * table) beside what the log sold and the T it actually earned (discounts and per-sale TVC
 * included), in the products table's order, over the days asked for.
 */
import {
  allFiniteColumns,
  columnIssues,
  factInvalidIf,
  type FactInvalid,
  type FactIssue,
  type FactOverflow,
} from './issues';
import type { SalesLog } from './salesLog';

/** Days (Excel serials) a comparison covers, both ends included; `null` leaves that end open. */
export type DayRange = { readonly from: number | null; readonly to: number | null };

export type PlanAgainstFact = {
  readonly status: 'compared';
  readonly plannedQuantity: Float64Array;
  readonly soldQuantity: Float64Array;
  /** planned quantity × (price − TVC). */
  readonly plannedThroughput: Float64Array;
  /** Σ T of the product's sales in the range. */
  readonly actualThroughput: Float64Array;
  /** actual T − planned T. */
  readonly difference: Float64Array;
};

export function planAgainstFact(
  log: SalesLog,
  planned: ArrayLike<number>,
  range: DayRange = { from: null, to: null }
): PlanAgainstFact | FactInvalid | FactOverflow {
  const { table } = log.catalog;
  const n = table.count;
  const issues: FactIssue[] = [
    ...columnIssues(table.price, 'price', false),
    ...columnIssues(planned, 'plannedQuantity', false),
  ];
  if (planned.length !== n) issues.push({ kind: 'sizesDiffer', field: 'plannedQuantity' });
  if (range.from !== null && range.to !== null && range.to < range.from) {
    issues.push({ kind: 'outOfOrder', field: 'toDate' });
  }
  const invalid = factInvalidIf(issues);
  if (invalid) return invalid;
  const from = range.from === null ? -Infinity : Math.floor(range.from);
  const to = range.to === null ? Infinity : Math.floor(range.to);
  const soldQuantity = new Float64Array(n);
  const actualThroughput = new Float64Array(n);
  for (let s = 0; s < log.count; s++) {
    const day = log.day[s] as number;
    if (day < from || day > to) continue;
    const i = log.product[s] as number;
    soldQuantity[i] = (soldQuantity[i] as number) + (log.quantity[s] as number);
    actualThroughput[i] = (actualThroughput[i] as number) + (log.throughput[s] as number);
  }
  const plannedQuantity = Float64Array.from(planned);
  const plannedThroughput = plannedQuantity.map(
    (q, i) => q * ((table.price[i] as number) - (table.tvc[i] as number))
  );
  const difference = actualThroughput.map((t, i) => t - (plannedThroughput[i] as number));
  if (!allFiniteColumns(soldQuantity, actualThroughput, plannedThroughput, difference)) {
    return { status: 'overflow' };
  }
  return {
    status: 'compared',
    plannedQuantity,
    soldQuantity,
    plannedThroughput,
    actualThroughput,
    difference,
  };
}
