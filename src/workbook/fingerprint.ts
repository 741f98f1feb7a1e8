/**
 * Fingerprints: a hash of a report sheet's values from A1 to the last non-empty cell, in the form
 * they read back from Excel, and a hash of a source table as the pane read it. Numbers count to 15
 * significant digits (what Excel keeps), and an empty cell, `null` and `""` are the same thing.
 * The layout hashes what it will write; the gateways hash what they read, so any hand edit of a
 * value changes the fingerprint. Numbers are hashed by their bits, not their text: 200,000
 * report rows hash in a fraction of a second.
 */
import type { CellKind, CellValue, ReportDocument, SourceBasis, SourceData } from './gateway';

// Looked up once: a global lookup per call is slow in sandboxed realms (Jest's vm).
const imul = Math.imul;
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const EMPTY = 1;
const NUMBER = 2;
const BOOLEAN = 3;
const TEXT = 4;
const ROW_END = 5;
/** Powers of ten a double holds exactly (10^0 … 10^22). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * `x` rounded to 15 significant digits, as the nearest double: `Number(x.toPrecision(15))`
 * computed without text where that is provably the same. Scaled so that 15 digits sit left of
 * the point, `x·10^k` is off by at most ⅛ (half an ulp below 2^50); unless that leaves it within
 * ⅛ of a half, rounding it is the decimal rounding, and dividing by the exact 10^k is correctly
 * rounded by IEEE 754.
 */
export function canonicalNumber(x: number): number {
  if (x === 0) return 0;
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x;
  const magnitude = Math.abs(x);
  const k = 14 - Math.floor(Math.log10(magnitude));
  const power = EXACT_POWERS[k];
  if (power !== undefined) {
    const scaled = magnitude * power;
    const whole = Math.round(scaled);
    const fraction = Math.abs(scaled - Math.trunc(scaled) - 0.5);
    if (scaled >= 1e14 && scaled < 1e15 && fraction > 0.125) {
      return (x < 0 ? -whole : whole) / power;
    }
  }
  return Number(x.toPrecision(15));
}

/** cyrb53 over 32-bit words: two lanes, 53 bits of output; notices edits, not a security hash. */
export class GridHasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  constructor(rows: number, columns: number) {
    this.word(rows);
    this.word(columns);
  }

  /** Adds one row, padded with empty cells to `columns`. */
  row(cells: readonly CellValue[], columns: number): void {
    for (let c = 0; c < columns; c++) this.cell(cells[c] ?? null);
    this.word(ROW_END);
  }

  cell(value: CellValue): void {
    let h1 = this.h1;
    let h2 = this.h2;
    const mix = (word: number) => {
      h1 = imul(h1 ^ word, 2654435761);
      h2 = imul(h2 ^ word, 1597334677);
    };
    if (value === null || value === '') mix(EMPTY);
    else if (typeof value === 'number') {
      bits[0] = canonicalNumber(value);
      mix(NUMBER);
      mix(words[0] as number);
      mix(words[1] as number);
    } else if (typeof value === 'boolean') mix(value ? BOOLEAN + 16 : BOOLEAN);
    else {
      mix(TEXT);
      mix(value.length);
      for (let i = 0; i < value.length; i++) mix(value.charCodeAt(i));
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** Any text (an address, a kind), in the stream between cells. */
  text(value: string): void {
    this.cell(value === '' ? '\u0000' : value);
  }

  digest(): string {
    let h1 = imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }

  private word(value: number): void {
    this.h1 = imul(this.h1 ^ value, 2654435761);
    this.h2 = imul(this.h2 ^ value, 1597334677);
  }
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
      if (row.length < block.column) row.length = block.column;
      values.forEach((value, j) => {
        row[block.column + j] = value;
      });
    });
  }
  for (let r = 0; r < grid.length; r++) {
    const row = (grid[r] ??= []);
    for (let c = 0; c < row.length; c++) row[c] ??= null;
  }
  return grid;
}

/** Two cells hold the same value as far as the fingerprint can tell. */
export function sameCell(a: CellValue, b: CellValue): boolean {
  const blankA = a === null || a === '';
  const blankB = b === null || b === '';
  if (blankA || blankB) return blankA && blankB;
  if (typeof a === 'number' && typeof b === 'number') {
    return canonicalNumber(a) === canonicalNumber(b);
  }
  return a === b;
}

/** The source as read, in the form the write batch reads it again (#40: never stale numbers). */
export function sourceBasis(
  data: Pick<SourceData, 'address' | 'headers' | 'rows' | 'kinds'>
): SourceBasis {
  return { address: data.address, fingerprint: sourceFingerprint(data) };
}

export function sourceFingerprint(
  data: Pick<SourceData, 'address' | 'headers' | 'rows' | 'kinds'>
): string {
  const hasher = new SourceHasher(data.address, data.rows.length + 1, data.headers.length);
  hasher.row(data.headers, null);
  data.rows.forEach((row, r) => hasher.row(row, data.kinds[r] ?? []));
  return hasher.digest();
}

/**
 * The source's hash, fed a row at a time: the header row (its kinds do not count, headers are
 * text to the pane) and then the data rows with their kinds, so an error cell and the same text
 * typed as text differ.
 */
export class SourceHasher {
  private readonly hasher: GridHasher;

  constructor(
    address: string,
    rows: number,
    private readonly columns: number
  ) {
    this.hasher = new GridHasher(rows, columns);
    this.hasher.text(address);
  }

  row(values: readonly CellValue[], kinds: readonly CellKind[] | null): void {
    for (let c = 0; c < this.columns; c++) {
      const kind = kinds === null ? 'string' : (kinds[c] ?? 'empty');
      const value = values[c] ?? null;
      if (kind === 'error') this.hasher.text('#error');
      this.hasher.cell(kind === 'empty' ? null : kinds === null ? String(value ?? '') : value);
    }
  }

  digest(): string {
    return this.hasher.digest();
  }
}
