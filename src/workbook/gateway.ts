/**
 * The workbook seen by the task pane: everything it reads from or writes to a spreadsheet goes
 * through this interface, so Excel (Office.js), the in-browser playground and test doubles can
 * stand behind the same pane.
 */

import type { NumberSettings } from './typedNumber';

export type { NumberSettings } from './typedNumber';

/** A cell as the pane receives it; errors arrive as their text (`#N/A`) with kind 'error'. */
export type CellValue = string | number | boolean | null;
export type CellKind = 'empty' | 'string' | 'number' | 'boolean' | 'error';

/** A source of products: an Excel table, or the current selection (first row = headers). */
export type SourceRef =
  { readonly kind: 'table'; readonly name: string } | { readonly kind: 'selection' };

/**
 * A record the pane writes on request (a decision, a client card): it is not read back, and each
 * write goes to a new sheet of its own, so a record never replaces anything.
 */
export type RecordRef = { readonly kind: 'record'; readonly name: string };

/**
 * A report built from a source with others beside it (plan against fact: a sales log, with the
 * products table): one report per source and kind of report, replaced by Refresh like the
 * product-mix report, and never taken for that source's own report. Its basis is the source's.
 */
export type ReportRef = {
  readonly kind: 'report';
  readonly report: 'planVsFact';
  readonly source: SourceRef;
};

export type TableInfo = {
  readonly name: string;
  readonly sheet: string;
  /** Address of the whole table including the header row, e.g. `Products!A1:F12`. */
  readonly address: string;
  readonly rowCount: number;
};

/** The values of a source, read in one go. */
export type SourceData = {
  readonly ref: SourceRef;
  /** A1 address of the header row + data, e.g. `Sheet1!B2:G40`, for messages and the report. */
  readonly address: string;
  /** The user's label for the source: table name or address. */
  readonly label: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Kind of every data cell (same shape as `rows`), so blanks and errors are never mistaken. */
  readonly kinds: readonly (readonly CellKind[])[];
  /** Number format of the first data cell of each column, for date/percent warnings. */
  readonly columnFormats?: readonly string[];
  /** The source has merged cells: refuse it. */
  readonly hasMergedCells?: boolean;
  /** Id of the sheet the source is on, to match the host's change events. */
  readonly sheetId?: string;
  /** Data rows hidden or filtered out (they are read like any other row; the report says so). */
  readonly hiddenRows?: number;
};

/** A range read by reference (a linked input cell, the cells around a table). */
export type RangeRead =
  | {
      readonly status: 'read';
      /** Where it was found, e.g. `Salon!B7` (a name is resolved to its cells). */
      readonly address: string;
      readonly sheetId: string;
      readonly values: readonly (readonly CellValue[])[];
      readonly kinds: readonly (readonly CellKind[])[];
    }
  /** No such sheet or name, or not a reference at all. */
  | { readonly status: 'notFound' };

/** Cells changed, as the host reports it: on which sheet and where, when it says. */
export type WorkbookChange = { readonly sheetId: string | null; readonly address: string | null };

/** Why nothing can be written now. */
export type WriteBlocker =
  'workbookReadOnly' | 'workbookStructureProtected' | 'cellEditMode' | 'unsupportedHost';

/**
 * Why a write stopped before it wrote anything: a blocker of the workbook, or one of this
 * report's: its sheet is protected, another writer (a second pane, a co-author) holds the
 * report's lock, the source changed since it was read, or a number Excel cannot store.
 */
export type WriteRefusal = WriteBlocker | 'sheetProtected' | 'busy' | 'sourceChanged' | 'notFinite';

/** A cell of the report as written: text is always written as text (never parsed). */
export type ReportCell = string | number | null;

export type NumberFormatKind =
  | 'currency'
  | 'percent'
  | 'hours'
  | 'minutes'
  | 'quantity'
  | 'rate'
  | 'text'
  | 'date'
  /** A format code of the user's own, e.g. the price column's `#,##0 ₽` for the money columns. */
  | { readonly code: string };

/** A block of the report sheet at a fixed position, written in one piece. */
export type ReportBlock = {
  /** 0-based row and column of the block's top-left cell on the report sheet. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly ReportCell[])[];
  /** Number format per column of the block (length = width); `undefined` keeps General. */
  readonly columnFormats?: readonly (NumberFormatKind | undefined)[];
  /** The block is a table with a header row (gets an Excel table + style). */
  readonly table?: { readonly name: string };
  readonly bold?: boolean;
};

/** A combo chart: bars of one column, a line of another on a secondary axis. */
export type ReportChart = {
  readonly title: string;
  /** Block index and column offsets within that block's table. */
  readonly block: number;
  readonly categoryColumn: number;
  readonly barColumn: number;
  readonly lineColumn: number;
  /** Data rows from the top to chart (absent: all); a chart of 10,000 bars says nothing. */
  readonly rows?: number;
};

