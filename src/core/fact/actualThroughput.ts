/**
 * Actual throughput of a sales log: Σ of each sale's T (amount − quantity × TVC) by period, and by
 * period and group (seller, master, branch). Revenue rides along: T can stay flat while revenue
 * swings, and the owner should see both.
 */
import { periodStart, type PeriodKind } from './excelDates';
import { groupTotals, periodRange, periodSeries } from './periodTotals';
import type { SalesLog } from './salesLog';

/** The log has no sale to sum (every row blank). */
export type NoSales = { readonly status: 'noSales' };

export type PeriodThroughput = {
  readonly status: 'periods';
  readonly kind: PeriodKind;
  /** Serial of the first day of each period: every period from the first sale's to the last's. */
  readonly start: Float64Array;
  /** Σ amount per period. */
  readonly revenue: Float64Array;
  /** Σ T per period. */
  readonly throughput: Float64Array;
};

export type GroupThroughput = {
  readonly status: 'groups';
  readonly kind: PeriodKind;
  /** Serial of the first day of each row's period, ascending. */
  readonly start: Float64Array;
  /** Group of each row; within a period, groups in order of first appearance in the log. */
  readonly group: Uint32Array;
  readonly groupNames: readonly string[];
  readonly revenue: Float64Array;
  readonly throughput: Float64Array;
};

/** Serials of the first days of periods `from` … `to`. */
export function periodStarts(from: number, to: number, kind: PeriodKind): Float64Array {
  return Float64Array.from({ length: to - from + 1 }, (_, k) => periodStart(from + k, kind));
}

/** ΣT and revenue of every period from the first sale's to the last's (0 where nothing sold). */
export function throughputByPeriod(log: SalesLog, kind: PeriodKind): PeriodThroughput | NoSales {
  const range = periodRange(log.day, kind);
  if (range === null) return { status: 'noSales' };
  const [revenue, throughput] = periodSeries(
    log.day,
    kind,
    [log.amount, log.throughput],
    range
  ) as [Float64Array, Float64Array];
  return {
    status: 'periods',
    kind,
    start: periodStarts(range.from, range.to, kind),
    revenue,
    throughput,
  };
}

/** ΣT and revenue of each group in each period it sold in. */
export function throughputByGroup(log: SalesLog, kind: PeriodKind): GroupThroughput | NoSales {
  if (log.count === 0 || log.group === null) return { status: 'noSales' };
  const totals = groupTotals(log.day, kind, log.group, log.groupNames.length, [
    log.amount,
    log.throughput,
  ]);
  const [revenue, throughput] = totals.sums as [Float64Array, Float64Array];
  return {
    status: 'groups',
    kind,
    start: Float64Array.from(totals.period, (o) => periodStart(o, kind)),
    group: totals.group,
    groupNames: log.groupNames,
    revenue,
    throughput,
  };
}

/** ΣT of the whole log. */
export function totalThroughputOf(log: SalesLog): number {
  let sum = 0;
  for (let i = 0; i < log.count; i++) sum += log.throughput[i] as number;
  return sum;
}
