/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.SALET, TA.FACTT and TA.FACTNP: the sales log in throughput — T of each sale, actual T by
 * period (and by seller, master or branch), and NP by period against OE. The results are numbers
 * and the user's own names: a period comes back as the date of its first day (format the column
 * as a date), so a workbook reads the same whatever the language of the Excel that recalculates.
 * The JSDoc of each function is its Excel help.
 */
import {
  netProfitByPeriod,
  rowOfSale,
  throughputByGroup,
  throughputByPeriod,
  type OperatingExpense,
} from '../core/fact';
import { isOmitted, numberValue } from './arguments';
import { finiteOrError } from './excelErrors';
import { dateColumn, periodKind, required } from './factArguments';
import { factLog, resultRow } from './factLog';
import { logNumbers, readAll, sameLogLength } from './logColumns';
import { throwFactFailure } from './factOutcome';
import { spill, type ResultCell } from './results';

/**
 * Throughput of each sale of a sales log: amount − quantity × TVC of its product, the TVC looked up in the products table by name (or the sale's own TVC per unit); #VALUE! naming the row of a product the table lacks. Example: =TA.SALET(B2:B500, C2:C500, D2:D500, A2:A20, C2:C20) or =TA.SALET(B2:B500; C2:C500; D2:D500; A2:A20; C2:C20).
 * @customfunction SALET
 * @param saleProducts Product or service of each sale, as named in the products table (case and extra spaces do not matter).
 * @param saleQuantities Units of each sale (negative for a refund); same size as saleProducts.
 * @param saleAmounts Money taken for each sale (negative for a refund); same size.
 * @param names Product names of the products table; one column (or row).
 * @param tvc Totally variable cost per unit of each product of the table, money; same size as names.
 * @param [saleTvc] TVC per unit of each sale where it differs from the table's (a master's own piece rate); blank or 0: the table's.
 * @returns T of each sale, spilled beside the log; blank rows stay blank.
 */
export function saleT(
  saleProducts: any[][],
  saleQuantities: any[][],
  saleAmounts: any[][],
  names: any[][],
  tvc: any[][],
  saleTvc?: any[][]
): any[][] {
  const { log, context } = factLog(
    { saleProducts, saleQuantities, saleAmounts, saleTvc },
    { names, tvc }
  );
  const cells = new Array<ResultCell>(log.rows).fill('');
  for (let s = 0; s < log.count; s++) {
    cells[rowOfSale(log, s)] = finiteOrError(log.throughput[s] as number);
  }
  return spill(cells, context.logOrientation);
}

/**
 * Actual throughput of a sales log by period (month unless told otherwise), and by group when a group column is given (seller, master, branch): one row per period — its first day, revenue and T — or per period and group. T of a sale = amount − quantity × TVC. Example: =TA.FACTT(A2:A500, B2:B500, C2:C500, D2:D500, Products[Name], Products[TVC], E2:E500) or with ; separators.
 * @customfunction FACTT
 * @param saleDates Date of each sale (a date cell, or text as 2026-03-31).
 * @param saleProducts Product or service of each sale, as named in the products table; same size as saleDates.
 * @param saleQuantities Units of each sale (negative for a refund); same size.
 * @param saleAmounts Money taken for each sale (negative for a refund); same size.
 * @param names Product names of the products table; one column (or row).
 * @param tvc Totally variable cost per unit of each product of the table, money; same size as names.
 * @param [groups] Who sold or served each sale (seller, master, branch); omitted: one row per period.
 * @param [period] month, quarter, year, week (from Monday) or day (or месяц, квартал, год, неделя, день); omitted: month.
 * @param [saleTvc] TVC per unit of each sale where it differs from the table's; blank or 0: the table's.
 * @returns Rows of period start, [group,] revenue and T; without groups every period from the first sale to the last, with groups only those that sold.
 */
