/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.FACTBONUS: the bonus of each seller (master, manager) in each period, from the T they
 * achieved in the sales log, through the owner's step ladder (the rule of TA.BONUS). The JSDoc is
 * its Excel help.
 */
import { sellerBonuses } from '../core/fact';
import { numberColumn, sameLength } from './arguments';
import { DECISION_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { periodKind, required } from './factArguments';
import { factLog, resultRow } from './factLog';
import { throwFactFailure } from './factOutcome';
import { say } from './messages';

const signed = { allowNegative: true } as const;

/**
 * Bonus of each seller (master, manager) in each period: the T they achieved in the sales log through the step ladder of TA.BONUS (the bonus of the highest threshold reached, not a percentage), with the T still to earn to the next step. Sales with no seller count in no one's bonus. Example: =TA.FACTBONUS(A2:A500, B2:B500, C2:C500, D2:D500, E2:E500, H2:H20, J2:J20, N2:N4, O2:O4) or with ; separators.
 * @customfunction FACTBONUS
 * @param saleDates Date of each sale (a date cell, or text as 2026-03-31).
 * @param saleProducts Product or service of each sale, as named in the products table; same size as saleDates.
 * @param saleQuantities Units of each sale (negative for a refund); same size.
 * @param saleAmounts Money taken for each sale (negative for a refund); same size.
 * @param sellers Who sold or served each sale (seller, master, manager); same size.
 * @param names Product names of the products table; one column (or row).
 * @param tvc Totally variable cost per unit of each product of the table, money; same size as names.
 * @param thresholds Throughput level of each step of the ladder, money; one column (or row), any order.
 * @param bonuses Bonus paid from each step on; same size as thresholds.
 * @param [period] month, quarter, year, week (from Monday) or day (or месяц, квартал, год, неделя, день); omitted: month.
 * @param [saleTvc] TVC per unit of each sale where it differs from the table's; blank or 0: the table's.
 * @returns Rows of period start, seller, T achieved, bonus and T to the next step (blank on the top step).
 */
export function factBonus(
  saleDates: any[][],
  saleProducts: any[][],
  saleQuantities: any[][],
  saleAmounts: any[][],
  sellers: any[][],
  names: any[][],
  tvc: any[][],
  thresholds: any[][],
  bonuses: any[][],
  period?: any[][],
  saleTvc?: any[][]
): any[][] {
  const kind = periodKind(period);
  const { log, context } = factLog(
    {
      saleDates,
      saleProducts,
      saleQuantities,
      saleAmounts,
      groups: required(sellers, 'sellers'),
      groupArgument: 'sellers',
      saleTvc,
    },
    { names, tvc }
  );
  const levels = numberColumn(required(thresholds, 'thresholds'), 'thresholds', signed);
  const amounts = numberColumn(required(bonuses, 'bonuses'), 'bonuses', signed);
  sameLength(levels, amounts);
  const steps = Array.from(levels.values, (threshold, i) => ({
    threshold,
    bonus: amounts.values[i] as number,
  }));
  const outcome = sellerBonuses(log, kind, steps);
  if (outcome.status === 'invalid') throwFailure(outcome, DECISION_NAMES, levels.orientation);
  if (outcome.status === 'noSales') {
    if (log.count === 0) throwFactFailure(outcome, context);
    throw notAvailable(say('noSellers'));
  }
  if (outcome.status !== 'bonuses') throwFactFailure(outcome, context);
  return Array.from(outcome.start, (start, k) => {
    const gap = outcome.gapToNext[k] ?? null;
    return resultRow(
      start,
      outcome.sellerNames[outcome.seller[k] as number] as string,
      outcome.throughput[k] as number,
      outcome.bonus[k] as number,
      gap === null ? '' : gap
    );
  });
}
