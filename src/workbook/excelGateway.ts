/**
 * The WorkbookGateway over Office.js. One Excel.run per user action; only what is needed is
 * loaded; no sync inside a loop over products (a loop over requests of up to 3 MB at most);
 * `*OrNullObject` + `isNullObject` wherever something may be missing. The safety rules are the
 * shared ones of reportRules.ts, so MemoryGateway behaves the same.
 */
import type {
  NumberSettings,
  RangeRead,
  IncompleteReport,
  ReportDocument,
  ReportState,
  SourceData,
  ReportRef,
  SourceRef,
  TableInfo,
  WorkbookChange,
  WorkbookGateway,
  WorkbookSettings,
  WriteBlocker,
  WriteMode,
  WriteOutcome,
  WriteRefusal,
} from './gateway';
import { readExcelNumberSettings, readExcelRanges, watchExcelChanges } from './excelLinkedCells';
import {
  UNDO_API,
  isCellEditError,
  isUndoError,
  officeErrorCode,
  type ExcelHost,
} from './excelHost';
import { ExcelLock } from './excelLock';
import { readSourceRange } from './excelRead';
import { findExcelIncomplete, findExcelReport, removeExcelSheet } from './excelReports';
import {
  WRITE_API,
  writeReportToExcel,
  type WriteEnv,
  type WriteProgress,
} from './excelReportWriter';
import { readMarkers } from './excelWorkbookRead';
import { PANE_SETTING, parseMarker, sourceKey, writeBlocker } from './reportRules';
import { WorkbookError } from './workbookError';
import { LockWatch, newWriterId } from './writeLock';
import { nonFiniteCell } from './writePlan';

export class ExcelGateway implements WorkbookGateway {
  readonly displayLanguage: string;
  readonly supportsCharts: boolean;
  /** Locks this pane found held, to tell a dead writer from a slow one (writeLock.ts). */
  private readonly watch = new LockWatch();

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

  async readNumberSettings(): Promise<NumberSettings> {
    return readExcelNumberSettings(this.host);
  }

  async readRanges(
    references: readonly string[],
    defaultSheet: string | null
  ): Promise<RangeRead[]> {
    return this.read((context) => readExcelRanges(context, references, defaultSheet));
  }

  watchChanges(listener: (change: WorkbookChange) => void): () => void {
    return watchExcelChanges(this.host, listener);
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
    if (!this.host.isSetSupported(WRITE_API)) return 'unsupportedHost';
    const supported = true;
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
    return this.read((context) => findExcelReport(context, source));
  }

  async findIncompleteReports(): Promise<readonly IncompleteReport[]> {
    return this.read((context) => findExcelIncomplete(context));
  }

  async writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    const detail = nonFiniteCell(report.blocks);
    if (detail !== null) return { status: 'blocked', reason: 'notFinite', detail };
    const env = this.env();
    // ExcelApi 1.20: one Ctrl+Z removes the whole report; where an API in the run cannot be
    // undone, Excel says UndoNotSupported and the write runs again without the group (a sheet
    // the first try left incomplete is ours, so the second finishes it).
    const grouped = this.host.isSetSupported(UNDO_API);
    const first = await this.writeOnce(report, mode, env, grouped, onProgress);
    if (first.status !== 'failed' || !isUndoError(first.code)) return first;
    const retry = first.sheetId === undefined ? mode : 'replace';
    return this.writeOnce(report, retry, env, false, onProgress);
  }

  private async writeOnce(
    report: ReportDocument,
    mode: WriteMode,
    env: WriteEnv,
    grouped: boolean,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    const progress: WriteProgress = {};
    try {
      const options = { delayForCellEdit: true, mergeUndoGroup: grouped };
      const outcome = await this.host.run(options, (context) =>
        writeReportToExcel(context, this.host, report, mode, progress, env, onProgress)
      );
      if (outcome.status !== 'blocked') return withUndo(outcome, grouped);
      await this.releaseLock(report, env);
      return outcome;
    } catch (error) {
      await this.releaseLock(report, env);
      return this.failure(error, progress, mode);
    }
  }

  /** What a failed write left: nothing, or a sheet of ours marked incomplete. */
  private async failure(
    error: unknown,
    progress: WriteProgress,
    mode: WriteMode
  ): Promise<WriteOutcome> {
    const code = officeErrorCode(error);
    const sheetId = progress.sheetId ?? (await this.sheetOfReport(progress));
    if (sheetId === undefined) {
      if (isCellEditError(code)) return { status: 'blocked', reason: 'cellEditMode' };
      return { status: 'failed', code, incomplete: false };
    }
    // The source changed during the write: a new sheet goes (nothing half-written is left).
    if (code === 'SourceChanged' && mode === 'newSheet') {
      if (await this.removeIncompleteReport(sheetId).catch(() => false)) {
        return { status: 'blocked', reason: 'sourceChanged' };
      }
    }
    return { status: 'failed', code, sheetId, incomplete: true };
  }

  /**
   * The sheet a failed write left, when it could not learn its id: found by its marker's report
   * id; or, failed between adding the sheet and marking it, the new sheet of the name it added
   * (an id that did not exist before): still empty, so it is deleted and nothing is left.
   */
  private async sheetOfReport(progress: WriteProgress): Promise<string | undefined> {
    const { reportId, adding } = progress;
    if (reportId === undefined && adding === undefined) return undefined;
    try {
      return await this.host.run({ delayForCellEdit: true }, async (context) => {
        const { worksheets } = context.workbook;
        worksheets.load('items/id,items/name');
        await context.sync();
        const sheets = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
        const marked = await readMarkers(context, sheets);
        const ours = marked.find((s) => parseMarker(s.markerText)?.id === reportId);
        if (ours) return ours.id;
        const added = marked.find(
          (s) => s.name === adding?.name && !adding.before.includes(s.id) && s.markerText === null
        );
        if (added) await deleteIfEmpty(context, added.id);
        return undefined;
      });
    } catch {
      return undefined;
    }
  }

  private async releaseLock(report: ReportDocument, env: WriteEnv): Promise<void> {
    await this.host
      .run({}, (context) =>
        new ExcelLock(context, sourceKey(report.source), env.writer, env.watch, env).release(true)
      )
      .catch(() => undefined);
  }

  async removeIncompleteReport(sheetId: string): Promise<boolean> {
    const outcome = await this.host.run({ delayForCellEdit: true }, (context) =>
      removeExcelSheet(context, this.env(), { incomplete: sheetId })
    );
    return outcome === 'removed';
  }

  async removeReport(source: SourceRef | ReportRef): Promise<'removed' | 'none' | WriteRefusal> {
    return this.host.run({ delayForCellEdit: true }, (context) =>
      removeExcelSheet(context, this.env(), { source })
    );
  }

  private env(): WriteEnv {
    return { writer: newWriterId(), watch: this.watch, now: this.host.now ?? Date.now };
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

function withUndo(outcome: WriteOutcome, grouped: boolean): WriteOutcome {
  return outcome.status === 'written'
    ? { ...outcome, undo: grouped ? 'grouped' : 'none' }
    : outcome;
}

/** Deletes a sheet that holds nothing at all (a sheet this write added and never marked). */
async function deleteIfEmpty(context: Excel.RequestContext, sheetId: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const used = sheet.getUsedRangeOrNullObject();
  used.load('address');
  await context.sync();
  if (!used.isNullObject) return;
  sheet.delete();
  await context.sync();
}
