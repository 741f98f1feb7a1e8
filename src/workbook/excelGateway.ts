/**
 * The WorkbookGateway over Office.js. One Excel.run per user action; only what is needed is
 * loaded; no sync inside a loop over products (a loop over requests of up to 3 MB at most);
 * `*OrNullObject` + `isNullObject` wherever something may be missing. The safety rules are the
 * shared ones of reportRules.ts, so MemoryGateway behaves the same.
 */
import { GridHasher } from './fingerprint';
import type {
  CellValue,
  ReportDocument,
  ReportState,
  SourceData,
  ReportRef,
  SourceRef,
  TableInfo,
  WorkbookGateway,
  WorkbookSettings,
  WriteBlocker,
  WriteMode,
  WriteOutcome,
} from './gateway';
import { isCellEditError, officeErrorCode, type ExcelHost } from './excelHost';
import { readSourceRange } from './excelRead';
import { writeReportToExcel, type WriteProgress } from './excelReportWriter';
import {
  MARKER_PROPERTY,
  PANE_SETTING,
  REGISTRY_SETTING,
  isRemovable,
  ownMarker,
  parseRegistry,
  reportState,
  sourceKey,
  withEntry,
  writeBlocker,
} from './reportRules';
import { WorkbookError } from './workbookError';

const FIND_READ_CELLS = 200_000;

export class ExcelGateway implements WorkbookGateway {
  readonly displayLanguage: string;
  readonly supportsCharts: boolean;

  constructor(private readonly host: ExcelHost) {
    this.displayLanguage = host.displayLanguage;
    this.supportsCharts = host.isSetSupported('1.8');
  }

  async listTables(): Promise<readonly TableInfo[]> {
    return this.read(async (context) => {
      const tables = context.workbook.tables.load('items/name');
      await context.sync();
      const ranges = tables.items.map((table) => {
        const range = table.getRange().load('address,rowCount');
        const sheet = table.worksheet.load('name');
        return { name: table.name, range, sheet };
      });
      await context.sync();
      return ranges.map(({ name, range, sheet }) => ({
        name,
        sheet: sheet.name,
        address: range.address,
        rowCount: range.rowCount - 1,
      }));
    });
  }

  async readSource(ref: SourceRef): Promise<SourceData> {
    return this.read((context) => readSourceRange(context, this.host, ref));
  }

  async readSettings(): Promise<WorkbookSettings> {
    return this.read(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(PANE_SETTING);
      item.load('value');
      await context.sync();
      const value: unknown = item.isNullObject ? null : item.value;
      return typeof value === 'object' && value !== null ? { ...(value as WorkbookSettings) } : {};
    });
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    await this.host.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.settings.add(PANE_SETTING, JSON.parse(JSON.stringify(settings)));
      await context.sync();
    });
  }

  async checkWritable(): Promise<WriteBlocker | null> {
    const supported = this.host.isSetSupported('1.12');
    if (!supported) return 'unsupportedHost';
    try {
      // No delay here: the pane wants to know now that a cell is being edited.
      return await this.host.run({}, async (context) => {
        const { workbook } = context;
        workbook.load('readOnly');
        workbook.protection.load('protected');
        await context.sync();
        const { readOnly } = workbook;
        const structureProtected = workbook.protection.protected;
        return writeBlocker({ supported, readOnly, structureProtected, editingCell: false });
      });
    } catch (error) {
      if (isCellEditError(officeErrorCode(error))) return 'cellEditMode';
      throw error;
    }
  }

  async findReport(source: SourceRef | ReportRef): Promise<ReportState> {
    return this.read(async (context) => {
      const { workbook } = context;
      const item = workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
      item.load('value');
      workbook.worksheets.load('items/id,items/name');
      await context.sync();
      const entry = parseRegistry(item.isNullObject ? null : item.value)[sourceKey(source)];
      const known = entry && workbook.worksheets.items.find((s) => s.id === entry.sheetId);
      if (!entry || !known) return { status: 'none' };
      const sheet = workbook.worksheets.getItem(entry.sheetId);
      const property = sheet.customProperties.getItemOrNullObject(MARKER_PROPERTY);
      property.load('value');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      const facts = {
        id: known.id,
        name: known.name,
        markerText: property.isNullObject ? null : property.value,
      };
      const marker = ownMarker(entry, facts);
      if (!marker || !marker.complete) return reportState(marker, facts, null);
      const rows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const columns = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
      return reportState(marker, facts, await hashSheet(context, sheet, rows, columns));
    });
  }

  async writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    const progress: WriteProgress = {};
    try {
      // A batch sent while the user edits a cell waits for the edit to end.
      return await this.host.run({ delayForCellEdit: true }, (context) =>
        writeReportToExcel(context, this.host, report, mode, progress, onProgress)
      );
    } catch (error) {
      const code = officeErrorCode(error);
      if (progress.sheetId === undefined) {
        if (isCellEditError(code)) return { status: 'blocked', reason: 'cellEditMode' };
        return { status: 'failed', code, incomplete: false };
      }
      return { status: 'failed', code, sheetId: progress.sheetId, incomplete: true };
    }
  }

  async removeIncompleteReport(sheetId: string): Promise<boolean> {
    return this.host.run({ delayForCellEdit: true }, async (context) => {
      const { workbook } = context;
      workbook.load('readOnly');
      workbook.protection.load('protected');
      const item = workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
      item.load('value');
      const sheet = workbook.worksheets.getItemOrNullObject(sheetId);
      sheet.load('id,name');
      await context.sync();
      if (workbook.readOnly || workbook.protection.protected || sheet.isNullObject) return false;
      const property = sheet.customProperties.getItemOrNullObject(MARKER_PROPERTY);
      property.load('value');
      await context.sync();
      const facts = {
        id: sheet.id,
        name: sheet.name,
        markerText: property.isNullObject ? null : property.value,
      };
      if (!isRemovable(facts)) return false;
      sheet.delete();
      const registry = parseRegistry(item.isNullObject ? null : item.value);
      const key = Object.keys(registry).find((k) => registry[k]?.sheetId === sheetId);
      if (key !== undefined)
        workbook.settings.add(REGISTRY_SETTING, withEntry(registry, key, null));
      await context.sync();
      return true;
    });
  }

  /** A read-only action: a cell being edited or a missing object becomes a WorkbookError. */
  private async read<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run({ delayForCellEdit: true }, batch);
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      const code = officeErrorCode(error);
      throw new WorkbookError(isCellEditError(code) ? 'cellEditMode' : 'failed', code);
    }
  }
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
