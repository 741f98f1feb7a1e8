import type { MixProblem } from '../planProductMix';
import type { MixFailure, NoResource } from './constraintHours';
import { evaluateDecision, type DecisionResult } from './deltaNetProfit';
import { throughputOfHourChange, type ExceedsCapacity, type HourChange } from './hourChange';
import { checkValue, type Invalid, type Overflow } from './valueIssues';

/** Hiring a filter and an assistant who free CCR hours, for some more OE. */
export type ReliefInput = {
  readonly problem: MixProblem;
  /** CCR time freed for selling (in the problem's time unit: hours or minutes). */
  readonly hoursFreed: number;
  /** ΔOE of the people or tools that free the time. */
  readonly deltaOperatingExpense: number;
};

export type ReliefResult = DecisionResult & {
  /** How the freed hours flow down the ranking, product by product. */
  readonly hourChange: HourChange;
  /** The most OE the relief is worth: ΔOE at which ΔNP = 0, that is ΔT. */
  readonly breakEvenOperatingExpense: number;
};

export type ReliefOutcome =
  ReliefResult | Invalid | Overflow | MixFailure | NoResource | ExceedsCapacity;

/**
 * Is relieving the constraint worth its cost? ΔT = what the freed hours earn walking down the
 * ranking (each product at its own T per CCR hour until its demand is met), ΔNP = ΔT − ΔOE.
 */
export function relieveConstraint(input: ReliefInput): ReliefOutcome {
  const issue = checkValue(input.hoursFreed, 'hoursFreed', 'nonNegative');
  if (issue) return { status: 'invalid', issues: [issue] };
  const change = throughputOfHourChange(input.problem, input.hoursFreed);
  if (change.status !== 'changed') return change;
  const decision = evaluateDecision({
    deltaThroughput: change.deltaThroughput,
    deltaOperatingExpense: input.deltaOperatingExpense,
  });
  if (decision.status !== 'evaluated') return decision;
  return { ...decision, hourChange: change, breakEvenOperatingExpense: change.deltaThroughput };
}
