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

/**
 * Looks names up once per distinct spelling: a log of a million sales names a few hundred
 * products, so the normalisation runs a few hundred times, the Map lookup a million.
 */
export function nameResolver(byKey: ReadonlyMap<string, number>): (name: string) => number {
  const seen = new Map<string, number>();
  return (name) => {
    let index = seen.get(name);
    if (index === undefined) {
      index = byKey.get(nameKey(name)) ?? -1;
      seen.set(name, index);
    }
    return index;
  };
}

/**
 * Interns group names (sellers, masters, branches): each distinct name gets a number in order of
 * first appearance, names matched as product names are; the first spelling seen is shown.
 */
export function groupInterner(): {
  readonly idOf: (name: string) => number;
  readonly names: string[];
} {
  const raw = new Map<string, number>();
  const byKey = new Map<string, number>();
  const names: string[] = [];
  const idOf = (name: string): number => {
    let id = raw.get(name);
    if (id !== undefined) return id;
    const key = nameKey(name);
    id = byKey.get(key);
    if (id === undefined) {
      id = names.length;
      byKey.set(key, id);
      names.push(name.trim());
    }
    raw.set(name, id);
    return id;
  };
  return { idOf, names };
}
