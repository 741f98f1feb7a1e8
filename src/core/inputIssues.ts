import type { ProductTable, Resource } from './productTable';
import { wholeUnitIssues } from './wholeUnitBounds';

/** Fields of a product row, as named in messages and in the CLI's input format. */
export type ProductField = 'price' | 'tvc' | 'demand' | 'minimum' | 'usage';

/**
 * Something wrong with the user's input. Rows and resources are 0-based indices; the adapters
 * turn them into the user's own row numbers and column names.
 */
export type InputIssue =
  | {
      readonly kind: 'notFinite';
      readonly field: ProductField;
      readonly row: number;
      readonly resource?: number;
    }
  | {
      readonly kind: 'negative';
      readonly field: ProductField;
      readonly row: number;
      readonly resource?: number;
    }
  | { readonly kind: 'minimumAboveDemand'; readonly row: number }
  | { readonly kind: 'capacityNotPositive'; readonly resource: number }
  | { readonly kind: 'operatingExpenseInvalid' }
  | { readonly kind: 'noProducts' };

const ROW_FIELDS = ['price', 'tvc', 'minimum'] as const;

/**
 * Every issue in `products` and `resources`, in row order; empty when the input is usable. In
 * whole units a row whose minimum rounds up above its demand rounded down is `minimumAboveDemand`
 * too (the rule is in `wholeUnitBounds`).
 */
export function findInputIssues(
  products: ProductTable,
  resources: readonly Resource[],
  operatingExpense: number | null = null,
  wholeUnits = false
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (products.count === 0) issues.push({ kind: 'noProducts' });
  resources.forEach((resource, r) => {
    if (!(resource.capacity > 0) || !Number.isFinite(resource.capacity)) {
      issues.push({ kind: 'capacityNotPositive', resource: r });
    }
  });
  if (operatingExpense !== null && !Number.isFinite(operatingExpense)) {
    issues.push({ kind: 'operatingExpenseInvalid' });
  }
  // A tight scan per column first: a million clean rows cost one pass each, not a million calls.
  if (columnsAreClean(products))
    return wholeUnits ? [...issues, ...wholeUnitIssues(products)] : issues;
  for (let i = 0; i < products.count; i++) findRowIssues(products, i, issues);
  return issues;
}

function columnsAreClean(products: ProductTable): boolean {
  const { price, tvc, minimum, demand } = products;
  for (const column of [price, tvc, minimum, ...products.usage]) {
    for (let i = 0; i < column.length; i++) {
      const value = column[i] as number;
      // NaN fails both comparisons; Infinity fails the second.
      if (!(value >= 0 && value < Number.POSITIVE_INFINITY)) return false;
    }
  }
  for (let i = 0; i < demand.length; i++) {
    if (!((demand[i] as number) >= (minimum[i] as number))) return false;
  }
  return true;
}

function findRowIssues(products: ProductTable, i: number, issues: InputIssue[]): void {
  for (const field of ROW_FIELDS) checkValue(products[field][i] as number, field, i, issues);
  const demand = products.demand[i] as number;
  // Infinity is the internal spelling of "unlimited demand"; NaN never is.
  if (Number.isNaN(demand)) issues.push({ kind: 'notFinite', field: 'demand', row: i });
  else if (demand < 0) issues.push({ kind: 'negative', field: 'demand', row: i });
  products.usage.forEach((column, r) => checkValue(column[i] as number, 'usage', i, issues, r));
  if ((products.minimum[i] as number) > demand) issues.push({ kind: 'minimumAboveDemand', row: i });
}

function checkValue(
  value: number,
  field: ProductField,
  row: number,
  issues: InputIssue[],
  resource?: number
): void {
  const at = resource === undefined ? { field, row } : { field, row, resource };
  if (!Number.isFinite(value)) issues.push({ kind: 'notFinite', ...at });
  else if (value < 0) issues.push({ kind: 'negative', ...at });
}
