/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.RFM and TA.RFMLIST: the RFM segment of each customer (newcomer, loyal, sleeping, at risk,
 * other), from per-customer counts or from a purchase log. The JSDoc of each function is its
 * Excel help.
 */
import {
  customersFromPurchases,
  DEFAULT_RFM_THRESHOLDS,
  rfmSegments,
  type RfmCustomer,
  type RfmSegment,
  type RfmThresholds,
} from '../core/clients';
import { isOmitted, numberColumn, numberValue, sameLength, textColumn } from './arguments';
import { CLIENT_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { resultLanguage } from './resultLanguage';
import { spill, type ResultCell } from './results';
import { say } from './messages';

function thresholdsOf(
  recentDays: unknown,
  sleepingDays: unknown,
  newcomerMaxPurchases: unknown,
  loyalMinPurchases: unknown
): RfmThresholds {
  const bar = (value: unknown, name: keyof RfmThresholds): number =>
    isOmitted(value) ? DEFAULT_RFM_THRESHOLDS[name] : numberValue(value, name);
  return {
    recentDays: bar(recentDays, 'recentDays'),
    sleepingDays: bar(sleepingDays, 'sleepingDays'),
    newcomerMaxPurchases: bar(newcomerMaxPurchases, 'newcomerMaxPurchases'),
    loyalMinPurchases: bar(loyalMinPurchases, 'loyalMinPurchases'),
  };
}

async function labels(): Promise<Readonly<Record<RfmSegment, string>>> {
  return LABELS[await resultLanguage()];
}

const LABELS: Readonly<Record<'en' | 'ru', Readonly<Record<RfmSegment, string>>>> = {
  en: {
    newcomer: 'newcomer',
    loyal: 'loyal',
    sleeping: 'sleeping',
    atRisk: 'at risk',
    other: 'other',
  },
  ru: {
    newcomer: 'новичок',
    loyal: 'лояльный',
    sleeping: 'спящий',
    atRisk: 'в зоне риска',
    other: 'прочие',
  },
};

/**
 * RFM segment of each customer by number of purchases and days since the last one: newcomer (1–2 purchases, the last within 30 days), loyal (5 or more, within 30 days), sleeping (1 purchase, none for over 90 days), at risk (2 or more, none for over 30 days), other (the rest). Example: =TA.RFM(B2:B500, C2:C500) or =TA.RFM(B2:B500; C2:C500).
 * @customfunction RFM
 * @param purchases Number of purchases of each customer; rows blank in both ranges stay blank.
 * @param daysSinceLast Days since each customer's last purchase (e.g. =TODAY()-D2:D500); same size.
 * @param [recentDays] A purchase within this many days is recent; omitted: 30.
 * @param [sleepingDays] No purchase for more than this many days is asleep; omitted: 90.
 * @param [newcomerMaxPurchases] Newcomers have at most this many purchases; omitted: 2.
 * @param [loyalMinPurchases] Loyal customers have at least this many purchases; omitted: 5.
 * @returns The segment of each customer, spilled beside the input.
 */
export async function rfm(
  purchases: any[][],
  daysSinceLast: any[][],
  recentDays?: any[][],
  sleepingDays?: any[][],
  newcomerMaxPurchases?: any[][],
  loyalMinPurchases?: any[][]
): Promise<any[][]> {
  const counts = numberColumn(purchases, 'purchases');
  const days = numberColumn(daysSinceLast, 'daysSinceLast');
  sameLength(counts, days);
  const rows = Array.from(counts.values, (count, i) => ({ count, day: days.values[i] as number }));
  // Rows blank in both ranges (the tail of a whole-column range) are not customers.
  const kept = rows.flatMap((row, i) => (row.count === 0 && row.day === 0 ? [] : [i]));
  const outcome = rfmSegments(
    kept.map((i) => ({
      purchases: (rows[i] as { count: number }).count,
      daysSinceLast: (rows[i] as { day: number }).day,
    })),
    thresholdsOf(recentDays, sleepingDays, newcomerMaxPurchases, loyalMinPurchases)
  );
  if (outcome.status !== 'segmented') {
    const issues = outcome.issues.map((issue) =>
      issue.row === undefined ? issue : { ...issue, row: kept[issue.row] as number }
    );
    throwFailure({ status: 'invalid', issues }, CLIENT_NAMES, counts.orientation);
  }
  const names = await labels();
  const cells: string[] = rows.map(() => '');
  kept.forEach((row, k) => {
    cells[row] = names[outcome.segments[k] as RfmSegment];
  });
  return spill(cells, counts.orientation);
}

/**
 * RFM segments from a purchase log (one row per purchase: customer and date): one row per customer with the customer, the number of purchases, days since the last one as of a date, and the segment. Example: =TA.RFMLIST(A2:A5000, B2:B5000, TODAY()) or =TA.RFMLIST(A2:A5000; B2:B5000; TODAY()).
 * @customfunction RFMLIST
 * @param customerIds Customer of each purchase (a name, an id or a phone); rows blank in both ranges are skipped.
 * @param purchaseDates Date of each purchase; same size as customerIds.
 * @param asOfDate The date the days are counted to, e.g. TODAY(); no purchase may be later.
 * @param [recentDays] A purchase within this many days is recent; omitted: 30.
 * @param [sleepingDays] No purchase for more than this many days is asleep; omitted: 90.
 * @param [newcomerMaxPurchases] Newcomers have at most this many purchases; omitted: 2.
 * @param [loyalMinPurchases] Loyal customers have at least this many purchases; omitted: 5.
 * @returns Rows of customer, purchases, days since the last one and segment, spilled down.
 */
export async function rfmList(
  customerIds: any[][],
  purchaseDates: any[][],
  asOfDate: any[][],
  recentDays?: any[][],
  sleepingDays?: any[][],
  newcomerMaxPurchases?: any[][],
  loyalMinPurchases?: any[][]
): Promise<any[][]> {
  const ids = textColumn(customerIds, 'customerIds');
  const dates = numberColumn(purchaseDates, 'purchaseDates');
  sameLength(ids, dates);
  const log = customersFromPurchases(
    ids.values,
    Array.from(dates.values),
    numberValue(asOfDate, 'asOfDate')
  );
  if (log.status === 'noCustomers') throw notAvailable(say('noCustomers'));
  if (log.status !== 'customers') throwFailure(log, LOG_NAMES, ids.orientation);
  const thresholds = thresholdsOf(
    recentDays,
    sleepingDays,
    newcomerMaxPurchases,
    loyalMinPurchases
  );
  const outcome = rfmSegments(log.customers as readonly RfmCustomer[], thresholds);
  if (outcome.status !== 'segmented') throwFailure(outcome, CLIENT_NAMES);
  const names = await labels();
  return log.customers.map((customer, k): ResultCell[] => [
    customer.id,
    customer.purchases,
    customer.daysSinceLast,
    names[outcome.segments[k] as RfmSegment],
  ]);
}

const LOG_NAMES = { ...CLIENT_NAMES, purchaseDates: 'purchaseDates' };
