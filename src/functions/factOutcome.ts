/**
 * Turns what the plan-against-fact engine refuses into Excel errors whose message names the
 * user's argument and the row in it: bad input is #VALUE! (a product the table lacks included: a
 * total without it would be wrong), a log with no sale is #N/A, a total too large for a double is
 * #NUM!.
 */
import type { FactField, FactInvalid, FactIssue, SalesLog, UnmatchedSale } from '../core/fact';
import type { Orientation } from './arguments';
import { excelError, invalidValue, tooLarge } from './excelErrors';
import { lineAt, type Place } from './inputMessages';
import { say } from './messages';

/** Where the arguments came from: the log's orientation, the table's, and the table's names. */
export type FactContext = {
  readonly logOrientation: Orientation;
  readonly tableOrientation: Orientation;
  readonly names: readonly string[];
  /** The argument the groups came in as (groups, sellers). */
  readonly groupArgument?: string;
};

const LOG_FIELDS = new Set<FactField>([
  'saleDates',
  'saleProducts',
  'saleQuantities',
  'saleAmounts',
  'saleTvc',
  'groups',
  'expenseDates',
  'operatingExpense',
]);

function placeOf(issue: FactIssue, context: FactContext): Place {
  const argument =
    issue.field === 'groups' ? (context.groupArgument ?? 'groups') : (issue.field as string);
  if (issue.row === undefined) return { argument };
  const orientation = LOG_FIELDS.has(issue.field)
    ? context.logOrientation
    : context.tableOrientation;
  return { argument, at: lineAt(issue.row, orientation) };
}

/** The sentence for one issue. */
export function factIssueMessage(issue: FactIssue, context: FactContext): string {
  const place = placeOf(issue, context);
  switch (issue.kind) {
    case 'notFinite':
      return say('notFinite', place);
    case 'negative':
      return say('negative', place);
    case 'notPositive':
      return say('notPositive', place);
    case 'noDate':
      return say('noDate', place);
    case 'notDate':
      return say('notDate', place);
    case 'blankProduct':
      return say('blankProduct', place);
    case 'blankName':
      return say('blankName', place);
    case 'duplicateName':
      return say('duplicateName', {
        ...place,
        name: context.names[issue.row ?? 0] ?? '',
        firstRow: (issue.firstRow ?? 0) + 1,
      });
    case 'sizesDiffer':
      return say('sizesDiffer', place);
    case 'empty':
      return say('noValues', place);
    case 'outOfOrder':
      return say('toDateBeforeFromDate');
  }
}

/** Throws the Excel error of a refused outcome: the first issue, and how many more there are. */
export function throwFactFailure(
  outcome: FactInvalid | { readonly status: 'overflow' } | { readonly status: 'noSales' },
  context: FactContext
): never {
  switch (outcome.status) {
    case 'overflow':
      throw tooLarge();
    case 'noSales':
      throw excelError('notAvailable', say('noSales'));
    case 'invalid': {
      const [first] = outcome.issues;
      const count = outcome.issues.length - 1;
      const more = count > 0 ? say('andMore', { count }) : '';
      throw invalidValue(
        first === undefined ? say('invalidInput') : factIssueMessage(first, context) + more
      );
    }
  }
}

/** The message of a sale whose product the table lacks, at its row of saleProducts. */
export function unknownProductMessage(sale: UnmatchedSale, orientation: Orientation): string {
  return say('unknownProduct', {
    argument: 'saleProducts',
    at: lineAt(sale.row, orientation),
    name: sale.product,
  });
}

/** Stops at the first sale of a product the table lacks: a total without it would be wrong. */
export function requireMatched(log: SalesLog, orientation: Orientation): void {
  const [first] = log.unmatched;
  if (first === undefined) return;
  const count = log.unmatched.length - 1;
  const more = count > 0 ? say('andMore', { count }) : '';
  throw invalidValue(unknownProductMessage(first, orientation) + more);
}
