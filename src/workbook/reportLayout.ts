/**
 * The product-mix report laid out in memory: every value, format, the table, the chart and the
 * fingerprint are decided here, before a gateway writes anything.
 *
 * Sheet layout: the title in A1; the ranked table from A3 (one row per product in ranking order);
 * the summary blocks to the right of the table, from column O, so they stay in view however many
 * products there are. With the best plan (`best`) the table gains two columns (its quantity and T)
 * and the summary starts at column Q.
 */
import type { MixPlan, MixProblem } from '../core';
import type {
  NumberFormatKind,
  ReportBlock,
  ReportCell,
  ReportDocument,
  ReportNotice,
  SourceBasis,
  SourceRef,
} from './gateway';
import {
  bestInfoRows,
  bestThroughputRows,
  shadowPriceRows,
  withBestColumns,
  type BestPlanResult,
} from './bestPlanReport';
import { fingerprintGrid, reportGrid } from './fingerprint';
import { fill, reportLabels, type ReportLabels, type ReportLanguage } from './reportLabels';
import { sanitizeSheetName } from './sheetNames';

export type ReportInput = {
  readonly problem: MixProblem;
  readonly plan: MixPlan;
  /** Unit of the times and capacities in the table; T per CCR hour is always per hour. */
  readonly timeUnit: 'hours' | 'minutes';
  readonly targetProfit: number | null;
  readonly source: SourceRef;
  /** The source as the user knows it: table name or address. */
  readonly sourceLabel: string;
  /** The range the products were read from (`Salon!A1:F5`), so a stale report can be told. */
  readonly sourceAddress?: string;
  /** The source's price column format (`#,##0 ₽`) for the money columns; absent: `#,##0.00`. */
  readonly moneyFormat?: string | null;
  readonly date: Date;
  readonly language: ReportLanguage;
  /**
   * The best plan over all resources (the method "best plan"): the table adds its quantities
   * beside the ranking's and the summary compares both. Absent or `null`: the ranking report.
   */
  readonly best?: BestPlanResult | null;
  /** The source as read (`sourceBasis(data)`): the write stops if it changed meanwhile (#40). */
  readonly basis?: SourceBasis;
  /** Data rows of the source hidden or filtered out, all counted (#24); absent: not known. */
  readonly hiddenRows?: number;
};

export type { BestPlanResult } from './bestPlanReport';

export const TABLE_ROW = 2;
/** Column of the summary in the ranking report (one blank column after the table). */
export const SUMMARY_COLUMN = 14;
/** Products the chart shows at most, from the top of the ranking. */
export const CHART_ROWS = 30;
/**
 * The smallest positive number Excel holds: below it (a denormal such as 1e-320) Excel keeps 0,
 * so such a time is "no CCR time" here too (checklist #18).
 */
const MIN_NORMAL = 2.2250738585072014e-308;
/** Excel's limit on the characters of a cell. */
const MAX_CELL_TEXT = 32767;
const TABLE_NAME = 'TA_ProductMix';

export function buildReport(input: ReportInput): ReportDocument {
  const words = reportLabels(input.language);
  const resource = rankingResourceName(input);
  const unit = words[input.timeUnit];
  const named = (template: string) => fill(template, { resource: resource ?? '', unit });
  const ranked = tableBlock(input, words, named);
  const { best } = input;
  const table = best ? withBestColumns(ranked, input.problem, input.plan, best, words) : ranked;
  const title = best ? words.titleBest : words.title;
  const laidOut: ReportBlock[] = [
    {
      row: 0,
      column: 0,
      values: [[resource === null ? words.titleNoResource : named(title)]],
      bold: true,
    },
    table,
    // The summary starts one blank column right of the table, so it stays in view.
    ...summaryBlocks(input, words, (table.values[0]?.length ?? 0) + 1),
  ];
  const blocks = withMoneyFormat(laidOut, input.moneyFormat ?? null);
  const products = input.problem.products.count;
  return {
    ...(input.basis ? { basis: input.basis } : {}),
    notices: reportNotices(input),
    sheetName: sanitizeSheetName(words.sheetName),
    blocks,
    chart:
      resource === null || products === 0
        ? undefined
        : {
            title: named(words.chart),
            block: 1,
            categoryColumn: 1,
            barColumn: 6,
            lineColumn: 11,
            rows: Math.min(products, CHART_ROWS),
          },
    fingerprint: fingerprintGrid(reportGrid(blocks)),
    source: input.source,
  };
}

function rankingResourceName(input: ReportInput): string | null {
  const r = input.plan.rankingResource;
  return r === null ? null : (input.problem.resources[r]?.name ?? null);
}

