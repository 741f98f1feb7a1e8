/**
 * The report write of MemoryGateway, step for step as ExcelGateway's batches go: the write lock,
 * the source compared with what the report was built from, the target decided by the shared
 * rules, the sheet added with our "incomplete" marker and its registry entry in the same step
 * as the first request, the values request by request, then the table and the chart, the source
 * compared once more, the look, and only then the "complete" marker. Between steps the gateway
 * can be paused, made to fail, or made to die (a closed pane), as tests need.
 */
import type { ReportDocument, WriteMode, WriteOutcome } from './gateway';
import type { MemoryGateway } from './memoryGateway';
import { acquireMemoryLock, beatMemoryLock, releaseMemoryLock } from './memoryLock';
import {
  newSheet,
  setCell,
  setFormat,
  sheetFingerprint,
  sheetLookParts,
  usedExtent,
  type MemorySheet,
} from './memoryWorkbook';
import {
  MARKER_PROPERTY,
  REGISTRY_SETTING,
  encodeMarker,
  newReportId,
  parseRegistry,
  registeredSheet,
  sourceKey,
  withEntry,
  withoutSheet,
  writeTarget,
  type Marker,
} from './reportRules';
import { lookText } from './sheetLook';
import { uniqueSheetName, uniqueTableName } from './sheetNames';
import { newWriterId } from './writeLock';
import { DEFAULT_BLOCK_BYTES, numberFormatCode, planSlices } from './writePlan';

type Options = {
  readonly onProgress?: (done: number, total: number) => void;
  readonly blockBytes?: number;
};

export async function writeReportInMemory(
  gateway: MemoryGateway,
  report: ReportDocument,
  mode: WriteMode,
  options: Options
): Promise<WriteOutcome> {
  const key = sourceKey(report.source);
  const writer = newWriterId();
  if (!acquireMemoryLock(gateway, key, writer)) return { status: 'blocked', reason: 'busy' };
  const release = () => releaseMemoryLock(gateway, key, writer);
  await gateway.step('locked');
  const blocker = await gateway.checkWritable();
  const changed = report.basis && !gateway.sourceUnchanged(report.source, report.basis);
  if (blocker || changed) {
    release();
    return { status: 'blocked', reason: blocker ?? 'sourceChanged' };
  }
  const { workbook } = gateway;
  const registry = parseRegistry(workbook.settings[REGISTRY_SETTING]);
  const owned = registeredSheet(registry[key], workbook.sheets.map(facts));
  const ownedSheet = owned ? (gateway.sheetById(owned.id) ?? null) : null;
  const target = writeTarget(
    mode,
    ownedSheet && { sheetId: ownedSheet.id, protected: ownedSheet.protected }
  );
  if (target.kind === 'blocked') {
    release();
    return { status: 'blocked', reason: target.reason };
  }
  const replacing = target.kind === 'replace' ? ownedSheet : null;
  const reportId = replacing ? (registry[key]?.reportId ?? newReportId()) : newReportId();
  const marker: Marker = { v: 1, id: reportId, complete: false, fp: report.fingerprint, src: key };
  let sheet: MemorySheet | null = null;
  const failed = (code: string): WriteOutcome => {
    release();
    return sheet
      ? { status: 'failed', code, sheetId: sheet.id, incomplete: true }
      : { status: 'failed', code, incomplete: false };
  };
  const requests = planSlices(report.blocks, options.blockBytes ?? DEFAULT_BLOCK_BYTES);
  for (const [done, slices] of requests.entries()) {
    if (sheet === null) {
      // One step, as one Excel batch: the sheet never exists without our marker (#47).
      sheet = replacing ? clearSheet(gateway, replacing) : addSheet(gateway, report);
      sheet.properties[MARKER_PROPERTY] = encodeMarker(marker);
      workbook.settings[REGISTRY_SETTING] = withEntry(registry, key, { reportId });
    }
    const fault = gateway.takeFault(done);
    if (fault) return failed(fault);
    for (const { block, start, end } of slices) writeRows(sheet, report, block, start, end);
    if (!beatMemoryLock(gateway, key, writer)) return failed('LockLost');
    await gateway.step(`request:${done + 1}`);
    options.onProgress?.(done + 1, requests.length);
  }
  if (sheet === null) return failed('NoRequests');
  const fault = gateway.takeFault(requests.length);
  if (fault) return failed(fault);
  addTablesAndChart(gateway, sheet, report);
  if (report.basis && !gateway.sourceUnchanged(report.source, report.basis)) {
    if (mode === 'replace') return failed('SourceChanged');
    removeSheet(gateway, sheet);
    release();
    return { status: 'blocked', reason: 'sourceChanged' };
  }
  if (sheetFingerprint(sheet) !== report.fingerprint) return failed('VerificationFailed');
  const extent = usedExtent(sheet);
  const look = lookText(extent, sheetLookParts(sheet, extent));
  sheet.properties[MARKER_PROPERTY] = encodeMarker({ ...marker, complete: true, look });
  workbook.settings[REGISTRY_SETTING] = withEntry(registry, key, { sheetId: sheet.id, reportId });
  release();
  await gateway.step('complete');
  const chart = gateway.supportsCharts && report.chart ? 'added' : 'notSupported';
  const notices = report.notices && report.notices.length > 0 ? { notices: report.notices } : {};
  return {
    status: 'written',
    sheetId: sheet.id,
    sheetName: sheet.name,
    chart,
    undo: 'none',
    ...notices,
  };
}

