/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.LTV, TA.LTVT, TA.LTVLIST, TA.TURNOVER, TA.TURNOVERTARGET, TA.GROUPTARGET and
 * TA.INDIVIDUALTARGET: what a client is worth and what turnover their business aims at. The JSDoc
 * of each function is its Excel help.
 */
import {
  currentTurnover,
  funnelLtv,
  groupTurnoverTarget,
  individualTurnoverTarget,
  ltvFromCustomerList,
  turnoverTarget as clientsTimesLtv,
  type TurnoverOutcome,
} from '../core/clients';
import { numberColumn, numberValue, sameLength, textColumn } from './arguments';
import { CLIENT_NAMES, notAvailable, throwFailure } from './decisionOutcome';
import { say } from './messages';

/** The funnel of `price` and `reach`; with `tvc` (TA.LTVT's required argument) in throughput too. */
function funnel(price: unknown, reach: unknown, tvc?: { readonly argument: unknown }) {
  const prices = numberColumn(price, 'price');
  const reaches = numberColumn(reach, 'reach');
  const costs = tvc === undefined ? null : numberColumn(tvc.argument, 'tvc');
  sameLength(prices, reaches, ...(costs === null ? [] : [costs]));
  const outcome = funnelLtv(
    Array.from(prices.values, (p, i) => ({
      price: p,
      reach: reaches.values[i] as number,
      tvc: costs === null ? null : (costs.values[i] as number),
    }))
  );
  if (outcome.status !== 'ltv') throwFailure(outcome, CLIENT_NAMES, prices.orientation);
  return outcome;
}

/**
 * LTV of a client's path of steps: Σ price of each step × share of step-1 buyers who reach it. Example: step 1 at 3,000 taken by all, step 2 at 24,000 taken by 50 %: =TA.LTV(B2:B3, C2:C3) gives 15,000; with ; separators =TA.LTV(B2:B3; C2:C3).
 * @customfunction LTV
 * @param price Price of each step, money; one column (or row) of steps.
 * @param reach Share of step-1 buyers who reach each step (1 = 100 % for step 1, 0.5 = 50 %); same size as price.
 * @returns LTV in revenue, money.
 */
export function ltv(price: any[][], reach: any[][]): number {
  return funnel(price, reach).revenue;
}

/**
 * LTV in throughput: Σ (price − TVC) of each step × share of step-1 buyers who reach it. Example: =TA.LTVT(B2:B3, C2:C3, D2:D3) or =TA.LTVT(B2:B3; C2:C3; D2:D3).
 * @customfunction LTVT
 * @param price Price of each step, money; one column (or row) of steps.
 * @param reach Share of step-1 buyers who reach each step (1 = 100 %); same size as price.
 * @param tvc Totally variable cost of each step (materials, piece rate, per-sale tax), money; same size.
 * @returns LTV in throughput, money.
 */
export function ltvT(price: any[][], reach: any[][], tvc: any[][]): number {
  return funnel(price, reach, { argument: tvc }).throughput ?? 0;
}

/**
 * LTV from a customer list, one row per purchase: the average over distinct customers of their total purchases. Give amounts in throughput to get LTV in throughput. Example: =TA.LTVLIST(A2:A500, B2:B500) or =TA.LTVLIST(A2:A500; B2:B500).
 * @customfunction LTVLIST
 * @param customerIds Customer of each purchase (a name, an id or a phone); blank rows with no amount are skipped.
 * @param amounts Amount of each purchase, money (negative for a refund); same size as customerIds.
 * @returns Average revenue per customer, money.
 */
export function ltvList(customerIds: any[][], amounts: any[][]): number {
  const ids = textColumn(customerIds, 'customerIds');
  const money = numberColumn(amounts, 'amounts', { allowNegative: true });
  sameLength(ids, money);
  const outcome = ltvFromCustomerList(ids.values, Array.from(money.values));
  if (outcome.status === 'noCustomers') throw notAvailable(say('noCustomers'));
  if (outcome.status !== 'ltv') throwFailure(outcome, CLIENT_NAMES, ids.orientation);
  return outcome.ltv;
}

function turnover(outcome: TurnoverOutcome): number {
  if (outcome.status !== 'turnover') throwFailure(outcome, CLIENT_NAMES);
  return outcome.turnover;
}

/**
 * Current monthly turnover: price of the main product × buyers a month × sessions (trainings) a month. Example: =TA.TURNOVER(10000, 12, 2) gives 240,000; with ; separators =TA.TURNOVER(10000; 12; 2).
 * @customfunction TURNOVER
 * @param price Price of the main product, money.
 * @param buyersPerMonth People who buy it in a month (per session).
 * @param sessionsPerMonth Sessions (trainings) held in a month.
 * @returns Turnover a month, money.
 */
export function turnoverNow(
  price: any[][],
  buyersPerMonth: any[][],
  sessionsPerMonth: any[][]
): number {
  return turnover(
    currentTurnover({
      price: numberValue(price, 'price'),
      buyersPerMonth: numberValue(buyersPerMonth, 'buyersPerMonth'),
      sessionsPerMonth: numberValue(sessionsPerMonth, 'sessionsPerMonth'),
    })
  );
}

/**
 * Monthly turnover target: clients a month × LTV. Example: =TA.TURNOVERTARGET(20, 15000) gives 300,000; with ; separators =TA.TURNOVERTARGET(20; 15000).
 * @customfunction TURNOVERTARGET
 * @param clientsPerMonth New clients a month.
 * @param ltv LTV of a client, money.
 * @returns Turnover target a month, money.
 */
export function turnoverTarget(clientsPerMonth: any[][], ltv: any[][]): number {
  return turnover(
    clientsTimesLtv({
      clientsPerMonth: numberValue(clientsPerMonth, 'clientsPerMonth'),
      ltv: numberValue(ltv, 'ltv'),
    })
  );
}

/**
 * Monthly turnover target of group trainings: price × trainings a month × people per training. Example: =TA.GROUPTARGET(25000, 3, 50) gives 3,750,000; with ; separators =TA.GROUPTARGET(25000; 3; 50).
 * @customfunction GROUPTARGET
 * @param price Price of a training per person, money.
 * @param trainingsPerMonth Trainings held in a month.
 * @param peoplePerTraining People in one training.
 * @returns Turnover target a month, money.
 */
export function groupTarget(
  price: any[][],
  trainingsPerMonth: any[][],
  peoplePerTraining: any[][]
): number {
  return turnover(
    groupTurnoverTarget({
      price: numberValue(price, 'price'),
      trainingsPerMonth: numberValue(trainingsPerMonth, 'trainingsPerMonth'),
      peoplePerTraining: numberValue(peoplePerTraining, 'peoplePerTraining'),
    })
  );
}

/**
 * Monthly turnover target of individual consultations: consultations per client × price × clients a month. Example: =TA.INDIVIDUALTARGET(5000, 4, 15) gives 300,000; with ; separators =TA.INDIVIDUALTARGET(5000; 4; 15).
 * @customfunction INDIVIDUALTARGET
 * @param price Price of one consultation, money.
 * @param consultationsPerClient Consultations one client buys.
 * @param clientsPerMonth New clients a month.
 * @returns Turnover target a month, money.
 */
export function individualTarget(
  price: any[][],
  consultationsPerClient: any[][],
  clientsPerMonth: any[][]
): number {
  return turnover(
    individualTurnoverTarget({
      price: numberValue(price, 'price'),
      consultationsPerClient: numberValue(consultationsPerClient, 'consultationsPerClient'),
      clientsPerMonth: numberValue(clientsPerMonth, 'clientsPerMonth'),
    })
  );
}
