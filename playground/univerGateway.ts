/**
 * The task pane's WorkbookGateway over a Univer workbook: the same pane that runs in Excel reads
 * tables and the selection here and writes its report sheet here.
 */
import type { FWorkbook, FWorksheet, FRange } from '@univerjs/sheets/facade';
import type {
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
} from '../src/workbook/gateway';
import {
  hashValues,
  ownedSheet,
  readMarker,
  rememberSheet,
  sourceKey,
  stateOf,
  writeMarker,
  type Marker,
} from './reportMarker';
import { areaOf, emptySheet, fitColumns, uniqueSheetName, writeBlock } from './reportWriter';
import { firstRowFormats, hasMergedCells, quoteSheet, readGrid, sheetAddress } from './univerCells';

const SETTINGS_KEY = 'taSettings';

type Located = { readonly sheet: FWorksheet; readonly range: FRange; readonly label: string };

export class UniverGateway implements WorkbookGateway {
  /** Univer draws no native charts here: the pane's preview chart stands in for Excel's. */
  readonly supportsCharts = false;

  constructor(
    private readonly workbook: FWorkbook,
    readonly displayLanguage: string
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
      return [
        {
          name: table.name,
          sheet: sheet.getSheetName(),
          address: sheetAddress(sheet, range),
          rowCount: endRow - startRow,
        },
      ];
    });
  }

  async readSource(ref: SourceRef): Promise<SourceData> {
    const { sheet, range, label } = this.locate(ref);
    const { values, kinds } = readGrid(range);
    const data = range.getRange();
    const body =
      data.endRow > data.startRow ? range.offset(1, 0, data.endRow - data.startRow) : null;
    return {
      ref,
      address: sheetAddress(sheet, range),
      label,
      headers: (values[0] ?? []).map((v) => (v === null ? '' : String(v))),
      rows: values.slice(1),
      kinds: kinds.slice(1),
      columnFormats: body ? firstRowFormats(body) : [],
      hasMergedCells: hasMergedCells(sheet, range),
    };
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
    return { ...((this.workbook.getCustomMetadata()?.[SETTINGS_KEY] as WorkbookSettings) ?? {}) };
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    const custom = this.workbook.getCustomMetadata() ?? {};
    this.workbook.setCustomMetadata({ ...custom, [SETTINGS_KEY]: { ...settings } });
  }

  /** As in Excel, nothing is written while the user is typing in a cell. */
  async checkWritable(): Promise<WriteBlocker | null> {
    return this.workbook.isCellEditing() ? 'cellEditMode' : null;
  }

  async findReport(source: SourceRef): Promise<ReportState> {
    const owned = ownedSheet(this.workbook, sourceKey(source));
    return stateOf(owned, owned ? this.currentHash(owned.sheet, owned.marker) : null);
  }

  private currentHash(sheet: FWorksheet, marker: Marker): string {
    return hashValues(
      marker.areas.map(
        ([row, column, rows, columns]) =>
          readGrid(sheet.getRange(row, column, rows, columns)).values
      )
    );
  }

  async writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    const blocked = await this.checkWritable();
    if (blocked) return { status: 'blocked', reason: blocked };
    const key = sourceKey(report.source);
    let sheet: FWorksheet | undefined;
    try {
      sheet = await this.targetSheet(report, mode, key);
      const marker: Marker = {
        owner: 'throughput-accounting',
        sourceKey: key,
        complete: false,
        fingerprint: report.fingerprint,
        writtenHash: '',
        areas: report.blocks.map(areaOf),
      };
      writeMarker(sheet, marker);
      rememberSheet(this.workbook, key, sheet.getSheetId());
      for (const [i, block] of report.blocks.entries()) {
        await writeBlock(this.workbook, sheet, block);
        onProgress?.(i + 1, report.blocks.length);
      }
      fitColumns(sheet, report.blocks);
      writeMarker(sheet, {
        ...marker,
        complete: true,
        writtenHash: this.currentHash(sheet, marker),
      });
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

  /** Replace reuses our own sheet for this source (found by id + marker); otherwise a new sheet. */
  private async targetSheet(
    report: ReportDocument,
    mode: WriteMode,
    key: string
  ): Promise<FWorksheet> {
    const owned = mode === 'replace' ? ownedSheet(this.workbook, key) : null;
    if (owned) {
      await emptySheet(this.workbook, owned.sheet);
      return owned.sheet;
    }
    const name = uniqueSheetName(this.workbook, report.sheetName);
    return this.workbook.insertSheet(name, { index: this.workbook.getNumSheets() });
  }

  async removeIncompleteReport(sheetId: string): Promise<boolean> {
    const sheet = this.workbook.getSheetBySheetId(sheetId);
    const marker = sheet ? readMarker(sheet) : null;
    if (!sheet || !marker || marker.complete) return false;
    rememberSheet(this.workbook, marker.sourceKey, null);
    return this.workbook.deleteSheet(sheet);
  }
}
