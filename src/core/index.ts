export { throughputPerUnit, throughputPerConstraintUnit, totalThroughput } from './throughput';
export {
  netProfit,
  requiredThroughput,
  breakEvenUnits,
  returnOnInvestment,
  type BreakEvenOutcome,
} from './netProfit';
export {
  throughputAccountingRatio,
  type ThroughputAccountingRatio,
} from './throughputAccountingRatio';
export {
  productTableFromRows,
  singleResourceTable,
  type ProductRow,
  type ProductTable,
  type Resource,
} from './productTable';
export { findInputIssues, type InputIssue, type ProductField } from './inputIssues';
export { identifyConstraint, type ConstraintFinding } from './identifyConstraint';
export { rankProducts, type Ranking } from './rankProducts';
export {
  planProductMix,
  type MixOutcome,
  type MixPlan,
  type MixProblem,
  type MixWarning,
} from './planProductMix';
export { findDuplicateNames } from './productNames';
export { wholeDemand, wholeMinimum, wholeUnitBounds } from './wholeUnitBounds';
export {
  RESULT_LANGUAGES,
  RESULT_LANGUAGE_SETTING,
  parseResultLanguage,
  resultLanguageOfDisplay,
  storeResultLanguage,
  type ResultLanguage,
  type SettingsBag,
} from './resultLanguage';
