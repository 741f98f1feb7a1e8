/**
 * The common layout of a record sheet (a decision, a client card): a bold title in A1, then
 * label–value rows from A3. A block formats by column, so consecutive rows of the same kind of
 * value share a block and each change of kind starts a new one.
 */
import type {
  NumberFormatKind,
  RecordRef,
  ReportBlock,
  ReportCell,
  ReportDocument,
} from './gateway';
import { fingerprintGrid, reportGrid } from './fingerprint';
import { reportText } from './reportLayout';
import { sanitizeSheetName } from './sheetNames';

/** One line of a record: its label, its value, and how the value is formatted. */
export type RecordLine = readonly [label: string, value: ReportCell, kind: NumberFormatKind];

export const RECORD_FIRST_ROW = 2;

/** Blocks of `lines` from `row` in columns A:B; labels and text values are always text. */
export function lineBlocks(lines: readonly RecordLine[], row: number): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let start = 0;
  while (start < lines.length) {
    const kind = (lines[start] as RecordLine)[2];
    let end = start + 1;
    while (end < lines.length && (lines[end] as RecordLine)[2] === kind) end++;
    blocks.push({
      row: row + start,
      column: 0,
      values: lines.slice(start, end).map(([label, value]) => [reportText(label), textOf(value)]),
      columnFormats: ['text', kind],
    });
    start = end;
  }
  return blocks;
}

function textOf(value: ReportCell): ReportCell {
  return typeof value === 'string' ? reportText(value) : value;
}

/** The record as a document: title, blocks, fingerprint; `source` names the kind of record. */
export function recordDocument(
  sheetName: string,
  title: string,
  blocks: readonly ReportBlock[],
  source: RecordRef,
  chart?: ReportDocument['chart']
): ReportDocument {
  const all: ReportBlock[] = [{ row: 0, column: 0, values: [[reportText(title)]], bold: true }];
  all.push(...blocks);
  return {
    sheetName: sanitizeSheetName(sheetName),
    blocks: all,
    ...(chart ? { chart: { ...chart, block: chart.block + 1 } } : {}),
    fingerprint: fingerprintGrid(reportGrid(all)),
    source,
  };
}
