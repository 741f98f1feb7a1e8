/** Reading Univer ranges as the pane expects them: raw values, kinds, A1 addresses. */
import { FormulaDataModel } from '@univerjs/preset-sheets-core';
import type { FRange, FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import type { CellKind, CellValue } from '../src/workbook/gateway';

const ERROR_TEXT = /^#(VALUE!|N\/A|DIV\/0!|NUM!|NAME\?|REF!|NULL!|SPILL!|CALC!|CONNECT!|BUSY!)$/;

export type Grid = { readonly values: CellValue[][]; readonly kinds: CellKind[][] };

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel quotes sheet names that are not plain identifiers: `'P&Q'!A1:E3`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function a1(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnLetters(column)}${row + 1}`;
  if (rows === 1 && columns === 1) return start;
  return `${start}:${columnLetters(column + columns - 1)}${row + rows}`;
}

export function sheetAddress(sheet: FWorksheet, range: FRange): string {
  return `${quoteSheet(sheet.getSheetName())}!${range.getA1Notation()}`;
}

function kindOf(value: CellValue): CellKind {
  if (value === null || value === '') return 'empty';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return ERROR_TEXT.test(value) ? 'error' : 'string';
}

function normalize(value: unknown): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value;
  return String(value);
}

/** The values a formula spilled on the sheet, before any number format turns them into text. */
function spilledValues(sheet: FWorksheet) {
  const cells = sheet.getInject().get(FormulaDataModel).getArrayFormulaCellData();
  return cells[sheet.getWorkbook().getUnitId()]?.[sheet.getSheetId()];
}

/**
 * Raw values of a range. `getRawValues()` gives null for the cells a formula spilled into (only
 * the anchor holds data) and `getValues()` gives display text once a number format is set, so a
 * spilled cell's value comes from the formula engine's spill data; `getValues()` is the last
 * resort.
 */
export function readGrid(sheet: FWorksheet, range: FRange): Grid {
  const raw = range.getRawValues();
  const computed = range.getValues();
  const spilled = spilledValues(sheet);
  const { startRow, startColumn } = range.getRange();
  const values = raw.map((row, i) =>
    row.map((cell, j) => {
      const spill = spilled?.[startRow + i]?.[startColumn + j]?.v;
      return normalize(cell ?? spill ?? computed[i]?.[j] ?? null);
    })
  );
  return { values, kinds: values.map((row) => row.map(kindOf)) };
}

/** Number formats of the first data row, one per column (`''` for General). */
export function firstRowFormats(range: FRange): string[] {
  const row = range.getNumberFormats?.()[0];
  return row ? row.map((format) => format ?? '') : [];
}

export function hasMergedCells(sheet: FWorksheet, range: FRange): boolean {
  const r = range.getRange();
  return sheet.getMergedRanges().some((m) => {
    const q = m.getRange();
    return (
      q.startRow <= r.endRow &&
      q.endRow >= r.startRow &&
      q.startColumn <= r.endColumn &&
      q.endColumn >= r.startColumn
    );
  });
}

/**
 * The user's sheets as text: their order, names and cells (values and formulas). Two equal texts
 * mean nothing on the sheets changed, whatever the pane keeps in the workbook's metadata.
 */
export function sheetsText(workbook: FWorkbook): string {
  const data = workbook.save();
  const sheets = data.sheetOrder.map((id) => {
    const sheet = data.sheets[id];
    return [sheet?.name, sheet?.cellData ?? {}];
  });
  return JSON.stringify(sheets);
}