/** Something the report did to the user's data that the user should hear about. */
export type ReportNotice =
  /** Names longer than Excel's 32,767 characters per cell, cut and ended with "…". */
  | { readonly kind: 'namesCut'; readonly count: number }
  /** Hidden or filtered-out rows of the source, counted like the others. */
  | { readonly kind: 'hiddenRows'; readonly count: number };

/** What a report was built from: the source's address and a hash of every cell as read. */
export type SourceBasis = { readonly address: string; readonly fingerprint: string };

/** The whole report sheet, laid out in memory before anything is written. */
export type ReportDocument = {
  readonly sheetName: string;
  readonly blocks: readonly ReportBlock[];
  readonly chart?: ReportChart;
  /** Hash of the values written, stored with the ownership marker to detect hand edits. */
  readonly fingerprint: string;
  /** What it was built from, kept with the marker so Refresh can rebuild it. */
  readonly source: SourceRef | RecordRef | ReportRef;
  /** The source as read: the write re-reads it and stops if it changed meanwhile. */
  readonly basis?: SourceBasis;
  readonly notices?: readonly ReportNotice[];
};

/** What the user changed on a report sheet since it was written. */
export type SheetChange =
  /** Typed or deleted values. */
  | 'values'
  /** Fills, fonts, conditional formats of their own. */
  | 'formats'
  /** Charts, pictures, shapes or comments of their own. */
  | 'objects';

/** Our marker found on a sheet. */
export type ReportState =
  | { readonly status: 'none' }
  | { readonly status: 'ours'; readonly sheetId: string; readonly sheetName: string }
  | {
      readonly status: 'edited';
      readonly sheetId: string;
      readonly sheetName: string;
      /** What Refresh would lose (absent: values). */
      readonly changes?: readonly SheetChange[];
    }
  | { readonly status: 'incomplete'; readonly sheetId: string; readonly sheetName: string };

/** A sheet of ours that a write never finished (crash, closed pane), found anywhere. */
export type IncompleteReport = {
  readonly sheetId: string;
  readonly sheetName: string;
  /** Registry key of what it was for (`table:<name>`, `selection`, …), when the marker says. */
  readonly source: string | null;
};

export type WriteMode = 'newSheet' | 'replace';

export type WriteOutcome =
  | {
      readonly status: 'written';
      readonly sheetId: string;
      readonly sheetName: string;
      readonly chart: 'added' | 'notSupported';
      /** `grouped`: one Ctrl+Z removes it (ExcelApi 1.20); otherwise "Remove the report". */
      readonly undo?: 'grouped' | 'none';
      readonly notices?: readonly ReportNotice[];
    }
  | {
      readonly status: 'blocked';
      readonly reason: WriteRefusal;
      /** For `notFinite`: where, as "product “P”, column “T per CCR hour”". */
      readonly detail?: string;
    }
  | {
      readonly status: 'failed';
      readonly code: string;
      readonly sheetId?: string;
      readonly incomplete: boolean;
    };

/** Settings the add-in keeps inside the workbook (column mapping, last inputs, report ids). */
export type WorkbookSettings = Readonly<Record<string, unknown>>;

export interface WorkbookGateway {
  /** Office display language, e.g. `ru-RU`. */
  readonly displayLanguage: string;
  /** Whether `writeReport` can add a native chart (the playground cannot). */
  readonly supportsCharts: boolean;
  listTables(): Promise<readonly TableInfo[]>;
  readSource(ref: SourceRef): Promise<SourceData>;
  /** Excel's decimal and thousands separators, which numbers typed into the pane follow. */
  readNumberSettings(): Promise<NumberSettings>;
  /**
   * Ranges by reference, in one go and in order: `Salon!B7`, `'P&Q'!B6`, `B7` (on
   * `defaultSheet`, a sheet name) or a workbook name such as `MasterHours`.
   */
  readRanges(references: readonly string[], defaultSheet: string | null): Promise<RangeRead[]>;
  /**
   * Calls `listener` when cells change, where the host says so (Excel's onChanged events,
   * Univer's commands); returns what stops it. Absent: the pane re-reads on focus only.
   */
  watchChanges?(listener: (change: WorkbookChange) => void): () => void;
  readSettings(): Promise<WorkbookSettings>;
  writeSettings(settings: WorkbookSettings): Promise<void>;
  /** Checks protection, read-only and edit mode before anything is written. */
  checkWritable(): Promise<WriteBlocker | null>;
  /** The report this workbook has for `source` (found by id + marker, never by name alone). */
  findReport(source: SourceRef | ReportRef): Promise<ReportState>;
  writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome>;
  /** Deletes a sheet only if it carries our marker and is incomplete. */
  removeIncompleteReport(sheetId: string): Promise<boolean>;
  /** Every sheet carrying our marker that says incomplete, registered or not (#47). */
  findIncompleteReports(): Promise<readonly IncompleteReport[]>;
  /**
   * "Remove the report": deletes the report registered for `source` when it is ours (complete or
   * incomplete), even if edited (the pane asked). Never a sheet without our marker.
   */
  removeReport(source: SourceRef | ReportRef): Promise<'removed' | 'none' | WriteRefusal>;
}
