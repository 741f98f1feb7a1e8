/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.FACTCCR, TA.LOSTTOMIX and TA.PLANFACT: where the constraint's hours really went — CCR hours
 * used by period against capacity, the T lost because they went to the wrong products, and plan
 * against fact per product. Results are numbers only (periods as the date of their first day).
 * The JSDoc of each function is its Excel help.
 */
import { ccrUtilisation, planAgainstFact, throughputLostToMix } from '../core/fact';
import { positiveValue } from './arguments';
import { optionalDate, periodKind, required } from './factArguments';
import { factLog, resultRow } from './factLog';
import { throwFactFailure } from './factOutcome';

/**
 * CCR hours the sales of each period used (Σ quantity × CCR time per unit; a refund gives no hours back) against the CCR's capacity per period: one row per period with its first day, hours used, capacity and utilisation (1 = 100 %). Example: =TA.FACTCCR(A2:A500, B2:B500, C2:C500, H2:H20, K2:K20, 100) or with ; separators.
 * @customfunction FACTCCR
 * @param saleDates Date of each sale (a date cell, or text as 2026-03-31).
 * @param saleProducts Product or service of each sale, as named in the products table; same size as saleDates.
 * @param saleQuantities Units of each sale; same size.
 * @param names Product names of the products table; one column (or row).
 * @param ccrTime CCR hours (or minutes, as capacity) one unit of each product takes; same size as names.
 * @param capacity CCR hours (or minutes) available in a period; > 0.
 * @param [period] month, quarter, year, week (from Monday) or day (or месяц, квартал, год, неделя, день); omitted: month.
 * @returns Rows of period start, CCR hours used, capacity and utilisation, every period from the first sale to the last.
 */
export function factCcr(
  saleDates: any[][],
  saleProducts: any[][],
  saleQuantities: any[][],
  names: any[][],
  ccrTime: any[][],
  capacity: any[][],
  period?: any[][]
): any[][] {
  const kind = periodKind(period);
  const { log, context } = factLog({ saleDates, saleProducts, saleQuantities }, { names, ccrTime });
  const hours = positiveValue(required(capacity, 'capacity'), 'capacity');
  const use = ccrUtilisation(log, 0, hours, kind);
  if (use.status !== 'periods') throwFactFailure(use, context);
  return Array.from(use.start, (start, p) =>
    resultRow(start, use.hours[p] as number, use.capacity, use.utilisation[p] as number)
  );
}

/**
 * Throughput lost to the mix in each period: what the CCR hours the sales used would have earned going down the plan's ranking by T per CCR hour (each product up to its demand, or up to what sold if more), minus what the mix sold earned, both at the table's T per unit. 0 when the sales followed the ranking; never below 0. Products that take no CCR time are left out of both. Example: =TA.LOSTTOMIX(A2:A500, B2:B500, C2:C500, H2:H20, I2:I20, J2:J20, K2:K20, L2:L20) or with ; separators.
 * @customfunction LOSTTOMIX
 * @param saleDates Date of each sale (a date cell, or text as 2026-03-31).
 * @param saleProducts Product or service of each sale, as named in the products table; same size as saleDates.
 * @param saleQuantities Units of each sale; same size.
 * @param names Product names of the products table; one column (or row).
 * @param price Selling price per unit of each product, money; same size as names.
 * @param tvc Totally variable cost per unit, money; same size as names.
 * @param ccrTime CCR hours one unit takes; same size as names.
 * @param demand Units the market takes in a period, as in the plan; blank = 0; same size as names.
 * @param [period] month, quarter, year, week (from Monday) or day (or месяц, квартал, год, неделя, день); omitted: month.
 * @returns Rows of period start, CCR hours used, T of the ranking on those hours, T of the mix sold, and T lost.
 */
export function lostToMix(
  saleDates: any[][],
  saleProducts: any[][],
  saleQuantities: any[][],
  names: any[][],
  price: any[][],
  tvc: any[][],
  ccrTime: any[][],
  demand: any[][],
  period?: any[][]
): any[][] {
  const kind = periodKind(period);
  const { log, context } = factLog(
    { saleDates, saleProducts, saleQuantities },
    { names, price, tvc, ccrTime, demand }
  );
  const loss = throughputLostToMix(log, 0, kind);
  if (loss.status !== 'periods') throwFactFailure(loss, context);
  return Array.from(loss.start, (start, p) =>
    resultRow(
      start,
      loss.hours[p] as number,
      loss.rankingThroughput[p] as number,
      loss.soldThroughput[p] as number,
      loss.lost[p] as number
    )
  );
}

/**
 * Plan against fact per product, in the products table's order: planned quantity, quantity sold, planned T (planned quantity × (price − TVC)), actual T (discounts and per-sale TVC included) and actual − planned T, over the sales between two dates. Example: =TA.PLANFACT(A2:A500, B2:B500, C2:C500, D2:D500, H2:H20, I2:I20, J2:J20, M2:M20, DATE(2026,3,1), DATE(2026,3,31)) or with ; separators.
 * @customfunction PLANFACT
 * @param saleDates Date of each sale (a date cell, or text as 2026-03-31).
 * @param saleProducts Product or service of each sale, as named in the products table; same size as saleDates.
 * @param saleQuantities Units of each sale (negative for a refund); same size.
 * @param saleAmounts Money taken for each sale (negative for a refund); same size.
 * @param names Product names of the products table; one column (or row).
 * @param price Selling price per unit of each product, money; same size as names.
 * @param tvc Totally variable cost per unit, money; same size as names.
 * @param plannedQuantity Units planned of each product (e.g. the spill of TA.MIX); same size as names.
 * @param [fromDate] First day compared; omitted: from the first sale.
 * @param [toDate] Last day compared (included); omitted: to the last sale.
 * @param [saleTvc] TVC per unit of each sale where it differs from the table's; blank or 0: the table's.
 * @returns One row per product: planned quantity, quantity sold, planned T, actual T, difference.
 */
export function planFact(
  saleDates: any[][],
  saleProducts: any[][],
  saleQuantities: any[][],
  saleAmounts: any[][],
  names: any[][],
  price: any[][],
  tvc: any[][],
  plannedQuantity: any[][],
  fromDate?: any[][],
  toDate?: any[][],
  saleTvc?: any[][]
): any[][] {
  const { log, catalog, context } = factLog(
    { saleDates, saleProducts, saleQuantities, saleAmounts, saleTvc },
    { names, price, tvc, plannedQuantity }
  );
  const range = { from: optionalDate(fromDate, 'fromDate'), to: optionalDate(toDate, 'toDate') };
  const compared = planAgainstFact(log, catalog.planned ?? [], range);
  if (compared.status !== 'compared') throwFactFailure(compared, context);
  return Array.from(compared.plannedQuantity, (planned, i) =>
    resultRow(
      planned,
      compared.soldQuantity[i] as number,
      compared.plannedThroughput[i] as number,
      compared.actualThroughput[i] as number,
      compared.difference[i] as number
    )
  );
}
