import { invalidIf, type Invalid, type ValueIssue } from '../decisions/valueIssues';
import { customerKey, type CustomerId, type NoCustomers } from './customerList';
import type { RfmCustomer } from './rfm';

/** One customer of a purchase log: how many purchases, and days since the last one. */
export type LoggedCustomer = RfmCustomer & { readonly id: string };

export type PurchaseLog = {
  readonly status: 'customers';
  /** Customers in order of first appearance. */
  readonly customers: readonly LoggedCustomer[];
};

export type PurchaseLogOutcome = PurchaseLog | Invalid | NoCustomers;

/**
 * Customers of a purchase log (one row per purchase: who, on which day) as of a day: purchases
 * counted per customer, days since the latest one = as-of day − latest day. Days are any day
 * numbers (Excel date serials). Rows with neither customer nor day are skipped; a purchase after
 * the as-of day is an input error.
 */
export function customersFromPurchases(
  ids: readonly CustomerId[],
  days: readonly number[],
  asOfDay: number
): PurchaseLogOutcome {
  const issues: ValueIssue[] = [];
  if (!Number.isFinite(asOfDay)) issues.push({ kind: 'notFinite', field: 'asOfDate' });
  if (ids.length !== days.length) issues.push({ kind: 'sizesDiffer', field: 'purchaseDates' });
  const byId = new Map<string, { purchases: number; latest: number }>();
  const rows = Math.min(ids.length, days.length);
  for (let i = 0; i < rows; i++) {
    const day = days[i] as number;
    const key = customerKey(ids[i] ?? null);
    if (!Number.isFinite(day)) issues.push({ kind: 'notFinite', field: 'purchaseDates', row: i });
    else if (key === null) {
      if (day !== 0) issues.push({ kind: 'blankId', field: 'ids', row: i });
    } else if (day > asOfDay) issues.push({ kind: 'tooLarge', field: 'purchaseDates', row: i });
    else {
      const entry = byId.get(key) ?? { purchases: 0, latest: -Infinity };
      byId.set(key, { purchases: entry.purchases + 1, latest: Math.max(entry.latest, day) });
    }
  }
  const invalid = invalidIf(issues);
  if (invalid) return invalid;
  if (byId.size === 0) return { status: 'noCustomers' };
  const customers = Array.from(byId, ([id, entry]) => ({
    id,
    purchases: entry.purchases,
    daysSinceLast: asOfDay - entry.latest,
  }));
  return { status: 'customers', customers };
}
