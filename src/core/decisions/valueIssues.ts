/**
 * Checks of the plain numbers a decision or a client card is made of. The adapters turn a field
 * name (and row, for lists) into the user's argument name and row number.
 */

/** What is wrong with one input value. */
export type ValueIssueKind =
  | 'notFinite'
  | 'negative'
  | 'notPositive'
  | 'notShare'
  | 'notWhole'
  | 'blankId'
  | 'sizesDiffer'
  | 'empty'
  | 'duplicate'
  | 'outOfOrder'
  | 'tooLarge';

/** One bad input: the field it is in and, for a list, the 0-based row. */
export type ValueIssue = {
  readonly kind: ValueIssueKind;
  readonly field: string;
  readonly row?: number;
};

/** Outcome of a calculation the input did not allow. */
export type Invalid = { readonly status: 'invalid'; readonly issues: readonly ValueIssue[] };

/** The rule a value must meet. */
export type ValueRule =
  | 'finite'
  | 'nonNegative'
  | 'positive'
  /** A share from 0 to 1 (0 % … 100 %). */
  | 'share'
  /** A whole number ≥ 0 (a month, a count of purchases). */
  | 'count'
  /** A whole number ≥ 1. */
  | 'positiveCount';

/** The issue `value` has under `rule`, or `null` when it is fine. */
export function checkValue(
  value: number,
  field: string,
  rule: ValueRule,
  row?: number
): ValueIssue | null {
  const at = row === undefined ? { field } : { field, row };
  if (!Number.isFinite(value)) return { kind: 'notFinite', ...at };
  if (rule === 'finite') return null;
  if (rule === 'positive' && !(value > 0)) return { kind: 'notPositive', ...at };
  if (value < 0) return { kind: 'negative', ...at };
  if (rule === 'share' && value > 1) return { kind: 'notShare', ...at };
  if ((rule === 'count' || rule === 'positiveCount') && !Number.isInteger(value)) {
    return { kind: 'notWhole', ...at };
  }
  if (rule === 'positiveCount' && value < 1) return { kind: 'notPositive', ...at };
  return null;
}

/** Every issue of `checks`, in the order given. */
export function findValueIssues(
  checks: readonly (readonly [value: number, field: string, rule: ValueRule])[]
): ValueIssue[] {
  const issues: ValueIssue[] = [];
  for (const [value, field, rule] of checks) {
    const issue = checkValue(value, field, rule);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** Every issue of a column of values, each named by its row. */
export function findColumnIssues(
  values: ArrayLike<number>,
  field: string,
  rule: ValueRule
): ValueIssue[] {
  const issues: ValueIssue[] = [];
  for (let i = 0; i < values.length; i++) {
    const issue = checkValue(values[i] as number, field, rule, i);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** `{ status: 'invalid' }` when there are issues, else `null`. */
export function invalidIf(issues: readonly ValueIssue[]): Invalid | null {
  return issues.length > 0 ? { status: 'invalid', issues } : null;
}

/** A result is usable only when every number in it is finite (inputs near 1e308 overflow). */
export function allFinite(...values: readonly (number | null)[]): boolean {
  return values.every((value) => value === null || Number.isFinite(value));
}

/** A total does not fit in a double (inputs near 1e308). */
export type Overflow = { readonly status: 'overflow' };
