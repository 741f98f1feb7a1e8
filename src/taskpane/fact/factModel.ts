/**
 * Everything the Plan vs fact tab shows, computed from what was read and typed: the problems of
 * the log and of the products table (naming sheet rows), the sales of products the table lacks,
 * the months of the log, the reviewed month's figures, and the report ready to be written.
 */
import { dateOfSerial, reviewMonth, type MonthReview } from '../../core/fact';
import { resolveMapping, type ColumnMapping } from '../../workbook/columnMapping';
import { buildFactReport } from '../../workbook/factReport';
import { monthName } from '../../workbook/factReportLabels';
import type { ReportDocument, SourceData, SourceRef } from '../../workbook/gateway';
import { mappingProblemMessage, problemMessage } from '../../workbook/messages';
import { readProducts } from '../../workbook/readProducts';
import { readSales } from '../../workbook/readSales';
import { resolveSalesMapping, type SalesMapping } from '../../workbook/salesLogColumns';
import type { NumberSettings } from '../../workbook/typedNumber';
import {
  salesMappingMessage,
  salesProblemMessage,
  unknownProductMessage,
} from '../../workbook/salesLogMessages';
import type { Language } from '../i18n';
import { parseFactInputs, type FactInputs, type ParsedFactInputs } from './factInputs';
import type { FactStrings } from './factStrings';

export type FactSources = {
  readonly logRef: SourceRef | null;
  readonly log: SourceData | null;
  readonly salesMapping: SalesMapping | null;
  readonly products: SourceData | null;
  readonly productMapping: ColumnMapping | null;
  /** Unit of the products table's times (the Product mix tab's choice). */
  readonly timeUnit: 'hours' | 'minutes';
};

export type MonthChoice = { readonly start: number; readonly label: string };

export type FactModel = {
  readonly logProblems: readonly string[];
  readonly productProblems: readonly string[];
  /** One warning per product the table lacks. */
  readonly unknown: readonly string[];
  readonly resources: readonly string[];
  readonly ccr: string | null;
  readonly inputs: ParsedFactInputs;
  readonly months: readonly MonthChoice[];
  readonly review: MonthReview | null;
  /** Why there is no review, when the inputs alone do not say it. */
  readonly notice: keyof FactStrings | null;
  /** The report of the review; `null` until there is one. */
  readonly build: ((date: Date) => ReportDocument) | null;
};

type Formats = { readonly money: (value: number) => string };

export function monthLabel(serial: number, language: Language): string {
  const { year, month } = dateOfSerial(serial);
  return monthName(year, month, language);
}

export function factModel(
  sources: FactSources,
  inputs: FactInputs,
  language: Language,
  formats: Formats,
  numbers: NumberSettings
): FactModel {
  const parsed = parseFactInputs(inputs, numbers);
  const empty = { logProblems: [], productProblems: [], unknown: [], resources: [], ccr: null };
  const base: FactModel = {
    ...empty,
    inputs: parsed,
    months: [],
    review: null,
    notice: null,
    build: null,
  };
  const products = productsOf(sources, language);
  if (products.status === 'none') return { ...base, notice: 'noProductsTable' };
  if (products.status === 'problems') return { ...base, productProblems: products.messages };
  const { read } = products;
  const ccr =
    inputs.ccr !== null && read.resources.includes(inputs.ccr)
      ? inputs.ccr
      : (read.resources[0] ?? null);
  const withProducts = { ...base, resources: read.resources, ccr };
  const sales = salesOf(sources, read.table, language);
  if (sales.status === 'none') return { ...withProducts, notice: 'noLog' };
  if (sales.status === 'problems') return { ...withProducts, logProblems: sales.messages };
  const unknown = sales.read.unknown.map((u) => unknownProductMessage(u, language, formats.money));
  const withLog = { ...withProducts, unknown };
  const { capacity, operatingExpense, ladder } = parsed;
  if (ccr === null || capacity === null || operatingExpense === null) return withLog;
  if (parsed.errors.ladder) return withLog;
  const review = reviewMonth({
    log: sales.read.log,
    ccr: read.resources.indexOf(ccr),
    capacity,
    operatingExpense: { kind: 'perPeriod', amount: operatingExpense },
    ladder,
    month: inputs.month,
    wholeUnits: true,
  });
  if (review.status === 'noMonth') return { ...withLog, notice: 'noMonth' };
  if (review.status !== 'review') return { ...withLog, notice: 'noPlan' };
  const months = Array.from(review.months.start, (start) => ({
    start,
    label: monthLabel(start, language),
  }));
  const build = (date: Date) =>
    buildFactReport({
      review,
      table: read.table,
      sellerNames: sales.read.log.groupNames,
      unknown: sales.read.unknown,
      resource: ccr,
      timeUnit: sources.timeUnit,
      capacity,
      logLabel: sources.log?.label ?? '',
      productsLabel: sources.products?.label ?? '',
      source: {
        kind: 'report',
        report: 'planVsFact',
        source: sources.logRef ?? { kind: 'selection' },
      },
      date,
      language,
    });
  return { ...withLog, months, review, build };
}

function productsOf(sources: FactSources, language: Language) {
  const { products, productMapping } = sources;
  if (products === null || productMapping === null) return { status: 'none' as const };
  const resolved = resolveMapping(productMapping, products.headers);
  if (resolved.status === 'problems') {
    const messages = resolved.problems.map((p) => mappingProblemMessage(p, language));
    return { status: 'problems' as const, messages };
  }
  const read = readProducts(products, resolved.columns);
  if (read.status === 'invalid') {
    const errors = read.problems.filter((p) => p.severity === 'error');
    return {
      status: 'problems' as const,
      messages: errors.map((p) => problemMessage(p, language)),
    };
  }
  return { status: 'read' as const, read };
}

function salesOf(sources: FactSources, table: Parameters<typeof readSales>[2], language: Language) {
  const { log, salesMapping } = sources;
  if (log === null || salesMapping === null) return { status: 'none' as const };
  const resolved = resolveSalesMapping(salesMapping, log.headers);
  if (resolved.status === 'problems') {
    const messages = resolved.problems.map((p) => salesMappingMessage(p, language));
    return { status: 'problems' as const, messages };
  }
  const read = readSales(log, resolved.columns, table);
  if (read.status === 'invalid') {
    return {
      status: 'problems' as const,
      messages: read.problems.map((p) => salesProblemMessage(p, language)),
    };
  }
  return { status: 'read' as const, read };
}
