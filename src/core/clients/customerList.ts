import {
  allFinite,
  invalidIf,
  type Invalid,
  type Overflow,
  type ValueIssue,
} from '../decisions/valueIssues';

/** A customer id as a cell holds it; `null` or `''` is a blank cell. */
export type CustomerId = string | number | null;

export type CustomerTotal = {
  readonly id: string;
  readonly total: number;
  readonly purchases: number;
};

export type ListLtv = {
  readonly status: 'ltv';
  /** Average over distinct customers of their total purchases: Σ amounts ÷ customers. */
  readonly ltv: number;
  readonly customers: number;
  readonly total: number;
  /** Each customer's total, in order of first appearance. */
  readonly totals: readonly CustomerTotal[];
};

/** The list holds no customer (every row blank). */
export type NoCustomers = { readonly status: 'noCustomers' };

export type ListLtvOutcome = ListLtv | Invalid | Overflow | NoCustomers;

/** The key of an id: numbers and text are compared as trimmed text, so 7 and "7" are one customer. */
export function customerKey(id: CustomerId): string | null {
  if (id === null) return null;
  const key = String(id).trim();
  return key === '' ? null : key;
}

/**
 * LTV from a customer list (one row per purchase: who bought, for how much): the average of the
 * customers' total purchases. Rows with neither id nor amount are skipped (blank rows at the end of
 * a range); an amount without an id is an error. Amounts may be negative (refunds). Give amounts
 * in throughput (price − TVC) to get LTV in throughput.
 */
export function ltvFromCustomerList(
  ids: readonly CustomerId[],
  amounts: readonly number[]
): ListLtvOutcome {
  const issues: ValueIssue[] = [];
  if (ids.length !== amounts.length) issues.push({ kind: 'sizesDiffer', field: 'amounts' });
  const byId = new Map<string, { total: number; purchases: number }>();
  const rows = Math.min(ids.length, amounts.length);
  for (let i = 0; i < rows; i++) {
    const amount = amounts[i] as number;
    const key = customerKey(ids[i] ?? null);
    if (!Number.isFinite(amount)) issues.push({ kind: 'notFinite', field: 'amounts', row: i });
    else if (key === null) {
      if (amount !== 0) issues.push({ kind: 'blankId', field: 'ids', row: i });
    } else {
      const entry = byId.get(key) ?? { total: 0, purchases: 0 };
      byId.set(key, { total: entry.total + amount, purchases: entry.purchases + 1 });
    }
  }
  const invalid = invalidIf(issues);
  if (invalid) return invalid;
  if (byId.size === 0) return { status: 'noCustomers' };
  const totals = Array.from(byId, ([id, entry]) => ({ id, ...entry }));
  const total = totals.reduce((sum, c) => sum + c.total, 0);
  const ltv = total / totals.length;
  if (!allFinite(total, ltv)) return { status: 'overflow' };
  return { status: 'ltv', ltv, customers: totals.length, total, totals };
}
