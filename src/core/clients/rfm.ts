import {
  checkValue,
  findValueIssues,
  invalidIf,
  type Invalid,
  type ValueIssue,
} from '../decisions/valueIssues';

/** The RFM segments; every customer falls in exactly one. */
export type RfmSegment = 'newcomer' | 'loyal' | 'sleeping' | 'atRisk' | 'other';

export const RFM_SEGMENTS: readonly RfmSegment[] = [
  'newcomer',
  'loyal',
  'sleeping',
  'atRisk',
  'other',
];

/** The bars of the segments; defaults from the source (a month, three months, 2 and > 4). */
export type RfmThresholds = {
  /** A purchase within this many days is recent; default 30. */
  readonly recentDays: number;
  /** No purchase for more than this many days is asleep; default 90. */
  readonly sleepingDays: number;
  /** Newcomers have at most this many purchases; default 2. */
  readonly newcomerMaxPurchases: number;
  /** Loyal customers have at least this many purchases; default 5 ("more than 4"). */
  readonly loyalMinPurchases: number;
};

export const DEFAULT_RFM_THRESHOLDS: RfmThresholds = {
  recentDays: 30,
  sleepingDays: 90,
  newcomerMaxPurchases: 2,
  loyalMinPurchases: 5,
};

/** One customer: how many purchases in all, and days since the last one. */
export type RfmCustomer = { readonly purchases: number; readonly daysSinceLast: number };

export type RfmSegmentation = {
  readonly status: 'segmented';
  /** The segment of each customer, in input order. */
  readonly segments: readonly RfmSegment[];
  readonly counts: Readonly<Record<RfmSegment, number>>;
};

export type RfmOutcome = RfmSegmentation | Invalid;

/**
 * The segment of one customer; the first rule that matches wins:
 * 1. newcomer: 1 … newcomerMax purchases, the last within recentDays;
 * 2. loyal: ≥ loyalMin purchases, the last within recentDays;
 * 3. sleeping: exactly 1 purchase, none for more than sleepingDays;
 * 4. atRisk: 2 or more purchases, none for more than recentDays;
 * 5. other: the rest (recent buyers between newcomer and loyal; one purchase recentDays …
 *    sleepingDays ago).
 */
export function rfmSegmentOf(customer: RfmCustomer, thresholds: RfmThresholds): RfmSegment {
  const { purchases, daysSinceLast: days } = customer;
  const recent = days <= thresholds.recentDays;
  if (recent && purchases <= thresholds.newcomerMaxPurchases) return 'newcomer';
  if (recent && purchases >= thresholds.loyalMinPurchases) return 'loyal';
  if (purchases === 1 && days > thresholds.sleepingDays) return 'sleeping';
  if (purchases >= 2 && !recent) return 'atRisk';
  return 'other';
}

/** Segments a customer list by number of purchases and days since the last one. */
export function rfmSegments(
  customers: readonly RfmCustomer[],
  thresholds: Partial<RfmThresholds> = {}
): RfmOutcome {
  const bars = { ...DEFAULT_RFM_THRESHOLDS, ...thresholds };
  const issues = [...thresholdIssues(bars), ...customerIssues(customers)];
  const invalid = invalidIf(issues);
  if (invalid) return invalid;
  const counts: Record<RfmSegment, number> = {
    newcomer: 0,
    loyal: 0,
    sleeping: 0,
    atRisk: 0,
    other: 0,
  };
  const segments = customers.map((customer) => {
    const segment = rfmSegmentOf(customer, bars);
    counts[segment]++;
    return segment;
  });
  return { status: 'segmented', segments, counts };
}

function thresholdIssues(bars: RfmThresholds): ValueIssue[] {
  const issues = findValueIssues([
    [bars.recentDays, 'recentDays', 'nonNegative'],
    [bars.sleepingDays, 'sleepingDays', 'nonNegative'],
    [bars.newcomerMaxPurchases, 'newcomerMaxPurchases', 'positiveCount'],
    [bars.loyalMinPurchases, 'loyalMinPurchases', 'positiveCount'],
  ]);
  if (issues.length > 0) return issues;
  if (bars.sleepingDays < bars.recentDays)
    issues.push({ kind: 'outOfOrder', field: 'sleepingDays' });
  if (bars.loyalMinPurchases <= bars.newcomerMaxPurchases) {
    issues.push({ kind: 'outOfOrder', field: 'loyalMinPurchases' });
  }
  return issues;
}

function customerIssues(customers: readonly RfmCustomer[]): ValueIssue[] {
  const issues: ValueIssue[] = [];
  customers.forEach((customer, row) => {
    const purchases = checkValue(customer.purchases, 'purchases', 'positiveCount', row);
    const days = checkValue(customer.daysSinceLast, 'daysSinceLast', 'nonNegative', row);
    if (purchases) issues.push(purchases);
    if (days) issues.push(days);
  });
  return issues;
}
