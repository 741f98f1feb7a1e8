/**
 * The state of a fake Excel workbook, with Excel's own rules for what a write does to a cell:
 * a string is parsed as if typed (a leading `=`, `+`, `-` or `@` makes a formula, `001234` a
 * number, `1/2` a date, `TRUE` a boolean) unless it starts with the quote prefix `'`, which is
 * kept out of the value; numbers keep 15 significant digits.
 */

export class FakeOfficeError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'RichApi.Error';
  }
}

export type ValueType = 'String' | 'Double' | 'Boolean' | 'Error';

export type FakeCell = {
  value: string | number | boolean;
  type: ValueType;
  formula?: string;
  quotePrefix?: boolean;
};

export type Area = { row: number; column: number; rows: number; columns: number };

export type FakeChart = {
  name: string;
  type: string;
  title: string;
  series: { name: string; values?: Area; xValues?: Area; chartType?: string; axisGroup?: string }[];
  position?: [Area, Area];
};

export type FakeSheet = {
  id: string;
  name: string;
  cells: (FakeCell | undefined)[][];
  formats: (string | undefined)[][];
  bold: Set<string>;
  protected: boolean;
  properties: Map<string, string>;
  charts: FakeChart[];
  merged: Area[];
  /** Cell styles a user may add, by `row,column`. */
  fills: Map<string, string>;
  fontColors: Map<string, string>;
  italic: Set<string>;
  conditionalFormats: number;
  shapes: number;
  comments: number;
  /** Rows hidden by hand or by a filter (0-based). */
  hiddenRows: Set<number>;
};

export type FakeName = { name: string; formula: string; visible: boolean };

export type FakeTable = { name: string; sheetId: string; area: Area; style?: string };

export type FakeState = {
  sheets: FakeSheet[];
  tables: FakeTable[];
  settings: Map<string, unknown>;
  selection: { sheetId: string; area: Area } | null;
  readOnly: boolean;
  structureProtected: boolean;
  editingCell: boolean;
  /** Whether this build honours `delayForCellEdit` (older ones fail instead). */
  supportsDelay: boolean;
  /** Excel on the web refuses requests over 5 MB. */
  payloadLimit: number;
  /** Bytes of every request sent, in order. */
  requestBytes: number[];
  /** The next command with this name fails with this code (after the ones before it ran). */
  fault: { op: string; code: string } | null;
  nextId: number;
  /** Workbook names (write locks live here). */
  names: FakeName[];
  /** Syncs sent since the fake was made. */
  syncs: number;
  /** Pane `pane` dies once `afterSyncs` syncs were sent: its next sync never returns. */
  crash: { readonly pane: number; readonly afterSyncs: number } | null;
  /** Ops that cannot be undone, as in Microsoft's list: they fail inside an undo group. */
  notUndoable: Set<string>;
};

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function newState(): FakeState {
  return {
    sheets: [],
    tables: [],
    settings: new Map(),
    selection: null,
    readOnly: false,
    structureProtected: false,
    editingCell: false,
    supportsDelay: true,
    payloadLimit: 5 * 1024 * 1024,
    requestBytes: [],
    fault: null,
    nextId: 1,
    names: [],
    syncs: 0,
    crash: null,
    notUndoable: new Set(['worksheet.delete', 'namedItem.comment']),
  };
}

export function addSheet(state: FakeState, name: string): FakeSheet {
  if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeOfficeError('ItemAlreadyExists');
  }
  const sheet: FakeSheet = {
    id: `{${String(state.nextId++).padStart(8, '0')}-FAKE}`,
    name,
    cells: [],
    formats: [],
    bold: new Set(),
    protected: false,
    properties: new Map(),
    charts: [],
    merged: [],
    fills: new Map(),
    fontColors: new Map(),
    italic: new Set(),
    conditionalFormats: 0,
    shapes: 0,
    comments: 0,
    hiddenRows: new Set(),
  };
  state.sheets.push(sheet);
  return sheet;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DATE = /^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/;

/** What Excel stores when `input` is written to a cell with format `format`. */
export function enter(input: unknown, format: string): FakeCell | undefined {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument');
    return { value: Number(input.toPrecision(15)), type: 'Double' };
  }
  if (typeof input === 'boolean') return { value: input, type: 'Boolean' };
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument');
  if (input === '') return undefined;
  if (input.startsWith("'")) return { value: input.slice(1), type: 'String', quotePrefix: true };
  if (format === '@') return { value: input, type: 'String' };
  if (NUMBER.test(input)) return { value: Number(Number(input).toPrecision(15)), type: 'Double' };
  if (/^[=+\-@]./.test(input)) return { value: '#NAME?', type: 'Error', formula: input };
  if (/^(true|false)$/i.test(input))
    return { value: input.toLowerCase() === 'true', type: 'Boolean' };
  if (DATE.test(input)) return { value: 46000, type: 'Double' };
  return { value: input, type: 'String' };
}

export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells[row]?.[column];
}

export function formatAt(sheet: FakeSheet, row: number, column: number): string {
  return sheet.formats[row]?.[column] ?? 'General';
}

export function setCellAt(
  sheet: FakeSheet,
  row: number,
  column: number,
  cell: FakeCell | undefined
): void {
  const line = (sheet.cells[row] ??= []);
  line[column] = cell;
}

export function setFormatAt(sheet: FakeSheet, row: number, column: number, code: string): void {
  const line = (sheet.formats[row] ??= []);
  line[column] = code;
}

/** The bounding box of non-empty cells, or null. */
export function usedArea(sheet: FakeSheet): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell) return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    })
  );
  return bottom < 0
    ? null
    : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
