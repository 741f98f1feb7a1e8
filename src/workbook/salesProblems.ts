/**
 * What can be wrong with a sales log, each problem naming the sheet row and the column header,
 * and the sales of products the products table lacks, grouped by product.
 */
import type { ProductTable } from '../core';
import { nameKey, type FactIssue, type SalesLog } from '../core/fact';
import type { SalesField } from './salesLogColumns';

export type SalesProblemKind =
  | 'text'
  | 'textDate'
  | 'notDate'
  | 'noDate'
  | 'blankProduct'
  | 'error'
  | 'boolean'
  | 'negative'
  | 'notFinite'
  | 'mergedCells'
  | 'noSales'
  /** Two products of the products table with one name: a sale could not tell them apart. */
  | 'duplicateProduct'
  | 'productsTable';

export type SalesProblem = {
  readonly kind: SalesProblemKind;
  /** 1-based sheet row. */
  readonly row?: number;
  /** The column's header as the user wrote it. */
  readonly column?: string;
  /** The cell as text. */
  readonly value?: string;
};

/** Sales of one product the products table lacks. */
export type UnknownProduct = {
  readonly product: string;
  /** 1-based sheet rows. */
  readonly rows: readonly number[];
  readonly quantity: number;
  readonly amount: number;
};

const FIELD_OF: Readonly<Partial<Record<FactIssue['field'], SalesField>>> = {
  saleDates: 'date',
  saleProducts: 'product',
  saleQuantities: 'quantity',
  saleAmounts: 'amount',
  saleTvc: 'saleTvc',
  groups: 'seller',
};

export function problemOf(
  issue: FactIssue,
  firstDataRow: number,
  header: (f: SalesField) => string
): SalesProblem {
  const field = FIELD_OF[issue.field];
  const at = {
    ...(issue.row === undefined ? {} : { row: firstDataRow + issue.row }),
    ...(field === undefined ? {} : { column: header(field) }),
  };
  switch (issue.kind) {
    case 'noDate':
    case 'notDate':
    case 'blankProduct':
    case 'negative':
    case 'notFinite':
      return { kind: issue.kind, ...at };
    default:
      return { kind: 'productsTable' };
  }
}

/** The sales the table lacks, by product, in order of first sale. */
export function unknownProducts(log: SalesLog, firstDataRow: number): UnknownProduct[] {
  // "Manicure" and "manicure " are one product, named as first written.
  const byName = new Map<string, UnknownProduct & { rows: number[] }>();
  for (const sale of log.unmatched) {
    const key = nameKey(sale.product);
    const entry = byName.get(key) ?? { product: sale.product, rows: [], quantity: 0, amount: 0 };
    entry.rows.push(firstDataRow + sale.row);
    byName.set(key, {
      ...entry,
      quantity: entry.quantity + sale.quantity,
      amount: entry.amount + sale.amount,
    });
  }
  return [...byName.values()];
}

/** Why the products table cannot be looked up by name. */
export function tableProblems(issues: readonly FactIssue[], table: ProductTable): SalesProblem[] {
  return issues.map((issue) =>
    issue.kind === 'duplicateName' && issue.row !== undefined
      ? { kind: 'duplicateProduct', value: table.names[issue.row] ?? '' }
      : { kind: 'productsTable' }
  );
}
