/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.CAC, TA.LTVCAC, TA.CACPAYBACK, TA.CONVERSION, TA.REPEATRATE and TA.RFM: what a customer costs
 * to win, how fast it pays back, and which segment of the base each customer is in. The JSDoc of
 * each function is its Excel help.
 */
import {
  customerAcquisitionCost,
  DEFAULT_RFM_THRESHOLDS,
  leadConversion,
  ltvToCac,
  monthsToRecoverCac,
  repeatPurchaseRate,
  rfmSegments,
  type RatioOutcome,
  type RfmSegment,
} from '../core/clients';
import { isOmitted, numberColumn, numberValue, sameLength } from './arguments';
import { CLIENT_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { isRussianDisplay } from './displayLanguage';
import { divisionByZero } from './excelErrors';
import { spill } from './results';

function ratio(outcome: RatioOutcome, zero: () => CustomFunctions.Error): number {
  if (outcome.status === 'noDivisor') throw zero();
  if (outcome.status !== 'ratio') throwFailure(outcome, CLIENT_NAMES);
  return outcome.value;
}

/**
 * Cost to acquire a customer, CAC = acquisition spend (advertising, lead managers) ÷ new customers; #DIV/0! with no new customers. Example: =TA.CAC(100000, 20) gives 5,000; with ; separators =TA.CAC(100000; 20).
 * @customfunction CAC
 * @param spend Money spent on winning customers in the period.
 * @param newCustomers New customers won in the period.
 * @returns CAC, money per customer.
 */
export function cac(spend: any, newCustomers: any): number {
  const outcome = customerAcquisitionCost(
    numberValue(spend, 'spend'),
    numberValue(newCustomers, 'newCustomers')
  );
  return ratio(outcome, divisionByZero);
}

/**
 * LTV ÷ CAC: how many times a customer repays what it cost to win them (above 1 they pay back). Example: =TA.LTVCAC(15000, 5000) gives 3; with ; separators =TA.LTVCAC(15000; 5000).
 * @customfunction LTVCAC
 * @param ltv LTV of a customer, money (in throughput for the honest ratio).
 * @param cac Cost to acquire a customer, money.
 * @returns LTV ÷ CAC.
 */
export function ltvCac(ltv: any, cac: any): number {
  return ratio(ltvToCac(numberValue(ltv, 'ltv'), numberValue(cac, 'cac')), divisionByZero);
}

/**
 * Months until a customer's throughput repays their CAC: CAC ÷ throughput a customer brings a month; #N/A when they bring none. Example: =TA.CACPAYBACK(5000, 2000) gives 2.5; with ; separators =TA.CACPAYBACK(5000; 2000).
 * @customfunction CACPAYBACK
 * @param cac Cost to acquire a customer, money.
 * @param monthlyThroughputPerCustomer Throughput (price − TVC) a customer brings a month, money.
 * @returns Months (may be fractional).
 */
export function cacPayback(cac: any, monthlyThroughputPerCustomer: any): number {
  const outcome = monthsToRecoverCac(
    numberValue(cac, 'cac'),
    numberValue(monthlyThroughputPerCustomer, 'monthlyThroughputPerCustomer')
  );
  return ratio(outcome, () =>
    notAvailable('monthlyThroughputPerCustomer is 0: the CAC is never recovered')
  );
}

/**
 * Lead-to-client conversion: clients ÷ leads. Example: =TA.CONVERSION(200, 10) gives 0.05 (5 %); with ; separators =TA.CONVERSION(200; 10).
 * @customfunction CONVERSION
 * @param leads Leads (enquiries) in the period.
 * @param clients Leads who became paying clients; no more than leads.
 * @returns The conversion as a share (0.05 = 5 %).
 */
export function conversion(leads: any, clients: any): number {
  const outcome = leadConversion(numberValue(leads, 'leads'), numberValue(clients, 'clients'));
  return ratio(outcome, divisionByZero);
}

/**
 * Repeat-purchase rate: customers with 2 or more purchases ÷ customers with at least one; 0.5 or more marks a fast-growing business. Example: =TA.REPEATRATE(B2:B500).
 * @customfunction REPEATRATE
 * @param purchases Number of purchases of each customer; blank or 0 rows are not customers.
 * @returns The rate as a share (0.5 = 50 %).
 */
export function repeatRate(purchases: any[][]): number {
  const counts = numberColumn(purchases, 'purchases');
  const outcome = repeatPurchaseRate(Array.from(counts.values));
  if (outcome.status === 'noDivisor') throw notAvailable('purchases: no customer with a purchase');
  if (outcome.status !== 'repeatRate') throwFailure(outcome, CLIENT_NAMES, counts.orientation);
  return outcome.rate;
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
export function rfm(
  purchases: any[][],
  daysSinceLast: any[][],
  recentDays?: any,
  sleepingDays?: any,
  newcomerMaxPurchases?: any,
  loyalMinPurchases?: any
): any[][] {
  const counts = numberColumn(purchases, 'purchases');
  const days = numberColumn(daysSinceLast, 'daysSinceLast');
  sameLength(counts, days);
  const bar = (value: unknown, name: keyof typeof DEFAULT_RFM_THRESHOLDS): number =>
    isOmitted(value) ? DEFAULT_RFM_THRESHOLDS[name] : numberValue(value, name);
  const rows = Array.from(counts.values, (count, i) => ({ count, day: days.values[i] as number }));
  // Rows blank in both ranges (the tail of a whole-column range) are not customers.
  const kept = rows.flatMap((row, i) => (row.count === 0 && row.day === 0 ? [] : [i]));
  const outcome = rfmSegments(
    kept.map((i) => ({
      purchases: (rows[i] as { count: number }).count,
      daysSinceLast: (rows[i] as { day: number }).day,
    })),
    {
      recentDays: bar(recentDays, 'recentDays'),
      sleepingDays: bar(sleepingDays, 'sleepingDays'),
      newcomerMaxPurchases: bar(newcomerMaxPurchases, 'newcomerMaxPurchases'),
      loyalMinPurchases: bar(loyalMinPurchases, 'loyalMinPurchases'),
    }
  );
  if (outcome.status !== 'segmented') {
    const issues = outcome.issues.map((issue) =>
      issue.row === undefined ? issue : { ...issue, row: kept[issue.row] as number }
    );
    throwFailure({ status: 'invalid', issues }, CLIENT_NAMES, counts.orientation);
  }
  const labels = LABELS[isRussianDisplay() ? 'ru' : 'en'];
  const cells: string[] = rows.map(() => '');
  kept.forEach((row, k) => {
    cells[row] = labels[outcome.segments[k] as RfmSegment];
  });
  return spill(cells, counts.orientation);
}