function facts(sheet: MemorySheet) {
  return { id: sheet.id, name: sheet.name, markerText: sheet.properties[MARKER_PROPERTY] };
}

/** A co-author changed the source during a write to a new sheet: the sheet goes whole. */
function removeSheet(gateway: MemoryGateway, sheet: MemorySheet): void {
  const { workbook } = gateway;
  const registry = parseRegistry(workbook.settings[REGISTRY_SETTING]);
  workbook.settings[REGISTRY_SETTING] = withoutSheet(registry, facts(sheet));
  workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
  workbook.tables = workbook.tables.filter((t) => t.sheetId !== sheet.id);
}

function addSheet(gateway: MemoryGateway, report: ReportDocument): MemorySheet {
  const { workbook } = gateway;
  const names = workbook.sheets.map((s) => s.name);
  return newSheet(workbook, { name: uniqueSheetName(report.sheetName, names) });
}

function clearSheet(gateway: MemoryGateway, sheet: MemorySheet): MemorySheet {
  sheet.cells = [];
  sheet.formats = [];
  sheet.charts = [];
  sheet.bold = [];
  sheet.fills = new Map();
  sheet.conditionalFormats = 0;
  sheet.shapes = 0;
  sheet.comments = 0;
  gateway.workbook.tables = gateway.workbook.tables.filter((t) => t.sheetId !== sheet.id);
  return sheet;
}

function writeRows(
  sheet: MemorySheet,
  report: ReportDocument,
  b: number,
  start: number,
  end: number
): void {
  const block = report.blocks[b];
  if (!block) return;
  for (let i = start; i < end; i++) {
    const values = block.values[i] ?? [];
    values.forEach((value, j) => {
      const row = block.row + i;
      const column = block.column + j;
      setCell(sheet, row, column, value === '' ? null : value);
      const kind = block.columnFormats?.[j];
      if (kind !== undefined) setFormat(sheet, row, column, numberFormatCode(kind));
      if (block.bold) sheet.bold.push([row, column]);
    });
  }
}

function addTablesAndChart(
  gateway: MemoryGateway,
  sheet: MemorySheet,
  report: ReportDocument
): void {
  const { workbook } = gateway;
  for (const block of report.blocks) {
    if (!block.table) continue;
    workbook.tables.push({
      name: uniqueTableName(
        block.table.name,
        workbook.tables.map((t) => t.name)
      ),
      sheetId: sheet.id,
      row: block.row,
      column: block.column,
      rows: block.values.length,
      columns: block.values[0]?.length ?? 0,
    });
  }
  const chart = report.chart;
  if (gateway.supportsCharts && chart) {
    const rows = chart.rows ?? (report.blocks[chart.block]?.values.length ?? 1) - 1;
    sheet.charts.push({ title: chart.title, rows });
  }
}
