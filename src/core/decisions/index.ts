/** Decisions and the sales plan: the owner's toolkit on top of the product-mix engine. */
export {
  evaluateDecision,
  verdictOf,
  type DecisionInput,
  type DecisionOutcome,
  type DecisionResult,
  type Verdict,
} from './deltaNetProfit';
export {
  paybackMonth,
  DEFAULT_HORIZON_MONTHS,
  MAX_HORIZON_MONTHS,
  type PaybackInput,
  type PaybackOutcome,
  type PaybackResult,
} from './payback';
export {
  constraintHourValue,
  type ConstraintHourValue,
  type MixFailure,
  type NoResource,
} from './constraintHours';
export {
  throughputOfHourChange,
  type ExceedsCapacity,
  type HourChange,
  type HourChangeOutcome,
  type HourChangeSegment,
} from './hourChange';
export {
  relieveConstraint,
  type ReliefInput,
  type ReliefOutcome,
  type ReliefResult,
} from './constraintRelief';
export {
  evaluateSpecialOrder,
  type DoesNotFit,
  type SpecialOrder,
  type SpecialOrderOutcome,
  type SpecialOrderResult,
} from './specialOrder';
export {
  salesPlan,
  type GroupPlan,
  type NoThroughput,
  type ProductGroup,
  type SalesPlan,
  type SalesPlanInput,
  type SalesPlanOutcome,
} from './salesPlan';
export {
  bonusForThroughput,
  type BonusOutcome,
  type BonusResult,
  type BonusStep,
} from './bonusLadder';
export type { Invalid, Overflow, ValueIssue, ValueIssueKind } from './valueIssues';
