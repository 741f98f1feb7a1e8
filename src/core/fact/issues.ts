/**
 * What can be wrong with a sales log or the tables beside it, as data: the adapters turn the
 * field and the 0-based row into the user's argument (or column) and row number.
 */

export type FactField =
  | 'saleDates'
  | 'saleProducts'
  | 'saleQuantities'
  | 'saleAmounts'
  | 'saleTvc'
  | 'groups'
  | 'names'
  | 'price'
  | 'tvc'
  | 'ccrTime'
  | 'demand'
  | 'plannedQuantity'
  | 'capacity'
  | 'operatingExpense'
  | 'expenseDates'
  | 'fromDate'
  | 'toDate';

export type FactIssueKind =
  /** A number that is NaN or ±Infinity. */
  | 'notFinite'
  /** A value below 0 where only ≥ 0 makes sense (a price, a time, a demand). */
  | 'negative'
  /** A value that must be above 0 (a capacity). */
  | 'notPositive'
  /** A sale with no date (a blank date cell). */
  | 'noDate'
  /** A number outside the dates Excel shows (before 1900-01-01 or after 9999-12-31). */
  | 'notDate'
  /** A sale with no product named. */
  | 'blankProduct'
  /** Two products of the table with one name (after trim and case). */
  | 'duplicateName'
  /** A product of the table with no name. */
  | 'blankName'
  /** The columns of a log or a table are not the same size. */
  | 'sizesDiffer'
  /** The table has no product. */
  | 'empty'
  /** toDate is before fromDate. */
  | 'outOfOrder';

export type FactIssue = {
  readonly kind: FactIssueKind;
  readonly field: FactField;
  /** 0-based row of the column, for issues of a single row. */
  readonly row?: number;
  /** The other row of a duplicate name. */
  readonly firstRow?: number;
};

export type FactInvalid = { readonly status: 'invalid'; readonly issues: readonly FactIssue[] };

/** `{ status: 'invalid' }` when there are issues, else `null`. */
export function factInvalidIf(issues: readonly FactIssue[]): FactInvalid | null {
  return issues.length > 0 ? { status: 'invalid', issues } : null;
}

/** Every non-finite or (unless `signed`) negative value of a column, each named by its row. */
export function columnIssues(
  values: ArrayLike<number>,
  field: FactField,
  signed: boolean
): FactIssue[] {
  const issues: FactIssue[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) issues.push({ kind: 'notFinite', field, row: i });
    else if (!signed && value < 0) issues.push({ kind: 'negative', field, row: i });
  }
  return issues;
}

/** A total does not fit in a double (inputs near 1e308). */
export type FactOverflow = { readonly status: 'overflow' };

/** Every value of every column is finite: a result may leave the engine. */
export function allFiniteColumns(...columns: readonly ArrayLike<number>[]): boolean {
  for (const column of columns) {
    for (let i = 0; i < column.length; i++) if (!Number.isFinite(column[i] as number)) return false;
  }
  return true;
}
