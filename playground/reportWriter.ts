/** Writes a laid-out report into a Univer sheet: values, number formats, bold rows, tables. */
import { CellValueType, type ICellData } from '@univerjs/core';
import type { FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import type { ReportBlock, ReportCell, ReportDocument } from '../src/workbook/gateway';
import { uniqueTableName } from '../src/workbook/sheetNames';
import { numberFormatCode } from '../src/workbook/writePlan';

/** Text is written as text, never parsed: `=x` or `001` stay what the report says. */
function cellData(value: ReportCell): ICellData {
  if (value === null) return {};
  if (typeof value === 'number') return { v: value, t: CellValueType.NUMBER };
  return { v: value, t: CellValueType.STRING };
}

function widthOf(block: ReportBlock): number {
  return block.values.reduce((max, row) => Math.max(max, row.length), 0);
}

/** Rectangular copy of the block (short rows padded with blanks). */
export function blockGrid(block: ReportBlock): ReportCell[][] {
  const width = widthOf(block);
  return block.values.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? null));
}

type Area = readonly [row: number, column: number, rows: number, columns: number];

function areaOf(block: ReportBlock): Area {
  return [block.row, block.column, block.values.length, widthOf(block)];
}

async function addTable(workbook: FWorkbook, sheet: FWorksheet, block: ReportBlock, name: string) {
  const [row, column, rows, columns] = areaOf(block);
  const range = {
    startRow: row,
    startColumn: column,
    endRow: row + rows - 1,
    endColumn: column + columns - 1,
  };
  // Univer also refuses a table named like a sheet.
  const taken = [
    ...workbook.getTableList().map((t) => t.name),
    ...workbook.getSheets().map((s) => s.getSheetName()),
  ];
  const id = await workbook.addTable(sheet.getSheetId(), uniqueTableName(name, taken), range);
  if (!id) throw new Error(`Univer refused the table ${name}`);
}

/** Formats as the Excel writer sets them (src/workbook/writePlan.ts). */
export async function writeBlock(workbook: FWorkbook, sheet: FWorksheet, block: ReportBlock) {
  const grid = blockGrid(block);
  const [row, column, rows, columns] = areaOf(block);
  if (rows === 0 || columns === 0) return;
  const range = sheet.getRange(row, column, rows, columns);
  range.setValues(grid.map((r) => r.map(cellData)));
  const formats = block.columnFormats;
  const first = block.table ? 1 : 0;
  if (formats?.some((f) => f !== undefined) && rows > first) {
    const patterns = Array.from({ length: columns }, (_, j) => numberFormatCode(formats[j]));
    const body = grid.slice(first);
    sheet
      .getRange(row + first, column, rows - first, columns)
      .setNumberFormats(body.map(() => patterns));
  }
  if (block.bold) range.setFontWeight('bold');
  if (block.table) await addTable(workbook, sheet, block, block.table.name);
}

/**
 * Columns wide enough for what was written (Univer does not auto-fit on write). One-column blocks
 * (the title) are left out: their text runs over the empty cells beside them.
 */
export function fitColumns(sheet: FWorksheet, blocks: readonly ReportBlock[]): void {
  const widths = new Map<number, number>();
  for (const block of blocks.filter((b) => widthOf(b) > 1))
    blockGrid(block).forEach((row) =>
      row.forEach((value, j) => {
        const chars = value === null ? 0 : typeof value === 'number' ? 12 : value.length;
        const column = block.column + j;
        widths.set(column, Math.max(widths.get(column) ?? 0, chars));
      })
    );
  for (const [column, chars] of widths)
    sheet.setColumnWidth(column, Math.min(280, Math.max(64, chars * 7 + 24)));
}

/** Rows and columns a sheet needs for the report (Univer's new sheets have only 20 columns). */
export function reportSheetSize(report: ReportDocument): { rowCount: number; columnCount: number } {
  let rowCount = 1000;
  let columnCount = 26;
  for (const block of report.blocks) {
    rowCount = Math.max(rowCount, block.row + block.values.length + 100);
    columnCount = Math.max(columnCount, block.column + widthOf(block) + 5);
  }
  return { rowCount, columnCount };
}

/** Our sheet is reused on refresh: drop its tables and contents, keep its id and tab position. */
export async function emptySheet(
  workbook: FWorkbook,
  sheet: FWorksheet,
  size: { rowCount: number; columnCount: number }
): Promise<void> {
  for (const table of sheet.getSubTableInfos()) await workbook.removeTable(table.id);
  sheet.clear();
  if (sheet.getMaxRows() < size.rowCount) sheet.setRowCount(size.rowCount);
  if (sheet.getMaxColumns() < size.columnCount) sheet.setColumnCount(size.columnCount);
}
