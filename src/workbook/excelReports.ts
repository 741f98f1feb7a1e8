/**
 * Finding and removing our report sheets in Excel: by the registry and the marker, never by a
 * sheet's name; a sheet that carries no marker of ours is never touched.
 */
import { GridHasher } from './fingerprint';
import type {
  CellValue,
  IncompleteReport,
  ReportRef,
  ReportState,
  SourceRef,
  WriteRefusal,
} from './gateway';
import { ExcelLock } from './excelLock';
import { queueWorkbookRead, readMarkers, readOwned } from './excelWorkbookRead';
import type { WriteEnv } from './excelReportWriter';
import {
  REGISTRY_SETTING,
  isRemovable,
  ownMarker,
  parseMarker,
  parseRegistry,
  reportState,
  sourceKey,
  withoutSheet,
  writeBlocker,
} from './reportRules';
import { lookExtent, queueExcelLook } from './sheetLook';

const FIND_READ_CELLS = 200_000;

export async function findExcelReport(
  context: Excel.RequestContext,
  source: SourceRef | ReportRef
): Promise<ReportState> {
  const { workbook } = context;
  const item = workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  item.load('value');
  workbook.worksheets.load('items/id,items/name');
  await context.sync();
  const entry = parseRegistry(item.isNullObject ? null : item.value)[sourceKey(source)];
  if (!entry) return { status: 'none' };
  const sheets = workbook.worksheets.items
    .map((s) => ({ id: s.id, name: s.name }))
    .filter((s) => entry.sheetId === undefined || s.id === entry.sheetId);
  const facts = (await readMarkers(context, sheets)).find((s) => ownMarker(entry, s) !== null);
  const marker = facts ? ownMarker(entry, facts) : null;
  if (!facts || !marker) return { status: 'none' };
  if (!marker.complete) return reportState(marker, facts, null);
  const sheet = workbook.worksheets.getItem(facts.id);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const extent = lookExtent(marker.look);
  const look = extent ? queueExcelLook(sheet, extent) : null;
  await context.sync();
  const rows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const columns = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const values = await hashSheet(context, sheet, rows, columns);
  return reportState(marker, facts, { values, look: look ? look() : null });
}

/** The fingerprint of the sheet's values from A1, read a block of rows per sync. */
async function hashSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: number,
  columns: number
): Promise<string> {
  const hasher = new GridHasher(rows, columns);
  const step = Math.max(1, Math.floor(FIND_READ_CELLS / Math.max(1, columns)));
  for (let start = 0; start < rows; start += step) {
    const block = sheet.getRangeByIndexes(start, 0, Math.min(step, rows - start), columns);
    block.load('values');
    await context.sync();
    for (const row of block.values)
      hasher.row(
        row.map((v) => (v === '' ? null : (v as CellValue))),
        columns
      );
  }
  return hasher.digest();
}

/** Every sheet whose marker says incomplete, registered or not, in two syncs. */
export async function findExcelIncomplete(
  context: Excel.RequestContext
): Promise<IncompleteReport[]> {
  const { worksheets } = context.workbook;
  worksheets.load('items/id,items/name');
  await context.sync();
  const sheets = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
  return (await readMarkers(context, sheets)).flatMap((sheet) => {
    const marker = parseMarker(sheet.markerText);
    if (marker === null || marker.complete) return [];
    return [{ sheetId: sheet.id, sheetName: sheet.name, source: marker.src ?? null }];
  });
}

/**
 * Deletes our sheet under the report's lock, so no writer is half-way through it. `incomplete`:
 * only a sheet whose marker says incomplete (found by id); otherwise the registered report of the
 * source, complete or not. Never a sheet without our marker; never in a read-only or
 * structure-protected workbook. Worksheet.delete is not undoable: this runs outside undo groups.
 */
export async function removeExcelSheet(
  context: Excel.RequestContext,
  env: WriteEnv,
  target: { readonly source: SourceRef | ReportRef } | { readonly incomplete: string }
): Promise<'removed' | 'none' | WriteRefusal> {
  const read = queueWorkbookRead(context);
  await context.sync();
  const state = read();
  const blocker = writeBlocker({ supported: true, editingCell: false, ...state });
  if (blocker) return blocker;
  const found = await removable(context, state, target);
  if (found === null) return 'none';
  const lock = new ExcelLock(context, found.key, env.writer, env.watch, env);
  lock.queueAcquire();
  try {
    await context.sync();
    lock.acquired();
  } catch (error) {
    if (!(await lock.contended(error))) return 'busy';
  }
  context.workbook.worksheets.getItem(found.sheet.id).delete();
  context.workbook.settings.add(REGISTRY_SETTING, withoutSheet(state.registry, found.sheet));
  lock.queueRelease();
  await context.sync();
  return 'removed';
}

async function removable(
  context: Excel.RequestContext,
  state: ReturnType<ReturnType<typeof queueWorkbookRead>>,
  target: { readonly source: SourceRef | ReportRef } | { readonly incomplete: string }
) {
  if ('source' in target) {
    const key = sourceKey(target.source);
    const owned = await readOwned(context, state, key);
    if (owned === null) return null;
    return { key, sheet: { id: owned.id, name: owned.name, markerText: owned.markerText } };
  }
  const known = state.sheets.filter((s) => s.id === target.incomplete);
  const [sheet] = await readMarkers(context, known);
  if (!sheet || !isRemovable(sheet)) return null;
  const key = parseMarker(sheet.markerText)?.src ?? `sheet:${sheet.id}`;
  return { key, sheet };
}
