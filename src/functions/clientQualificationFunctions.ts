/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.QUALIFY, TA.PRICERAISE, TA.SECONDSTEP, TA.TRAININGSNEEDED, TA.GROUPSIZENEEDED and
 * TA.CLIENTSNEEDED: is the client worth taking (LTV ≥ 15,000 and a turnover target ≥ 300,000 a
 * month by default), and which lever closes the gap. The JSDoc of each function is its Excel help.
 */
import {
  countToReach,
  DEFAULT_THRESHOLDS,
  qualifyClient,
  type Lever,
  type Qualification,
} from '../core/clients';
import { isOmitted, numberValue } from './arguments';
import { CLIENT_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { finiteOrThrow, invalidValue } from './excelErrors';
import { say } from './messages';

function optional(value: unknown, argument: string, fallback: number): number {
  return isOmitted(value) ? fallback : numberValue(value, argument);
}

function qualification(
  ltv: unknown,
  turnoverTarget: unknown,
  minLtv: unknown,
  minTurnover: unknown,
  secondStep: { price: number | null; conversion: number | null } | null = null
): Qualification {
  const outcome = qualifyClient({
    ltv: numberValue(ltv, 'ltv'),
    monthlyTurnoverTarget: numberValue(turnoverTarget, 'turnoverTarget'),
    secondStep,
    thresholds: {
      minLtv: optional(minLtv, 'minLtv', DEFAULT_THRESHOLDS.minLtv),
      minMonthlyTurnover: optional(
        minTurnover,
        'minTurnover',
        DEFAULT_THRESHOLDS.minMonthlyTurnover
      ),
    },
  });
  if (outcome.status === 'invalid') throwFailure(outcome, CLIENT_NAMES);
  return outcome;
}

/**
 * TRUE when the client is worth taking: LTV ≥ the LTV bar and the monthly turnover target ≥ the turnover bar (15,000 and 300,000 by default). Example: =TA.QUALIFY(15000, 3750000) gives TRUE; with ; separators =TA.QUALIFY(15000; 3750000).
 * @customfunction QUALIFY
 * @param ltv LTV of the client's customer, money.
 * @param turnoverTarget The client's monthly turnover target, money.
 * @param [minLtv] The LTV bar, money; omitted: 15,000.
 * @param [minTurnover] The monthly turnover bar, money; omitted: 300,000.
 * @returns TRUE (qualified) or FALSE.
 */
export function qualify(
  ltv: any[][],
  turnoverTarget: any[][],
  minLtv?: any[][],
  minTurnover?: any[][]
): boolean {
  return qualification(ltv, turnoverTarget, minLtv, minTurnover).status === 'qualified';
}

/**
 * Price increase that lifts both LTV and the turnover target over their bars (both grow with the price): 0.25 = +25 %; 0 when the client already qualifies. Example: =TA.PRICERAISE(12000, 200000) gives 0.5; with ; separators =TA.PRICERAISE(12000; 200000).
 * @customfunction PRICERAISE
 * @param ltv LTV of the client's customer, money.
 * @param turnoverTarget The client's monthly turnover target, money.
 * @param [minLtv] The LTV bar, money; omitted: 15,000.
 * @param [minTurnover] The monthly turnover bar, money; omitted: 300,000.
 * @returns The price increase as a share (0.5 = +50 %).
 */
export function priceRaise(
  ltv: any[][],
  turnoverTarget: any[][],
  minLtv?: any[][],
  minTurnover?: any[][]
): number {
  const result = qualification(ltv, turnoverTarget, minLtv, minTurnover);
  if (result.status === 'qualified') return 0;
  const lever = result.levers.find((l) => l.kind === 'raisePrice');
  if (lever?.kind !== 'raisePrice') {
    throw notAvailable(say('priceRaiseFromZero'));
  }
  return finiteOrThrow(lever.increase);
}

/**
 * A second step that lifts LTV to the bar: given its price, the share of step-1 buyers it needs; given that share, the price it needs (omit both: the price at 50 %). 0 when LTV already reaches the bar. Example: =TA.SECONDSTEP(3000, , 0.5) gives 24,000; with ; separators =TA.SECONDSTEP(3000; ; 0,5).
 * @customfunction SECONDSTEP
 * @param ltv LTV of the client's customer today, money.
 * @param [secondStepPrice] Price of the second step, money; give it to solve for the conversion.
 * @param [conversion] Share of step-1 buyers who take the second step (0.5 = 50 %); give it to solve for the price.
 * @param [minLtv] The LTV bar, money; omitted: 15,000.
 * @returns The missing number: the conversion (a share) when the price is given, otherwise the price.
 */
export function secondStep(
  ltv: any[][],
  secondStepPrice?: any[][],
  conversion?: any[][],
  minLtv?: any[][]
): number {
  const price = isOmitted(secondStepPrice) ? null : numberValue(secondStepPrice, 'secondStepPrice');
  const share = isOmitted(conversion) ? null : numberValue(conversion, 'conversion');
  if (price !== null && share !== null) {
    throw invalidValue(say('secondStepBoth'));
  }
  // Turnover 0 against a bar of 0 passes, so only the LTV levers are asked for.
  const result = qualification(ltv, 0, minLtv, 0, { price, conversion: share });
  if (result.ltv.passes) return 0;
  const lever = result.levers.find(
    (l): l is Extract<Lever, { kind: 'addSecondStep' }> => l.kind === 'addSecondStep'
  );
  if (lever === undefined) {
    throw notAvailable(
      price !== null && price > 0
        ? say('secondStepBelowGap', { gap: result.ltv.gap })
        : say('secondStepAddsNothing')
    );
  }
  return finiteOrThrow(price !== null ? lever.conversion : lever.price);
}

function needed(target: number, perUnit: number, factors: readonly string[]): number {
  const count = countToReach(target, perUnit);
  if (count === null) throw notAvailable(say('nothingReachesTarget', { factors }));
  return count;
}

/**
 * Trainings a month that reach the turnover bar: ⌈bar ÷ (price × people per training)⌉. Example: =TA.TRAININGSNEEDED(10000, 10) gives 3; with ; separators =TA.TRAININGSNEEDED(10000; 10).
 * @customfunction TRAININGSNEEDED
 * @param price Price of a training per person, money.
 * @param peoplePerTraining People in one training.
 * @param [minTurnover] The monthly turnover bar, money; omitted: 300,000.
 * @returns Trainings a month (a whole number).
 */
export function trainingsNeeded(
  price: any[][],
  peoplePerTraining: any[][],
  minTurnover?: any[][]
): number {
  const perTraining =
    numberValue(price, 'price') * numberValue(peoplePerTraining, 'peoplePerTraining');
  const bar = optional(minTurnover, 'minTurnover', DEFAULT_THRESHOLDS.minMonthlyTurnover);
  return needed(bar, perTraining, ['price', 'peoplePerTraining']);
}

/**
 * People per training that reach the turnover bar: ⌈bar ÷ (price × trainings a month)⌉. Example: =TA.GROUPSIZENEEDED(10000, 2) gives 15; with ; separators =TA.GROUPSIZENEEDED(10000; 2).
 * @customfunction GROUPSIZENEEDED
 * @param price Price of a training per person, money.
 * @param trainingsPerMonth Trainings held in a month.
 * @param [minTurnover] The monthly turnover bar, money; omitted: 300,000.
 * @returns People per training (a whole number).
 */
export function groupSizeNeeded(
  price: any[][],
  trainingsPerMonth: any[][],
  minTurnover?: any[][]
): number {
  const perPerson =
    numberValue(price, 'price') * numberValue(trainingsPerMonth, 'trainingsPerMonth');
  const bar = optional(minTurnover, 'minTurnover', DEFAULT_THRESHOLDS.minMonthlyTurnover);
  return needed(bar, perPerson, ['price', 'trainingsPerMonth']);
}

/**
 * Clients a month that reach the turnover bar with individual consultations: ⌈bar ÷ (price × consultations per client)⌉. Example: =TA.CLIENTSNEEDED(5000, 4) gives 15; with ; separators =TA.CLIENTSNEEDED(5000; 4).
 * @customfunction CLIENTSNEEDED
 * @param price Price of one consultation, money.
 * @param consultationsPerClient Consultations one client buys.
 * @param [minTurnover] The monthly turnover bar, money; omitted: 300,000.
 * @returns Clients a month (a whole number).
 */
export function clientsNeeded(
  price: any[][],
  consultationsPerClient: any[][],
  minTurnover?: any[][]
): number {
  const perClient =
    numberValue(price, 'price') * numberValue(consultationsPerClient, 'consultationsPerClient');
  const bar = optional(minTurnover, 'minTurnover', DEFAULT_THRESHOLDS.minMonthlyTurnover);
  return needed(bar, perClient, ['price', 'consultationsPerClient']);
}
