/**
 * Turns the product-mix engine's outcomes that are not a plan into Excel errors whose message
 * names the user's argument and row: bad input and a plan that cannot exist are #VALUE! / #N/A
 * (Excel shows their words); a total too large for a double is #NUM!.
 */
import type { InputIssue, MixOutcome, MixPlan, ProductField } from '../core';
import { excelError, invalidValue, tooLarge } from './excelErrors';
import type { Orientation } from './arguments';

/** How the calling function named each product field and the resource's capacity. */
export type ArgumentNames = Readonly<Record<ProductField, string>> & {
  readonly capacity: string;
  readonly orientation: Orientation;
};

function at(names: ArgumentNames, field: ProductField, row: number): string {
  return `${names[field]}, ${names.orientation === 'column' ? 'row' : 'cell'} ${row + 1}`;
}

/** The sentence for one issue the engine found. */
export function issueMessage(issue: InputIssue, names: ArgumentNames): string {
  switch (issue.kind) {
    case 'notFinite':
      return `${at(names, issue.field, issue.row)}: not a finite number`;
    case 'negative':
      return `${at(names, issue.field, issue.row)}: negative; it must be ≥ 0`;
    case 'minimumAboveDemand':
      return `${at(names, 'minimum', issue.row)}: the minimum is above the demand (${names.demand})`;
    case 'capacityNotPositive':
      return `${names.capacity} must be > 0`;
    case 'operatingExpenseInvalid':
      return 'operatingExpense is not a finite number';
    case 'noProducts':
      return 'no products: the ranges are empty';
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
      const more = outcome.issues.length > 1 ? ` (and ${outcome.issues.length - 1} more)` : '';
      throw invalidValue(first === undefined ? 'invalid input' : issueMessage(first, names) + more);
    }
    case 'infeasible': {
      const short = outcome.required - outcome.capacity;
      throw excelError(
        'notAvailable',
        `the minimums need ${round(outcome.required)} of the CCR (${names.capacity} is ${round(outcome.capacity)}): short by ${round(short)}; lower ${names.minimum} or raise ${names.capacity}`
      );
    }
    case 'unbounded':
      throw excelError(
        'notAvailable',
        `${at(names, 'demand', outcome.product)}: the product earns, takes no CCR time and has no demand limit, so the plan has no limit`
      );
    case 'overflow':
      throw tooLarge();
  }
}
