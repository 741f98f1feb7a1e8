/** Facts of a source the pane needs beside its values: its sheet, its money format. */
import { parseReference } from '../workbook/cellReference';
import type { ColumnMapping } from '../workbook/columnMapping';
import type { SourceData, WorkbookChange } from '../workbook/gateway';
import { moneyFormatCode } from '../workbook/reportFormats';

/** `'P&Q'!A1:F3` → `P&Q`; `null` without a sheet. */
export function sheetOfAddress(address: string): string | null {
  const reference = parseReference(address);
  return reference?.kind === 'range' ? reference.sheet : null;
}

/** The number format of the source's price column, when it is a money format of the user's. */
export function moneyFormatOf(data: SourceData, mapping: ColumnMapping): string | null {
  const column =
    mapping.price === null ? -1 : data.headers.findIndex((h) => h.trim() === mapping.price?.trim());
  return moneyFormatCode(data.columnFormats?.[column]);
}

type Area = { row: number; column: number; rows: number; columns: number };
const overlaps = (a: Area, b: Area) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

/** The change may have touched the source: same sheet and overlapping cells, or unknown. */
export function touchesSource(change: WorkbookChange, data: SourceData): boolean {
  if (change.sheetId === null || data.sheetId === undefined) return true;
  if (change.sheetId !== data.sheetId) return false;
  const table = parseReference(data.address);
  if (change.address === null || table?.kind !== 'range') return true;
  return change.address.split(',').some((part) => {
    const area = parseReference(part.slice(part.lastIndexOf('!') + 1));
    return area?.kind !== 'range' || overlaps(area, table);
  });
}
