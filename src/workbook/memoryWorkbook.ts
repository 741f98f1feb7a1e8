/**
 * The state of an in-memory workbook: sheets as 2-D arrays, tables, settings, our markers and
 * the flags that block writing. `MemoryGateway` works on it; tests and the pane's component tests
 * build and inspect it directly.
 */
import { fingerprintGrid } from './fingerprint';
import type { CellKind, CellValue } from './gateway';
import type { Extent, SheetLookParts } from './sheetLook';

/** A cell: a value, or an error value such as `#N/A`. */
export type MemoryCell = CellValue | { readonly error: string };

export type MemorySheet = {
  readonly id: string;
  name: string;
  cells: MemoryCell[][];
  /** Number format codes by cell, same shape as `cells` (absent: General). */
  formats: (string | undefined)[][];
  protected: boolean;
  /** Worksheet custom properties (our marker lives here). */
  properties: Record<string, string>;
  /** Merged areas: [row, column, rows, columns]. */
  merged: [number, number, number, number][];
  charts: { readonly title: string; readonly rows: number }[];
  bold: [number, number][];
  /** Fill colours by `row,column` (what a user highlights). */
  fills?: Map<string, string>;
  /** Conditional formats, shapes (pictures, text boxes) and comments on the sheet. */
  conditionalFormats?: number;
  shapes?: number;
  comments?: number;
  /** Rows hidden by hand or by a filter (0-based). */
  hidden?: number[];
};

export type MemoryTable = {
  name: string;
  sheetId: string;
  /** Position of the header row's first cell and the size including the header row. */
  row: number;
  column: number;
  rows: number;
  columns: number;
};

export type MemoryWorkbook = {
  sheets: MemorySheet[];
  tables: MemoryTable[];
  settings: Record<string, unknown>;
  selection: {
    sheetId: string;
    row: number;
    column: number;
    rows: number;
    columns: number;
  } | null;
  readOnly: boolean;
  structureProtected: boolean;
  editingCell: boolean;
  nextSheetId: number;
  /** Workbook names (our write locks live here, as in Excel). */
  names?: Record<string, string>;
};

export type SheetInit = {
  readonly name: string;
  readonly cells?: readonly (readonly MemoryCell[])[];
  readonly protected?: boolean;
  readonly merged?: readonly [number, number, number, number][];
  readonly hidden?: readonly number[];
};

export function newSheet(workbook: MemoryWorkbook, init: SheetInit): MemorySheet {
  const sheet: MemorySheet = {
    id: `{sheet-${workbook.nextSheetId++}}`,
    name: init.name,
    cells: (init.cells ?? []).map((row) => [...row]),
    formats: [],
    protected: init.protected ?? false,
    properties: {},
    merged: (init.merged ?? []).map((area) => [...area]),
    charts: [],
    bold: [],
    ...(init.hidden ? { hidden: [...init.hidden] } : {}),
  };
  workbook.sheets.push(sheet);
  return sheet;
}

export function cellKind(cell: MemoryCell | undefined): CellKind {
  if (cell === undefined || cell === null || cell === '') return 'empty';
  if (typeof cell === 'object') return 'error';
  if (typeof cell === 'number') return 'number';
  if (typeof cell === 'boolean') return 'boolean';
  return 'string';
}

/** The value as Office.js gives it: errors as their text, blanks as `null`. */
export function cellValue(cell: MemoryCell | undefined): CellValue {
  if (cell === undefined || cell === '') return null;
  return typeof cell === 'object' && cell !== null ? cell.error : cell;
}

/** The values of a rectangle, as a grid. */
export function readArea(
  sheet: MemorySheet,
  row: number,
  column: number,
  rows: number,
  columns: number
): { values: CellValue[][]; kinds: CellKind[][] } {
  const values: CellValue[][] = [];
  const kinds: CellKind[][] = [];
  for (let r = row; r < row + rows; r++) {
    const line = sheet.cells[r] ?? [];
    const cells = Array.from({ length: columns }, (_, c) => line[column + c]);
    values.push(cells.map(cellValue));
    kinds.push(cells.map(cellKind));
  }
  return { values, kinds };
}

/** Rows and columns up to the last non-empty cell. */
export function usedExtent(sheet: MemorySheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.cells.forEach((line, r) => {
    line.forEach((cell, c) => {
      if (cellKind(cell) === 'empty') return;
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    });
  });
  return { rows, columns };
}

export function setCell(sheet: MemorySheet, row: number, column: number, value: MemoryCell): void {
  const line = (sheet.cells[row] ??= []);
  line[column] = value;
}

export function setFormat(sheet: MemorySheet, row: number, column: number, code: string): void {
  const line = (sheet.formats[row] ??= []);
  line[column] = code;
}

/** The fingerprint of a sheet's values as they are now. */
export function sheetFingerprint(sheet: MemorySheet): string {
  const { rows, columns } = usedExtent(sheet);
  const grid = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => cellValue(sheet.cells[r]?.[c]))
  );
  return fingerprintGrid(grid);
}

/** What one column of `extent` looks like: one value when every cell agrees, else `null`. */
function agreed<T>(values: readonly T[]): T | null {
  const [first] = values;
  return values.every((v) => v === first) ? (first ?? null) : null;
}

/** The sheet's look over `extent` (see sheetLook.ts), as the Excel gateway reads it. */
export function sheetLookParts(sheet: MemorySheet, extent: Extent): SheetLookParts {
  const bold = new Set(sheet.bold.map(([r, c]) => `${r},${c}`));
  const rows = Array.from({ length: Math.max(1, extent.rows) }, (_, r) => r);
  const columns = Array.from({ length: extent.columns }, (_, c) => [
    agreed(rows.map((r) => sheet.fills?.get(`${r},${c}`) ?? '#FFFFFF')),
    agreed(rows.map((r) => bold.has(`${r},${c}`))),
    '#000000',
    false,
  ]);
  return {
    columns,
    conditionalFormats: sheet.conditionalFormats ?? 0,
    charts: sheet.charts.map((chart) => chart.title),
    shapes: sheet.shapes ?? 0,
    comments: sheet.comments ?? 0,
  };
}