export function factT(
  saleDates: any[][],
  saleProducts: any[][],
  saleQuantities: any[][],
  saleAmounts: any[][],
  names: any[][],
  tvc: any[][],
  groups?: any[][],
  period?: any[][],
  saleTvc?: any[][]
): any[][] {
  const kind = periodKind(period);
  const { log, context } = factLog(
    { saleDates, saleProducts, saleQuantities, saleAmounts, groups, saleTvc },
    { names, tvc }
  );
  if (isOmitted(groups)) {
    const totals = throughputByPeriod(log, kind);
    if (totals.status !== 'periods') throwFactFailure(totals, context);
    return Array.from(totals.start, (start, p) =>
      resultRow(start, totals.revenue[p] as number, totals.throughput[p] as number)
    );
  }
  const totals = throughputByGroup(log, kind);
  if (totals.status !== 'groups') throwFactFailure(totals, context);
  return Array.from(totals.start, (start, k) =>
    resultRow(
      start,
      totals.groupNames[totals.group[k] as number] as string,
      totals.revenue[k] as number,
      totals.throughput[k] as number
    )
  );
}

/**
 * Net profit by period from a sales log: NP = actual T − OE of the period, with OE one amount for every period, or an expense log (dates and amounts, or one row per month) summed by period. Every period from the first sale or expense to the last. Example: =TA.FACTNP(A2:A500, B2:B500, C2:C500, D2:D500, Products[Name], Products[TVC], 60000) or with ; separators.
 * @customfunction FACTNP
 * @param saleDates Date of each sale (a date cell, or text as 2026-03-31).
 * @param saleProducts Product or service of each sale, as named in the products table; same size as saleDates.
 * @param saleQuantities Units of each sale (negative for a refund); same size.
 * @param saleAmounts Money taken for each sale (negative for a refund); same size.
 * @param names Product names of the products table; one column (or row).
 * @param tvc Totally variable cost per unit of each product of the table, money; same size as names.
 * @param operatingExpense OE of every period (one amount ≥ 0), or with expenseDates the amount of each expense.
 * @param [expenseDates] Date of each expense (or the month it belongs to); same size as operatingExpense.
 * @param [period] month, quarter, year, week (from Monday) or day (or месяц, квартал, год, неделя, день); omitted: month.
 * @param [saleTvc] TVC per unit of each sale where it differs from the table's; blank or 0: the table's.
 * @returns Rows of period start, T, OE and NP.
 */
export function factNp(
  saleDates: any[][],
  saleProducts: any[][],
  saleQuantities: any[][],
  saleAmounts: any[][],
  names: any[][],
  tvc: any[][],
  operatingExpense: any[][],
  expenseDates?: any[][],
  period?: any[][],
  saleTvc?: any[][]
): any[][] {
  const kind = periodKind(period);
  const { log, context } = factLog(
    { saleDates, saleProducts, saleQuantities, saleAmounts, saleTvc },
    { names, tvc }
  );
  const outcome = netProfitByPeriod(log, kind, expensesOf(operatingExpense, expenseDates));
  if (outcome.status !== 'periods') throwFactFailure(outcome, context);
  return Array.from(outcome.start, (start, p) =>
    resultRow(
      start,
      outcome.throughput[p] as number,
      outcome.operatingExpense[p] as number,
      outcome.netProfit[p] as number
    )
  );
}

function expensesOf(operatingExpense: unknown, expenseDates: unknown): OperatingExpense {
  const oe = required(operatingExpense, 'operatingExpense');
  if (isOmitted(expenseDates)) {
    return { kind: 'perPeriod', amount: numberValue(oe, 'operatingExpense') };
  }
  const amounts = logNumbers(oe, 'operatingExpense', true);
  const dates = dateColumn(expenseDates, 'expenseDates');
  sameLogLength(amounts, dates);
  return { kind: 'log', dates: readAll(dates), amounts: readAll(amounts) };
}
