/**
 * A fake of the Excel object model, faithful where our safety depends on it: queued commands run
 * at `sync()`, properties exist only after `load` + `sync`, null objects, protection, cell-edit
 * mode, the 5 MB request limit, non-transactional batches and Excel's parsing of typed text.
 */
import type { ExcelHost, ExcelRunOptions } from '../../../src/workbook/excelHost';
import { FakeContext } from './context';
import {
  addSheet,
  cellAt,
  newState,
  setCellAt,
  enter,
  type Area,
  type FakeSheet,
  type FakeState,
} from './model';
import { makeWorkbook } from './workbook';

export { FakeOfficeError } from './model';
export type { FakeState, FakeSheet } from './model';

export class FakeExcel {
  readonly state: FakeState = newState();
  /** Every context handed to a batch, to spy on `sync`. */
  readonly contexts: FakeContext[] = [];
  /** Called with each new context before the batch runs (e.g. to install a spy). */
  onContext: ((context: FakeContext) => void) | null = null;
  /** Awaited before every batch reaches Excel, with the batch's number (1, 2, …). */
  beforeSync: ((n: number) => Promise<void>) | null = null;
  apiVersion = 20;
  /** The clock that ages write locks (tests move it; no timers). */
  clock = 1_000_000;
  /** What the workbook was before each run merged into one undo group, newest last. */
  private undoStack: FakeState[] = [];
  private editWaiters: (() => void)[] = [];
  private editWaitWatchers: (() => void)[] = [];

  host(
    options: { blockBytes?: number; readCells?: number; displayLanguage?: string } = {}
  ): ExcelHost {
    const pane = ++this.panes;
    return {
      run: <T>(runOptions: ExcelRunOptions, batch: (context: Excel.RequestContext) => Promise<T>) =>
        this.run(runOptions, batch, pane),
      isSetSupported: (version: string) => Number(version.split('.')[1]) <= this.apiVersion,
      displayLanguage: options.displayLanguage ?? 'en-US',
      now: () => this.clock,
      ...(options.blockBytes === undefined ? {} : { blockBytes: options.blockBytes }),
      ...(options.readCells === undefined ? {} : { readCells: options.readCells }),
    };
  }

  /** Runs with `mergeUndoGroup` (needs ExcelApi 1.20 here), one entry on the undo stack each. */
  readonly groupedRuns: boolean[] = [];

  /** Hosts handed out: each is a pane of its own. */
  private panes = 0;

  async run<T>(
    options: ExcelRunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>,
    pane = 0
  ): Promise<T> {
    const grouped = options.mergeUndoGroup === true && this.apiVersion >= 20;
    this.groupedRuns.push(grouped);
    const before = grouped ? structuredClone(this.state) : null;
    const context = new FakeContext(
      this.state,
      options.delayForCellEdit === true,
      () => this.editEnded(),
      grouped,
      async (n) => this.beforeSync?.(n),
      pane
    );
    context.workbook = makeWorkbook(context);
    this.contexts.push(context);
    this.onContext?.(context);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (before) this.undoStack.push(before);
    return result;
  }

  /** Ctrl+Z: the workbook as it was before the last grouped run (false when there is none). */
  undo(): boolean {
    const before = this.undoStack.pop();
    if (!before) return false;
    const { syncs, requestBytes, crash, fault } = this.state;
    Object.assign(this.state, before, { syncs, requestBytes, crash, fault });
    return true;
  }

  private editEnded(): Promise<void> {
    if (!this.state.editingCell) return Promise.resolve();
    const ended = new Promise<void>((resolve) => this.editWaiters.push(resolve));
    this.editWaitWatchers.splice(0).forEach((notify) => notify());
    return ended;
  }

  /** Resolves once a batch is held until the user's cell edit ends (`delayForCellEdit`). */
  batchWaitingForEdit(): Promise<void> {
    if (this.editWaiters.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.editWaitWatchers.push(resolve));
  }

  finishEditing(): void {
    this.state.editingCell = false;
    this.editWaiters.splice(0).forEach((resolve) => resolve());
  }

  /** A sheet with `rows` typed in from A1, as a user would type them. */
  addSheet(
    name: string,
    rows: readonly (readonly unknown[])[] = [],
    at: { row?: number; column?: number } = {}
  ): FakeSheet {
    const sheet = addSheet(this.state, name);
    this.type(sheet, rows, at.row ?? 0, at.column ?? 0);
    return sheet;
  }

  type(sheet: FakeSheet, rows: readonly (readonly unknown[])[], row = 0, column = 0): void {
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null) return;
        const cell =
          typeof value === 'object' && value !== null && 'error' in value
            ? { value: String((value as { error: string }).error), type: 'Error' as const }
            : enter(value, 'General');
        setCellAt(sheet, row + r, column + c, cell);
      })
    );
  }

  addTable(name: string, sheet: FakeSheet, area: Area): void {
    this.state.tables.push({ name, sheetId: sheet.id, area });
  }

  sheet(name: string): FakeSheet {
    const sheet = this.state.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  /** Values of a sheet from A1 to its last cell, as Office.js returns them. */
  values(sheet: FakeSheet): unknown[][] {
    const rows = sheet.cells.length;
    let columns = 0;
    for (let r = 0; r < rows; r++) columns = Math.max(columns, sheet.cells[r]?.length ?? 0);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => cellAt(sheet, r, c)?.value ?? '')
    );
  }

  /** Everything a user could see of a sheet: values, formulas, types and formats. */
  snapshot(sheet: FakeSheet): string {
    return JSON.stringify({
      name: sheet.name,
      cells: sheet.cells,
      formats: sheet.formats,
      merged: sheet.merged,
    });
  }
}
