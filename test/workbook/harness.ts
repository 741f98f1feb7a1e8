/**
 * One contract, two workbooks: the safety rules are tested the same way against MemoryGateway and
 * against ExcelGateway over the fake Excel object model.
 */
import { ExcelGateway } from '../../src/workbook/excelGateway';
import type { CellValue, WorkbookGateway } from '../../src/workbook/gateway';
import { MemoryGateway, type MemoryStep } from '../../src/workbook/memoryGateway';
import { cellValue, type MemoryCell } from '../../src/workbook/memoryWorkbook';
import { FakeExcel } from './fakeExcel';

export const SOURCE_ROWS: MemoryCell[][] = [
  ['Product', 'Price', 'TVC', 'Time: B', 'Demand', 'Minimum'],
  ['P', 90, 45, 15, 100, null],
  ['Q', 100, 40, 30, 50, null],
];

export type Harness = {
  readonly gateway: WorkbookGateway;
  sheetNames(): string[];
  sheetId(name: string): string;
  /** Values from A1 to the last non-empty cell; blanks are `null`. */
  values(sheet: string): CellValue[][];
  edit(sheet: string, row: number, column: number, value: string | number): void;
  rename(sheet: string, name: string): void;
  deleteSheet(sheet: string): void;
  addSheet(name: string, rows?: MemoryCell[][]): void;
  setReadOnly(): void;
  setStructureProtected(): void;
  protectSheet(name: string): void;
  setEditingCell(): void;
  /** The next report write fails once the report sheet exists. */
  failNextWrite(code: string): void;
  /** Everything about the source sheet, to compare before and after. */
  sourceSnapshot(): string;
  /** Drops our marker from a sheet (as when Mac reuses a deleted sheet's id). */
  dropMarker(sheet: string): void;
  /** Another pane (or the same pane launched again) on the same workbook. */
  otherPane(): WorkbookGateway;
  /** The pane dies once its next write has sent the batch that adds the report sheet. */
  crashAfterFirstRequest(): void;
  /** The pane dies once its next write has taken the lock and read, before any write. */
  crashAfterLock(): void;
  /** The next write stops after its first request until `release()` (another pane runs). */
  holdAfterFirstRequest(): { reached: Promise<void>; release: () => void };
  /** Runs `edit` once the next write has sent its first request (a co-author's edit). */
  editDuringWrite(edit: () => void): void;
  advanceClock(ms: number): void;
  /** The workbook names (our locks), to see that none is left behind. */
  names(): string[];
  addChart(sheet: string, title: string): void;
  fill(sheet: string, row: number, column: number, color: string): void;
  hideRow(sheet: string, row: number): void;
};

