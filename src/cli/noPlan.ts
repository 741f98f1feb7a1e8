import type { InputIssue, MixOutcome, MixPlan, MixProblem } from '../core';
import { formatNumber, quote } from './oneLine';
import type { Texts } from './texts';

/** Outcomes of either method that have no plan (the exact one can also be cancelled). */
export type NoPlan = Exclude<MixOutcome, MixPlan> | { readonly status: 'cancelled' };

/** An engine's input issue as the file's field path (`products[3].usage["B"]: …`). */
export function describeIssue(issue: InputIssue, problem: MixProblem, t: Texts): string {
  const resource = (r: number) => quote(problem.resources[r]?.name ?? `#${r}`);
  switch (issue.kind) {
    case 'notFinite':
    case 'negative':
      return t.issueNumber(
        issue.resource === undefined
          ? `products[${issue.row}].${issue.field}`
          : `products[${issue.row}].usage[${resource(issue.resource)}]`
      );
    case 'minimumAboveDemand':
      return problem.wholeUnits
        ? t.issueNoWholeUnits(`products[${issue.row}].minimum`)
        : t.issueMinimumAboveDemand(`products[${issue.row}].minimum`);
    case 'capacityNotPositive':
      return t.issueCapacity(`resources[${issue.resource}].capacity`);
    case 'operatingExpenseInvalid':
      return t.issueOperatingExpense;
    case 'noProducts':
      return t.issueNoProducts;
  }
}

/** One line saying why there is no plan. */
export function describeNoPlan(
  outcome: NoPlan,
  problem: MixProblem,
  units: readonly string[],
  t: Texts
): string {
  switch (outcome.status) {
    case 'invalid': {
      const [first] = outcome.issues;
      const more = outcome.issues.length > 1 ? t.andMoreUnknown(outcome.issues.length - 1) : '';
      return first === undefined ? t.invalidInput : `${describeIssue(first, problem, t)}${more}`;
    }
    case 'infeasible': {
      const unit = units[outcome.resource] ?? '';
      const amount = (value: number) => `${formatNumber(value, t)}${unit === '' ? '' : ` ${unit}`}`;
      const name = quote(problem.resources[outcome.resource]?.name ?? '');
      const { required, capacity } = outcome;
      return t.infeasible(amount(required), name, amount(capacity), amount(required - capacity));
    }
    case 'unbounded':
      return t.unbounded(quote(problem.products.names[outcome.product] ?? ''), outcome.product);
    case 'overflow':
      return t.overflow;
    case 'cancelled':
      return t.cancelled;
  }
}
