/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.CAC, TA.LTVCAC, TA.CACPAYBACK, TA.CONVERSION and TA.REPEATRATE: what a customer costs to
 * win, how fast it pays back, and how many come back. The JSDoc of each function is its Excel help.
 */
import {
  customerAcquisitionCost,
  leadConversion,
  ltvToCac,
  monthsToRecoverCac,
  repeatPurchaseRate,
  type RatioOutcome,
} from '../core/clients';
import { numberColumn, numberValue } from './arguments';
import { CLIENT_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { divisionByZero } from './excelErrors';
import { say } from './messages';

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
export function cac(spend: any[][], newCustomers: any[][]): number {
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
export function ltvCac(ltv: any[][], cac: any[][]): number {
  return ratio(ltvToCac(numberValue(ltv, 'ltv'), numberValue(cac, 'cac')), divisionByZero);
}

/**
 * Months until a customer's throughput repays their CAC: CAC ÷ throughput a customer brings a month; #N/A when they bring none. Example: =TA.CACPAYBACK(5000, 2000) gives 2.5; with ; separators =TA.CACPAYBACK(5000; 2000).
 * @customfunction CACPAYBACK
 * @param cac Cost to acquire a customer, money.
 * @param monthlyThroughputPerCustomer Throughput (price − TVC) a customer brings a month, money.
 * @returns Months (may be fractional).
 */
export function cacPayback(cac: any[][], monthlyThroughputPerCustomer: any[][]): number {
  const outcome = monthsToRecoverCac(
    numberValue(cac, 'cac'),
    numberValue(monthlyThroughputPerCustomer, 'monthlyThroughputPerCustomer')
  );
  return ratio(outcome, () => notAvailable(say('cacNeverRecovered')));
}

/**
 * Lead-to-client conversion: clients ÷ leads. Example: =TA.CONVERSION(200, 10) gives 0.05 (5 %); with ; separators =TA.CONVERSION(200; 10).
 * @customfunction CONVERSION
 * @param leads Leads (enquiries) in the period.
 * @param clients Leads who became paying clients; no more than leads.
 * @returns The conversion as a share (0.05 = 5 %).
 */
export function conversion(leads: any[][], clients: any[][]): number {
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
  if (outcome.status === 'noDivisor') throw notAvailable(say('noPurchases'));
  if (outcome.status !== 'repeatRate') throwFailure(outcome, CLIENT_NAMES, counts.orientation);
  return outcome.rate;
}
