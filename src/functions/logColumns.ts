/**
 * The columns of a sales log, read in place cell by cell as the log is built: a log may hold a
 * million rows, and neither a copy of the cells nor a column in between is made. The rules are the argument
 * parser's (arguments.ts): blanks are 0 or '', text in a number column and TRUE/FALSE are refused
 * naming the row, an error cell passes its code on; a date is a date cell (Excel passes its
 * serial) or ISO text ("2026-03-31"), the one written form no regional setting reads differently.
 */
import { serialFromIsoText } from '../core/fact';
import { fail, type Position } from './argumentProblems';
import { cellNumber, type Orientation } from './arguments';
import { errorCodeOf, invalidValue } from './excelErrors';
import { say } from './messages';

type Grid = readonly (readonly unknown[])[];

/** A one-column (or one-row) range as Excel passed it, its shape checked. */
type LogRange = {
  readonly argument: string;
  readonly grid: Grid;
  readonly length: number;
  readonly orientation: Orientation;
};

function logRange(value: unknown, argument: string): LogRange {
  if (value === null || value === undefined) return fail({ kind: 'missing', argument });
  if (!Array.isArray(value)) return { argument, grid: [[value]], length: 1, orientation: 'column' };
  const rows = value as unknown[];
  if (rows.length === 0) return fail({ kind: 'empty', argument });
  const grid: Grid = Array.isArray(rows[0]) ? (rows as unknown[][]) : [rows];
  const width = (grid[0] as readonly unknown[]).length;
  if (width === 0) return fail({ kind: 'empty', argument });
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row) || row.length !== width) return fail({ kind: 'ragged', argument });
  }
  if (width === 1) return { argument, grid, length: grid.length, orientation: 'column' };
  if (grid.length === 1) return { argument, grid, length: width, orientation: 'row' };
  return fail({ kind: 'notSingleColumn', argument, rows: grid.length, columns: width });
}

function cellAt(range: LogRange, i: number): unknown {
  return range.orientation === 'column'
    ? (range.grid[i] as readonly unknown[])[0]
    : (range.grid[0] as readonly unknown[])[i];
}

function positionOf(range: LogRange, i: number): Position {
  return range.orientation === 'column'
    ? { row: i, column: 0, rows: range.length, columns: 1 }
    : { row: 0, column: i, rows: 1, columns: range.length };
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === '';
}

/**
 * One column of a log, read cell by cell as the log is built: `read(i)` is the value of row i,
 * or stops the function with the message that names the argument and the row.
 */
export type LogColumn<T> = {
  readonly argument: string;
  readonly length: number;
  readonly orientation: Orientation;
  readonly read: (i: number) => T;
};

/** Numbers of a log column; blanks 0; `signed` lets refunds through. */
export function logNumbers(value: unknown, argument: string, signed: boolean): LogColumn<number> {
  const range = logRange(value, argument);
  const read = (i: number): number => {
    const cell = cellAt(range, i);
    if (typeof cell === 'number' && (signed || cell >= 0) && Number.isFinite(cell)) return cell;
    if (isBlank(cell)) return 0;
    return cellNumber(cell, argument, positionOf(range, i), { allowNegative: signed });
  };
  return { argument, length: range.length, orientation: range.orientation, read };
}

/** Dates of a log column as serials: date cells as they are, ISO text read, other text refused. */
export function logDates(value: unknown, argument: string): LogColumn<number> {
  const range = logRange(value, argument);
  const read = (i: number): number => {
    const cell = cellAt(range, i);
    if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
    if (isBlank(cell)) return 0;
    if (typeof cell === 'string' && cell.trim() === '') return 0;
    if (typeof cell === 'string') {
      const serial = serialFromIsoText(cell);
      if (serial !== null) return serial;
      throw invalidValue(say('textNotDate', { argument, at: positionOf(range, i), text: cell }));
    }
    return cellNumber(cell, argument, positionOf(range, i), { allowNegative: true });
  };
  return { argument, length: range.length, orientation: range.orientation, read };
}

/**
 * Names of a log column (products, sellers): text as is, numbers as text, blanks and 0 as ''
 * (Excel on the desktop passes an empty cell as 0).
 */
export function logNames(value: unknown, argument: string): LogColumn<string> {
  const range = logRange(value, argument);
  const read = (i: number): string => {
    const cell = cellAt(range, i);
    if (typeof cell === 'string') return cell;
    if (cell === 0 || isBlank(cell)) return '';
    if (typeof cell === 'number') return String(cell);
    // As Excel shows it: a product typed as TRUE is 'TRUE'.
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    const code = errorCodeOf(cell);
    const at = positionOf(range, i);
    return code === null
      ? fail({ kind: 'unsupported', argument, at })
      : fail({ kind: 'error', argument, at, code });
  };
  return { argument, length: range.length, orientation: range.orientation, read };
}

/** Every column has as many rows as the first one given. */
export function sameLogLength(...columns: readonly LogColumn<unknown>[]): void {
  const [first, ...rest] = columns;
  if (first === undefined) return;
  for (const column of rest) {
    if (column.length === first.length) continue;
    fail({
      kind: 'lengthMismatch',
      argument: column.argument,
      length: column.length,
      expected: { argument: first.argument, length: first.length },
      unit: first.orientation === 'column' ? 'rows' : 'cells',
    });
  }
}

/** Every value of a log column, read (an expense log's dates and amounts). */
export function readAll(column: LogColumn<number>): Float64Array {
  const values = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) values[i] = column.read(i);
  return values;
}

/** A column of a log as the user left it out: every row reads `value`. */
export function constantColumn<T>(
  like: LogColumn<unknown>,
  argument: string,
  value: T
): LogColumn<T> {
  return { argument, length: like.length, orientation: like.orientation, read: () => value };
}
