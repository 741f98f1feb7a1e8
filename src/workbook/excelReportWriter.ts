/**
 * Writing a report into Excel. Everything is computed before the first write; then, in one
 * Excel.run:
 *   sync 1  the report's write lock (a workbook name, #41), and the reads: read-only, structure
 *           protection, our registry, sheet ids and names, table names;
 *   sync 2  the source read again and compared with what the report was built from (#40); for a
 *           Refresh, the old sheet's marker, protection, tables and charts;
 *   sync 3  the sheet added together with our marker saying "incomplete" and its registry entry
 *           (#47: no batch leaves a sheet that is not marked ours), or for a Refresh the old
 *           sheet marked incomplete and cleared; then values and formats (one request per block
 *           under the 5 MB limit); with the last request the table, the chart, a read-back of
 *           each request's last row, the source read once more and the sheet's look;
 *   sync 4  the "complete" marker, the sheet's id in the registry, and the lock released.
 * A report that fits one request therefore costs 4 syncs whatever the number of products (one
 * more per extra block of a source over 100,000 cells).
 */
import type { ReportDocument, WriteMode, WriteOutcome } from './gateway';
import { isPayloadError, officeErrorCode, type ExcelHost } from './excelHost';
import { ExcelLock } from './excelLock';
import { addChart, addTables, queueSlice, verify, type Check } from './excelReportParts';
import { SourceCheck } from './excelSourceCheck';
import { queueWorkbookRead, readOwned, type Owned, type WorkbookRead } from './excelWorkbookRead';
import { extent, reportGrid } from './fingerprint';
import {
  MARKER_PROPERTY,
  REGISTRY_SETTING,
  encodeMarker,
  newReportId,
  sourceKey,
  withEntry,
  writeBlocker,
  writeTarget,
  type Marker,
} from './reportRules';
import { queueExcelLook } from './sheetLook';
import { uniqueSheetName } from './sheetNames';
import type { LockWatch } from './writeLock';
import { DEFAULT_BLOCK_BYTES, halve, planSlices, type Slice } from './writePlan';

/** Filled in as the write goes, so a failure can say which sheet it left incomplete. */
export type WriteProgress = {
  sheetId?: string;
  reportId?: string;
  /** The sheet this write adds, and the ids that existed before: a new id with that name is ours. */
  adding?: { readonly name: string; readonly before: readonly string[] };
};

/** Who writes, and the clock that tells a stale lock from a live one. */
export type WriteEnv = {
  readonly writer: string;
  readonly watch: LockWatch;
  readonly now: () => number;
};

/** Thrown when the write cannot honestly finish: the source changed, or the lock was taken. */
export class WriteStopped extends Error {
  constructor(readonly code: 'SourceChanged' | 'LockLost') {
    super(code);
  }
}

/** Worksheet custom properties (our marker) are ExcelApi 1.12. */
export const WRITE_API = '1.12';

export async function writeReportToExcel(
  context: Excel.RequestContext,
  host: ExcelHost,
  report: ReportDocument,
  mode: WriteMode,
  progress: WriteProgress,
  env: WriteEnv,
  onProgress?: (done: number, total: number) => void
): Promise<WriteOutcome> {
  if (!host.isSetSupported(WRITE_API)) return { status: 'blocked', reason: 'unsupportedHost' };
  const key = sourceKey(report.source);
  const lock = new ExcelLock(context, key, env.writer, env.watch, env);
  const read = await lockAndRead(context, lock);
  if (read === null) return { status: 'blocked', reason: 'busy' };
  const blocker = writeBlocker({ supported: true, editingCell: false, ...read });
  if (blocker) return { status: 'blocked', reason: blocker };
  const start = await checkAndReadOwned(context, host, report, read, mode === 'replace', key);
  if (start === 'sourceChanged') return { status: 'blocked', reason: 'sourceChanged' };
  const owned = start.owned;
  const target = writeTarget(mode, owned && { sheetId: owned.id, protected: owned.protected });
  if (target.kind === 'blocked') return { status: 'blocked', reason: target.reason };
  const reportId = owned?.reportId ?? newReportId();
  const marker: Marker = { v: 1, id: reportId, complete: false, fp: report.fingerprint, src: key };
  const registry = (sheetId?: string) =>
    withEntry(read.registry, key, sheetId === undefined ? { reportId } : { sheetId, reportId });
  const name = uniqueSheetName(
    report.sheetName,
    read.sheets.map((s) => s.name)
  );
  if (!owned) progress.adding = { name, before: read.sheets.map((s) => s.id) };
  const prepare = owned
    ? () => clearOwned(owned, marker)
    : () => addSheet(context, name, marker, registry());
  const taken = owned ? tablesWithout(read, owned) : read.tableNames;
  progress.reportId = reportId;
  if (owned) progress.sheetId = owned.id;
  let look = '';
  const sheet = await writeRequests(context, host, report, taken, prepare, {
    lock,
    onFirst: (added) => {
      progress.sheetId = owned ? owned.id : added.id;
    },
    onLast: (added) => {
      const readLook = queueExcelLook(added, extent(reportGrid(report.blocks)));
      const end = report.basis
        ? new SourceCheck(context, report.source, report.basis, host.readCells)
        : null;
      end?.queue();
      return async () => {
        look = readLook();
        if (end && !(await end.unchanged())) throw new WriteStopped('SourceChanged');
      };
    },
    onProgress,
  });
  const sheetId = owned ? owned.id : sheet.id;
  sheet.customProperties.add(MARKER_PROPERTY, encodeMarker({ ...marker, complete: true, look }));
  context.workbook.settings.add(REGISTRY_SETTING, registry(sheetId));
  sheet.activate();
  lock.queueRelease();
  await context.sync();
  const chart = report.chart && host.isSetSupported('1.8') ? 'added' : 'notSupported';
  const sheetName = owned ? owned.name : sheet.name;
  return { status: 'written', sheetId, sheetName, chart, ...noticesOf(report) };
}

