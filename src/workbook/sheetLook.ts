/**
 * The "look" of a report sheet: what Refresh would destroy besides values. Formats: the fill,
 * font colour, bold and italic of each column of the report (as Excel reports them for a whole
 * column: one value when every cell agrees, `null` when they differ) and the number of
 * conditional formats. Objects: the names of the charts, and the number of shapes (pictures, text
 * boxes) and comments. Read right after a write and again before a Refresh, over the same
 * rectangle, so a chart or a highlighted cell the user added is noticed and Refresh asks first.
 *
 * Stored in the marker as `<rows>x<columns>.<formats hash>.<objects hash>`.
 */
import { GridHasher } from './fingerprint';

export type Extent = { readonly rows: number; readonly columns: number };

/** What one column of the report looks like, as aggregates over its cells. */
export type ColumnLook = readonly unknown[];

export type SheetLookParts = {
  readonly columns: readonly ColumnLook[];
  readonly conditionalFormats: number;
  readonly charts: readonly string[];
  readonly shapes: number;
  readonly comments: number;
};

function hashOf(parts: readonly unknown[]): string {
  const hasher = new GridHasher(parts.length, 1);
  hasher.text(JSON.stringify(parts));
  return hasher.digest();
}

export function lookText(extent: Extent, parts: SheetLookParts): string {
  const formats = hashOf([parts.columns, parts.conditionalFormats]);
  const objects = hashOf([[...parts.charts].sort(), parts.shapes, parts.comments]);
  return `${extent.rows}x${extent.columns}.${formats}.${objects}`;
}

/** The rectangle a stored look was read over; `null` for a look we cannot read. */
export function lookExtent(look: string | undefined): Extent | null {
  const match = /^(\d+)x(\d+)\./.exec(look ?? '');
  return match ? { rows: Number(match[1]), columns: Number(match[2]) } : null;
}

/** Excel: queues the reads of the look over `extent`; call the result after the sync. */
export function queueExcelLook(sheet: Excel.Worksheet, extent: Extent): () => string {
  const columns = Array.from({ length: Math.min(extent.columns, 64) }, (_, c) => {
    const format = sheet.getRangeByIndexes(0, c, Math.max(1, extent.rows), 1).format;
    format.load('fill/color,font/bold,font/color,font/italic');
    return format;
  });
  const conditional = sheet.getRange().conditionalFormats.getCount();
  const charts = sheet.charts.load('items/name');
  const shapes = sheet.shapes.getCount();
  const comments = sheet.comments.getCount();
  return () =>
    lookText(extent, {
      columns: columns.map((f) => [f.fill.color, f.font.bold, f.font.color, f.font.italic]),
      conditionalFormats: conditional.value,
      charts: charts.items.map((chart) => chart.name),
      shapes: shapes.value,
      comments: comments.value,
    });
}
