/**
 * A WorkbookGateway over an in-memory workbook: the reference behaviour of every safety rule
 * (the same pure helpers decide as in ExcelGateway), used by the pane's component tests and by
 * anything that needs a workbook without Office.
 */
import { parseAddress, rangeAddress } from './a1';
import { parseReference } from './cellReference';
import { sourceFingerprint } from './fingerprint';
import type {
  IncompleteReport,
  NumberSettings,
  RangeRead,
  WorkbookChange,
  RecordRef,
  ReportDocument,
  ReportRef,
  ReportState,
  SourceBasis,
  SourceData,
  SourceRef,
  TableInfo,
  WorkbookGateway,
  WorkbookSettings,
  WriteBlocker,
  WriteMode,
  WriteOutcome,
  WriteRefusal,
} from './gateway';
import { acquireMemoryLock, releaseMemoryLock } from './memoryLock';
import {
  newSheet,
  readArea,
  sheetFingerprint,
  sheetLookParts,
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
  parseMarker,
  parseRegistry,
  readSourceOf,
  registeredSheet,
  reportState,
  sourceKey,
  withoutSheet,
  writeBlocker,
  type SheetFacts,
} from './reportRules';
import { numberSettingsOf } from './typedNumber';
import { lookExtent, lookText } from './sheetLook';
import { WorkbookError } from './workbookError';
import { LockWatch, newWriterId } from './writeLock';
import { nonFiniteCell } from './writePlan';

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
  /** Excel's separators; absent: those of the display language (an Excel without the API). */
  readonly numberSettings?: NumberSettings;
  /** Workbook names → a cell or range, e.g. `{ MasterHours: 'Salon!B7' }`. */
  readonly names?: Readonly<Record<string, string>>;
  readonly supportsCharts?: boolean;
  readonly readOnly?: boolean;
  readonly structureProtected?: boolean;
  /** Bytes per write request (to exercise the block split, as in Excel on the web). */
  readonly blockBytes?: number;
  /** Another pane's workbook: two gateways over one workbook are two panes (or co-authors). */
  readonly workbook?: MemoryWorkbook;
  /** The clock that ages write locks (tests give their own). */
  readonly now?: () => number;
};

/**
 * A fault to inject: the write fails with `code` in its request `afterRequests` (0-based), after
 * that request added or cleared the sheet and before its rows, as a batch that fails half-way.
 */
export type MemoryFault = { readonly afterRequests: number; readonly code: string };

/** Where a write can be paused or die: after the lock, after request n, after completing. */
export type MemoryStep = 'locked' | `request:${number}` | 'complete';

export class MemoryGateway implements WorkbookGateway {
  readonly displayLanguage: string;
  readonly supportsCharts: boolean;
  readonly workbook: MemoryWorkbook;
  /** Set by tests to make the next report write fail part-way. */
  fault: MemoryFault | null = null;
  /** Workbook names, editable by tests. */
  readonly names: Record<string, string>;
  /** Set by tests: the write stops for good at this step, as when the pane is closed (#47). */
  crashAt: MemoryStep | null = null;
  /** Set by tests: awaited at every step, to run another pane in between. */
  between: ((step: MemoryStep) => Promise<void>) | null = null;
  readonly watch = new LockWatch();
  readonly now: () => number;
  private readonly blockBytes: number | undefined;
  private readonly numberSettings: NumberSettings;
  private readonly listeners = new Set<(change: WorkbookChange) => void>();

