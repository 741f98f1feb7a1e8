/**
 * Net profit by period from the fact: NP = ΣT − OE of each period, where OE is one amount for
 * every period or the sum of an expense log's amounts by period (a table of month → OE is an
 * expense log with one row a month). Every period from the first sale or expense to the last is
 * shown: a month with expenses and no sales is a loss of its whole OE, not a gap.
 */
import { periodStarts, type NoSales } from './actualThroughput';
import { isDateSerial, type PeriodKind } from './excelDates';
import {
  allFiniteColumns,
  columnIssues,
  factInvalidIf,
  type FactInvalid,
  type FactIssue,
  type FactOverflow,
} from './issues';
import { periodRange, periodSeries, unionRange } from './periodTotals';
import type { SalesLog } from './salesLog';

export type OperatingExpense =
  | { readonly kind: 'perPeriod'; readonly amount: number }
  /** One row per expense (or per period): its date (Excel serial) and amount. */
  | {
      readonly kind: 'log';
      readonly dates: ArrayLike<number>;
      readonly amounts: ArrayLike<number>;
    };

export type PeriodNetProfit = {
  readonly status: 'periods';
  readonly start: Float64Array;
  readonly throughput: Float64Array;
  readonly operatingExpense: Float64Array;
  /** NP = ΣT − OE per period. */
  readonly netProfit: Float64Array;
};

type Expenses = { days: Int32Array; amounts: Float64Array };

export function netProfitByPeriod(
  log: SalesLog,
  kind: PeriodKind,
  oe: OperatingExpense
): PeriodNetProfit | FactInvalid | FactOverflow | NoSales {
  const read = oe.kind === 'log' ? readExpenses(oe.dates, oe.amounts) : perPeriod(oe.amount);
  if (read.status === 'invalid') return read;
  const expenses = read.expenses;
  const range = unionRange(
    periodRange(log.day, kind),
    expenses === null ? null : periodRange(expenses.days, kind)
  );
  if (range === null) return { status: 'noSales' };
  const [throughput] = periodSeries(log.day, kind, [log.throughput], range) as [Float64Array];
  const operatingExpense =
    expenses === null
      ? new Float64Array(throughput.length).fill(oe.kind === 'perPeriod' ? oe.amount : 0)
      : (periodSeries(expenses.days, kind, [expenses.amounts], range)[0] as Float64Array);
  // NP = ΣT − OE.
  const netProfit = throughput.map((t, p) => t - (operatingExpense[p] as number));
  if (!allFiniteColumns(throughput, operatingExpense, netProfit)) return { status: 'overflow' };
  return {
    status: 'periods',
    start: periodStarts(range.from, range.to, kind),
    throughput,
    operatingExpense,
    netProfit,
  };
}

function perPeriod(amount: number): { status: 'read'; expenses: null } | FactInvalid {
  const issues = columnIssues([amount], 'operatingExpense', false).map(
    ({ row: _row, ...issue }) => issue
  );
  return factInvalidIf(issues) ?? { status: 'read', expenses: null };
}

/** The expense log's days and amounts; rows blank in both columns are skipped. */
function readExpenses(
  dates: ArrayLike<number>,
  amounts: ArrayLike<number>
): { status: 'read'; expenses: Expenses } | FactInvalid {
  const issues: FactIssue[] = columnIssues(amounts, 'operatingExpense', true);
  if (dates.length !== amounts.length) issues.push({ kind: 'sizesDiffer', field: 'expenseDates' });
  const days: number[] = [];
  const kept: number[] = [];
  const rows = Math.min(dates.length, amounts.length);
  for (let i = 0; i < rows; i++) {
    const date = dates[i] as number;
    if (date === 0 && amounts[i] === 0) continue;
    if (!isDateSerial(date)) {
      issues.push({ kind: date === 0 ? 'noDate' : 'notDate', field: 'expenseDates', row: i });
    } else {
      days.push(Math.floor(date));
      kept.push(amounts[i] as number);
    }
  }
  const invalid = factInvalidIf(issues);
  if (invalid) return invalid;
  return {
    status: 'read',
    expenses: {
      days: Int32Array.from(days),
      amounts: Float64Array.from(kept),
    },
  };
}
