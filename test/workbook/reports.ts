import {
  planProductMix,
  productTableFromRows,
  type MixPlan,
  type MixProblem,
} from '../../src/core';
import { detectColumns, resolveMapping } from '../../src/workbook/columnMapping';
import { sourceBasis } from '../../src/workbook/fingerprint';
import type { ReportDocument, SourceRef, WorkbookGateway } from '../../src/workbook/gateway';
import { readProducts } from '../../src/workbook/readProducts';
import { buildReport } from '../../src/workbook/reportLayout';
import { pq } from '../fixtures/problems';

export const PRODUCTS: SourceRef = { kind: 'table', name: 'Products' };
export const DATE = new Date(Date.UTC(2026, 10, 23, 9, 0));

export function planOf(problem: MixProblem): MixPlan {
  const plan = planProductMix(problem);
  if (plan.status !== 'planned') throw new Error(`not planned: ${plan.status}`);
  return plan;
}

export function reportOf(
  problem: MixProblem = pq,
  options: {
    language?: 'en' | 'ru';
    targetProfit?: number | null;
    timeUnit?: 'hours' | 'minutes';
  } = {}
): ReportDocument {
  return buildReport({
    problem,
    plan: planOf(problem),
    timeUnit: options.timeUnit ?? 'minutes',
    targetProfit: options.targetProfit ?? null,
    source: PRODUCTS,
    sourceLabel: 'Products',
    date: DATE,
    language: options.language ?? 'en',
  });
}

/** `count` products named by `name(i)`, one resource that binds. */
export function manyProducts(
  count: number,
  name: (i: number) => string = (i) => `Product ${i + 1}`
): MixProblem {
  const rows = Array.from({ length: count }, (_, i) => ({
    name: name(i),
    price: 100 + (i % 97),
    tvc: 40 + (i % 13),
    demand: 10 + (i % 7),
    usage: { Master: 1 + (i % 5) },
  }));
  const resources = [{ name: 'Master', capacity: count * 10 }];
  return {
    products: productTableFromRows(rows, resources),
    resources,
    operatingExpense: 1000,
    wholeUnits: true,
  };
}

/**
 * The P&Q report as the pane builds it: read the table, map, plan, lay out, with the source's
 * basis (so the write checks the table again) and its hidden rows.
 */
export async function pqReport(
  gateway: WorkbookGateway,
  options: { readonly targetProfit?: number } = {}
): Promise<ReportDocument> {
  const source = await gateway.readSource(PRODUCTS);
  const resolution = resolveMapping(detectColumns(source.headers).mapping, source.headers);
  if (resolution.status !== 'resolved') throw new Error('mapping');
  const read = readProducts(source, resolution.columns);
  if (read.status !== 'ok') throw new Error('products');
  const problem = {
    products: read.table,
    resources: [{ name: 'B', capacity: 2400 }],
    operatingExpense: 6000,
    wholeUnits: true,
  };
  return buildReport({
    problem,
    plan: planOf(problem),
    timeUnit: 'minutes',
    targetProfit: options.targetProfit ?? null,
    source: PRODUCTS,
    sourceLabel: source.label,
    date: DATE,
    language: 'en',
    basis: sourceBasis(source),
    ...(source.hiddenRows === undefined ? {} : { hiddenRows: source.hiddenRows }),
  });
}
