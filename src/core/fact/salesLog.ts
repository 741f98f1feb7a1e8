/**
 * The sales log (one row per sale: date, product, quantity, amount, and optionally who sold it and
 * the sale's own TVC per unit), checked once and held column by column: a million sales are a few
 * typed arrays, product and group names interned to numbers.
 */
import type { Catalog } from './productCatalog';
import { factInvalidIf, type FactInvalid, type FactIssue } from './issues';
import { salesLogBuilder } from './salesLogBuilder';
import type { ProductTable } from '../productTable';

/** The log as the user's columns hold it; row i of every column is sale i. */
export type SaleColumns = {
  /** Excel date serials; 0 is a blank cell. `null`: no dates (T of each sale needs none). */
  readonly dates: ArrayLike<number> | null;
  /** Product (or service) names as written; '' is a blank cell. */
  readonly products: readonly string[];
  /** Units sold (negative for a refund). */
  readonly quantities: ArrayLike<number>;
  /** Money taken (negative for a refund). */
  readonly amounts: ArrayLike<number>;
  /** Who sold or served it (seller, master, branch); `null`: no groups. */
  readonly groups?: readonly string[] | null;
  /** TVC per unit of this sale; 0 (a blank cell) takes the products table's. `null`: none. */
  readonly unitTvc?: ArrayLike<number> | null;
};

/** A sale of a product the table does not have: kept apart, never summed, never dropped. */
export type UnmatchedSale = {
  readonly row: number;
  readonly product: string;
  readonly quantity: number;
  readonly amount: number;
};

export type SalesLog = {
  readonly catalog: Catalog;
  /** Sales kept (matched, not blank). */
  readonly count: number;
  /** Input row of each sale; `null` when sale s is row s (no row was skipped before a sale). */
  readonly row: Uint32Array | null;
  /** Excel serial of each sale's day (time of day dropped); 0 in a log read without dates. */
  readonly day: Int32Array;
  /** Index of each sale's product in the table. */
  readonly product: Uint32Array;
  readonly quantity: Float64Array;
  readonly amount: Float64Array;
  /** T of each sale = amount − quantity × TVC per unit (the sale's own, else the table's). */
  readonly throughput: Float64Array;
  /** Group of each sale, numbered in order of first appearance; `null` without groups. */
  readonly group: Uint32Array | null;
  /** Name of each group number (a blank group is ''). */
  readonly groupNames: readonly string[];
  /** Sales whose product is not in the table, in row order. */
  readonly unmatched: readonly UnmatchedSale[];
  /** Rows of the input (blank ones included). */
  readonly rows: number;
};

export type SalesLogOutcome = { readonly status: 'log'; readonly log: SalesLog } | FactInvalid;

/** The input row of sale `s`. */
export function rowOfSale(log: SalesLog, s: number): number {
  return log.row === null ? s : (log.row[s] as number);
}

/**
 * Reads a sales log against a products table (see salesLogBuilder for the rules of a row). A sale
 * of a product the table lacks goes to `unmatched`, for the caller to refuse or report apart.
 */
export function readSalesLog(columns: SaleColumns, table: ProductTable): SalesLogOutcome {
  const n = columns.products.length;
  const issues = sizeIssues(columns, n);
  const invalid = factInvalidIf(issues);
  if (invalid) return invalid;
  const builder = salesLogBuilder(table, {
    rows: n,
    dates: columns.dates !== null,
    groups: Boolean(columns.groups),
  });
  if (builder.status === 'invalid') return builder;
  const { dates, products, quantities, amounts } = columns;
  const groups = columns.groups ?? null;
  const unitTvc = columns.unitTvc ?? null;
  for (let i = 0; i < n; i++) {
    builder.add(
      i,
      dates === null ? 0 : (dates[i] as number),
      products[i] as string,
      quantities[i] as number,
      amounts[i] as number,
      groups === null ? '' : (groups[i] as string),
      unitTvc === null ? 0 : (unitTvc[i] as number)
    );
  }
  return builder.finish();
}

function sizeIssues(columns: SaleColumns, n: number): FactIssue[] {
  const issues: FactIssue[] = [];
  const check = (length: number | undefined, field: FactIssue['field']) => {
    if (length !== undefined && length !== n) issues.push({ kind: 'sizesDiffer', field });
  };
  check(columns.dates?.length, 'saleDates');
  check(columns.quantities.length, 'saleQuantities');
  check(columns.amounts.length, 'saleAmounts');
  check(columns.groups?.length, 'groups');
  check(columns.unitTvc?.length, 'saleTvc');
  return issues;
}
