/**
 * Turns the outcomes of the decision and client-card core that are not a result into Excel errors
 * whose message names the user's argument (and row): bad input is #VALUE!, a result that does not
 * exist (never pays back, no next step) is #N/A, a total too large for a double is #NUM!.
 */
import type { MixOutcome, MixPlan, MixProblem } from '../core';
import type { ValueIssue } from '../core/decisions';
import { positiveValue, type Orientation } from './arguments';
import { excelError, invalidValue, tooLarge } from './excelErrors';
import { lineAt, type Place } from './inputMessages';
import { say, type MessageKey } from './messages';
import { oneResourceNames, planOrThrow } from './mixOutcome';
import { mixTable, readMixColumns } from './productArguments';

/** Excel argument name of each core field the function uses; unnamed fields keep the core name. */
export type FieldNames = Readonly<Record<string, string>>;

/** Excel argument names of the core fields the decision functions read. */
export const DECISION_NAMES: FieldNames = {
  deltaThroughput: 'deltaT',
  deltaOperatingExpense: 'deltaOE',
  throughputFromMonth: 'throughputFromMonth',
  operatingExpenseFromMonth: 'operatingExpenseFromMonth',
  timePerUnit: 'orderCcrTime',
  price: 'orderPrice',
  tvc: 'orderTvc',
  quantity: 'orderQuantity',
  operatingExpense: 'operatingExpense',
  desiredProfit: 'targetProfit',
  throughputShare: 'throughputShare',
  salesShare: 'salesShare',
  threshold: 'thresholds',
  bonus: 'bonuses',
  achieved: 'achievedT',
};

/** Excel argument names of the core fields the client-card functions read. */
export const CLIENT_NAMES: FieldNames = {
  ids: 'customerIds',
  monthlyTurnoverTarget: 'turnoverTarget',
  minMonthlyTurnover: 'minTurnover',
  secondStepPrice: 'secondStepPrice',
  secondStepConversion: 'conversion',
  monthlyThroughputPerCustomer: 'monthlyThroughputPerCustomer',
};

/** The one-CCR product-mix problem of the product-table arguments. */
export function ccrProblem(
  args: { price: unknown; tvc: unknown; ccrTime: unknown; demand: unknown; minimum: unknown },
  capacity: unknown,
  wholeUnits: boolean
): { problem: MixProblem; orientation: Orientation } {
  const columns = readMixColumns(args);
  const problem: MixProblem = {
    products: mixTable(columns),
    resources: [{ name: 'CCR', capacity: positiveValue(capacity, 'capacity') }],
    operatingExpense: null,
    wholeUnits,
  };
  return { problem, orientation: columns.orientation };
}

// What a field's issue means where the generic sentence would be vague.
function specific(issue: ValueIssue, place: Place): string | null {
  switch (`${issue.kind}:${issue.field}`) {
    case 'outOfOrder:sleepingDays':
      return say('mustBeAtLeast', { ...place, other: 'recentDays' });
    case 'outOfOrder:loyalMinPurchases':
      return say('mustBeAbove', { ...place, other: 'newcomerMaxPurchases' });
    case 'tooLarge:horizonMonths':
      return say('horizonTooLong', place);
    case 'tooLarge:clients':
      return say('moreClientsThanLeads', place);
    case 'tooLarge:purchaseDates':
      return say('purchaseAfterDate', place);
    default:
      return null;
  }
}

type PlaceKey = Extract<
  MessageKey,
  | 'notFinite'
  | 'negative'
  | 'notPositive'
  | 'notShare'
  | 'notWhole'
  | 'blankId'
  | 'sizesDiffer'
  | 'noValues'
  | 'duplicate'
  | 'outOfOrder'
  | 'tooLarge'
>;

const GENERIC: Readonly<Record<ValueIssue['kind'], PlaceKey>> = {
  notFinite: 'notFinite',
  negative: 'negative',
  notPositive: 'notPositive',
  notShare: 'notShare',
  notWhole: 'notWhole',
  blankId: 'blankId',
  sizesDiffer: 'sizesDiffer',
  empty: 'noValues',
  duplicate: 'duplicate',
  outOfOrder: 'outOfOrder',
  tooLarge: 'tooLarge',
};

/** The sentence for one issue. */
export function issueMessage(
  issue: ValueIssue,
  names: FieldNames = {},
  orientation: Orientation = 'column'
): string {
  const argument = names[issue.field] ?? issue.field;
  const place: Place =
    issue.row === undefined ? { argument } : { argument, at: lineAt(issue.row, orientation) };
  return specific(issue, place) ?? say(GENERIC[issue.kind], place);
}

type Failure =
  | { readonly status: 'invalid'; readonly issues: readonly ValueIssue[] }
  | { readonly status: 'overflow' }
  | { readonly status: 'mixFailed'; readonly failure: Exclude<MixOutcome, MixPlan> }
  | { readonly status: 'noResource' };

/** Throws the Excel error of a failed outcome: #VALUE! with the first issue, #NUM!, the mix's own. */
export function throwFailure(
  outcome: Failure,
  names: FieldNames = {},
  orientation: Orientation = 'column'
): never {
  switch (outcome.status) {
    case 'invalid': {
      const [first] = outcome.issues;
      const count = outcome.issues.length - 1;
      const more = count > 0 ? say('andMore', { count }) : '';
      throw invalidValue(
        first === undefined ? say('invalidInput') : issueMessage(first, names, orientation) + more
      );
    }
    case 'overflow':
      throw tooLarge();
    case 'mixFailed':
      planOrThrow(outcome.failure, oneResourceNames(orientation));
      throw tooLarge();
    case 'noResource':
      throw excelError('notAvailable', say('noResource'));
  }
}

/** #N/A with `message`: the answer does not exist for these inputs (never, no next step). */
export function notAvailable(message: string): CustomFunctions.Error {
  return excelError('notAvailable', message);
}
