/**
 * Writing a report into Excel. Everything is computed before the first write; then, in one
 * Excel.run:
 *   sync 1  read: read-only, structure protection, our registry, sheet ids/names, table names;
 *   sync 2  replace: the old sheet's marker, protection, tables, charts — or, for a new sheet:
 *           add it with our marker saying "incomplete";
 *   sync 3  values and formats (one request per block under the 5 MB limit), then the table and
 *           the chart, and a read-back of each block's first and last row;
 *   sync 4  the "complete" marker, last.
 * A report that fits one request therefore costs 4 syncs whatever the number of products; a
 * bigger one costs one more sync per extra request.
 */
import type { ReportDocument, WriteMode, WriteOutcome } from './gateway';
import { isPayloadError, officeErrorCode, type ExcelHost } from './excelHost';
import { addChart, addTables, queueSlice, verify, type Check } from './excelReportParts';
import {
  MARKER_PROPERTY,
  REGISTRY_SETTING,
  encodeMarker,
  newReportId,
  ownMarker,
  parseRegistry,
  sourceKey,
  withEntry,
  writeBlocker,
  writeTarget,
  type Marker,
  type Registry,
} from './reportRules';
import { uniqueSheetName } from './sheetNames';
import { DEFAULT_BLOCK_BYTES, planSlices, type Slice } from './writePlan';

/** Filled in as the write goes, so a failure can say which sheet it left incomplete. */
export type WriteProgress = { sheetId?: string };

type WorkbookRead = {
  readonly readOnly: boolean;
  readonly structureProtected: boolean;
  readonly registry: Registry;
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  readonly tableNames: readonly string[];
};

async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const { workbook } = context;
  workbook.load('readOnly');
  workbook.protection.load('protected');
  const registry = workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  registry.load('value');
  workbook.worksheets.load('items/id,items/name');
  workbook.tables.load('items/name');
  await context.sync();
  return {
    readOnly: workbook.readOnly,
    structureProtected: workbook.protection.protected,
    registry: parseRegistry(registry.isNullObject ? null : registry.value),
    sheets: workbook.worksheets.items.map((s) => ({ id: s.id, name: s.name })),
    tableNames: workbook.tables.items.map((t) => t.name),
  };
}

type Owned = {
  readonly sheet: Excel.Worksheet;
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
  readonly tables: Excel.Table[];
  readonly charts: Excel.Chart[];
};

/** The registered sheet for this source, if it carries our marker (sync 2 of a replace). */
async function readOwned(
  context: Excel.RequestContext,
  read: WorkbookRead,
  key: string
): Promise<Owned | null> {
  const entry = read.registry[key];
  const known = entry && read.sheets.find((s) => s.id === entry.sheetId);
  if (!entry || !known) return null;
  const sheet = context.workbook.worksheets.getItem(entry.sheetId);
  const property = sheet.customProperties.getItemOrNullObject(MARKER_PROPERTY);
  property.load('value');
  sheet.protection.load('protected');
  sheet.tables.load('items/name');
  sheet.charts.load('items/name');
  await context.sync();
  const markerText = property.isNullObject ? null : property.value;
  if (!ownMarker(entry, { ...known, markerText })) return null;
  return {
    sheet,
    id: known.id,
    name: known.name,
    protected: sheet.protection.protected,
    tables: sheet.tables.items,
    charts: sheet.charts.items,
  };
}

