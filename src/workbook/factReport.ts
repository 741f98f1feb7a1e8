/**
 * The plan-against-fact report laid out in memory: every value, format, table, the chart and the
 * fingerprint are decided here, before a gateway writes anything (the same safety rules as the
 * product-mix report: a sheet of its own, replaced by Refresh only while it is ours).
 *
 * Layout: the title in A1; from A3 one row a month (revenue, T, OE, NP, CCR time used,
 * utilisation, T lost to the mix) with a chart of T and NP; below it the reviewed month's plan
 * against fact by product (in ranking order), the bonuses by seller and the sales of products the
 * table lacks; the month's summary to the right of the months, from column J.
 */
import type { ProductTable } from '../core';
import { dateOfSerial, type MonthReview } from '../core/fact';
import { FACT_REPORT_LABELS, monthName, type FactReportLabels } from './factReportLabels';
import { fingerprintGrid, reportGrid } from './fingerprint';
import type { NumberFormatKind, ReportBlock, ReportCell, ReportDocument } from './gateway';
import { lineBlocks, type RecordLine } from './recordLayout';
import { fill, type ReportLanguage } from './reportLabels';
import { excelSerial, reportText } from './reportLayout';
import type { UnknownProduct } from './salesProblems';
import { sections } from './factReportTables';
import { sanitizeSheetName } from './sheetNames';

export type FactReportInput = {
  readonly review: MonthReview;
  readonly table: ProductTable;
  /** Seller of each group number of the log. */
  readonly sellerNames: readonly string[];
  readonly unknown: readonly UnknownProduct[];
  /** The CCR's name (a resource of the products table) and the unit of its times. */
  readonly resource: string;
  readonly timeUnit: 'hours' | 'minutes';
  readonly capacity: number;
  readonly logLabel: string;
  readonly productsLabel: string;
  readonly source: ReportDocument['source'];
  readonly date: Date;
  readonly language: ReportLanguage;
};

const FIRST_ROW = 2;
const MONTH_COLUMNS = 8;
/** Months the chart shows at most, the latest. */
export const CHART_MONTHS = 36;

export function buildFactReport(input: FactReportInput): ReportDocument {
  const words = FACT_REPORT_LABELS[input.language];
  const month = monthLabel(input.review.months.start[input.review.index] as number, input.language);
  const named = (template: string) =>
    fill(template, {
      month,
      resource: input.resource,
      unit: words[input.timeUnit],
      log: input.logLabel,
      products: input.productsLabel,
    });
  const months = monthsBlock(input, words, named);
  const blocks: ReportBlock[] = [
    { row: 0, column: 0, values: [[reportText(named(words.title))]], bold: true },
    months,
  ];
  let row = FIRST_ROW + months.values.length + 1;
  for (const [title, block] of sections(input, words, named)) {
    blocks.push({ row, column: 0, values: [[reportText(title)]], bold: true });
    blocks.push({ ...block, row: row + 1 });
    row += block.values.length + 2;
  }
  blocks.push(...summaryBlocks(input, words, named));
  const count = months.values.length - 1;
  return {
    sheetName: sanitizeSheetName(words.sheetName),
    blocks,
    chart: {
      title: named(words.chart),
      block: 1,
      categoryColumn: 0,
      barColumn: 2,
      lineColumn: 4,
      rows: Math.min(count, CHART_MONTHS),
    },
    fingerprint: fingerprintGrid(reportGrid(blocks)),
    source: input.source,
  };
}

function monthLabel(serial: number, language: ReportLanguage): string {
  const { year, month } = dateOfSerial(serial);
  return monthName(year, month, language);
}

function monthsBlock(
  input: FactReportInput,
  words: FactReportLabels,
  named: (template: string) => string
): ReportBlock {
  const m = input.review.months;
  const rows: ReportCell[][] = Array.from(m.start, (start, k) => [
    monthLabel(start, input.language),
    m.revenue[k] as number,
    m.throughput[k] as number,
    m.operatingExpense[k] as number,
    m.netProfit[k] as number,
    m.hours[k] as number,
    m.utilisation[k] as number,
    m.lost[k] as number,
  ]);
  const header = [
    words.month,
    words.revenue,
    words.throughput,
    words.operatingExpense,
    words.netProfit,
    named(words.ccrHours),
    named(words.utilisation),
    words.lost,
  ];
  const time: NumberFormatKind = input.timeUnit;
  return {
    row: FIRST_ROW,
    column: 0,
    values: [header, ...rows],
    columnFormats: [
      'text',
      'currency',
      'currency',
      'currency',
      'currency',
      time,
      'percent',
      'currency',
    ],
    table: { name: 'TA_FactMonths' },
  };
}

/** The reviewed month's figures, one blank column right of the months. */
function summaryBlocks(
  input: FactReportInput,
  words: FactReportLabels,
  named: (template: string) => string
): ReportBlock[] {
  const { months, index } = input.review;
  const at = (column: Float64Array) => column[index] as number;
  const unknownAmount = input.unknown.reduce((sum, u) => sum + u.amount, 0);
  const unknownSales = input.unknown.reduce((sum, u) => sum + u.rows.length, 0);
  const lines: RecordLine[] = [
    [words.summaryT, at(months.throughput), 'currency'],
    [words.summaryOe, at(months.operatingExpense), 'currency'],
    [words.summaryNp, at(months.netProfit), 'currency'],
    [words.atTablePrices, input.review.throughputAtTablePrices, 'currency'],
    [
      words.priceDifference,
      at(months.throughput) - input.review.throughputAtTablePrices,
      'currency',
    ],
    [named(words.rankingT), at(months.rankingThroughput), 'currency'],
    [words.soldT, at(months.soldThroughput), 'currency'],
    [words.summaryLost, at(months.lost), 'currency'],
    [named(words.capacity), input.capacity, input.timeUnit],
    [named(words.used), at(months.hours), input.timeUnit],
    [named(words.summaryUtilisation), at(months.utilisation), 'percent'],
    ...(unknownSales === 0
      ? []
      : ([
          [words.unknownSales, unknownSales, 'quantity'],
          [words.unknownAmount, unknownAmount, 'currency'],
        ] as RecordLine[])),
    [words.ccr, input.resource, 'text'],
    [words.logSource, input.logLabel, 'text'],
    [words.productsSource, input.productsLabel, 'text'],
    [words.date, excelSerial(input.date), 'date'],
  ];
  const column = MONTH_COLUMNS + 1;
  const title: ReportBlock = {
    row: FIRST_ROW,
    column,
    values: [[reportText(named(words.summary))]],
    bold: true,
  };
  return [title, ...lineBlocks(lines, FIRST_ROW + 1).map((block) => ({ ...block, column }))];
}
