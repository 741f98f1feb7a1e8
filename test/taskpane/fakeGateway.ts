import type {
  CellKind,
  CellValue,
  ReportDocument,
  ReportState,
  SourceData,
  SourceRef,
  TableInfo,
  WorkbookGateway,
  WorkbookSettings,
  WriteBlocker,
  WriteMode,
  WriteOutcome,
} from '../../src/workbook/gateway';

export type FakeTable = {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
};

const kindOf = (value: CellValue): CellKind =>
  value === null || value === ''
    ? 'empty'
    : typeof value === 'number'
      ? 'number'
      : typeof value === 'boolean'
        ? 'boolean'
        : 'string';

/**
 * A workbook in memory for the pane's tests: tables, settings, a report state and a write that
 * the test can hold open (to see the pane while it runs) or let finish.
 */
export class FakeGateway implements WorkbookGateway {
  readonly supportsCharts = false;
  settings: WorkbookSettings = {};
  blocker: WriteBlocker | null = null;
  report: ReportState = { status: 'none' };
  readonly writes: { report: ReportDocument; mode: WriteMode }[] = [];
  readonly removed: string[] = [];
  /** When set, `writeReport` answers this instead of writing (e.g. a protected report sheet). */
  refuseWrite: WriteOutcome | null = null;
  /** When set, `writeReport` waits for `release()`. */
  holdWrites = false;
  private pending: (() => void)[] = [];

  constructor(
    readonly displayLanguage: string,
    private readonly tables: readonly FakeTable[]
  ) {}

  async listTables(): Promise<readonly TableInfo[]> {
    return this.tables.map((table) => ({
      name: table.name,
      sheet: 'Sheet1',
      address: `Sheet1!A1:F${table.rows.length + 1}`,
      rowCount: table.rows.length,
    }));
  }

  async readSource(ref: SourceRef): Promise<SourceData> {
    const table =
      ref.kind === 'table' ? this.tables.find((t) => t.name === ref.name) : this.tables[0];
    if (!table) throw new Error(`no table ${JSON.stringify(ref)}`);
    return {
      ref,
      address: `Sheet1!A1:F${table.rows.length + 1}`,
      label: ref.kind === 'table' ? table.name : 'Sheet1!A1:F3',
      headers: table.headers,
      rows: table.rows,
      kinds: table.rows.map((row) => row.map(kindOf)),
    };
  }

  async readSettings(): Promise<WorkbookSettings> {
    return this.settings;
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    this.settings = settings;
  }

  async checkWritable(): Promise<WriteBlocker | null> {
    return this.blocker;
  }

  async findReport(): Promise<ReportState> {
    return this.report;
  }

  async writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    if (this.refuseWrite !== null) return this.refuseWrite;
    onProgress?.(1, 3);
    if (this.holdWrites) await new Promise<void>((resolve) => this.pending.push(resolve));
    onProgress?.(3, 3);
    this.writes.push({ report, mode });
    this.report = { status: 'ours', sheetId: 's1', sheetName: report.sheetName };
    return { status: 'written', sheetId: 's1', sheetName: report.sheetName, chart: 'notSupported' };
  }

  async removeIncompleteReport(sheetId: string): Promise<boolean> {
    this.removed.push(sheetId);
    this.report = { status: 'none' };
    return true;
  }

  release(): void {
    this.pending.splice(0).forEach((resolve) => resolve());
  }
}
