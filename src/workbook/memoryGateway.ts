/**
 * A WorkbookGateway over an in-memory workbook: the reference behaviour of every safety rule
 * (the same pure helpers decide as in ExcelGateway), used by the pane's component tests and by
 * anything that needs a workbook without Office.
 */
import { rangeAddress } from './a1';
import type {
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
import {
  newSheet,
  readArea,
  sheetFingerprint,
  type MemorySheet,
  type MemoryWorkbook,
  type SheetInit,
  type MemoryTable,
} from './memoryWorkbook';
import { writeReportInMemory } from './memoryReportWriter';
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
  type SheetFacts,
} from './reportRules';
import { WorkbookError } from './workbookError';

export type MemoryGatewayOptions = {
  readonly sheets?: readonly SheetInit[];
  /** Tables by sheet name, header row included. */
  readonly tables?: readonly (Omit<MemoryTable, 'sheetId'> & { readonly sheet: string })[];
  readonly selection?: {
    readonly sheet: string;
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
  readonly displayLanguage?: string;
  readonly supportsCharts?: boolean;
  readonly readOnly?: boolean;
  readonly structureProtected?: boolean;
  /** Bytes per write request (to exercise the block split, as in Excel on the web). */
  readonly blockBytes?: number;
};

/** A fault to inject: the write fails with `code` once `afterRequests` requests are written. */
export type MemoryFault = { readonly afterRequests: number; readonly code: string };

export class MemoryGateway implements WorkbookGateway {
  readonly displayLanguage: string;
  readonly supportsCharts: boolean;
  readonly workbook: MemoryWorkbook;
  /** Set by tests to make the next report write fail part-way. */
  fault: MemoryFault | null = null;
  private readonly blockBytes: number | undefined;

  constructor(options: MemoryGatewayOptions = {}) {
    this.displayLanguage = options.displayLanguage ?? 'en-US';
    this.supportsCharts = options.supportsCharts ?? true;
    this.blockBytes = options.blockBytes;
    this.workbook = {
      sheets: [],
      tables: [],
      settings: {},
      selection: null,
      readOnly: options.readOnly ?? false,
      structureProtected: options.structureProtected ?? false,
      editingCell: false,
      nextSheetId: 1,
    };
    for (const init of options.sheets ?? []) newSheet(this.workbook, init);
    for (const { sheet, ...table } of options.tables ?? []) {
      this.workbook.tables.push({ ...table, sheetId: this.sheetNamed(sheet).id });
    }
    if (options.selection) {
      const { sheet, ...area } = options.selection;
      this.workbook.selection = { ...area, sheetId: this.sheetNamed(sheet).id };
    }
  }

  sheetNamed(name: string): MemorySheet {
    const sheet = this.workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  sheetById(id: string): MemorySheet | undefined {
    return this.workbook.sheets.find((s) => s.id === id);
  }

  async listTables(): Promise<readonly TableInfo[]> {
    return this.workbook.tables.flatMap((table) => {
      const sheet = this.sheetById(table.sheetId);
      if (!sheet) return [];
      const { row, column, rows, columns } = table;
      const address = rangeAddress(sheet.name, row, column, rows, columns);
      return [{ name: table.name, sheet: sheet.name, address, rowCount: rows - 1 }];
    });
  }

  async readSource(ref: SourceRef): Promise<SourceData> {
    // As Excel builds that cannot delay a batch: a cell being edited fails the read (and
    // writeReport returns `blocked: cellEditMode`); newer Excel waits for the edit to end.
    if (this.workbook.editingCell) throw new WorkbookError('cellEditMode');
    const area = this.locate(ref);
    const sheet = this.sheetById(area.sheetId) as MemorySheet;
    const { row, column, rows, columns } = area;
    if (rows < 1 || columns < 1) throw new WorkbookError('emptySelection');
    const { values, kinds } = readArea(sheet, row, column, rows, columns);
    const address = rangeAddress(sheet.name, row, column, rows, columns);
    const formats = sheet.formats[row + 1] ?? [];
    return {
      ref,
      address,
      label: ref.kind === 'table' ? ref.name : address,
      headers: (values[0] ?? []).map((v) => (v === null ? '' : String(v))),
      rows: values.slice(1),
      kinds: kinds.slice(1),
      columnFormats: Array.from({ length: columns }, (_, c) => formats[column + c] ?? 'General'),
      hasMergedCells: sheet.merged.some(
        ([r, c, h, w]) => r < row + rows && r + h > row && c < column + columns && c + w > column
      ),
    };
  }

  private locate(ref: SourceRef): {
    sheetId: string;
    row: number;
    column: number;
    rows: number;
    columns: number;
  } {
    if (ref.kind === 'selection') {
      if (!this.workbook.selection) throw new WorkbookError('emptySelection');
      return this.workbook.selection;
    }
    const table = this.workbook.tables.find((t) => t.name.toLowerCase() === ref.name.toLowerCase());
    if (!table) throw new WorkbookError('sourceNotFound', ref.name);
    return table;
  }

  async readSettings(): Promise<WorkbookSettings> {
    const stored = this.workbook.settings[PANE_SETTING];
    return typeof stored === 'object' && stored !== null ? { ...(stored as WorkbookSettings) } : {};
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    this.workbook.settings[PANE_SETTING] = JSON.parse(JSON.stringify(settings));
  }

  async checkWritable(): Promise<WriteBlocker | null> {
    const { readOnly, structureProtected, editingCell } = this.workbook;
    return writeBlocker({ supported: true, readOnly, structureProtected, editingCell });
  }

  /** Facts of a sheet as the rules need them. */
  facts(sheet: MemorySheet | undefined): SheetFacts | null {
    return sheet
      ? { id: sheet.id, name: sheet.name, markerText: sheet.properties[MARKER_PROPERTY] }
      : null;
  }

  async findReport(source: SourceRef | ReportRef): Promise<ReportState> {
    const entry = parseRegistry(this.workbook.settings[REGISTRY_SETTING])[sourceKey(source)];
    const sheet = entry ? this.sheetById(entry.sheetId) : undefined;
    const facts = this.facts(sheet);
    const marker = ownMarker(entry, facts);
    return reportState(marker, facts, sheet && marker ? sheetFingerprint(sheet) : null);
  }

  async writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    const blocker = await this.checkWritable();
    if (blocker) return { status: 'blocked', reason: blocker };
    const fault = this.fault;
    this.fault = null;
    return writeReportInMemory(this, report, mode, {
      fault,
      onProgress,
      blockBytes: this.blockBytes,
    });
  }

  async removeIncompleteReport(sheetId: string): Promise<boolean> {
    if ((await this.checkWritable()) !== null) return false;
    const sheet = this.sheetById(sheetId);
    const facts = this.facts(sheet);
    const registry = parseRegistry(this.workbook.settings[REGISTRY_SETTING]);
    if (!sheet || !facts || !isRemovable(facts)) return false;
    this.workbook.sheets = this.workbook.sheets.filter((s) => s !== sheet);
    this.workbook.tables = this.workbook.tables.filter((t) => t.sheetId !== sheetId);
    const key = Object.keys(registry).find((k) => registry[k]?.sheetId === sheetId);
    if (key !== undefined)
      this.workbook.settings[REGISTRY_SETTING] = withEntry(registry, key, null);
    return true;
  }
}
