import type {
  CellValue,
  ReportDocument,
  WriteMode,
  WriteOutcome,
} from '../../src/workbook/gateway';
import { MemoryGateway, type MemoryGatewayOptions } from '../../src/workbook/memoryGateway';

export type ProductsTable = {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
};

/** Goldratt's P&Q reduced to resource B (times in minutes). */
export const pqTable: ProductsTable = {
  name: 'Products',
  headers: ['Product', 'Price', 'TVC', 'Demand', 'Time: B, min'],
  rows: [
    ['P', 90, 45, 100, 15],
    ['Q', 100, 40, 50, 30],
  ],
};

export const pqTableRu: ProductsTable = {
  name: 'Товары',
  headers: ['Наименование', 'Цена, руб.', 'Абсолютно переменные затраты', 'Спрос', 'Время: B, мин'],
  rows: pqTable.rows,
};

/** An in-memory workbook whose sheet "Data" holds `table` from A1 as an Excel table. */
export function workbookWith(
  table: ProductsTable,
  displayLanguage = 'en-US',
  options: Omit<MemoryGatewayOptions, 'sheets' | 'tables' | 'displayLanguage'> = {}
): MemoryGateway {
  return new MemoryGateway({
    ...options,
    displayLanguage,
    sheets: [{ name: 'Data', cells: [table.headers, ...table.rows] }],
    tables: [
      {
        name: table.name,
        sheet: 'Data',
        row: 0,
        column: 0,
        rows: table.rows.length + 1,
        columns: table.headers.length,
      },
    ],
  });
}

/** A workbook whose report writes wait for `release()`, to look at the pane mid-write. */
export class HeldWorkbook extends MemoryGateway {
  private gate: (() => void) | null = null;

  override async writeReport(
    report: ReportDocument,
    mode: WriteMode,
    onProgress?: (done: number, total: number) => void
  ): Promise<WriteOutcome> {
    onProgress?.(0, 1);
    await new Promise<void>((resolve) => (this.gate = resolve));
    return super.writeReport(report, mode, onProgress);
  }

  release(): void {
    this.gate?.();
  }
}

export function heldWorkbookWith(table: ProductsTable): HeldWorkbook {
  const plain = workbookWith(table);
  const held = new HeldWorkbook();
  Object.assign(held.workbook, plain.workbook);
  return held;
}

/** The full P&Q routing: minutes on A, B, C and D per unit. */
export const pqFullTable: ProductsTable = {
  name: 'Routing',
  headers: [
    'Product',
    'Price',
    'TVC',
    'Demand',
    'Minimum',
    'Time: A',
    'Time: B',
    'Time: C',
    'Time: D',
  ],
  rows: [
    ['P', 90, 45, 100, null, 15, 15, 10, 15],
    ['Q', 100, 40, 50, null, 10, 30, 5, 5],
  ],
};
