/**
 * The task pane's WorkbookGateway over a Univer workbook: the same pane that runs in Excel reads
 * tables and the selection here and writes its report sheet here, under the same ownership rules
 * (src/workbook/reportRules.ts) as the Excel gateway.
 */
import type { FUniver } from '@univerjs/core/facade';
import type { FRange, FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import { parseReference } from '../src/workbook/cellReference';
import type {
  NumberSettings,
  RangeRead,
  IncompleteReport,
  RecordRef,
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
} from '../src/workbook/gateway';
import {
  isRemovable,
  newReportId,
  ownMarker,
  parseMarker,
  registeredSheet,
  reportState,
  sourceKey,
  withEntry,
  withoutSheet,
  writeBlocker,
  writeTarget,
} from '../src/workbook/reportRules';
import { nonFiniteCell } from '../src/workbook/writePlan';
import { uniqueSheetName } from '../src/workbook/sheetNames';
import {
  mergeSettings,
  readRegistry,
  readSettings,
  sheetFacts,
  sheetFingerprint,
  writeMarker,
  writeRegistry,
} from './reportMarker';
import { emptySheet, fitColumns, reportSheetSize, writeBlock } from './reportWriter';
import { firstRowFormats, hasMergedCells, quoteSheet, readGrid, sheetAddress } from './univerCells';

type Located = { readonly sheet: FWorksheet; readonly range: FRange; readonly label: string };

export class UniverGateway implements WorkbookGateway {
  /** Univer draws no native charts here: the pane's preview chart stands in for Excel's. */
  readonly supportsCharts = false;

  /**
   * `numberSettings`: the separators this "Excel" reads typed numbers with (the page's regional
   * settings); `api` gives the change events.
   */
  constructor(
    private readonly workbook: FWorkbook,
    readonly displayLanguage: string,
    private readonly numberSettings: NumberSettings,
    private readonly api: FUniver | null = null
  ) {}

  async listTables(): Promise<readonly TableInfo[]> {
    return this.workbook.getTableList().flatMap((table) => {
      const sheet = this.workbook.getSheetBySheetId(table.subUnitId);
      if (!sheet) return [];
      const { startRow, startColumn, endRow, endColumn } = table.range;
      const range = sheet.getRange(
        startRow,
        startColumn,
        endRow - startRow + 1,
        endColumn - startColumn + 1
      );
      const address = sheetAddress(sheet, range);
      return [
        { name: table.name, sheet: sheet.getSheetName(), address, rowCount: endRow - startRow },
      ];
    });
  }

  async readSource(ref: SourceRef): Promise<SourceData> {
    const { sheet, range, label } = this.locate(ref);
    const { values, kinds } = readGrid(sheet, range);
    const { startRow, endRow } = range.getRange();
    const body = endRow > startRow ? range.offset(1, 0, endRow - startRow) : null;
    return {
      ref,
      address: sheetAddress(sheet, range),
      label,
      headers: (values[0] ?? []).map((v) => (v === null ? '' : String(v))),
      rows: values.slice(1),
      kinds: kinds.slice(1),
      columnFormats: body ? firstRowFormats(body) : [],
      hasMergedCells: hasMergedCells(sheet, range),
      sheetId: sheet.getSheetId(),
    };
  }

  async readNumberSettings(): Promise<NumberSettings> {
    return this.numberSettings;
  }

  async readRanges(
    references: readonly string[],
    defaultSheet: string | null
  ): Promise<RangeRead[]> {
    return references.map((text) => this.readReference(text, defaultSheet, 0));
  }

  private readReference(text: string, defaultSheet: string | null, depth: number): RangeRead {
    const reference = parseReference(text);
    if (reference === null) return { status: 'notFound' };
    if (reference.kind === 'name') {
      const target = this.workbook.getDefinedName(reference.name)?.getFormulaOrRefString();
      return target === undefined || depth > 0
        ? { status: 'notFound' }
        : this.readReference(target, defaultSheet, depth + 1);
    }
    const name = reference.sheet ?? defaultSheet;
    const sheet = name === null ? null : this.workbook.getSheetByName(name);
    if (!sheet) return { status: 'notFound' };
    const range = sheet.getRange(
      reference.row,
      reference.column,
      reference.rows,
      reference.columns
    );
    const { values, kinds } = readGrid(sheet, range);
    return {
      status: 'read',
      address: sheetAddress(sheet, range),
      sheetId: sheet.getSheetId(),
      values,
      kinds,
    };
  }

  /** Univer's value-change events, with the sheet and the cells they touched. */
  watchChanges(listener: (change: WorkbookChange) => void): () => void {
    const api = this.api;
    if (api === null) return () => undefined;
    const unitId = this.workbook.getId();
    const events = api.Event as unknown as { SheetValueChanged: 'SheetValueChanged' };
    const subscription = api.addEvent(events.SheetValueChanged, (params) => {
      for (const range of params.effectedRanges) {
        if (range.getUnitId() !== unitId) continue;
        listener({ sheetId: range.getSheetId(), address: range.getA1Notation() });
      }
    });
    return () => subscription.dispose();
  }

  private locate(ref: SourceRef): Located {
    if (ref.kind === 'selection') {
      const range = this.workbook.getActiveRange();
      if (!range) throw new Error('Nothing is selected');
      const sheet = this.workbook.getActiveSheet();
      return {
        sheet,
        range,
        label: `${quoteSheet(sheet.getSheetName())}!${range.getA1Notation()}`,
      };
    }
    const table = this.workbook.getTableInfoByName(ref.name);
    const sheet = table && this.workbook.getSheetBySheetId(table.subUnitId);
    if (!table || !sheet) throw new Error(`Table "${ref.name}" not found`);
    const { startRow, startColumn, endRow, endColumn } = table.range;
    const range = sheet.getRange(
      startRow,
      startColumn,
      endRow - startRow + 1,
      endColumn - startColumn + 1
    );
    return { sheet, range, label: table.name };
  }

  async readSettings(): Promise<WorkbookSettings> {
    return readSettings(this.workbook);
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    mergeSettings(this.workbook, settings);
  }

  /** As in Excel, nothing is written while the user is typing in a cell. */
  async checkWritable(): Promise<WriteBlocker | null> {
    const editingCell = this.workbook.isCellEditing();
    return writeBlocker({
      supported: true,
      readOnly: false,
      editingCell,
      structureProtected: false,
    });
  }

  private owned(source: SourceRef | RecordRef | ReportRef) {
    const entry = readRegistry(this.workbook)[sourceKey(source)];
    const sheets = this.workbook.getSheets();
    const facts = registeredSheet(entry, sheets.map(sheetFacts));
    const sheet = facts ? sheets.find((s) => s.getSheetId() === facts.id) : undefined;
    const marker = ownMarker(entry, facts);
    return sheet && facts && marker ? { sheet, facts, marker } : null;
  }

  async findReport(source: SourceRef | ReportRef): Promise<ReportState> {
    const owned = this.owned(source);
    if (!owned) return { status: 'none' };
    // Univer keeps no formats or objects of the user's on our sheets to compare: values only.
    return reportState(owned.marker, owned.facts, {
      values: sheetFingerprint(owned.sheet),
      look: null,
    });
  }

  async findIncompleteReports(): Promise<readonly IncompleteReport[]> {
    return this.workbook.getSheets().flatMap((sheet) => {
      const facts = sheetFacts(sheet);
      const marker = parseMarker(facts.markerText);
      if (marker === null || marker.complete) return [];
      return [{ sheetId: facts.id, sheetName: facts.name, source: marker.src ?? null }];
    });
  }

  async removeReport(source: SourceRef | ReportRef): Promise<'removed' | 'none' | WriteRefusal> {
    const owned = this.owned(source);
    if (!owned) return 'none';
    writeRegistry(this.workbook, withoutSheet(readRegistry(this.workbook), owned.facts));
    return this.workbook.deleteSheet(owned.sheet) ? 'removed' : 'none';
  }

  async writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    const detail = nonFiniteCell(report.blocks);
    if (detail !== null) return { status: 'blocked', reason: 'notFinite', detail };
    const blocked = await this.checkWritable();
    if (blocked) return { status: 'blocked', reason: blocked };
    const key = sourceKey(report.source);
    const owned = this.owned(report.source);
    const target = writeTarget(mode, owned && { sheetId: owned.facts.id, protected: false });
    if (target.kind === 'blocked') return { status: 'blocked', reason: target.reason };
    let sheet: FWorksheet | undefined;
    try {
      sheet = target.kind === 'replace' && owned ? owned.sheet : this.newSheet(report);
      if (target.kind === 'replace')
        await emptySheet(this.workbook, sheet, reportSheetSize(report));
      const id = target.kind === 'replace' && owned ? owned.marker.id : newReportId();
      writeMarker(sheet, { v: 1, id, complete: false, fp: '', src: key });
      writeRegistry(
        this.workbook,
        withEntry(readRegistry(this.workbook), key, { sheetId: sheet.getSheetId(), reportId: id })
      );
      for (const [i, block] of report.blocks.entries()) {
        await writeBlock(this.workbook, sheet, block);
        onProgress?.(i + 1, report.blocks.length);
      }
      fitColumns(sheet, report.blocks);
      writeMarker(sheet, { v: 1, id, complete: true, fp: sheetFingerprint(sheet), src: key });
      this.workbook.setActiveSheet(sheet);
      return {
        status: 'written',
        sheetId: sheet.getSheetId(),
        sheetName: sheet.getSheetName(),
        chart: 'notSupported',
      };
    } catch (error) {
      console.error('TA playground: writing the report failed', error);
      const code = error instanceof Error ? error.message : String(error);
      return sheet
        ? { status: 'failed', code, sheetId: sheet.getSheetId(), incomplete: true }
        : { status: 'failed', code, incomplete: false };
    }
  }

  /** A new sheet at the end; a user's sheet of the same name keeps its name (ours gets ` (2)`). */
  private newSheet(report: ReportDocument): FWorksheet {
    const names = this.workbook.getSheets().map((s) => s.getSheetName());
    const index = this.workbook.getNumSheets();
    const sheet = reportSheetSize(report);
    return this.workbook.insertSheet(uniqueSheetName(report.sheetName, names), { index, sheet });
  }

  async removeIncompleteReport(sheetId: string): Promise<boolean> {
    const sheet = this.workbook.getSheetBySheetId(sheetId);
    if (!sheet || !isRemovable(sheetFacts(sheet))) return false;
    writeRegistry(this.workbook, withoutSheet(readRegistry(this.workbook), sheetFacts(sheet)));
    return this.workbook.deleteSheet(sheet);
  }
}
