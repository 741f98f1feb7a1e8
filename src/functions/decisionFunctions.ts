/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.DELTANP, TA.DELTAROI and TA.PAYBACKMONTH: a decision is right when it adds more throughput
 * than operating expense. The JSDoc of each function is its Excel help.
 */
import { evaluateDecision, paybackMonth as payback } from '../core/decisions';
import { isOmitted, numberValue, positiveValue } from './arguments';
import { DECISION_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { finiteOrThrow } from './excelErrors';
import { say } from './messages';

const signed = { allowNegative: true } as const;

/**
 * Change in net profit of a decision: ΔNP = ΔT − ΔOE; above 0 the decision is right. Example: hiring an administrator for +10 OE a month who lets the owner add +30 T a month: =TA.DELTANP(30, 10) gives 20; with ; separators =TA.DELTANP(30; 10).
 * @customfunction DELTANP
 * @param deltaT ΔT: throughput the decision adds in the period, money (negative if it loses T).
 * @param deltaOE ΔOE: operating expense the decision adds in the period, money (negative if it saves).
 * @returns ΔNP, money: > 0 accept, < 0 reject.
 */
export function deltaNp(deltaT: any[][], deltaOE: any[][]): number {
  const outcome = evaluateDecision({
    deltaThroughput: numberValue(deltaT, 'deltaT', signed),
    deltaOperatingExpense: numberValue(deltaOE, 'deltaOE', signed),
  });
  if (outcome.status !== 'evaluated') throwFailure(outcome, DECISION_NAMES);
  return outcome.deltaNetProfit;
}

/**
 * Return on an investment of a decision: (ΔT − ΔOE) ÷ ΔI per period. Example: =TA.DELTAROI(30, 10, 100) gives 0.2 (20 % a period); with ; separators =TA.DELTAROI(30; 10; 100).
 * @customfunction DELTAROI
 * @param deltaT ΔT: throughput the decision adds in the period, money.
 * @param deltaOE ΔOE: operating expense the decision adds in the period, money.
 * @param investment ΔI: money invested once (equipment, training), > 0.
 * @returns ΔNP ÷ ΔI per period (0.2 = 20 %).
 */
export function deltaRoi(deltaT: any[][], deltaOE: any[][], investment: any[][]): number {
  const outcome = evaluateDecision({
    deltaThroughput: numberValue(deltaT, 'deltaT', signed),
    deltaOperatingExpense: numberValue(deltaOE, 'deltaOE', signed),
    investment: positiveValue(investment, 'investment'),
  });
  if (outcome.status !== 'evaluated') throwFailure(outcome, DECISION_NAMES);
  return finiteOrThrow(outcome.returnOnInvestment ?? 0);
}

/**
 * Month in which a decision pays back: the first month from which cumulative ΔT − ΔOE (less any investment) stays ≥ 0; #N/A when it does not within the horizon. Example: an administrator for +10 OE a month from month 1 who lets the owner add +30 T a month from month 4: =TA.PAYBACKMONTH(30, 10, 4) gives 5; with ; separators =TA.PAYBACKMONTH(30; 10; 4).
 * @customfunction PAYBACKMONTH
 * @param deltaT ΔT per month once it starts, money.
 * @param deltaOE ΔOE per month once it starts, money.
 * @param [throughputFromMonth] First month that brings ΔT (1 = at once); omitted: 1.
 * @param [operatingExpenseFromMonth] First month that carries ΔOE; omitted: 1.
 * @param [investment] Money spent once before month 1; omitted: 0.
 * @param [horizonMonths] Months to look ahead, at most 1200; omitted: 36.
 * @returns The payback month (1, 2, 3…).
 */
export function paybackMonth(
  deltaT: any[][],
  deltaOE: any[][],
  throughputFromMonth?: any[][],
  operatingExpenseFromMonth?: any[][],
  investment?: any[][],
  horizonMonths?: any[][]
): number {
  const optional = (value: unknown, name: string, fallback: number): number =>
    isOmitted(value) ? fallback : numberValue(value, name);
  const horizon = optional(horizonMonths, 'horizonMonths', 36);
  const outcome = payback({
    deltaOperatingExpense: numberValue(deltaOE, 'deltaOE', signed),
    deltaThroughput: numberValue(deltaT, 'deltaT', signed),
    throughputFromMonth: optional(throughputFromMonth, 'throughputFromMonth', 1),
    operatingExpenseFromMonth: optional(operatingExpenseFromMonth, 'operatingExpenseFromMonth', 1),
    investment: optional(investment, 'investment', 0),
    horizonMonths: horizon,
  });
  if (outcome.status === 'invalid' || outcome.status === 'overflow')
    throwFailure(outcome, DECISION_NAMES);
  if (outcome.month !== null) return outcome.month;
  const steady = outcome.steadyMonthlyDeltaNetProfit;
  throw notAvailable(
    steady > 0 ? say('paysBackAfterHorizon', { months: horizon }) : say('neverPaysBack', { steady })
  );
}
