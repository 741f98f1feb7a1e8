/**
 * The one argument parser of the TA.* functions: Excel shapes in, numbers and columns out, or a
 * #VALUE! naming the argument and the 1-based row (see argumentProblems.ts).
 *
 * Policy, the same on every platform:
 * - Every parameter is declared a matrix (`any[][]`), so Excel hands over a cell as `[[v]]` and an
 *   omitted argument as `null`: the two never look alike, on the desktop or the web. A required
 *   argument left out is a #VALUE! naming it (Excel's own functions refuse such a formula), and a
 *   range where one value belongs reaches the parser instead of being spread over cells by Excel.
 * - A blank cell is 0. Excel on the desktop passes blanks of an `any` range as 0 and Excel on the
 *   web as `null` (office-js #4702, #1951); reading both as 0 gives one result everywhere.
 * - Text (a header row included by mistake, "12,50" stored as text) and TRUE/FALSE are refused,
 *   never coerced: a silent 0 or 1 in a price column is a wrong plan, not a convenience.
 * - An error cell passes its code on, with the argument and row named where Excel shows words.
 * - A product range is one column or one row; a result spills in the same orientation.
 */
import { fail, type Position } from './argumentProblems';
import { errorCodeOf } from './excelErrors';
import type { GotKind } from './inputMessages';

export type Orientation = 'column' | 'row';

/** One product column as the user gave it. */
export type Column<T> = {
  readonly argument: string;
  readonly values: T;
  readonly orientation: Orientation;
};

export type NumberOptions = {
  /** Allow values below 0 (throughput, profit); prices, times and quantities refuse them. */
  readonly allowNegative?: boolean;
};

type Grid = readonly (readonly unknown[])[];

/**
 * A 2-D range as Excel passes it; a lone value (a literal in the formula) is a 1×1 range. `null`
 * is an argument left out: the parsers are given only required arguments (or optional ones the
 * caller found given, see `isOmitted`).
 */
function gridOf(value: unknown, argument: string): Grid {
  if (value === null || value === undefined) return fail({ kind: 'missing', argument });
  if (!Array.isArray(value)) return [[value]];
  const rows = value as unknown[];
  if (rows.length === 0) return fail({ kind: 'empty', argument });
  if (!rows.every(Array.isArray)) return [rows];
  const grid = rows as unknown[][];
  const width = (grid[0] as unknown[]).length;
  if (width === 0) return fail({ kind: 'empty', argument });
  if (grid.some((row) => row.length !== width)) return fail({ kind: 'ragged', argument });
  return grid;
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === '';
}

/** The number in `cell`; blanks are 0; anything else stops the function with a message. */
export function cellNumber(
  cell: unknown,
  argument: string,
  at: Position | undefined,
  options: NumberOptions = {}
): number {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail({ kind: 'notFinite', argument, at });
    if (cell < 0 && !options.allowNegative) {
      return fail({ kind: 'negative', argument, at, value: cell });
    }
    return cell === 0 ? 0 : cell;
  }
  if (isBlank(cell)) return 0;
  if (typeof cell === 'string') return fail({ kind: 'text', argument, at, text: cell });
  if (typeof cell === 'boolean') return fail({ kind: 'boolean', argument, at, value: cell });
  const code = errorCodeOf(cell);
  if (code !== null) return fail({ kind: 'error', argument, at, code });
  return fail({ kind: 'unsupported', argument, at });
}

function vectorOf(
  value: unknown,
  argument: string
): { cells: unknown[]; orientation: Orientation } {
  const grid = gridOf(value, argument);
  const rows = grid.length;
  const columns = (grid[0] as readonly unknown[]).length;
  if (columns === 1) return { cells: grid.map((row) => row[0]), orientation: 'column' };
  if (rows === 1) return { cells: [...(grid[0] as readonly unknown[])], orientation: 'row' };
  return fail({ kind: 'notSingleColumn', argument, rows, columns });
}

function positionIn(index: number, length: number, orientation: Orientation): Position {
  return orientation === 'column'
    ? { row: index, column: 0, rows: length, columns: 1 }
    : { row: 0, column: index, rows: 1, columns: length };
}

