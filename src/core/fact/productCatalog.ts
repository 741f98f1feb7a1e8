/**
 * The products table as a sales log looks products up in it: by name, after trim, single spaces,
 * Unicode NFKC, lower case and ё→е, so "Стрижка " in a CRM export is the table's «стрижка».
 */
import type { ProductTable } from '../productTable';
import type { FactIssue } from './issues';

/** The name as matched: "  Classic   Haircut" and "classic haircut" are one product. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
}

export type Catalog = {
  readonly table: ProductTable;
  /** Product index by name key. */
  readonly byKey: ReadonlyMap<string, number>;
};

export type CatalogOutcome =
  | { readonly status: 'catalog'; readonly catalog: Catalog }
  | { readonly status: 'invalid'; readonly issues: readonly FactIssue[] };

/**
 * The name index of `table`. A product with no name, or two whose names match, cannot be told
 * apart in a log: both are input errors naming the row.
 */
export function catalogOf(table: ProductTable): CatalogOutcome {
  const issues: FactIssue[] = [];
  const byKey = new Map<string, number>();
  if (table.count === 0) issues.push({ kind: 'empty', field: 'names' });
  table.names.forEach((name, row) => {
    const key = nameKey(name);
    const first = byKey.get(key);
    if (key === '') issues.push({ kind: 'blankName', field: 'names', row });
    else if (first !== undefined) {
      issues.push({ kind: 'duplicateName', field: 'names', row, firstRow: first });
    } else byKey.set(key, row);
  });
  if (issues.length > 0) return { status: 'invalid', issues };
  return { status: 'catalog', catalog: { table, byKey } };
}
