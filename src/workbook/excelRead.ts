/**
 * Reading a source range from Excel in row blocks: Excel refuses more than 5,000,000 cells per
 * read (and may answer `null`), and Excel on the web refuses responses over 5 MB.
 */
import type { CellKind, CellValue, SourceData, SourceRef } from './gateway';
import { isPayloadError, kindOfValueType, officeErrorCode, type ExcelHost } from './excelHost';
import { WorkbookError } from './workbookError';

const MAX_READ_CELLS = 5_000_000;
const DEFAULT_READ_CELLS = 100_000;

type Located = { readonly range: Excel.Range; readonly label: string | null };

/** The range of `ref`, with its address and size loaded; throws WorkbookError when absent. */
async function locate(context: Excel.RequestContext, ref: SourceRef): Promise<Located> {
  if (ref.kind === 'table') {
    const table = context.workbook.tables.getItemOrNullObject(ref.name);
    table.load('name');
    await context.sync();
    if (table.isNullObject) throw new WorkbookError('sourceNotFound', ref.name);
    return { range: table.getRange(), label: table.name };
  }
  // Only the used part of the selection: selecting whole columns must not read a million rows.
  const range = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  return { range, label: null };
}

export async function readSourceRange(
  context: Excel.RequestContext,
  host: ExcelHost,
  ref: SourceRef
): Promise<SourceData> {
  const { range, label } = await locate(context, ref);
  range.load('address,rowIndex,columnIndex,rowCount,columnCount');
  const sheet = range.worksheet.load('id');
  await context.sync();
  if (range.isNullObject) throw new WorkbookError('emptySelection');
  // Loaded with the first block of values.
  const merged = host.isSetSupported('1.13') ? range.getMergedAreasOrNullObject() : null;
  merged?.load('areaCount');
  // Hidden and filtered-out rows are read like the others; the report says how many (#24).
  const visible = range.getVisibleView().load('rowCount');
  const { rowCount, columnCount } = range;
  if (rowCount < 1 || columnCount < 1) throw new WorkbookError('emptySelection');
  if (rowCount * columnCount > MAX_READ_CELLS) throw new WorkbookError('rangeTooLarge');
  const grid = await readGrid(context, range, host.readCells ?? DEFAULT_READ_CELLS);
  return {
    ref,
    address: range.address,
    label: label ?? range.address,
    headers: (grid.values[0] ?? []).map((v) => (v === null ? '' : String(v))),
    rows: grid.values.slice(1),
    kinds: grid.kinds.slice(1),
    columnFormats: grid.formats,
    hasMergedCells: merged !== null && !merged.isNullObject && merged.areaCount > 0,
    sheetId: sheet.id,
    hiddenRows: Math.max(0, rowCount - visible.rowCount),
  };
}

type Grid = { values: CellValue[][]; kinds: CellKind[][]; formats: string[] };

/** Values and kinds of `range` (loaded: position and size), a block of rows per sync. */
async function readGrid(
  context: Excel.RequestContext,
  range: Excel.Range,
  cells: number
): Promise<Grid> {
  const sheet = range.worksheet;
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  let rowsPerBlock = Math.max(1, Math.floor(cells / columnCount));
  const grid: Grid = { values: [], kinds: [], formats: [] };
  const firstData =
    rowCount > 1 ? sheet.getRangeByIndexes(rowIndex + 1, columnIndex, 1, columnCount) : null;
  for (let start = 0; start < rowCount;) {
    const rows = Math.min(rowsPerBlock, rowCount - start);
    const block = sheet.getRangeByIndexes(rowIndex + start, columnIndex, rows, columnCount);
    block.load('values,valueTypes');
    if (start === 0) firstData?.load('numberFormat');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(officeErrorCode(error)) || rows === 1) throw error;
      rowsPerBlock = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    // Excel may answer null instead of failing on a huge read: never an empty table.
    if (!Array.isArray(block.values)) throw new WorkbookError('rangeTooLarge');
    block.valueTypes.forEach((types, r) => {
      grid.kinds.push(types.map((type) => kindOfValueType(String(type))));
      const kinds = grid.kinds[grid.kinds.length - 1] as CellKind[];
      grid.values.push(
        (block.values[r] ?? []).map((v, c) => (kinds[c] === 'empty' ? null : (v as CellValue)))
      );
    });
    start += rows;
  }
  grid.formats = firstData ? (firstData.numberFormat[0] ?? []).map(String) : [];
  return grid;
}
