/**
 * Problems of the user's products table, each naming the sheet row (1-based, as Excel shows it)
 * and the column header, so the owner can go straight to the cell.
 */
import type { InputIssue } from '../core';

export type ProductProblemKind =
  /** A needed cell is empty: the row is left out (never read as 0). */
  | 'blank'
  /** Text where a number is expected ("12,50", "$12.50"): never parsed. */
  | 'text'
  /** An error value such as #N/A or #DIV/0!. */
  | 'error'
  | 'boolean'
  | 'negative'
  | 'notFinite'
  | 'minimumAboveDemand'
  | 'duplicateName'
  /** A money column formatted as a date: the numbers are probably dates. */
  | 'dateFormat'
  | 'mergedCells'
  | 'noRows'
  | 'capacityNotPositive'
  | 'operatingExpenseInvalid';

export type ProductProblem = {
  readonly kind: ProductProblemKind;
  /** `error` refuses the table; `warning` is shown, and a `blank` row is left out. */
  readonly severity: 'error' | 'warning';
  /** 1-based row on the sheet. */
  readonly row?: number;
  /** The column's header as the user wrote it (or the resource name). */
  readonly column?: string;
  /** The cell as text, e.g. `#N/A` or `12,50`; or the duplicated name. */
  readonly value?: string;
  /** Other rows involved (a duplicated name's other rows). */
  readonly rows?: readonly number[];
};

/** How to name the user's rows and columns for the engine's 0-based issues. */
export type ProblemContext = {
  /** Sheet row of each product, in product order. */
  readonly sheetRows: readonly number[];
  readonly headers: {
    readonly price: string;
    readonly tvc: string;
    readonly demand: string | null;
    readonly minimum: string | null;
    /** Header of each resource's column, in resource order. */
    readonly usage: readonly string[];
    /** Resource names, in resource order. */
    readonly resources: readonly string[];
  };
};

/** The engine's issues in the user's terms: sheet row and column header. */
export function problemsOfIssues(
  issues: readonly InputIssue[],
  context: ProblemContext
): ProductProblem[] {
  return issues.map((issue) => problemOfIssue(issue, context));
}

function problemOfIssue(issue: InputIssue, context: ProblemContext): ProductProblem {
  const { headers, sheetRows } = context;
  switch (issue.kind) {
    case 'noProducts':
      return { kind: 'noRows', severity: 'error' };
    case 'operatingExpenseInvalid':
      return { kind: 'operatingExpenseInvalid', severity: 'error' };
    case 'capacityNotPositive':
      return {
        kind: 'capacityNotPositive',
        severity: 'error',
        column: headers.resources[issue.resource] ?? `#${issue.resource + 1}`,
      };
    case 'minimumAboveDemand':
      return {
        kind: 'minimumAboveDemand',
        severity: 'error',
        row: sheetRows[issue.row],
        column: headers.minimum ?? undefined,
      };
    case 'negative':
    case 'notFinite': {
      const column =
        issue.field === 'usage'
          ? headers.usage[issue.resource ?? 0]
          : (headers[issue.field] ?? undefined);
      return { kind: issue.kind, severity: 'error', row: sheetRows[issue.row], column };
    }
  }
}

/** The 1-based sheet row of the source's first row (the header row), from its A1 address. */
export function firstSheetRow(address: string): number {
  const range = address.slice(address.lastIndexOf('!') + 1);
  const match = /^\$?[A-Za-z]*\$?(\d+)/.exec(range);
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  return Number(match[1]);
}
