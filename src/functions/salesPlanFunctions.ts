/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.REQUIREDREVENUE, TA.SALESPLAN, TA.BONUS and TA.BONUSGAP: the sales plan set in throughput
 * and the step-ladder bonus on it. The JSDoc of each function is its Excel help.
 */
import { bonusForThroughput, salesPlan as planSales, type SalesPlan } from '../core/decisions';
import { isOmitted, numberColumn, numberValue, sameLength } from './arguments';
import { DECISION_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { finiteOrThrow } from './excelErrors';
import { spillNumbers } from './results';
import { say } from './messages';

const signed = { allowNegative: true } as const;

/** `salesShare` is optional in TA.REQUIREDREVENUE (equal shares), required in TA.SALESPLAN. */
function salesPlanOf(
  operatingExpense: unknown,
  targetProfit: unknown,
  throughputShare: unknown,
  salesShare: unknown,
  sharesRequired: boolean
): { plan: SalesPlan; orientation: 'column' | 'row' } {
  const shares = numberColumn(throughputShare, 'throughputShare');
  const weights =
    !sharesRequired && isOmitted(salesShare)
      ? {
          ...shares,
          argument: 'salesShare',
          values: new Float64Array(shares.values.length).fill(1),
        }
      : numberColumn(salesShare, 'salesShare');
  sameLength(shares, weights);
  const outcome = planSales({
    operatingExpense: numberValue(operatingExpense, 'operatingExpense'),
    desiredProfit: numberValue(targetProfit, 'targetProfit', signed),
    groups: Array.from(shares.values, (share, i) => ({
      throughputShare: share,
      salesShare: weights.values[i] as number,
    })),
  });
  if (outcome.status === 'noThroughput') {
    throw notAvailable(say('noThroughputShare'));
  }
  if (outcome.status !== 'planned') throwFailure(outcome, DECISION_NAMES, shares.orientation);
  return { plan: outcome, orientation: shares.orientation };
}

/**
 * Revenue that brings the required throughput (OE + target profit) given the throughput share (T ÷ price) of each product group and its share of sales. The same T needs 2× revenue at 50 %, 10× at 10 %, 100× at 1 %. Example: =TA.REQUIREDREVENUE(100, 10, 0.1) gives 1100; with ; separators =TA.REQUIREDREVENUE(100; 10; 0,1).
 * @customfunction REQUIREDREVENUE
 * @param operatingExpense Operating expense (OE) of the period, money; ≥ 0.
 * @param targetProfit Net profit wanted on top of OE, money; blank: 0.
 * @param throughputShare Throughput share of each product group's revenue, T ÷ price (0.5 = 50 %); one column (or row) of groups.
 * @param [salesShare] Each group's share of sales (or its revenue, used as a weight); same size; omitted: equal.
 * @returns Required revenue, money.
 */
export function requiredRevenue(
  operatingExpense: any[][],
  targetProfit: any[][],
  throughputShare: any[][],
  salesShare?: any[][]
): number {
  return finiteOrThrow(
    salesPlanOf(operatingExpense, targetProfit, throughputShare, salesShare, false).plan
      .requiredRevenue
  );
}

/**
 * The sales plan per product group: the revenue each group must bring so that together they earn OE + target profit in throughput. Example: =TA.SALESPLAN(100, 10, C2:C4, D2:D4) or =TA.SALESPLAN(100; 10; C2:C4; D2:D4).
 * @customfunction SALESPLAN
 * @param operatingExpense Operating expense (OE) of the period, money; ≥ 0.
 * @param targetProfit Net profit wanted on top of OE, money; blank: 0.
 * @param throughputShare Throughput share of each group's revenue, T ÷ price (0.5 = 50 %); one column (or row) of groups.
 * @param salesShare Each group's share of sales (or its revenue, used as a weight); same size.
 * @returns Revenue of each group, spilled beside the input.
 */
export function salesPlan(
  operatingExpense: any[][],
  targetProfit: any[][],
  throughputShare: any[][],
  salesShare: any[][]
): any[][] {
  const { plan, orientation } = salesPlanOf(
    operatingExpense,
    targetProfit,
    throughputShare,
    salesShare,
    true
  );
  return spillNumbers(
    plan.groups.map((group) => group.revenue),
    orientation
  );
}

function ladder(achievedT: unknown, thresholds: unknown, bonuses: unknown) {
  const levels = numberColumn(thresholds, 'thresholds', signed);
  const amounts = numberColumn(bonuses, 'bonuses', signed);
  sameLength(levels, amounts);
  const steps = Array.from(levels.values, (threshold, i) => ({
    threshold,
    bonus: amounts.values[i] as number,
  }));
  const outcome = bonusForThroughput(steps, numberValue(achievedT, 'achievedT', signed));
  if (outcome.status !== 'bonus') throwFailure(outcome, DECISION_NAMES, levels.orientation);
  return outcome;
}

/**
 * Step-ladder bonus for the throughput achieved: the bonus of the highest threshold reached (a step, not a percentage); 0 below the first step. Example: =TA.BONUS(120, A2:A4, B2:B4) or =TA.BONUS(120; A2:A4; B2:B4).
 * @customfunction BONUS
 * @param achievedT Throughput achieved in the period, money.
 * @param thresholds Throughput level of each step, money; one column (or row), any order.
 * @param bonuses Bonus paid from each step on; same size as thresholds.
 * @returns The bonus, money.
 */
export function bonus(achievedT: any[][], thresholds: any[][], bonuses: any[][]): number {
  return ladder(achievedT, thresholds, bonuses).bonus;
}

/**
 * Throughput still to earn to reach the next step of the bonus ladder; #N/A at the top step. Example: =TA.BONUSGAP(120, A2:A4, B2:B4) or =TA.BONUSGAP(120; A2:A4; B2:B4).
 * @customfunction BONUSGAP
 * @param achievedT Throughput achieved in the period, money.
 * @param thresholds Throughput level of each step, money; one column (or row), any order.
 * @param bonuses Bonus paid from each step on; same size as thresholds.
 * @returns Next threshold − achieved T, money.
 */
export function bonusGap(achievedT: any[][], thresholds: any[][], bonuses: any[][]): number {
  const result = ladder(achievedT, thresholds, bonuses);
  if (result.gapToNext === null) throw notAvailable(say('topStep'));
  return result.gapToNext;
}
