/**
 * The sales log (one row per sale: date, product, quantity, amount, and optionally who sold it and
 * the sale's own TVC per unit), checked once and held column by column: a million sales are a few
 * typed arrays, product and group names interned to numbers.
 */
import { catalogOf, groupInterner, nameResolver, type Catalog } from './productCatalog';
import { columnIssues, factInvalidIf, type FactInvalid, type FactIssue } from './issues';
import { isDateSerial } from './excelDates';
import type { ProductTable } from '../productTable';

/** The log as the user's columns hold it; row i of every column is sale i. */
export type SaleColumns = {
  /** Excel date serials; 0 is a blank cell. */
  readonly dates: ArrayLike<number>;
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
  /** Input row of each sale. */
  readonly row: Uint32Array;
  /** Excel serial of each sale's day (time of day dropped). */
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

/**
 * Reads a sales log against a products table. A row blank in date, product, quantity and amount is
 * not a sale (the tail of a whole-column range); any other row needs a date and a product. A sale
 * of a product the table lacks goes to `unmatched`, for the caller to refuse or report apart.
 */
export function readSalesLog(columns: SaleColumns, table: ProductTable): SalesLogOutcome {
  const catalogOutcome = catalogOf(table);
  const issues: FactIssue[] = [
    ...(catalogOutcome.status === 'invalid' ? catalogOutcome.issues : []),
    ...columnIssues(table.tvc, 'tvc', false),
    ...sizeIssues(columns),
    ...columnIssues(columns.quantities, 'saleQuantities', true),
    ...columnIssues(columns.amounts, 'saleAmounts', true),
    ...(columns.unitTvc ? columnIssues(columns.unitTvc, 'saleTvc', false) : []),
  ];
  const invalid = factInvalidIf(issues);
  if (invalid || catalogOutcome.status !== 'catalog') return invalid as FactInvalid;
  return collect(columns, catalogOutcome.catalog);
}

function sizeIssues(columns: SaleColumns): FactIssue[] {
  const n = columns.dates.length;
  const issues: FactIssue[] = [];
  const check = (length: number | undefined, field: FactIssue['field']) => {
    if (length !== undefined && length !== n) issues.push({ kind: 'sizesDiffer', field });
  };
  check(columns.products.length, 'saleProducts');
  check(columns.quantities.length, 'saleQuantities');
  check(columns.amounts.length, 'saleAmounts');
  check(columns.groups?.length, 'groups');
  check(columns.unitTvc?.length, 'saleTvc');
  return issues;
}

function collect(columns: SaleColumns, catalog: Catalog): SalesLogOutcome {
  const { dates, products, quantities, amounts } = columns;
  const n = dates.length;
  const row = new Uint32Array(n);
  const day = new Int32Array(n);
  const product = new Uint32Array(n);
  const quantity = new Float64Array(n);
  const amount = new Float64Array(n);
  const throughput = new Float64Array(n);
  const groups = columns.groups ?? null;
  const group = groups ? new Uint32Array(n) : null;
  const interner = groupInterner();
  const indexOf = nameResolver(catalog.byKey);
  const tableTvc = catalog.table.tvc;
  const unitTvc = columns.unitTvc ?? null;
  const unmatched: UnmatchedSale[] = [];
  const issues: FactIssue[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    const date = dates[i] as number;
    const name = products[i] as string;
    const q = quantities[i] as number;
    const money = amounts[i] as number;
    if (date === 0 && name === '' && q === 0 && money === 0) continue;
    if (!isDateSerial(date)) {
      issues.push({ kind: date === 0 ? 'noDate' : 'notDate', field: 'saleDates', row: i });
      continue;
    }
    if (name.trim() === '') {
      issues.push({ kind: 'blankProduct', field: 'saleProducts', row: i });
      continue;
    }
    const index = indexOf(name);
    if (index < 0) {
      unmatched.push({ row: i, product: name.trim(), quantity: q, amount: money });
      continue;
    }
    const own = unitTvc === null ? 0 : (unitTvc[i] as number);
    const tvc = own > 0 ? own : (tableTvc[index] as number);
    row[count] = i;
    day[count] = Math.floor(date);
    product[count] = index;
    quantity[count] = q;
    amount[count] = money;
    // T of the sale = amount − quantity × TVC per unit.
    throughput[count] = money - q * tvc;
    if (group && groups) group[count] = interner.idOf(groups[i] ?? '');
    count++;
  }
  const invalid = factInvalidIf(issues);
  if (invalid) return invalid;
  const log: SalesLog = {
    catalog,
    count,
    row: row.subarray(0, count),
    day: day.subarray(0, count),
    product: product.subarray(0, count),
    quantity: quantity.subarray(0, count),
    amount: amount.subarray(0, count),
    throughput: throughput.subarray(0, count),
    group: group ? group.subarray(0, count) : null,
    groupNames: interner.names,
    unmatched,
    rows: n,
  };
  return { status: 'log', log };
}
