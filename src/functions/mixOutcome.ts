/**
 * Turns the product-mix engine's outcomes that are not a plan into Excel errors whose message
 * names the user's argument and row: bad input and a plan that cannot exist are #VALUE! / #N/A
 * (Excel shows their words); a total too large for a double is #NUM!.
 */
import type { InputIssue, MixOutcome, MixPlan, ProductField } from '../core';
import { excelError, invalidValue, tooLarge } from './excelErrors';
import type { Orientation } from './arguments';
import { lineAt, type Place } from './inputMessages';
import { say } from './messages';

/** How the calling function named each product field and the resource's capacity. */
export type ArgumentNames = Readonly<Record<ProductField, string>> & {
  readonly capacity: string;
  readonly orientation: Orientation;
};

/** The argument names of a one-CCR product table (TA.MIX, TA.CCRHOURVALUE, TA.SPECIALORDER …). */
export function oneResourceNames(orientation: Orientation): ArgumentNames {
  return {
    price: 'price',
    tvc: 'tvc',
    demand: 'demand',
    minimum: 'minimum',
    usage: 'ccrTime',
    capacity: 'capacity',
    orientation,
  };
}

function at(names: ArgumentNames, field: ProductField, row: number): Place {
  return { argument: names[field], at: lineAt(row, names.orientation) };
}

/** The sentence for one issue the engine found. */
export function issueMessage(issue: InputIssue, names: ArgumentNames): string {
  switch (issue.kind) {
    case 'notFinite':
      return say('notFinite', at(names, issue.field, issue.row));
    case 'negative':
      return say('negative', at(names, issue.field, issue.row));
    case 'minimumAboveDemand':
      return say('minimumAboveDemand', {
        ...at(names, 'minimum', issue.row),
        demand: names.demand,
      });
    case 'capacityNotPositive':
      return say('notPositive', { argument: names.capacity });
    case 'operatingExpenseInvalid':
      return say('notFiniteNumber', { argument: 'operatingExpense' });
    case 'noProducts':
      return say('noProducts');
  }
}

function round(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** The plan, or the Excel error that explains why there is none (thrown). */
export function planOrThrow(outcome: MixOutcome, names: ArgumentNames): MixPlan {
  switch (outcome.status) {
    case 'planned':
      return outcome;
    case 'invalid': {
      const [first] = outcome.issues;
      const count = outcome.issues.length - 1;
      const more = count > 0 ? say('andMore', { count }) : '';
      throw invalidValue(
        first === undefined ? say('invalidInput') : issueMessage(first, names) + more
      );
    }
    case 'infeasible': {
      const short = outcome.required - outcome.capacity;
      throw excelError(
        'notAvailable',
        say('minimumsDoNotFit', {
          required: round(outcome.required),
          capacity: round(outcome.capacity),
          short: round(short),
          capacityArgument: names.capacity,
          minimumArgument: names.minimum,
        })
      );
    }
    case 'unbounded':
      throw excelError('notAvailable', say('unbounded', at(names, 'demand', outcome.product)));
    case 'overflow':
      throw tooLarge();
  }
}
