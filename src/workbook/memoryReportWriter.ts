/**
 * The report write of MemoryGateway, step for step as ExcelGateway does it: decide the target by
 * the shared rules, mark the sheet incomplete, write the values request by request, then the
 * formats, the table and the chart, verify, and only then mark it complete.
 */
import type { ReportDocument, WriteMode, WriteOutcome } from './gateway';
import type { MemoryFault, MemoryGateway } from './memoryGateway';
import { newSheet, setCell, setFormat, sheetFingerprint, type MemorySheet } from './memoryWorkbook';
import {
  MARKER_PROPERTY,
  REGISTRY_SETTING,
  encodeMarker,
  newReportId,
  ownMarker,
  parseRegistry,
  sourceKey,
  withEntry,
  writeTarget,
} from './reportRules';
import { uniqueSheetName, uniqueTableName } from './sheetNames';
import { DEFAULT_BLOCK_BYTES, numberFormatCode, planSlices } from './writePlan';

type Options = {
  readonly fault: MemoryFault | null;
  readonly onProgress?: (done: number, total: number) => void;
  readonly blockBytes?: number;
};

export function writeReportInMemory(
  gateway: MemoryGateway,
  report: ReportDocument,
  mode: WriteMode,
  options: Options
): WriteOutcome {
  const { workbook } = gateway;
  const key = sourceKey(report.source);
  const registry = parseRegistry(workbook.settings[REGISTRY_SETTING]);
  const entry = registry[key];
  const current = entry ? gateway.sheetById(entry.sheetId) : undefined;
  const owned = ownMarker(entry, gateway.facts(current)) && current ? current : null;
  const target = writeTarget(mode, owned && { sheetId: owned.id, protected: owned.protected });
  if (target.kind === 'blocked') return { status: 'blocked', reason: target.reason };
  const sheet =
    target.kind === 'replace' && owned
      ? clearSheet(gateway, owned)
      : newSheet(workbook, {
          name: uniqueSheetName(
            report.sheetName,
            workbook.sheets.map((s) => s.name)
          ),
        });
  const reportId = newReportId();
  const marker = { v: 1 as const, id: reportId, complete: false, fp: report.fingerprint };
  sheet.properties[MARKER_PROPERTY] = encodeMarker(marker);
  workbook.settings[REGISTRY_SETTING] = withEntry(registry, key, { sheetId: sheet.id, reportId });
  const requests = planSlices(report.blocks, options.blockBytes ?? DEFAULT_BLOCK_BYTES);
  const failed = (code: string): WriteOutcome => ({
    status: 'failed',
    code,
    sheetId: sheet.id,
    incomplete: true,
  });
  for (const [done, slices] of requests.entries()) {
    if (options.fault && done >= options.fault.afterRequests) return failed(options.fault.code);
    for (const { block, start, end } of slices) writeRows(sheet, report, block, start, end);
    options.onProgress?.(done + 1, requests.length);
  }
  if (options.fault) return failed(options.fault.code);
  addTablesAndChart(gateway, sheet, report);
  if (sheetFingerprint(sheet) !== report.fingerprint) return failed('VerificationFailed');
  sheet.properties[MARKER_PROPERTY] = encodeMarker({ ...marker, complete: true });
  const chart = gateway.supportsCharts && report.chart ? 'added' : 'notSupported';
  return { status: 'written', sheetId: sheet.id, sheetName: sheet.name, chart };
}

function clearSheet(gateway: MemoryGateway, sheet: MemorySheet): MemorySheet {
  sheet.cells = [];
  sheet.formats = [];
  sheet.charts = [];
  sheet.bold = [];
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
