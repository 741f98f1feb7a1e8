/** The client card: LTV, turnover targets, qualification, acquisition and RFM segments. */
export {
  funnelLtv,
  reachFromConversions,
  type FunnelLtv,
  type FunnelOutcome,
  type FunnelStep,
} from './ltv';
export {
  customerKey,
  ltvFromCustomerList,
  type CustomerId,
  type CustomerTotal,
  type ListLtv,
  type ListLtvOutcome,
  type NoCustomers,
} from './customerList';
export {
  currentTurnover,
  groupTurnoverTarget,
  individualTurnoverTarget,
  turnoverTarget,
  type Turnover,
  type TurnoverOutcome,
} from './turnover';
export {
  DEFAULT_THRESHOLDS,
  formatTurnover,
  qualifyClient,
  type Check,
  type Qualification,
  type QualificationInput,
  type QualificationOutcome,
  type QualificationThresholds,
} from './qualification';
export {
  DEFAULT_SECOND_STEP_CONVERSION,
  countToReach,
  type ClientFormat,
  type Lever,
  type SecondStep,
} from './levers';
export {
  FAST_GROWTH_REPEAT_RATE,
  customerAcquisitionCost,
  leadConversion,
  ltvToCac,
  monthsToRecoverCac,
  repeatPurchaseRate,
  type NoDivisor,
  type Ratio,
  type RatioOutcome,
  type RepeatRate,
  type RepeatRateOutcome,
} from './acquisition';
export {
  DEFAULT_RFM_THRESHOLDS,
  RFM_SEGMENTS,
  rfmSegmentOf,
  rfmSegments,
  type RfmCustomer,
  type RfmOutcome,
  type RfmSegment,
  type RfmSegmentation,
  type RfmThresholds,
} from './rfm';
export {
  clientCard,
  type AcquisitionSummary,
  type ClientCard,
  type ClientCardInput,
  type ClientCardOutcome,
} from './clientCard';
export {
  customersFromPurchases,
  type LoggedCustomer,
  type PurchaseLog,
  type PurchaseLogOutcome,
} from './purchaseLog';
