/**
 * How a report is cut into requests that stay under Excel on the web's 5 MB payload limit, and
 * how its cells are encoded so that Excel stores exactly what the layout meant.
 */
import type { NumberFormatKind, ReportBlock, ReportCell } from './gateway';

/** Excel on the web refuses requests over 5 MB; a block carries at most this much. */
export const DEFAULT_BLOCK_BYTES = 3 * 1024 * 1024;

/** UTF-8 size of `text` (what the request body costs), without allocating a buffer. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/**
 * The format code Excel gets for a kind (en-US syntax; Excel shows it in the user's locale).
 * Units are in the headers, not the formats, so one code suits every language.
 */
export function numberFormatCode(kind: NumberFormatKind | undefined): string {
  if (typeof kind === 'object') return kind.code;
  switch (kind) {
    case undefined:
      return 'General';
    case 'currency':
    case 'rate':
      return '#,##0.00';
    case 'percent':
      return '0.0%';
    case 'hours':
      return '#,##0.00';
    case 'minutes':
      return '#,##0.0';
    case 'quantity':
      return '#,##0';
    case 'text':
      return '@';
    case 'date':
      return 'yyyy-mm-dd hh:mm';
  }
}

/**
 * A cell as sent to `Range.values`. Every text gets Excel's quote prefix (`'`), which Excel keeps
 * out of the value: `=Promo`, `-Widget`, `001234`, `1/2` and `TRUE` stay the text they were
 * instead of becoming a formula, a number, a date or a boolean (OWASP ASVS 1.2.10, CWE-1236).
 * `null` becomes `""` (an empty cell) because `null` in a write array means "leave unchanged".
 */
export function excelCell(value: ReportCell): string | number {
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('A report cell is not a finite number');
    return value;
  }
  return `'${value}`;
}

/** One request's worth of rows of one block: rows `[start, end)`. */
export type Slice = { readonly block: number; readonly start: number; readonly end: number };

/** Bytes a row of `block` costs in a request: its values plus its number formats. */
export function rowBytes(block: ReportBlock, index: number, formatBytes: number): number {
  const row = block.values[index] ?? [];
  return utf8Bytes(JSON.stringify(row.map(excelCell))) + formatBytes;
}

/** Bytes of the format codes of one row of `block`. */
export function formatBytesPerRow(block: ReportBlock): number {
  const kinds = block.columnFormats ?? [];
  return kinds.reduce((sum, kind) => sum + utf8Bytes(numberFormatCode(kind)) + 4, 0);
}

/**
 * Groups the rows of all blocks into requests of at most `budget` bytes each, in order; small
 * blocks share a request. A single row above the budget still gets a request of its own.
 */
export function planSlices(blocks: readonly ReportBlock[], budget: number): Slice[][] {
  const requests: Slice[][] = [];
  let current: Slice[] = [];
  let used = 0;
  blocks.forEach((block, b) => {
    const perRowFormats = formatBytesPerRow(block);
    let start = 0;
    for (let i = 0; i < block.values.length; i++) {
      const bytes = rowBytes(block, i, perRowFormats);
      if (used + bytes > budget && (used > 0 || i > start)) {
        if (i > start) current.push({ block: b, start, end: i });
        requests.push(current);
        current = [];
        used = 0;
        start = i;
      }
      used += bytes;
    }
    if (block.values.length > start) current.push({ block: b, start, end: block.values.length });
  });
  if (current.length > 0) requests.push(current);
  return requests;
}

/** The request split in two by rows; `null` when it is a single row. */
export function halve(slices: readonly Slice[]): [Slice[], Slice[]] | null {
  const rows = slices.reduce((sum, s) => sum + s.end - s.start, 0);
  if (rows < 2) return null;
  let left = Math.floor(rows / 2);
  const first: Slice[] = [];
  const second: Slice[] = [];
  for (const slice of slices) {
    const size = slice.end - slice.start;
    if (left >= size) first.push(slice);
    else if (left <= 0) second.push(slice);
    else {
      first.push({ ...slice, end: slice.start + left });
      second.push({ ...slice, start: slice.start + left });
    }
    left -= size;
  }
  return [first, second];
}

/**
 * The first number of the report that Excel cannot store (NaN, ±Infinity), named by its row's
 * label and its column's header: `“P” · “T per CCR hour”`. `null` when every number is finite.
 * Checked before anything is written, so such a report is refused whole, never half-written.
 */
export function nonFiniteCell(blocks: readonly ReportBlock[]): string | null {
  for (const block of blocks) {
    for (let r = 0; r < block.values.length; r++) {
      const row = block.values[r] ?? [];
      const c = row.findIndex((cell) => typeof cell === 'number' && !Number.isFinite(cell));
      if (c < 0) continue;
      const label = row.find((cell, i) => i !== c && typeof cell === 'string');
      const header = block.table ? block.values[0]?.[c] : undefined;
      return [label, header]
        .filter((part): part is string => typeof part === 'string' && part !== '')
        .map((part) => `“${part.length > 60 ? `${part.slice(0, 59)}…` : part}”`)
        .join(' · ');
    }
  }
  return null;
}
