/**
 * A reference typed where the pane expects a number: `Salon!B7`, `='P&Q'!$B$6`, `B7` or a workbook
 * name (`MasterHours`). Parsed here once, so every gateway reads the same things the same way.
 */
import { rangeAddress } from './a1';

export type CellReference =
  | {
      readonly kind: 'range';
      /** `null`: on the sheet of the products table. */
      readonly sheet: string | null;
      /** 0-based, top-left first. */
      readonly row: number;
      readonly column: number;
      readonly rows: number;
      readonly columns: number;
    }
  | { readonly kind: 'name'; readonly name: string };

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
// Excel's names: a letter, `_` or `\` first, then letters, digits, `_` and `.`; any script.
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/** 'A' → 0, 'AB' → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text);
  if (!match) return null;
  const column = columnIndex(match[1] as string);
  const row = Number(match[2]) - 1;
  return row >= 0 && row < MAX_ROWS && column < MAX_COLUMNS ? { row, column } : null;
}

/** `Sheet1`, `'P&Q'` (quotes doubled inside) → the sheet's name. */
function sheetName(text: string): string | null {
  if (text.startsWith("'")) {
    return /^'((?:[^']|'')+)'$/.test(text) ? text.slice(1, -1).replace(/''/g, "'") : null;
  }
  return /^[^\s'!:[\]*?/\\]+$/u.test(text) ? text : null;
}

/** The reference `text` names, or `null` when it is none (then it is a number, or a typo). */
export function parseReference(text: string): CellReference | null {
  const trimmed = text.trim().replace(/^=\s*/, '');
  if (trimmed === '') return null;
  const bang = trimmed.lastIndexOf('!');
  const sheet = bang < 0 ? null : sheetName(trimmed.slice(0, bang));
  if (bang >= 0 && sheet === null) return null;
  const address = bang < 0 ? trimmed : trimmed.slice(bang + 1);
  const [first, last, ...rest] = address.split(':');
  const start = first === undefined ? null : cell(first);
  if (start !== null && rest.length === 0) {
    const end = last === undefined ? start : cell(last);
    if (end === null) return null;
    const row = Math.min(start.row, end.row);
    const column = Math.min(start.column, end.column);
    return {
      kind: 'range',
      sheet,
      row,
      column,
      rows: Math.abs(end.row - start.row) + 1,
      columns: Math.abs(end.column - start.column) + 1,
    };
  }
  // A name never looks like a cell (`AB12`) or has a sheet in front in the pane's fields.
  if (sheet !== null || last !== undefined || !NAME.test(address)) return null;
  if (/^[A-Za-z]{1,3}\d+$/.test(address) || /^(true|false)$/i.test(address)) return null;
  return { kind: 'name', name: address };
}

/** The reference as the pane writes it into a field: `Salon!B7`, `'P&Q'!A1:C3`. */
export function referenceText(reference: Extract<CellReference, { kind: 'range' }>, sheet: string) {
  return rangeAddress(sheet, reference.row, reference.column, reference.rows, reference.columns);
}
