import type { InputIssue, MixProblem } from '../core';
import { formatNumber, quote } from './oneLine';

/** Outcomes of either method that have no plan, as the engines report them. */
export type NoPlan =
  | { readonly status: 'invalid'; readonly issues: readonly InputIssue[] }
  | {
      readonly status: 'infeasible';
      readonly resource: number;
      readonly required: number;
      readonly capacity: number;
    }
  | { readonly status: 'unbounded'; readonly product: number }
  | { readonly status: 'overflow' }
  | { readonly status: 'cancelled' };

/** An engine's input issue as the file's field path (`products[3].usage["B"]: …`). */
export function describeIssue(issue: InputIssue, problem: MixProblem): string {
  const resource = (r: number) => quote(problem.resources[r]?.name ?? `#${r}`);
  switch (issue.kind) {
    case 'notFinite':
    case 'negative': {
      const at =
        issue.resource === undefined
          ? `products[${issue.row}].${issue.field}`
          : `products[${issue.row}].usage[${resource(issue.resource)}]`;
      return `${at}: expected a finite number ≥ 0`;
    }
    case 'minimumAboveDemand':
      return problem.wholeUnits
        ? `products[${issue.row}].minimum: no whole number of units lies between the minimum and the demand`
        : `products[${issue.row}].minimum: above the demand`;
    case 'capacityNotPositive':
      return `resources[${issue.resource}].capacity: expected a number > 0`;
    case 'operatingExpenseInvalid':
      return 'operatingExpense: expected a finite number ≥ 0';
    case 'noProducts':
      return 'products: the list is empty';
  }
}

/** One line saying why there is no plan. */
export function describeNoPlan(outcome: NoPlan, problem: MixProblem, units: readonly string[]) {
  switch (outcome.status) {
    case 'invalid': {
      const [first] = outcome.issues;
      const more = outcome.issues.length > 1 ? ` (and ${outcome.issues.length - 1} more)` : '';
      return first === undefined ? 'invalid input' : `${describeIssue(first, problem)}${more}`;
    }
    case 'infeasible': {
      const unit = units[outcome.resource] ?? '';
      const amount = (value: number) => `${formatNumber(value)}${unit === '' ? '' : ` ${unit}`}`;
      const name = quote(problem.resources[outcome.resource]?.name ?? '');
      return `the minimums alone need ${amount(outcome.required)} of ${name}, which has ${amount(outcome.capacity)} (short by ${amount(outcome.required - outcome.capacity)})`;
    }
    case 'unbounded':
      return `${quote(problem.products.names[outcome.product] ?? '')} (products[${outcome.product}]) earns, has unlimited demand and uses no resource: give it a demand or a resource time`;
    case 'overflow':
      return 'a total is too large to compute (over 1e308): check for extreme numbers in the file';
    case 'cancelled':
      return 'the exact solve was stopped before it finished';
  }
}
