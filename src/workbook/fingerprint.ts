/**
 * The fingerprint of a report sheet: a hash of its values from A1 to the last non-empty cell, in
 * the form they read back from Excel. Numbers count to 15 significant digits (what Excel keeps),
 * and an empty cell, `null` and `""` are the same thing. The layout hashes what it will write; the
 * gateways hash what they read, so any hand edit of a value changes the fingerprint.
 */
import type { CellValue, ReportDocument } from './gateway';

// Looked up once: a global lookup per character is slow in sandboxed realms (Jest's vm).
const imul = Math.imul;

/** cyrb53: two 32-bit lanes, 53 bits of output; enough to notice an edit, not a security hash. */
export class GridHasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  constructor(rows: number, columns: number) {
    this.text(`grid ${rows}x${columns}\u0002`);
  }

  /** Adds one row, padded with empty cells to `columns`. */
  row(cells: readonly CellValue[], columns: number): void {
    for (let c = 0; c < columns; c++) this.text(canonicalCell(cells[c] ?? null));
    this.text('\u0002');
  }

  digest(): string {
    let h1 = imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }

  private text(value: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < value.length; i++) {
      const ch = value.charCodeAt(i);
      h1 = imul(h1 ^ ch, 2654435761);
      h2 = imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }
}

function canonicalCell(value: CellValue): string {
  if (value === null || value === '') return 'e\u0001';
  if (typeof value === 'number') return `n${Number(value.toPrecision(15))}\u0001`;
  if (typeof value === 'boolean') return `b${value}\u0001`;
  return `s${value.length}:${value}\u0001`;
}

/** Fingerprint of a sheet whose values are `grid` (rows may be ragged; trailing blanks ignored). */
export function fingerprintGrid(grid: readonly (readonly CellValue[])[]): string {
  const { rows, columns } = extent(grid);
  const hasher = new GridHasher(rows, columns);
  for (let r = 0; r < rows; r++) hasher.row(grid[r] ?? [], columns);
  return hasher.digest();
}

/** Rows and columns up to the last non-empty cell. */
export function extent(grid: readonly (readonly CellValue[])[]): {
  rows: number;
  columns: number;
} {
  let rows = 0;
  let columns = 0;
  grid.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      const value = row[c] ?? null;
      if (value === null || value === '') continue;
      rows = r + 1;
      columns = Math.max(columns, c + 1);
      break;
    }
  });
  return { rows, columns };
}

/** The values of a report laid out on its sheet, as a grid from A1. */
export function reportGrid(blocks: ReportDocument['blocks']): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const block of blocks) {
    block.values.forEach((values, i) => {
      const row = (grid[block.row + i] ??= []);
      values.forEach((value, j) => {
        while (row.length < block.column + j) row.push(null);
        row[block.column + j] = value;
      });
    });
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}

/** Two cells hold the same value as far as the fingerprint can tell. */
export function sameCell(a: CellValue, b: CellValue): boolean {
  return canonicalCell(a) === canonicalCell(b);
}