function noticesOf(report: ReportDocument) {
  return report.notices && report.notices.length > 0 ? { notices: report.notices } : {};
}

/** Sync 1: the lock first (a name that exists fails the batch), then the reads. */
async function lockAndRead(
  context: Excel.RequestContext,
  lock: ExcelLock
): Promise<WorkbookRead | null> {
  lock.queueAcquire();
  let read = queueWorkbookRead(context);
  try {
    await context.sync();
    lock.acquired();
  } catch (error) {
    if (!(await lock.contended(error))) return null;
    read = queueWorkbookRead(context);
    await context.sync();
  }
  return read();
}

/**
 * Sync 2: the source again (a deleted table or sheet fails the batch with `ItemNotFound`) and,
 * for a Refresh, the registered sheet.
 */
async function checkAndReadOwned(
  context: Excel.RequestContext,
  host: ExcelHost,
  report: ReportDocument,
  read: WorkbookRead,
  replace: boolean,
  key: string
): Promise<{ owned: Owned | null } | 'sourceChanged'> {
  const check = report.basis
    ? new SourceCheck(context, report.source, report.basis, host.readCells)
    : null;
  check?.queue();
  try {
    const owned = replace ? await readOwned(context, read, key) : null;
    if (check && (!replace || owned === null)) await context.sync();
    if (check && !(await check.unchanged())) return 'sourceChanged';
    return { owned };
  } catch (error) {
    if (check && officeErrorCode(error) === 'ItemNotFound') return 'sourceChanged';
    throw error;
  }
}

/** Queued with the first request: the new sheet, our "incomplete" marker and its registry entry. */
function addSheet(
  context: Excel.RequestContext,
  name: string,
  marker: Marker,
  registry: ReturnType<typeof withEntry>
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  sheet.customProperties.add(MARKER_PROPERTY, encodeMarker(marker));
  context.workbook.settings.add(REGISTRY_SETTING, registry);
  sheet.load('id,name');
  return sheet;
}

/** Refresh: the old sheet says "incomplete" before anything of it is deleted. */
function clearOwned(owned: Owned, marker: Marker): Excel.Worksheet {
  owned.sheet.customProperties.add(MARKER_PROPERTY, encodeMarker(marker));
  owned.tables.forEach((table) => table.delete());
  owned.charts.forEach((chart) => chart.delete());
  owned.sheet.getRange().clear();
  return owned.sheet;
}

function tablesWithout(read: WorkbookRead, owned: Owned): string[] {
  const old = new Set(owned.tables.map((t) => t.name.toLowerCase()));
  return read.tableNames.filter((name) => !old.has(name.toLowerCase()));
}

type RequestHooks = {
  readonly lock: ExcelLock;
  /** After the first request went through (the sheet exists and carries our marker). */
  readonly onFirst: (sheet: Excel.Worksheet) => void;
  /** Queues what rides with the last request; the result runs after its sync. */
  readonly onLast: (sheet: Excel.Worksheet) => () => Promise<void>;
  readonly onProgress?: (done: number, total: number) => void;
};

/**
 * Values and formats request by request. `prepare` (adding or clearing the sheet) rides with the
 * first request and is queued again if Excel refuses that request as too large (a refused request
 * applies nothing); the table and the chart ride with the last. Every request beats the lock.
 */
async function writeRequests(
  context: Excel.RequestContext,
  host: ExcelHost,
  report: ReportDocument,
  takenTables: readonly string[],
  prepare: () => Excel.Worksheet,
  hooks: RequestHooks
): Promise<Excel.Worksheet> {
  const requests = planSlices(report.blocks, host.blockBytes ?? DEFAULT_BLOCK_BYTES);
  let sheet: Excel.Worksheet | null = null;
  for (let i = 0; i < requests.length;) {
    const first = sheet === null;
    const target: Excel.Worksheet = sheet ?? prepare();
    const slices = requests[i] as Slice[];
    const checks: Check[] = slices.map((slice) => queueSlice(target, report.blocks, slice));
    const last = i === requests.length - 1;
    let after: (() => Promise<void>) | null = null;
    if (last) {
      addTables(target, report, takenTables);
      if (host.isSetSupported('1.8')) addChart(target, report);
      after = hooks.onLast(target);
    }
    const stillOurs = hooks.lock.queueCheck();
    hooks.lock.queueBeat();
    try {
      await context.sync();
    } catch (error) {
      const halves = isPayloadError(officeErrorCode(error)) ? halve(slices) : null;
      if (!halves) throw error;
      requests.splice(i, 1, ...halves);
      continue;
    }
    sheet = target;
    if (first) hooks.onFirst(target);
    if (!stillOurs()) throw new WriteStopped('LockLost');
    verify(checks);
    await after?.();
    i += 1;
    hooks.onProgress?.(i, requests.length);
  }
  if (sheet === null) throw new Error('A report has at least one request');
  return sheet;
}
