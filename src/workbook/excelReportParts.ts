/** The commands that put one report's blocks, table and chart on an Excel sheet (no syncs). */
import type { CellValue, ReportBlock, ReportDocument } from './gateway';
import { sameCell } from './fingerprint';
import { uniqueTableName } from './sheetNames';
import { excelCell, numberFormatCode, type Slice } from './writePlan';

/** A row read back after the write, and what it must hold. */
export type Check = { readonly range: Excel.Range; readonly expected: readonly CellValue[] };

function widthOf(block: ReportBlock): number {
  return block.values.reduce((max, row) => Math.max(max, row.length), 0);
}

/** Queues the values and formats of rows `[start, end)` of a block, and a read-back. */
export function queueSlice(
  sheet: Excel.Worksheet,
  blocks: readonly ReportBlock[],
  slice: Slice
): Check {
  const block = blocks[slice.block] as ReportBlock;
  const width = widthOf(block);
  const rows = block.values.slice(slice.start, slice.end);
  const top = block.row + slice.start;
  const range = sheet.getRangeByIndexes(top, block.column, rows.length, width);
  range.values = rows.map((row) =>
    Array.from({ length: width }, (_, c) => excelCell(row[c] ?? null))
  );
  block.columnFormats?.forEach((kind, c) => {
    if (kind === undefined) return;
    const code = numberFormatCode(kind);
    sheet.getRangeByIndexes(top, block.column + c, rows.length, 1).numberFormat = rows.map(() => [
      code,
    ]);
  });
  if (block.bold) range.format.font.bold = true;
  const last = sheet.getRangeByIndexes(top + rows.length - 1, block.column, 1, width);
  last.load('values');
  return { range: last, expected: rows[rows.length - 1] ?? [] };
}

export class VerificationError extends Error {
  readonly code = 'VerificationFailed';
}

/** Every read-back row equals what was meant (text identical, numbers to 15 digits). */
export function verify(checks: readonly Check[]): void {
  for (const { range, expected } of checks) {
    const actual = range.values[0] ?? [];
    const same = actual.every((value, c) =>
      sameCell(value === '' ? null : (value as CellValue), expected[c] ?? null)
    );
    if (!same) throw new VerificationError('The report read back differs from what was written');
  }
}

export function addTables(
  sheet: Excel.Worksheet,
  report: ReportDocument,
  taken: readonly string[]
): void {
  const names = [...taken];
  for (const block of report.blocks) {
    if (!block.table || block.values.length === 0) continue;
    const width = widthOf(block);
    const range = sheet.getRangeByIndexes(block.row, block.column, block.values.length, width);
    const table = sheet.tables.add(range, true);
    const name = uniqueTableName(block.table.name, names);
    names.push(name);
    table.name = name;
    table.style = 'TableStyleMedium2';
    sheet
      .getRangeByIndexes(block.row, block.column, Math.min(block.values.length, 200), width)
      .format.autofitColumns();
  }
}

/** Bars of T per CCR hour with the cumulative load as a line on a secondary axis. */
export function addChart(sheet: Excel.Worksheet, report: ReportDocument): void {
  const spec = report.chart;
  const block = spec && report.blocks[spec.block];
  if (!spec || !block || block.values.length < 2) return;
  const rows = Math.min(spec.rows ?? block.values.length - 1, block.values.length - 1);
  const column = (offset: number) =>
    sheet.getRangeByIndexes(block.row + 1, block.column + offset, rows, 1);
  const header = (offset: number) => String(block.values[0]?.[offset] ?? '');
  const chart = sheet.charts.add('ColumnClustered', column(spec.barColumn), 'Columns');
  chart.title.text = spec.title;
  const bars = chart.series.getItemAt(0);
  bars.name = header(spec.barColumn);
  bars.setXAxisValues(column(spec.categoryColumn));
  const line = chart.series.add(header(spec.lineColumn));
  line.setValues(column(spec.lineColumn));
  line.setXAxisValues(column(spec.categoryColumn));
  line.chartType = 'Line';
  line.axisGroup = 'Secondary';
  const [row, col] = chartAnchor(report, spec.block);
  chart.setPosition(
    sheet.getRangeByIndexes(row, col, 1, 1),
    sheet.getRangeByIndexes(row + 18, col + 7, 1, 1)
  );
}

/** Below the blocks right of the chart's table (the summary), or right of the table. */
function chartAnchor(report: ReportDocument, tableIndex: number): [number, number] {
  const table = report.blocks[tableIndex] as ReportBlock;
  const right = report.blocks.filter((b) => b.column > table.column);
  if (right.length === 0) return [table.row, table.column + widthOf(table) + 1];
  const bottom = Math.max(...right.map((b) => b.row + b.values.length));
  return [bottom + 1, Math.min(...right.map((b) => b.column))];
}
