/**
 * What can be wrong with an argument Excel passed, as data, and the one sentence the user reads
 * in the cell's error flag. Positions are 0-based here and 1-based in messages, counted inside
 * the range the user selected (row 1 is the range's first row, e.g. a header they included).
 */
import { invalidValue, propagated } from './excelErrors';

/** Where a cell sits in the range it came from, and that range's shape. */
export type Position = {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
};

export type ArgumentProblem =
  | { readonly kind: 'empty'; readonly argument: string }
  | { readonly kind: 'ragged'; readonly argument: string }
  | {
      readonly kind: 'notSingleColumn' | 'notSingleValue';
      readonly argument: string;
      readonly rows: number;
      readonly columns: number;
    }
  | {
      readonly kind: 'lengthMismatch';
      readonly argument: string;
      readonly length: number;
      readonly expected: { readonly argument: string; readonly length: number };
      readonly unit: 'rows' | 'cells';
    }
  | {
      readonly kind: 'text';
      readonly argument: string;
      readonly at?: Position;
      readonly text: string;
    }
  | {
      readonly kind: 'boolean';
      readonly argument: string;
      readonly at?: Position;
      readonly value: boolean;
    }
  | {
      readonly kind: 'error';
      readonly argument: string;
      readonly at?: Position;
      readonly code: string;
    }
  | {
      readonly kind: 'notFinite' | 'unsupported';
      readonly argument: string;
      readonly at?: Position;
    }
  | {
      readonly kind: 'negative';
      readonly argument: string;
      readonly at?: Position;
      readonly value: number;
    }
  | { readonly kind: 'notPositive'; readonly argument: string; readonly value: number }
  | { readonly kind: 'notBoolean'; readonly argument: string; readonly got: string };

const MAX_QUOTED = 40;

/** "row 3" in a column, "cell 3" in a row, "row 3, column 2" in a block; "" for a single value. */
export function describePosition(at: Position | undefined): string {
  if (at === undefined) return '';
  if (at.columns === 1) return `row ${at.row + 1}`;
  if (at.rows === 1) return `cell ${at.column + 1}`;
  return `row ${at.row + 1}, column ${at.column + 1}`;
}

function where(argument: string, at: Position | undefined): string {
  const position = describePosition(at);
  return position === '' ? argument : `${argument}, ${position}`;
}

function quote(text: string): string {
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return `'${short}'`;
}

function count(n: number, unit: 'rows' | 'cells'): string {
  return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
}

/** The sentence shown in Excel's error flag for `problem`. */
export function problemMessage(problem: ArgumentProblem): string {
  const { argument } = problem;
  switch (problem.kind) {
    case 'empty':
      return `${argument}: the range is empty`;
    case 'ragged':
      return `${argument}: rows of the range have different lengths`;
    case 'notSingleColumn':
      return `${argument}: expected a single column (or a single row), got ${problem.rows} rows × ${problem.columns} columns`;
    case 'notSingleValue':
      return `${argument}: expected a single value, got ${problem.rows} rows × ${problem.columns} columns`;
    case 'lengthMismatch':
      return `${problem.expected.argument} has ${count(problem.expected.length, problem.unit)}, ${argument} has ${problem.length}: give ranges of the same size`;
    case 'text':
      return `${where(argument, problem.at)}: text ${quote(problem.text)} where a number is expected`;
    case 'boolean':
      return `${where(argument, problem.at)}: ${problem.value ? 'TRUE' : 'FALSE'} where a number is expected`;
    case 'error':
      return `${where(argument, problem.at)} holds ${problem.code}`;
    case 'notFinite':
      return `${where(argument, problem.at)}: not a finite number`;
    case 'unsupported':
      return `${where(argument, problem.at)}: not a number`;
    case 'negative':
      return `${where(argument, problem.at)}: ${problem.value} is negative; ${argument} must be ≥ 0`;
    case 'notPositive':
      return `${argument} must be > 0 (got ${problem.value})`;
    case 'notBoolean':
      return `${argument}: expected TRUE or FALSE, got ${problem.got}`;
  }
}

/** The Excel error for `problem`: an error cell passes its own code on, the rest are #VALUE!. */
export function problemError(problem: ArgumentProblem): CustomFunctions.Error {
  const message = problemMessage(problem);
  return problem.kind === 'error' ? propagated(problem.code, message) : invalidValue(message);
}

/** Stops the function with the Excel error for `problem`. */
export function fail(problem: ArgumentProblem): never {
  throw problemError(problem);
}
