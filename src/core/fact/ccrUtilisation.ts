/**
 * Where the constraint's hours actually went: Σ quantity × CCR time per unit by period, against
 * the CCR's capacity per period (utilisation = hours used ÷ capacity; above 1 the log claims more
 * hours than the CCR has, which is worth a look at the times in the products table). A refund
 * gives no hours back.
 */
import type { NoSales } from './actualThroughput';
import { periodStarts } from './actualThroughput';
import type { PeriodKind } from './excelDates';
import { columnIssues, factInvalidIf, type FactInvalid } from './issues';
import { periodRange, periodSeries } from './periodTotals';
import type { SalesLog } from './salesLog';

export type CcrUtilisation = {
  readonly status: 'periods';
  readonly start: Float64Array;
  /** CCR hours (or minutes: the table's unit) used per period. */
  readonly hours: Float64Array;
  readonly capacity: number;
  /** hours ÷ capacity per period. */
  readonly utilisation: Float64Array;
};

/**
 * CCR time each sale took: quantity × the product's time per unit on resource `ccr`. A refund
 * (quantity below 0) gives no hours back: the work was done.
 */
export function saleHours(log: SalesLog, ccr: number): Float64Array {
  const time = log.catalog.table.usage[ccr] as Float64Array;
  return Float64Array.from(
    log.quantity,
    (q, i) => Math.max(0, q) * (time[log.product[i] as number] as number)
  );
}

export function ccrUtilisation(
  log: SalesLog,
  ccr: number,
  capacity: number,
  kind: PeriodKind
): CcrUtilisation | FactInvalid | NoSales {
  const time = log.catalog.table.usage[ccr] as Float64Array;
  const issues = columnIssues(time, 'ccrTime', false);
  if (!(capacity > 0) || !Number.isFinite(capacity)) {
    issues.push({
      kind: Number.isFinite(capacity) ? 'notPositive' : 'notFinite',
      field: 'capacity',
    });
  }
  const invalid = factInvalidIf(issues);
  if (invalid) return invalid;
  const range = periodRange(log.day, kind);
  if (range === null) return { status: 'noSales' };
  const [hours] = periodSeries(log.day, kind, [saleHours(log, ccr)], range) as [Float64Array];
  return {
    status: 'periods',
    start: periodStarts(range.from, range.to, kind),
    hours,
    capacity,
    utilisation: Float64Array.from(hours, (h) => h / capacity),
  };
}