/** A promise and its resolver, to hold a write at a step. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

function trimmed(grid: CellValue[][]): CellValue[][] {
  const rows = grid.map((row) => row.map((v) => (v === '' ? null : v)));
  let height = rows.length;
  while (height > 0 && (rows[height - 1] ?? []).every((v) => v === null)) height--;
  const width = Math.max(
    0,
    ...rows.slice(0, height).map((row) => {
      let w = row.length;
      while (w > 0 && row[w - 1] === null) w--;
      return w;
    })
  );
  return rows
    .slice(0, height)
    .map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

export function memoryHarness(): Harness {
  let clock = 1_000_000;
  const now = () => clock;
  const gateway = new MemoryGateway({
    sheets: [{ name: 'Data', cells: SOURCE_ROWS }],
    tables: [{ name: 'Products', sheet: 'Data', row: 0, column: 0, rows: 3, columns: 6 }],
    now,
  });
  const wb = gateway.workbook;
  const atStep = (step: MemoryStep, action: () => Promise<void> | void) => {
    gateway.between = async (reached) => {
      if (reached !== step) return;
      gateway.between = null;
      await action();
    };
  };
  return {
    otherPane: () => new MemoryGateway({ workbook: wb, now }),
    crashAfterFirstRequest: () => void (gateway.crashAt = 'request:1'),
    crashAfterLock: () => void (gateway.crashAt = 'locked'),
    holdAfterFirstRequest: () => {
      const reached = gate();
      const held = gate();
      atStep('request:1', () => {
        reached.open();
        return held.promise;
      });
      return { reached: reached.promise, release: held.open };
    },
    editDuringWrite: (edit) => atStep('request:1', edit),
    advanceClock: (ms) => void (clock += ms),
    names: () => Object.keys(wb.names ?? {}),
    addChart: (name, title) => void gateway.sheetNamed(name).charts.push({ title, rows: 0 }),
    fill: (name, row, column, color) => {
      const sheet = gateway.sheetNamed(name);
      (sheet.fills ??= new Map()).set(`${row},${column}`, color);
    },
    hideRow: (name, row) => void (gateway.sheetNamed(name).hidden ??= []).push(row),
    gateway,
    sheetNames: () => wb.sheets.map((s) => s.name),
    sheetId: (name) => gateway.sheetNamed(name).id,
    values: (name) => {
      const sheet = gateway.sheetNamed(name);
      let columns = 0;
      for (let r = 0; r < sheet.cells.length; r++)
        columns = Math.max(columns, sheet.cells[r]?.length ?? 0);
      return trimmed(
        Array.from({ length: sheet.cells.length }, (_, r) =>
          Array.from({ length: columns }, (_, c) => cellValue(sheet.cells[r]?.[c]))
        )
      );
    },
    edit: (name, row, column, value) => {
      const sheet = gateway.sheetNamed(name);
      (sheet.cells[row] ??= [])[column] = value;
    },
    rename: (name, to) => void (gateway.sheetNamed(name).name = to),
    deleteSheet: (name) => void (wb.sheets = wb.sheets.filter((s) => s.name !== name)),
    addSheet: (name, rows = []) =>
      void gateway.workbook.sheets.push({
        ...gateway.sheetNamed('Data'),
        id: `{user-${name}}`,
        name,
        cells: rows.map((r) => [...r]),
        formats: [],
        properties: {},
        charts: [],
        bold: [],
        merged: [],
        protected: false,
      }),
    setReadOnly: () => void (wb.readOnly = true),
    setStructureProtected: () => void (wb.structureProtected = true),
    protectSheet: (name) => void (gateway.sheetNamed(name).protected = true),
    setEditingCell: () => void (wb.editingCell = true),
    failNextWrite: (code) => void (gateway.fault = { afterRequests: 0, code }),
    sourceSnapshot: () =>
      JSON.stringify([gateway.sheetNamed('Data'), wb.tables.filter((t) => t.name === 'Products')]),
    dropMarker: (name) => void (gateway.sheetNamed(name).properties = {}),
  };
}

export function excelHarness(fake = new FakeExcel()): Harness & { readonly fake: FakeExcel } {
  const data = fake.addSheet('Data', SOURCE_ROWS);
  fake.addTable('Products', data, { row: 0, column: 0, rows: 3, columns: 6 });
  const gateway = new ExcelGateway(fake.host());
  const { state } = fake;
  // Batches of a write with a source to check: lock + read, the check, the first request.
  const FIRST_REQUEST = 3;
  const atSync = (after: number, action: () => Promise<void> | void) => {
    const target = state.syncs + after + 1;
    fake.beforeSync = async (n) => {
      if (n !== target) return;
      fake.beforeSync = null;
      await action();
    };
  };
  return {
    fake,
    otherPane: () => new ExcelGateway(fake.host()),
    crashAfterFirstRequest: () =>
      void (state.crash = { pane: 1, afterSyncs: state.syncs + FIRST_REQUEST }),
    crashAfterLock: () => void (state.crash = { pane: 1, afterSyncs: state.syncs + 1 }),
    holdAfterFirstRequest: () => {
      const reached = gate();
      const held = gate();
      atSync(FIRST_REQUEST, () => {
        reached.open();
        return held.promise;
      });
      return { reached: reached.promise, release: held.open };
    },
    editDuringWrite: (edit) => atSync(FIRST_REQUEST - 1, edit),
    advanceClock: (ms) => void (fake.clock += ms),
    names: () => state.names.map((n) => n.name),
    addChart: (name, title) =>
      void fake.sheet(name).charts.push({ name: title, type: 'Pie', title, series: [] }),
    fill: (name, row, column, color) => void fake.sheet(name).fills.set(`${row},${column}`, color),
    hideRow: (name, row) => void fake.sheet(name).hiddenRows.add(row),
    gateway,
    sheetNames: () => state.sheets.map((s) => s.name),
    sheetId: (name) => fake.sheet(name).id,
    values: (name) => trimmed(fake.values(fake.sheet(name)) as CellValue[][]),
    edit: (name, row, column, value) => fake.type(fake.sheet(name), [[value]], row, column),
    rename: (name, to) => void (fake.sheet(name).name = to),
    deleteSheet: (name) => void (state.sheets = state.sheets.filter((s) => s.name !== name)),
    addSheet: (name, rows = []) => void fake.addSheet(name, rows),
    setReadOnly: () => void (state.readOnly = true),
    setStructureProtected: () => void (state.structureProtected = true),
    protectSheet: (name) => void (fake.sheet(name).protected = true),
    setEditingCell: () => void (state.editingCell = true),
    failNextWrite: (code) => void (state.fault = { op: 'tables.add', code }),
    sourceSnapshot: () =>
      JSON.stringify([fake.snapshot(data), state.tables.filter((t) => t.name === 'Products')]),
    dropMarker: (name) => fake.sheet(name).properties.clear(),
  };
}