/** Text as the report writes it: never empty (that is `null`), never over Excel's cell limit. */
export function reportText(text: string): ReportCell {
  if (text === '') return null;
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/** Product names the report cuts to Excel's limit (#31): the user is told how many. */
function namesCut(input: ReportInput): number {
  return input.problem.products.names.filter((name) => name.length > MAX_CELL_TEXT).length;
}

/** What the report did to the user's data, to say after the write. */
function reportNotices(input: ReportInput): ReportNotice[] {
  const notices: ReportNotice[] = [];
  const cut = namesCut(input);
  if (cut > 0) notices.push({ kind: 'namesCut', count: cut });
  if (input.hiddenRows !== undefined && input.hiddenRows > 0) {
    notices.push({ kind: 'hiddenRows', count: input.hiddenRows });
  }
  return notices;
}

function tableBlock(
  input: ReportInput,
  words: ReportLabels,
  named: (template: string) => string
): ReportBlock {
  const { problem, plan, timeUnit } = input;
  const { products } = problem;
  const r = plan.rankingResource;
  const usage = r === null ? null : (problem.products.usage[r] ?? null);
  const perHour = timeUnit === 'minutes' ? 60 : 1;
  const rows: ReportCell[][] = [];
  for (let k = 0; k < products.count; k++) {
    const i = plan.order[k] as number;
    const t = (products.price[i] as number) - (products.tvc[i] as number);
    const time = usage === null ? null : (usage[i] as number);
    const quantity = plan.quantity[i] as number;
    const demand = products.demand[i] as number;
    rows.push([
      plan.rank[i] as number,
      reportText(products.names[i] ?? ''),
      products.price[i] as number,
      products.tvc[i] as number,
      t,
      time,
      time === null ? null : time < MIN_NORMAL ? named(words.noTime) : (t / time) * perHour,
      demand === Number.POSITIVE_INFINITY ? words.unlimited : demand,
      products.minimum[i] as number,
      quantity,
      time === null ? null : quantity * time,
      r === null ? null : (plan.cumulativeLoad[i] as number),
      quantity * t,
    ]);
  }
  const header = [
    words.rank,
    words.product,
    words.price,
    words.tvc,
    words.throughput,
    named(words.ccrTime),
    named(words.rate),
    words.demand,
    words.minimum,
    words.quantity,
    named(words.timeUsed),
    named(words.load),
    words.rowThroughput,
  ];
  const time: NumberFormatKind = timeUnit;
  const count = (column: number): NumberFormatKind =>
    rows.every((row) => typeof row[column] !== 'number' || Number.isInteger(row[column]))
      ? 'quantity'
      : 'rate';
  return {
    row: TABLE_ROW,
    column: 0,
    values: [header, ...rows],
    columnFormats: [
      'quantity',
      'text',
      'currency',
      'currency',
      'currency',
      time,
      'rate',
      count(7),
      count(8),
      count(9),
      time,
      'percent',
      'currency',
    ],
    table: { name: TABLE_NAME },
  };
}

/**
 * Summary rows grouped by format, since a block formats by column. With the best plan its ΣT,
 * NP and times are the plan's figures, the ranking's ΣT stands beside it.
 */
function summaryBlocks(input: ReportInput, words: ReportLabels, column: number): ReportBlock[] {
  const { problem, targetProfit, timeUnit, best } = input;
  const plan = best ?? input.plan;
  const oe = plan.operatingExpense;
  const required = oe === null ? null : oe + (targetProfit ?? 0);
  const shadow = best ? shadowPriceRows(problem, best, timeUnit, words) : { money: [], time: [] };
  const money: [string, ReportCell][] = [
    ...(best
      ? bestThroughputRows(input.plan, best, words, rankingResourceName(input) ?? '')
      : [[words.totalThroughput, plan.throughput] as [string, ReportCell]]),
    [words.operatingExpense, oe ?? words.notComputed],
    [words.netProfit, plan.netProfit ?? words.notComputed],
    [words.toBreakEven, oe === null ? words.notComputed : Math.max(0, oe - plan.throughput)],
  ];
  if (targetProfit !== null) {
    money.push([words.requiredThroughput, required ?? words.notComputed]);
    money.push([
      words.gapToTarget,
      required === null ? words.notComputed : plan.throughput - required,
    ]);
  }
  money.push([words.lostToMinimums, plan.lostToMinimums], ...shadow.money);
  const time: [string, ReportCell][] = [];
  const load: [string, ReportCell][] = [];
  problem.resources.forEach((resource, r) => {
    const used = plan.used[r] as number;
    const values = { resource: resource.name, unit: words[timeUnit] };
    time.push([fill(words.capacity, values), resource.capacity]);
    time.push([fill(words.used, values), used]);
    time.push([fill(words.left, values), resource.capacity - used]);
    load.push([fill(words.loadTotal, values), used / resource.capacity]);
  });
  time.push(...shadow.time);
  const info: [string, ReportCell][] = [
    ...(best ? bestInfoRows(best, words) : []),
    [words.source, reportText(input.sourceLabel)],
    ...(input.sourceAddress === undefined
      ? []
      : [[words.sourceRange, reportText(input.sourceAddress)] as [string, ReportCell]]),
  ];
  // The policy on hidden rows is stated even when none are hidden (#24); cut names only if any.
  const counts: [string, ReportCell][] = [];
  if (input.hiddenRows !== undefined) counts.push([words.hiddenRows, input.hiddenRows]);
  const cut = namesCut(input);
  if (cut > 0) counts.push([words.namesCut, cut]);
  const groups: [[string, ReportCell][], NumberFormatKind][] = [
    [money, 'currency'],
    [time, timeUnit],
    [load, 'percent'],
    [[[words.date, excelSerial(input.date)]], 'date'],
    [counts, 'quantity'],
    [info, 'text'],
  ];
  const blocks: ReportBlock[] = [{ row: TABLE_ROW, column, values: [[words.summary]], bold: true }];
  let row = TABLE_ROW + 1;
  for (const [rows, kind] of groups) {
    if (rows.length === 0) continue;
    blocks.push({ row, column, values: rows, columnFormats: ['text', kind] });
    row += rows.length;
  }
  return blocks;
}

/** The money columns in the user's own format: every `currency` column takes `code`. */
function withMoneyFormat(blocks: readonly ReportBlock[], code: string | null): ReportBlock[] {
  if (code === null) return [...blocks];
  return blocks.map((block) =>
    block.columnFormats === undefined
      ? block
      : {
          ...block,
          columnFormats: block.columnFormats.map((kind) => (kind === 'currency' ? { code } : kind)),
        }
  );
}

/** Excel's serial date of the local time of `date` (days since 1899-12-30). */
export function excelSerial(date: Date): number {
  const localMs = date.getTime() - date.getTimezoneOffset() * 60000;
  return localMs / 86400000 + 25569;
}