/** A product range (one column or one row) of numbers; blanks are 0. */
export function numberColumn(
  value: unknown,
  argument: string,
  options: NumberOptions = {}
): Column<Float64Array> {
  const { cells, orientation } = vectorOf(value, argument);
  const n = cells.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cell = cells[i];
    // Numbers and blanks (most of a whole-column reference) skip building a position.
    if (typeof cell === 'number' && cell >= 0 && cell < Infinity) values[i] = cell;
    else if (!isBlank(cell))
      values[i] = cellNumber(cell, argument, positionIn(i, n, orientation), options);
  }
  return { argument, values, orientation };
}

/**
 * A column of labels (product names): text as is, numbers as text, blanks as "". A 0 is a blank
 * too: Excel on the desktop passes an empty name cell as 0, on the web as `null`.
 */
export function textColumn(value: unknown, argument: string): Column<string[]> {
  const { cells, orientation } = vectorOf(value, argument);
  const values = cells.map((cell, i) => {
    if (typeof cell === 'string') return cell;
    if (cell === 0) return '';
    if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
    if (isBlank(cell)) return '';
    const at = positionIn(i, cells.length, orientation);
    const code = errorCodeOf(cell);
    return code === null
      ? fail({ kind: 'unsupported', argument, at })
      : fail({ kind: 'error', argument, at, code });
  });
  return { argument, values, orientation };
}

/** Every number of a range of any shape, row by row (for sums); blanks are 0. */
export function numberCells(
  value: unknown,
  argument: string,
  options: NumberOptions = {}
): number[] {
  const grid = gridOf(value, argument);
  const rows = grid.length;
  const columns = (grid[0] as readonly unknown[]).length;
  const numbers: number[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === 'number' && cell >= 0 && cell < Infinity) numbers.push(cell);
      else if (isBlank(cell)) numbers.push(0);
      else numbers.push(cellNumber(cell, argument, { row: r, column: c, rows, columns }, options));
    })
  );
  return numbers;
}

/** Checks that every product range has as many cells as the first one. */
export function sameLength(...columns: readonly Column<ArrayLike<unknown>>[]): void {
  const [first, ...rest] = columns;
  if (first === undefined) return;
  for (const column of rest) {
    if (column.values.length === first.values.length) continue;
    fail({
      kind: 'lengthMismatch',
      argument: column.argument,
      length: column.values.length,
      expected: { argument: first.argument, length: first.values.length },
      unit: first.orientation === 'column' ? 'rows' : 'cells',
    });
  }
}

/** A single number (a literal or a one-cell range); blank is 0. */
export function numberValue(value: unknown, argument: string, options: NumberOptions = {}): number {
  const grid = gridOf(value, argument);
  const rows = grid.length;
  const columns = (grid[0] as readonly unknown[]).length;
  if (rows !== 1 || columns !== 1) fail({ kind: 'notSingleValue', argument, rows, columns });
  return cellNumber((grid[0] as readonly unknown[])[0], argument, undefined, options);
}

/** A number that must be above 0 (a capacity, a factory cost). */
export function positiveValue(value: unknown, argument: string): number {
  const number = numberValue(value, argument, { allowNegative: true });
  if (!(number > 0)) fail({ kind: 'notPositive', argument, value: number });
  return number;
}

/** An optional argument Excel passes as `null` when omitted: `fallback` then. */
export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * An optional TRUE/FALSE; 1 and 0 are accepted as Excel's own logical functions accept them. A
 * given but empty cell is FALSE, as in Excel (the desktop passes it as 0, the web as null).
 */
export function optionalBoolean(value: unknown, argument: string, fallback: boolean): boolean {
  if (isOmitted(value)) return fallback;
  const grid = gridOf(value, argument);
  const cell = grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : value;
  if (typeof cell === 'boolean') return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  if (isBlank(cell)) return false;
  const code = errorCodeOf(cell);
  if (code !== null) return fail({ kind: 'error', argument, code });
  const got: GotKind =
    typeof cell === 'string'
      ? { kind: 'text', text: cell }
      : Array.isArray(cell)
        ? { kind: 'range' }
        : { kind: 'value', value: String(cell) };
  return fail({ kind: 'notBoolean', argument, got });
}
