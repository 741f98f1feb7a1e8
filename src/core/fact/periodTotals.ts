/**
 * Sums of sales columns by period, and by period and group, over typed arrays: one pass over the
 * sales into a dense grid of periods × groups when it is small (the usual case: months × sellers),
 * a Map keyed by period and group otherwise.
 */
import { periodOrdinal, type PeriodKind } from './excelDates';

/** The period number of each day; consecutive equal days (a log sorted by date) cost one lookup. */
export function periodOrdinals(days: Int32Array, kind: PeriodKind): Int32Array {
  const ordinals = new Int32Array(days.length);
  let lastDay = Number.NaN;
  let last = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number;
    if (day !== lastDay) {
      lastDay = day;
      last = periodOrdinal(day, kind);
    }
    ordinals[i] = last;
  }
  return ordinals;
}

/** The lowest and highest of `ordinals`; `null` when there are none. */
export function ordinalRange(ordinals: ArrayLike<number>): { from: number; to: number } | null {
  if (ordinals.length === 0) return null;
  let from = ordinals[0] as number;
  let to = from;
  for (let i = 1; i < ordinals.length; i++) {
    const o = ordinals[i] as number;
    if (o < from) from = o;
    else if (o > to) to = o;
  }
  return { from, to };
}

/**
 * Σ of each column per period, for every period from `from` to `to` (periods with no sale are 0):
 * `sums[c][p − from]`. Rows outside the range are left out.
 */
export function periodSeries(
  ordinals: Int32Array,
  columns: readonly Float64Array[],
  from: number,
  to: number
): Float64Array[] {
  const span = to - from + 1;
  return columns.map((column) => {
    const sums = new Float64Array(span);
    for (let i = 0; i < ordinals.length; i++) {
      const slot = (ordinals[i] as number) - from;
      if (slot >= 0 && slot < span) sums[slot] = (sums[slot] as number) + (column[i] as number);
    }
    return sums;
  });
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
  ordinals: Int32Array,
  groups: Uint32Array,
  groupCount: number,
  columns: readonly Float64Array[]
): GroupTotals {
  const range = ordinalRange(ordinals);
  if (range === null) {
    return {
      period: new Int32Array(0),
      group: new Uint32Array(0),
      sums: columns.map(() => new Float64Array(0)),
    };
  }
  const width = Math.max(1, groupCount);
  const cells = (range.to - range.from + 1) * width;
  const slotOf = (i: number) =>
    ((ordinals[i] as number) - range.from) * width + (groups[i] as number);
  return cells <= Math.max(DENSE_CELLS, 2 * ordinals.length)
    ? denseTotals(ordinals.length, cells, slotOf, columns, range.from, width)
    : sparseTotals(ordinals.length, slotOf, columns, range.from, width);
}

function denseTotals(
  n: number,
  cells: number,
  slotOf: (i: number) => number,
  columns: readonly Float64Array[],
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
      grid[slot] = (grid[slot] as number) + ((columns[c] as Float64Array)[i] as number);
    }
  }
  const slots: number[] = [];
  for (let s = 0; s < cells; s++) if (seen[s] === 1) slots.push(s);
  return rowsOf(
    slots,
    (s, c) => (grids[c] as Float64Array)[s] as number,
    columns.length,
    from,
    width
  );
}

function sparseTotals(
  n: number,
  slotOf: (i: number) => number,
  columns: readonly Float64Array[],
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
      sums[c] = (sums[c] as number) + ((columns[c] as Float64Array)[i] as number);
    }
  }
  const slots = [...bySlot.keys()].sort((a, b) => a - b);
  return rowsOf(
    slots,
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
