/**
 * Reads the source again inside the write's own Excel.run and compares it with what the report
 * was built from (#40): a co-author's edit between the pane's read and the write, or during the
 * write, must never leave stale numbers in a report that says "complete". The first block of
 * rows rides with a batch the write sends anyway; a bigger source costs one sync per extra block.
 */
import { parseAddress, type SheetArea } from './a1';
import { kindOfValueType } from './excelHost';
import { SourceHasher } from './fingerprint';
import type { CellKind, CellValue, RecordRef, ReportRef, SourceBasis, SourceRef } from './gateway';
import { readSourceOf } from './reportRules';

const DEFAULT_READ_CELLS = 100_000;

type Block = { readonly range: Excel.Range; readonly rows: number };

export class SourceCheck {
  private readonly area: SheetArea;
  private readonly rowsPerBlock: number;
  private table: Excel.Range | null = null;
  private first: Block | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly source: SourceRef | RecordRef | ReportRef,
    private readonly basis: SourceBasis,
    cells: number = DEFAULT_READ_CELLS
  ) {
    this.area = parseAddress(basis.address);
    this.rowsPerBlock = Math.max(1, Math.floor(cells / Math.max(1, this.area.columns)));
  }

  /**
   * Queues the table's address and the first block of values. A deleted table or sheet makes
   * the batch fail with `ItemNotFound`, which the writer reads as "the source changed".
   */
  queue(): void {
    const read = readSourceOf(this.source);
    if (read.kind === 'table') {
      this.table = this.context.workbook.tables.getItem(read.name).getRange();
      this.table.load('address');
    }
    this.first = this.block(0);
  }

  private block(start: number): Block {
    const { sheet, row, column, columns } = this.area;
    const rows = Math.min(this.rowsPerBlock, this.area.rows - start);
    const range = this.context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(row + start, column, rows, columns);
    range.load('values,valueTypes');
    return { range, rows };
  }

  /** After the batch with `queue()`: reads the other blocks (a sync each) and compares. */
  async unchanged(): Promise<boolean> {
    if (this.first === null) throw new Error('SourceCheck.queue() was not called');
    if (this.table !== null && this.table.address !== this.basis.address) return false;
    const { rows, columns } = this.area;
    const hasher = new SourceHasher(this.basis.address, rows, columns);
    let block = this.first;
    for (let start = 0; ;) {
      if (!Array.isArray(block.range.values)) return false;
      feed(hasher, block.range.values, block.range.valueTypes, start === 0);
      start += block.rows;
      if (start >= rows) break;
      block = this.block(start);
      await this.context.sync();
    }
    return hasher.digest() === this.basis.fingerprint;
  }
}

function feed(
  hasher: SourceHasher,
  values: readonly (readonly unknown[])[],
  types: readonly (readonly unknown[])[],
  withHeader: boolean
): void {
  values.forEach((row, r) => {
    const kinds: CellKind[] = (types[r] ?? []).map((type) => kindOfValueType(String(type)));
    const cells = row.map((v, c) => (kinds[c] === 'empty' ? null : (v as CellValue)));
    hasher.row(cells, withHeader && r === 0 ? null : kinds);
  });
}
