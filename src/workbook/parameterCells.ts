/**
 * The period's numbers an owner already keeps beside the products table: a label with a number
 * right of it ("Master hours a month | 100", «Операционные расходы (ОЕ) в месяц | 60 000»). The
 * pane links its inputs to those cells the first time it reads a table, so Refresh follows them.
 */
import { rangeAddress } from './a1';
import type { CellKind, CellValue, RangeRead } from './gateway';

/** Inputs found on the sheet, as references the pane's fields can hold. */
export type ParameterCells = {
  readonly capacities: Readonly<Record<string, string>>;
  readonly operatingExpense: string | null;
  readonly targetProfit: string | null;
};

/** Rows below and columns right of the table that are searched for labelled numbers. */
export const SEARCH_ROWS = 12;
export const SEARCH_COLUMNS = 6;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

const OE = /(^|[^\p{L}])(oe|ое|оех)([^\p{L}]|$)|operating expense|операционн\S* расход/u;
const TARGET =
  /target (net )?profit|desired (net )?profit|profit target|(желаем|целев|планов)\S* (чист\S* )?(прибыл|чп)/u;
const TIME_WORDS = new Set([
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'min',
  'mins',
  'minute',
  'minutes',
  'capacity',
  'ч',
  'час',
  'часа',
  'часов',
  'часы',
  'мин',
  'минут',
  'минуты',
  'мощность',
  'фонд',
]);

/** A resource's words found among the label's: whole words, or a Russian stem of 4+ letters. */
function namesResource(label: readonly string[], resource: string): boolean {
  const wanted = words(resource);
  return (
    wanted.length > 0 &&
    wanted.every((w) => label.some((l) => l === w || (w.length >= 4 && l.startsWith(w))))
  );
}

type Cell = { readonly value: CellValue; readonly kind: CellKind };

/**
 * Labelled numbers in `area` (read around the table) outside the table itself, nearest the table
 * first. A capacity label names its resource (unless the table has only one) and a time word.
 */
export function findParameterCells(
  area: Extract<RangeRead, { status: 'read' }>,
  origin: { readonly sheet: string; readonly row: number; readonly column: number },
  table: {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  },
  resources: readonly string[]
): ParameterCells {
  const capacities: Record<string, string> = {};
  let operatingExpense: string | null = null;
  let targetProfit: string | null = null;
  const inTable = (r: number, c: number) =>
    r >= table.row &&
    r < table.row + table.rows &&
    c >= table.column &&
    c < table.column + table.columns;
  area.values.forEach((line, i) => {
    line.forEach((value, j) => {
      const row = origin.row + i;
      const column = origin.column + j;
      if (inTable(row, column) || area.kinds[i]?.[j] !== 'string') return;
      const next: Cell = { value: line[j + 1] ?? null, kind: area.kinds[i]?.[j + 1] ?? 'empty' };
      if (next.kind !== 'number' || inTable(row, column + 1)) return;
      const reference = rangeAddress(origin.sheet, row, column + 1, 1, 1);
      const text = String(value).toLowerCase().replace(/ё/g, 'е');
      if (OE.test(text)) operatingExpense ??= reference;
      else if (TARGET.test(text)) targetProfit ??= reference;
      else {
        const label = words(text);
        if (!label.some((w) => TIME_WORDS.has(w))) return;
        const named = resources.filter((r) => namesResource(label, r));
        const resource =
          named.length === 1 ? named[0] : resources.length === 1 ? resources[0] : undefined;
        if (resource !== undefined) capacities[resource] ??= reference;
      }
    });
  });
  return { capacities, operatingExpense, targetProfit };
}
