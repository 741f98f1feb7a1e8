/**
 * Sums of sales columns by period, and by period and group, over typed arrays: the period of each
 * sale is worked out as the sums are taken (no column of periods in between), into a dense grid
 * of periods × groups when it is small (the usual case: months × sellers), a Map otherwise.
 */
import { periodOrdinal, type PeriodKind } from './excelDates';

/**
 * The period number of a day; a log sorted by date repeats its days, so the last answer is kept.
 */
export function ordinalOf(kind: PeriodKind): (day: number) => number {
  let lastDay = Number.NaN;
  let last = 0;
  return (day) => {
    if (day !== lastDay) {
      lastDay = day;
      last = periodOrdinal(day, kind);
    }
    return last;
  };
}

/** The period number of each day. */
export function periodOrdinals(days: ArrayLike<number>, kind: PeriodKind): Int32Array {
  const ordinal = ordinalOf(kind);
  return Int32Array.from({ length: days.length }, (_, i) => ordinal(days[i] as number));
}

export type PeriodRange = { readonly from: number; readonly to: number };

/** The first and last period the days fall in; `null` when there are none. */
export function periodRange(days: ArrayLike<number>, kind: PeriodKind): PeriodRange | null {
  if (days.length === 0) return null;
  const ordinal = ordinalOf(kind);
  let from = ordinal(days[0] as number);
  let to = from;
  for (let i = 1; i < days.length; i++) {
    const o = ordinal(days[i] as number);
    if (o < from) from = o;
    else if (o > to) to = o;
  }
  return { from, to };
}

/** The range covering both, either of them, or `null`. */
export function unionRange(a: PeriodRange | null, b: PeriodRange | null): PeriodRange | null {
  if (a === null || b === null) return a ?? b;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/**
 * Σ of each column per period, for every period of `range` (periods with no sale are 0):
 * `sums[c][p − range.from]`. Days outside the range are left out.
 */
export function periodSeries(
  days: ArrayLike<number>,
  kind: PeriodKind,
  columns: readonly ArrayLike<number>[],
  range: PeriodRange
): Float64Array[] {
  const span = range.to - range.from + 1;
  const ordinal = ordinalOf(kind);
  const sums = columns.map(() => new Float64Array(span));
  for (let i = 0; i < days.length; i++) {
    const slot = ordinal(days[i] as number) - range.from;
    if (slot < 0 || slot >= span) continue;
    for (let c = 0; c < columns.length; c++) {
      const column = sums[c] as Float64Array;
      column[slot] = (column[slot] as number) + ((columns[c] as ArrayLike<number>)[i] as number);
    }
  }
  return sums;
}

export type GroupTotals = {
  /** Period number of each row, ascending; rows of one period in group-number order. */
  readonly period: Int32Array;
  readonly group: Uint32Array;
  /** Σ of each column per row. */
  readonly sums: readonly Float64Array[];
};

// A grid of periods × groups up to this many cells is cheaper than a Map (8 bytes a cell a column).
const DENSE_CELLS = 1 << 22;

/** Σ of each column per (period, group) that has a sale. */
export function groupTotals(
  days: ArrayLike<number>,
  kind: PeriodKind,
  groups: ArrayLike<number>,
  groupCount: number,
  columns: readonly ArrayLike<number>[]
): GroupTotals {
  const range = periodRange(days, kind);
  const width = Math.max(1, groupCount);
  if (range === null) return rowsOf([], () => 0, columns.length, 0, width);
  const cells = (range.to - range.from + 1) * width;
  const ordinal = ordinalOf(kind);
  // The cell of sale i in the grid of periods × groups.
  const slotOf = (i: number) =>
    (ordinal(days[i] as number) - range.from) * width + (groups[i] as number);
  return cells <= Math.max(DENSE_CELLS, 2 * days.length)
    ? denseTotals(days.length, slotOf, cells, columns, range.from, width)
    : sparseTotals(days.length, slotOf, columns, range.from, width);
}

function denseTotals(
  n: number,
  slotOf: (i: number) => number,
  cells: number,
  columns: readonly ArrayLike<number>[],
  from: number,
  width: number
): GroupTotals {
  const seen = new Uint8Array(cells);
  const grids = columns.map(() => new Float64Array(cells));
  for (let i = 0; i < n; i++) {
    const slot = slotOf(i);
    seen[slot] = 1;
    for (let c = 0; c < columns.length; c++) {
      const grid = grids[c] as Float64Array;
      grid[slot] = (grid[slot] as number) + ((columns[c] as ArrayLike<number>)[i] as number);
    }
  }
  const used: number[] = [];
  for (let s = 0; s < cells; s++) if (seen[s] === 1) used.push(s);
  return rowsOf(
    used,
    (s, c) => (grids[c] as Float64Array)[s] as number,
    columns.length,
    from,
    width
  );
}

function sparseTotals(
  n: number,
  slotOf: (i: number) => number,
  columns: readonly ArrayLike<number>[],
  from: number,
  width: number
): GroupTotals {
  const bySlot = new Map<number, Float64Array>();
  for (let i = 0; i < n; i++) {
    const slot = slotOf(i);
    let sums = bySlot.get(slot);
    if (sums === undefined) {
      sums = new Float64Array(columns.length);
      bySlot.set(slot, sums);
    }
    for (let c = 0; c < columns.length; c++) {
      sums[c] = (sums[c] as number) + ((columns[c] as ArrayLike<number>)[i] as number);
    }
  }
  const used = [...bySlot.keys()].sort((a, b) => a - b);
  return rowsOf(
    used,
    (s, c) => (bySlot.get(s) as Float64Array)[c] as number,
    columns.length,
    from,
    width
  );
}

function rowsOf(
  slots: readonly number[],
  value: (slot: number, column: number) => number,
  columnCount: number,
  from: number,
  width: number
): GroupTotals {
  const period = new Int32Array(slots.length);
  const group = new Uint32Array(slots.length);
  const sums = Array.from({ length: columnCount }, () => new Float64Array(slots.length));
  slots.forEach((slot, k) => {
    period[k] = from + Math.floor(slot / width);
    group[k] = slot % width;
    for (let c = 0; c < columnCount; c++) (sums[c] as Float64Array)[k] = value(slot, c);
  });
  return { period, group, sums };
}
