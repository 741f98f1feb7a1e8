/**
 * The tables under the months in the plan-against-fact report: the reviewed month's plan against
 * fact by product (in ranking order), the bonuses by seller, the sales of products the products
 * table lacks. Each is an Excel table with a bold title above it.
 */
import type { FactReportInput } from './factReport';
import type { FactReportLabels } from './factReportLabels';
import type { NumberFormatKind, ReportBlock, ReportCell } from './gateway';
import { reportText } from './reportLayout';

/** The sections under the months: products, bonuses (with sellers), unknown products (if any). */
export function sections(
  input: FactReportInput,
  words: FactReportLabels,
  named: (template: string) => string
): [string, ReportBlock][] {
  const list: [string, ReportBlock][] = [[named(words.productsTitle), productsBlock(input, words)]];
  const bonuses = input.review.bonuses;
  if (bonuses !== null && bonuses.seller.length > 0) {
    list.push([named(words.bonusesTitle), bonusesBlock(input, words)]);
  }
  if (input.unknown.length > 0) list.push([words.unknownTitle, unknownBlock(input, words)]);
  return list;
}

function productsBlock(input: FactReportInput, words: FactReportLabels): ReportBlock {
  const { plan, products } = input.review;
  const rows: ReportCell[][] = Array.from(plan.order, (i) => [
    plan.rank[i] as number,
    reportText(input.table.names[i] ?? ''),
    products.plannedQuantity[i] as number,
    products.soldQuantity[i] as number,
    products.plannedThroughput[i] as number,
    products.actualThroughput[i] as number,
    products.difference[i] as number,
  ]);
  const count = (column: number): NumberFormatKind =>
    rows.every((row) => Number.isInteger(row[column])) ? 'quantity' : 'rate';
  return {
    row: 0,
    column: 0,
    values: [
      [
        words.rank,
        words.product,
        words.planned,
        words.sold,
        words.plannedT,
        words.actualT,
        words.difference,
      ],
      ...rows,
    ],
    columnFormats: ['quantity', 'text', count(2), count(3), 'currency', 'currency', 'currency'],
    table: { name: 'TA_PlanFact' },
  };
}

function bonusesBlock(input: FactReportInput, words: FactReportLabels): ReportBlock {
  const bonuses = input.review.bonuses;
  const rows: ReportCell[][] =
    bonuses === null
      ? []
      : Array.from(bonuses.seller, (seller, k) => {
          const gap = bonuses.gapToNext[k] ?? null;
          return [
            reportText(input.sellerNames[seller] ?? ''),
            bonuses.throughput[k] as number,
            bonuses.bonus[k] as number,
            gap === null ? words.topStep : gap,
          ];
        });
  return {
    row: 0,
    column: 0,
    values: [[words.seller, words.sellerT, words.bonus, words.toNextStep], ...rows],
    columnFormats: ['text', 'currency', 'currency', 'currency'],
    table: { name: 'TA_Bonuses' },
  };
}

function unknownBlock(input: FactReportInput, words: FactReportLabels): ReportBlock {
  const rows: ReportCell[][] = input.unknown.map((u) => [
    reportText(u.product),
    u.rows.length,
    u.quantity,
    u.amount,
    reportText(u.rows.join(', ')),
  ]);
  return {
    row: 0,
    column: 0,
    values: [[words.product, words.sales, words.quantity, words.amount, words.rows], ...rows],
    columnFormats: ['text', 'quantity', 'rate', 'currency', 'text'],
    table: { name: 'TA_UnknownSales' },
  };
}