export async function writeReportToExcel(
  context: Excel.RequestContext,
  host: ExcelHost,
  report: ReportDocument,
  mode: WriteMode,
  progress: WriteProgress,
  onProgress?: (done: number, total: number) => void
): Promise<WriteOutcome> {
  const read = await readWorkbook(context);
  const blocker = writeBlocker({
    supported: host.isSetSupported('1.12'),
    readOnly: read.readOnly,
    editingCell: false,
    structureProtected: read.structureProtected,
  });
  if (blocker) return { status: 'blocked', reason: blocker };
  const key = sourceKey(report.source);
  const owned = mode === 'replace' ? await readOwned(context, read, key) : null;
  const target = writeTarget(mode, owned && { sheetId: owned.id, protected: owned.protected });
  if (target.kind === 'blocked') return { status: 'blocked', reason: target.reason };
  const marker: Marker = { v: 1, id: newReportId(), complete: false, fp: report.fingerprint };
  const registry = (sheetId: string) =>
    withEntry(read.registry, key, { sheetId, reportId: marker.id });
  let sheet: Excel.Worksheet;
  let prelude: (sheetId: string) => void;
  let takenTables = read.tableNames;
  if (owned) {
    sheet = owned.sheet;
    const oldTables = new Set(owned.tables.map((t) => t.name.toLowerCase()));
    takenTables = takenTables.filter((name) => !oldTables.has(name.toLowerCase()));
    prelude = (sheetId) => {
      sheet.customProperties.add(MARKER_PROPERTY, encodeMarker(marker));
      owned.tables.forEach((table) => table.delete());
      owned.charts.forEach((chart) => chart.delete());
      sheet.getRange().clear();
      context.workbook.settings.add(REGISTRY_SETTING, registry(sheetId));
    };
  } else {
    const name = uniqueSheetName(
      report.sheetName,
      read.sheets.map((s) => s.name)
    );
    sheet = context.workbook.worksheets.add(name);
    sheet.customProperties.add(MARKER_PROPERTY, encodeMarker(marker));
    sheet.load('id,name');
    await context.sync();
    prelude = (sheetId) => context.workbook.settings.add(REGISTRY_SETTING, registry(sheetId));
  }
  // Id and name of a replaced sheet come from sync 1: nothing is loaded with a write request,
  // which Excel may refuse whole.
  const sheetId = owned ? owned.id : sheet.id;
  const sheetName = owned ? owned.name : sheet.name;
  progress.sheetId = sheetId;
  await writeRequests(
    context,
    host,
    sheet,
    report,
    takenTables,
    () => prelude(sheetId),
    onProgress
  );
  sheet.customProperties.add(MARKER_PROPERTY, encodeMarker({ ...marker, complete: true }));
  sheet.activate();
  await context.sync();
  const chart = report.chart && host.isSetSupported('1.8') ? 'added' : 'notSupported';
  return { status: 'written', sheetId, sheetName, chart };
}

/** Values and formats request by request; the table and chart ride with the last request. */
async function writeRequests(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheet: Excel.Worksheet,
  report: ReportDocument,
  takenTables: readonly string[],
  prelude: () => void,
  onProgress?: (done: number, total: number) => void
): Promise<void> {
  const requests = planSlices(report.blocks, host.blockBytes ?? DEFAULT_BLOCK_BYTES);
  let preludeDone = false;
  for (let i = 0; i < requests.length;) {
    const slices = requests[i] as Slice[];
    if (!preludeDone) prelude();
    const checks: Check[] = slices.map((slice) => queueSlice(sheet, report.blocks, slice));
    if (i === requests.length - 1) {
      addTables(sheet, report, takenTables);
      if (host.isSetSupported('1.8')) addChart(sheet, report);
    }
    try {
      await context.sync();
    } catch (error) {
      const halves = isPayloadError(officeErrorCode(error)) ? halve(slices) : null;
      if (!halves) throw error;
      // A refused request wrote nothing: retry it as two smaller ones.
      requests.splice(i, 1, ...halves);
      continue;
    }
    preludeDone = true;
    verify(checks);
    i += 1;
    onProgress?.(i, requests.length);
  }
}

/** The request split in two by rows; `null` when it is a single row. */
export function halve(slices: readonly Slice[]): [Slice[], Slice[]] | null {
  const rows = slices.reduce((sum, s) => sum + s.end - s.start, 0);
  if (rows < 2) return null;
  let left = Math.floor(rows / 2);
  const first: Slice[] = [];
  const second: Slice[] = [];
  for (const slice of slices) {
    const size = slice.end - slice.start;
    if (left >= size) first.push(slice);
    else if (left <= 0) second.push(slice);
    else {
      first.push({ ...slice, end: slice.start + left });
      second.push({ ...slice, start: slice.start + left });
    }
    left -= size;
  }
  return [first, second];
}
