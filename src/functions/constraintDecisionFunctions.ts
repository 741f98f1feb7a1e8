/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.CCRHOURVALUE, TA.CCRHOURSGAIN and TA.SPECIALORDER: decisions about the hours of the
 * capacity-constrained resource (CCR), judged on the current plan. The JSDoc is the Excel help.
 */
import {
  constraintHourValue,
  evaluateSpecialOrder,
  throughputOfHourChange,
} from '../core/decisions';
import { isOmitted, numberValue, optionalBoolean } from './arguments';
import { ccrProblem, DECISION_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { finiteOrThrow, invalidValue } from './excelErrors';
import { say } from './messages';

const signed = { allowNegative: true } as const;

/**
 * What one more CCR hour is worth in the current plan: T per CCR hour of the best product that did not fully fit; 0 when every demand fits (the market is the constraint). Example: =TA.CCRHOURVALUE(B2:B10, C2:C10, D2:D10, E2:E10, 160) or =TA.CCRHOURVALUE(B2:B10; C2:C10; D2:D10; E2:E10; 160).
 * @customfunction CCRHOURVALUE
 * @param price Selling price per unit, money; one column (or row) of products.
 * @param tvc Totally variable cost per unit, money; same size as price.
 * @param ccrTime CCR hours (or minutes, as capacity) one unit takes; same size as price.
 * @param demand Units the market will take in the period; blank = 0; same size as price.
 * @param capacity CCR hours (or minutes) available in the period; > 0.
 * @param [minimum] Units that must be sold whatever they earn ("political" minimum); omitted: none.
 * @returns T per extra CCR hour, money.
 */
export function ccrHourValue(
  price: any[][],
  tvc: any[][],
  ccrTime: any[][],
  demand: any[][],
  capacity: any[][],
  minimum?: any[][]
): number {
  const { problem, orientation } = ccrProblem(
    { price, tvc, ccrTime, demand, minimum },
    capacity,
    false
  );
  const outcome = constraintHourValue(problem);
  if (outcome.status !== 'valued') throwFailure(outcome, DECISION_NAMES, orientation);
  return finiteOrThrow(outcome.valueOfExtraHour);
}

/**
 * Throughput gained (or lost) when the CCR gets more (or fewer) hours: the plan is walked again down the ranking, each product at its own T per hour until its demand is met. Compare it with the OE of freeing the hours: =TA.DELTANP(TA.CCRHOURSGAIN(B2:B10, C2:C10, D2:D10, E2:E10, 160, 30), 450).
 * @customfunction CCRHOURSGAIN
 * @param price Selling price per unit, money; one column (or row) of products.
 * @param tvc Totally variable cost per unit, money; same size as price.
 * @param ccrTime CCR hours (or minutes, as capacity) one unit takes; same size as price.
 * @param demand Units the market will take in the period; blank = 0; same size as price.
 * @param capacity CCR hours (or minutes) available in the period; > 0.
 * @param hours CCR hours added (freed by a filter or an assistant); negative for hours taken away.
 * @param [minimum] Units that must be sold whatever they earn; omitted: none.
 * @param [wholeUnits] TRUE plans whole units, FALSE allows fractions; omitted: TRUE.
 * @returns ΔT, money.
 */
export function ccrHoursGain(
  price: any[][],
  tvc: any[][],
  ccrTime: any[][],
  demand: any[][],
  capacity: any[][],
  hours: any[][],
  minimum?: any[][],
  wholeUnits?: any[][]
): number {
  const whole = optionalBoolean(wholeUnits, 'wholeUnits', true);
  const { problem, orientation } = ccrProblem(
    { price, tvc, ccrTime, demand, minimum },
    capacity,
    whole
  );
  const outcome = throughputOfHourChange(problem, numberValue(hours, 'hours', signed));
  if (outcome.status === 'exceedsCapacity') {
    throw invalidValue(say('hoursTakeAllCapacity', outcome));
  }
  if (outcome.status !== 'changed') throwFailure(outcome, DECISION_NAMES, orientation);
  return finiteOrThrow(outcome.deltaThroughput);
}

/**
 * Throughput a special order adds: quantity × (price − TVC), less the T it displaces from the current plan when it needs more CCR time than is idle (taken from the bottom of the ranking). Without the product table the capacity is taken as idle. Example: the hall rented at a fifth of its price, TVC 1: =TA.SPECIALORDER(10, 1, 1) gives 9.
 * @customfunction SPECIALORDER
 * @param orderPrice Price per unit of the order, money.
 * @param orderTvc Totally variable cost per unit of the order, money.
 * @param orderQuantity Units ordered.
 * @param [orderCcrTime] CCR hours one unit of the order takes; omitted: 0.
 * @param [price] Selling price of the current products; omitted: the capacity is idle.
 * @param [tvc] Totally variable cost of the current products; same size as price.
 * @param [ccrTime] CCR hours per unit of the current products; same size as price.
 * @param [demand] Demand of the current products; same size as price.
 * @param [capacity] CCR hours available in the period; > 0; needed with price.
 * @param [wholeUnits] TRUE plans whole units, FALSE allows fractions; omitted: TRUE.
 * @returns ΔT of accepting the order, money: > 0 accept.
 */
export function specialOrder(
  orderPrice: any[][],
  orderTvc: any[][],
  orderQuantity: any[][],
  orderCcrTime?: any[][],
  price?: any[][],
  tvc?: any[][],
  ccrTime?: any[][],
  demand?: any[][],
  capacity?: any[][],
  wholeUnits?: any[][]
): number {
  const order = {
    price: numberValue(orderPrice, 'orderPrice'),
    tvc: numberValue(orderTvc, 'orderTvc'),
    quantity: numberValue(orderQuantity, 'orderQuantity'),
    timePerUnit: isOmitted(orderCcrTime) ? 0 : numberValue(orderCcrTime, 'orderCcrTime'),
  };
  // The current plan is all five arguments or none: one given alone is not silently ignored.
  const plan: Readonly<Record<string, unknown>> = { price, tvc, ccrTime, demand, capacity };
  const given = Object.keys(plan).filter((name) => !isOmitted(plan[name]));
  const missing = Object.keys(plan).filter((name) => isOmitted(plan[name]));
  if (given.length > 0 && missing.length > 0) {
    throw invalidValue(say('orderNeedsPlan', { given: given[0] as string, missing }));
  }
  const withPlan = missing.length === 0;
  const whole = optionalBoolean(wholeUnits, 'wholeUnits', true);
  const context = withPlan
    ? ccrProblem({ price, tvc, ccrTime, demand, minimum: null }, capacity, whole)
    : null;
  const outcome = evaluateSpecialOrder(order, context?.problem ?? null);
  if (outcome.status === 'doesNotFit') {
    throw notAvailable(
      say('orderDoesNotFit', { needed: outcome.timeNeeded, capacity: outcome.capacity })
    );
  }
  if (outcome.status !== 'evaluated') throwFailure(outcome, DECISION_NAMES, context?.orientation);
  return outcome.deltaThroughput;
}
