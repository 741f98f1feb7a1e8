/**
 * What can be wrong with an argument Excel passed, as data, and the one sentence the user reads
 * in the cell's error flag. Positions are 0-based here and 1-based in messages, counted inside
 * the range the user selected (row 1 is the range's first row, e.g. a header they included).
 */
import { invalidValue, propagated } from './excelErrors';
import type { GotKind, Position } from './inputMessages';
import { say } from './messages';

export type { Position } from './inputMessages';

export type ArgumentProblem =
  | { readonly kind: 'missing'; readonly argument: string }
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
  | { readonly kind: 'notBoolean'; readonly argument: string; readonly got: GotKind };

/** The sentence shown in Excel's error flag for `problem`, in the display language. */
export function problemMessage(problem: ArgumentProblem): string {
  switch (problem.kind) {
    case 'missing':
    case 'empty':
    case 'ragged':
    case 'notSingleColumn':
    case 'notSingleValue':
    case 'lengthMismatch':
    case 'text':
    case 'boolean':
    case 'notFinite':
    case 'unsupported':
    case 'notBoolean':
      return say(problem.kind, problem);
    case 'error':
      return say('errorCell', problem);
    case 'negative':
      return say('negativeValue', problem);
    case 'notPositive':
      return say('notPositiveValue', problem);
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