  constructor(options: MemoryGatewayOptions = {}) {
    this.displayLanguage = options.displayLanguage ?? 'en-US';
    this.supportsCharts = options.supportsCharts ?? true;
    this.blockBytes = options.blockBytes;
    this.numberSettings = options.numberSettings ?? numberSettingsOf(this.displayLanguage);
    this.names = { ...(options.names ?? {}) };
    this.now = options.now ?? Date.now;
    if (options.workbook) {
      this.workbook = options.workbook;
      return;
    }
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
      sheetId: sheet.id,
      hiddenRows: (sheet.hidden ?? []).filter((r) => r > row && r < row + rows).length,
    };
  }

  /** The source now hashes as it did when the report was built (#40). */
  sourceUnchanged(source: SourceRef | RecordRef | ReportRef, basis: SourceBasis): boolean {
    const ref = readSourceOf(source);
    if (ref.kind === 'record') return true;
    try {
      const current = ref.kind === 'table' ? this.locate(ref) : null;
      const area = parseAddress(basis.address);
      const sheet = this.workbook.sheets.find((s) => s.name === area.sheet);
      if (!sheet) return false;
      if (current) {
        const { row, column, rows, columns } = current;
        const address = rangeAddress(sheet.name, row, column, rows, columns);
        if (current.sheetId !== sheet.id || address !== basis.address) return false;
      }
      const { values, kinds } = readArea(sheet, area.row, area.column, area.rows, area.columns);
      const headers = (values[0] ?? []).map((v) => (v === null ? '' : String(v)));
      const data = {
        address: basis.address,
        headers,
        rows: values.slice(1),
        kinds: kinds.slice(1),
      };
      return sourceFingerprint(data) === basis.fingerprint;
    } catch {
      return false;
    }
  }

  async readNumberSettings(): Promise<NumberSettings> {
    return this.numberSettings;
  }

  async readRanges(
    references: readonly string[],
    defaultSheet: string | null
  ): Promise<RangeRead[]> {
    if (this.workbook.editingCell) throw new WorkbookError('cellEditMode');
    return references.map((text) => this.readReference(text, defaultSheet, 0));
  }

  private readReference(text: string, defaultSheet: string | null, depth: number): RangeRead {
    const reference = parseReference(text);
    if (reference === null) return { status: 'notFound' };
    if (reference.kind === 'name') {
      const key = Object.keys(this.names).find(
        (name) => name.toLowerCase() === reference.name.toLowerCase()
      );
      const target = key === undefined ? undefined : this.names[key];
      return target === undefined || depth > 0
        ? { status: 'notFound' }
        : this.readReference(target, defaultSheet, depth + 1);
    }
    const name = reference.sheet ?? defaultSheet;
    const sheet = this.workbook.sheets.find((s) => s.name.toLowerCase() === name?.toLowerCase());
    if (!sheet) return { status: 'notFound' };
    const { row, column, rows, columns } = reference;
    const { values, kinds } = readArea(sheet, row, column, rows, columns);
    const address = rangeAddress(sheet.name, row, column, rows, columns);
    return { status: 'read', address, sheetId: sheet.id, values, kinds };
  }

  watchChanges(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the watchers that cells changed, as Excel's onChanged would (tests call it). */
  emitChange(sheetName: string | null, address: string | null = null): void {
    const sheetId = sheetName === null ? null : this.sheetNamed(sheetName).id;
    for (const listener of [...this.listeners]) listener({ sheetId, address });
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

  private allFacts(): SheetFacts[] {
    return this.workbook.sheets.map((sheet) => this.facts(sheet) as SheetFacts);
  }

  async findReport(source: SourceRef | ReportRef): Promise<ReportState> {
    const entry = parseRegistry(this.workbook.settings[REGISTRY_SETTING])[sourceKey(source)];
    const facts = registeredSheet(entry, this.allFacts());
    const sheet = facts ? this.sheetById(facts.id) : undefined;
    const marker = facts ? parseMarker(facts.markerText) : null;
    if (!sheet || !marker) return { status: 'none' };
    const extent = lookExtent(marker.look);
    const look = extent ? lookText(extent, sheetLookParts(sheet, extent)) : null;
    return reportState(marker, facts, { values: sheetFingerprint(sheet), look });
  }

  async findIncompleteReports(): Promise<readonly IncompleteReport[]> {
    return this.allFacts().flatMap((facts) => {
      const marker = parseMarker(facts.markerText);
      if (marker === null || marker.complete) return [];
      return [{ sheetId: facts.id, sheetName: facts.name, source: marker.src ?? null }];
    });
  }

  async writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    const detail = nonFiniteCell(report.blocks);
    if (detail !== null) return { status: 'blocked', reason: 'notFinite', detail };
    const blocker = await this.checkWritable();
    if (blocker) return { status: 'blocked', reason: blocker };
    return writeReportInMemory(this, report, mode, { onProgress, blockBytes: this.blockBytes });
  }

  /** The fault for request `index`, once. */
  takeFault(index: number): string | null {
    const fault = this.fault;
    if (!fault || index < fault.afterRequests) return null;
    this.fault = null;
    return fault.code;
  }

  /** A step of a write: pauses where a test asks, and never returns where the pane "dies". */
  async step(step: MemoryStep): Promise<void> {
    await this.between?.(step);
    if (this.crashAt === step) await new Promise<never>(() => undefined);
  }

  async removeIncompleteReport(sheetId: string): Promise<boolean> {
    const facts = this.facts(this.sheetById(sheetId));
    if (!facts || !isRemovable(facts)) return false;
    return (await this.remove(facts)) === 'removed';
  }

  async removeReport(source: SourceRef | ReportRef): Promise<'removed' | 'none' | WriteRefusal> {
    const entry = parseRegistry(this.workbook.settings[REGISTRY_SETTING])[sourceKey(source)];
    const facts = registeredSheet(entry, this.allFacts());
    return facts ? this.remove(facts) : 'none';
  }

  /** Deletes our sheet under its report's lock; never in a read-only or protected workbook. */
  private async remove(facts: SheetFacts): Promise<'removed' | WriteRefusal> {
    const blocker = await this.checkWritable();
    if (blocker !== null) return blocker;
    const key = parseMarker(facts.markerText)?.src ?? `sheet:${facts.id}`;
    const writer = newWriterId();
    if (!acquireMemoryLock(this, key, writer)) return 'busy';
    const registry = parseRegistry(this.workbook.settings[REGISTRY_SETTING]);
    this.workbook.settings[REGISTRY_SETTING] = withoutSheet(registry, facts);
    this.workbook.sheets = this.workbook.sheets.filter((s) => s.id !== facts.id);
    this.workbook.tables = this.workbook.tables.filter((t) => t.sheetId !== facts.id);
    releaseMemoryLock(this, key, writer);
    return 'removed';
  }
}
