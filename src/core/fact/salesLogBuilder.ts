/**
 * Builds a sales log one row at a time, straight into its typed columns: a reader of the user's
 * cells (a custom function's ranges, the pane's table) hands each row over as it reads it, so a
 * million sales cost the log's own arrays and nothing in between. Each distinct product or group
 * name is normalised and looked up once.
 *
 * A row blank in date, product, quantity and amount is not a sale (the tail of a whole-column
 * range) and is skipped; any other row needs a date (when the log has dates) and a product.
 */
import { isDateSerial } from './excelDates';
import { factInvalidIf, type FactInvalid, type FactIssue, columnIssues } from './issues';
import { catalogOf, nameKey } from './productCatalog';
import type { SalesLog, SalesLogOutcome, UnmatchedSale } from './salesLog';
import type { ProductTable } from '../productTable';

export type SalesLogBuilder = {
  readonly status: 'building';
  /**
   * Row `row` of the input: date serial (0 = blank), product name, quantity, amount, group name
   * ('' without groups) and the sale's own TVC per unit (0 = the table's).
   */
  readonly add: (
    row: number,
    date: number,
    product: string,
    quantity: number,
    amount: number,
    group: string,
    unitTvc: number
  ) => void;
  readonly finish: () => SalesLogOutcome;
};

// Product index of a name that is blank, or that the table does not have.
const BLANK = -2;
const UNKNOWN = -1;

export function salesLogBuilder(
  table: ProductTable,
  options: { readonly rows: number; readonly dates: boolean; readonly groups: boolean }
): SalesLogBuilder | FactInvalid {
  const catalog = catalogOf(table);
  const invalid = factInvalidIf([
    ...(catalog.status === 'invalid' ? catalog.issues : []),
    ...columnIssues(table.tvc, 'tvc', false),
  ]);
  if (invalid || catalog.status !== 'catalog') return invalid as FactInvalid;
  const n = options.rows;
  // Sale s is input row s until a skipped row comes before a sale: only then is a column needed.
  let row: Uint32Array | null = null;
  const day = new Int32Array(n);
  const product = new Uint32Array(n);
  const quantity = new Float64Array(n);
  const amount = new Float64Array(n);
  const throughput = new Float64Array(n);
  const group = options.groups ? new Uint32Array(n) : null;
  const productOf = new Map<string, number>();
  const groupOf = new Map<string, number>();
  const groupByKey = new Map<string, number>();
  const groupNames: string[] = [];
  const unmatched: UnmatchedSale[] = [];
  const issues: FactIssue[] = [];
  const tableTvc = table.tvc;
  let count = 0;

  const indexOf = (name: string): number => {
    let index = productOf.get(name);
    if (index === undefined) {
      const key = nameKey(name);
      index = key === '' ? BLANK : (catalog.catalog.byKey.get(key) ?? UNKNOWN);
      productOf.set(name, index);
    }
    return index;
  };
  // Groups are numbered in order of first appearance, "Anna " and "anna" being one.
  const groupIdOf = (name: string): number => {
    let id = groupOf.get(name);
    if (id === undefined) {
      const key = nameKey(name);
      id = groupByKey.get(key);
      if (id === undefined) {
        id = groupNames.length;
        groupByKey.set(key, id);
        groupNames.push(name.trim());
      }
      groupOf.set(name, id);
    }
    return id;
  };

  const add: SalesLogBuilder['add'] = (i, date, name, q, money, groupName, unitTvc) => {
    const index = indexOf(name);
    if (index === BLANK && date === 0 && q === 0 && money === 0) return;
    if (!Number.isFinite(q)) issues.push({ kind: 'notFinite', field: 'saleQuantities', row: i });
    if (!Number.isFinite(money)) issues.push({ kind: 'notFinite', field: 'saleAmounts', row: i });
    if (!(unitTvc >= 0) || unitTvc === Infinity) {
      issues.push({
        kind: Number.isFinite(unitTvc) ? 'negative' : 'notFinite',
        field: 'saleTvc',
        row: i,
      });
    }
    if (options.dates && !isDateSerial(date)) {
      issues.push({ kind: date === 0 ? 'noDate' : 'notDate', field: 'saleDates', row: i });
    } else if (index === BLANK) {
      issues.push({ kind: 'blankProduct', field: 'saleProducts', row: i });
    } else if (index === UNKNOWN) {
      unmatched.push({ row: i, product: name.trim(), quantity: q, amount: money });
    } else {
      const tvc = unitTvc > 0 ? unitTvc : (tableTvc[index] as number);
      if (row === null && i !== count) row = Uint32Array.from({ length: n }, (_, k) => k);
      if (row !== null) row[count] = i;
      day[count] = Math.floor(date);
      product[count] = index;
      quantity[count] = q;
      amount[count] = money;
      // T of the sale = amount − quantity × TVC per unit.
      throughput[count] = money - q * tvc;
      if (group !== null) group[count] = groupIdOf(groupName);
      count++;
    }
  };

  const finish = (): SalesLogOutcome => {
    const refused = factInvalidIf(issues);
    if (refused) return refused;
    const log: SalesLog = {
      catalog: catalog.catalog,
      count,
      row: row === null ? null : row.subarray(0, count),
      day: day.subarray(0, count),
      product: product.subarray(0, count),
      quantity: quantity.subarray(0, count),
      amount: amount.subarray(0, count),
      throughput: throughput.subarray(0, count),
      group: group === null ? null : group.subarray(0, count),
      groupNames,
      unmatched,
      rows: n,
    };
    return { status: 'log', log };
  };

  return { status: 'building', add, finish };
}
