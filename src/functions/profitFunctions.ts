/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.NETPROFIT, TA.BREAKEVEN and TA.REQUIREDT: the T − OE arithmetic of throughput accounting.
 * The JSDoc of each function is its Excel help, generated into functions.json.
 */
import { breakEvenUnits, netProfit as np, requiredThroughput } from '../core';
import { isOmitted, numberCells, numberValue } from './arguments';
import { excelError, divisionByZero, finiteOrThrow } from './excelErrors';
import { say } from './messages';

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * Net profit, NP = ΣT − OE: total throughput minus operating expense. Example: =TA.NETPROFIT(F2:F10, 6000) or =TA.NETPROFIT(F2:F10; 6000).
 * @customfunction NETPROFIT
 * @param throughput Throughput of the period, money: one value or a range that is summed (e.g. T of each product).
 * @param operatingExpense Operating expense (OE) of the period: rent, salaries, advertising…, money; ≥ 0.
 * @returns NP, money (negative for a loss).
 */
export function netProfit(throughput: any[][], operatingExpense: any[][]): number {
  const t = sum(numberCells(throughput, 'throughput', { allowNegative: true }));
  const oe = numberValue(operatingExpense, 'operatingExpense');
  return finiteOrThrow(np(finiteOrThrow(t), oe));
}

/**
 * Units to sell so that throughput covers operating expense (and a target profit): (OE + profit) ÷ T per unit. #DIV/0! when T per unit is 0; #N/A when it is negative. Example: =TA.BREAKEVEN(50, 5) gives 10; with ; separators =TA.BREAKEVEN(50; 5).
 * @customfunction BREAKEVEN
 * @param operatingExpense Operating expense (OE) of the period, money; ≥ 0.
 * @param throughputPerUnit Throughput per unit, T = price − TVC, money.
 * @param [targetProfit] Net profit wanted, money; omitted: 0 (break-even).
 * @returns Units (may be fractional: round up with ROUNDUP for whole units).
 */
export function breakEven(
  operatingExpense: any[][],
  throughputPerUnit: any[][],
  targetProfit?: any[][]
): number {
  const oe = numberValue(operatingExpense, 'operatingExpense');
  const t = numberValue(throughputPerUnit, 'throughputPerUnit', { allowNegative: true });
  const profit = isOmitted(targetProfit)
    ? 0
    : numberValue(targetProfit, 'targetProfit', { allowNegative: true });
  if (t === 0) throw divisionByZero();
  const outcome = breakEvenUnits(oe, t, profit);
  if (outcome.status === 'noThroughput') {
    throw excelError('notAvailable', say('breakEvenNeverCovers', { value: t }));
  }
  return finiteOrThrow(outcome.units);
}

/**
 * Throughput the period must earn: required T = OE + target profit (the sales plan in throughput terms). Example: =TA.REQUIREDT(6000, 1000) gives 7000; with ; separators =TA.REQUIREDT(6000; 1000).
 * @customfunction REQUIREDT
 * @param operatingExpense Operating expense (OE) of the period, money; ≥ 0.
 * @param [targetProfit] Net profit wanted, money; omitted: 0 (the T that breaks even).
 * @returns Required ΣT, money.
 */
export function requiredT(operatingExpense: any[][], targetProfit?: any[][]): number {
  const oe = numberValue(operatingExpense, 'operatingExpense');
  const profit = isOmitted(targetProfit)
    ? 0
    : numberValue(targetProfit, 'targetProfit', { allowNegative: true });
  return finiteOrThrow(requiredThroughput(oe, profit));
}
