/**
 * Catalog part: the messages about an argument Excel passed (argumentProblems.ts). Russian
 * messages name the argument as Russian Excel's argument tips do (argumentNames.ts).
 */
import { russianArgument as ru } from './argumentNames';
import type { Orientation } from './arguments';

/** Where a cell sits in the range it came from, and that range's shape (0-based). */
export type Position = {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
};

/** An argument and, for a range, the cell at fault. */
export type Place = { readonly argument: string; readonly at?: Position | undefined };

/** The position of item `index` of a product range of `orientation` (its length unknown). */
export function lineAt(index: number, orientation: Orientation): Position {
  return orientation === 'column'
    ? { row: index, column: 0, rows: 0, columns: 1 }
    : { row: 0, column: index, rows: 1, columns: 0 };
}

type Words = { readonly row: string; readonly cell: string; readonly column: string };
const EN: Words = { row: 'row', cell: 'cell', column: 'column' };
const RU: Words = { row: 'строка', cell: 'ячейка', column: 'столбец' };

/** "row 3" in a column, "cell 3" in a row, "row 3, column 2" in a block; "" for a single value. */
function position(at: Position | undefined, words: Words): string {
  if (at === undefined) return '';
  if (at.columns === 1) return `${words.row} ${at.row + 1}`;
  if (at.rows === 1) return `${words.cell} ${at.column + 1}`;
  return `${words.row} ${at.row + 1}, ${words.column} ${at.column + 1}`;
}

export function placeEn({ argument, at }: Place): string {
  const where = position(at, EN);
  return where === '' ? argument : `${argument}, ${where}`;
}

export function placeRu({ argument, at }: Place): string {
  const where = position(at, RU);
  return where === '' ? ru(argument) : `${ru(argument)}, ${where}`;
}

const MAX_QUOTED = 40;

function quote(text: string): string {
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return `'${short}'`;
}

type Shape = { readonly argument: string; readonly rows: number; readonly columns: number };
type Mismatch = {
  readonly argument: string;
  readonly length: number;
  readonly expected: { readonly argument: string; readonly length: number };
  readonly unit: 'rows' | 'cells';
};

function countEn(n: number, unit: 'rows' | 'cells'): string {
  return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
}

export const INPUT_MESSAGES = {
  missing: {
    en: (p: Place) =>
      `${p.argument} is missing: give a value or a cell (an empty cell counts as 0)`,
    ru: (p: Place) =>
      `${ru(p.argument)}: аргумент не задан; укажите значение или ячейку (пустая ячейка — 0)`,
  },
  empty: {
    en: (p: Place) => `${p.argument}: the range is empty`,
    ru: (p: Place) => `${ru(p.argument)}: диапазон пуст`,
  },
  ragged: {
    en: (p: Place) => `${p.argument}: rows of the range have different lengths`,
    ru: (p: Place) => `${ru(p.argument)}: строки диапазона разной длины`,
  },
  notSingleColumn: {
    en: (p: Shape) =>
      `${p.argument}: expected a single column (or a single row), got ${p.rows} rows × ${p.columns} columns`,
    ru: (p: Shape) =>
      `${ru(p.argument)}: нужен один столбец (или одна строка), а не ${p.rows} × ${p.columns}`,
  },
  notSingleValue: {
    en: (p: Shape) =>
      `${p.argument}: expected a single value, got ${p.rows} rows × ${p.columns} columns`,
    ru: (p: Shape) => `${ru(p.argument)}: нужно одно значение, а не ${p.rows} × ${p.columns}`,
  },
  lengthMismatch: {
    en: (p: Mismatch) =>
      `${p.expected.argument} has ${countEn(p.expected.length, p.unit)}, ${p.argument} has ${p.length}: give ranges of the same size`,
    ru: (p: Mismatch) =>
      `${ru(p.expected.argument)}: ${p.unit === 'rows' ? 'строк' : 'ячеек'} ${p.expected.length}, ${ru(p.argument)}: ${p.length}; нужны диапазоны одного размера`,
  },
  text: {
    en: (p: Place & { text: string }) =>
      `${placeEn(p)}: text ${quote(p.text)} where a number is expected`,
    ru: (p: Place & { text: string }) => `${placeRu(p)}: текст ${quote(p.text)} вместо числа`,
  },
  boolean: {
    en: (p: Place & { value: boolean }) =>
      `${placeEn(p)}: ${p.value ? 'TRUE' : 'FALSE'} where a number is expected`,
    ru: (p: Place & { value: boolean }) =>
      `${placeRu(p)}: ${p.value ? 'ИСТИНА' : 'ЛОЖЬ'} вместо числа`,
  },
  errorCell: {
    en: (p: Place & { code: string }) => `${placeEn(p)} holds ${p.code}`,
    ru: (p: Place & { code: string }) => `${placeRu(p)}: ошибка ${p.code}`,
  },
  notFinite: {
    en: (p: Place) => `${placeEn(p)}: not a finite number`,
    ru: (p: Place) => `${placeRu(p)}: не конечное число`,
  },
  unsupported: {
    en: (p: Place) => `${placeEn(p)}: not a number`,
    ru: (p: Place) => `${placeRu(p)}: не число`,
  },
  negativeValue: {
    en: (p: Place & { value: number }) =>
      `${placeEn(p)}: ${p.value} is negative; ${p.argument} must be ≥ 0`,
    ru: (p: Place & { value: number }) => `${placeRu(p)}: ${p.value} < 0; нужно ≥ 0`,
  },
  notPositiveValue: {
    en: (p: Place & { value: number }) => `${p.argument} must be > 0 (got ${p.value})`,
    ru: (p: Place & { value: number }) => `${ru(p.argument)}: нужно > 0 (дано ${p.value})`,
  },
  notBoolean: {
    en: (p: Place & { got: GotKind }) =>
      `${p.argument}: expected TRUE or FALSE, got ${gotEn(p.got)}`,
    ru: (p: Place & { got: GotKind }) =>
      `${ru(p.argument)}: нужно ИСТИНА или ЛОЖЬ, дано ${gotRu(p.got)}`,
  },
};

/** What came instead of TRUE/FALSE. */
export type GotKind =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'range' }
  | { readonly kind: 'value'; readonly value: string };

function gotEn(got: GotKind): string {
  if (got.kind === 'text') return `text '${got.text}'`;
  return got.kind === 'range' ? 'a range' : got.value;
}

function gotRu(got: GotKind): string {
  if (got.kind === 'text') return `текст '${got.text}'`;
  return got.kind === 'range' ? 'диапазон' : got.value;
}
