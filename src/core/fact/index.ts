/** Plan against fact: the sales log in throughput terms, where the CCR's hours went, bonuses. */
export {
  FIRST_SERIAL,
  LAST_SERIAL,
  PERIOD_KINDS,
  dateOfSerial,
  isDateSerial,
  periodOrdinal,
  periodStart,
  serialFromIsoText,
  serialOfDate,
  type PeriodKind,
} from './excelDates';
export {
  allFiniteColumns,
  type FactField,
  type FactInvalid,
  type FactIssue,
  type FactIssueKind,
  type FactOverflow,
} from './issues';
export { catalogOf, nameKey, type Catalog, type CatalogOutcome } from './productCatalog';
export { salesLogBuilder, type SalesLogBuilder } from './salesLogBuilder';
export {
  readSalesLog,
  rowOfSale,
  type SaleColumns,
  type SalesLog,
  type SalesLogOutcome,
  type UnmatchedSale,
} from './salesLog';
export {
  periodStarts,
  throughputByGroup,
  throughputByPeriod,
  totalThroughputOf,
  type GroupThroughput,
  type NoSales,
  type PeriodThroughput,
} from './actualThroughput';
export { ccrUtilisation, saleHours, type CcrUtilisation } from './ccrUtilisation';
export { planAgainstFact, type DayRange, type PlanAgainstFact } from './planAgainstFact';
export { throughputLostToMix, type MixLoss } from './lostToMix';
export {
  netProfitByPeriod,
  type OperatingExpense,
  type PeriodNetProfit,
} from './netProfitByPeriod';
export { sellerBonuses, type SellerBonuses } from './sellerBonuses';
export {
  reviewMonth,
  type MonthReview,
  type MonthRows,
  type ReviewInput,
  type ReviewOutcome,
} from './monthReview';
