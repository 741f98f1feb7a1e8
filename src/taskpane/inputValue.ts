/**
 * One input of the period (a capacity, OE, the target profit): typed as a number, or linked to a
 * cell (`Salon!B7`, a workbook name) whose value the pane reads from the workbook.
 */
import { parseReference } from '../workbook/cellReference';
import type { RangeRead } from '../workbook/gateway';
import { parseTypedNumber, type NumberSettings } from '../workbook/typedNumber';

/** A linked cell as last read: its number, or why it gives none. */
export type LinkedCell =
  | { readonly status: 'number'; readonly address: string; readonly value: number }
  | { readonly status: 'blank'; readonly address: string }
  | { readonly status: 'notNumber'; readonly address: string; readonly text: string }
  /** A name or range of more than one cell. */
  | { readonly status: 'notOneCell'; readonly address: string }
  | { readonly status: 'notFound' };

/** Linked cells by the reference as typed (trimmed). */
export type LinkedCells = Readonly<Record<string, LinkedCell>>;

export type InputValue =
  | { readonly status: 'blank' }
  | { readonly status: 'number'; readonly value: number; readonly link: string | null }
  /** Typed text that is neither a number nor a reference. */
  | { readonly status: 'invalid' }
  | { readonly status: 'ambiguous' }
  /** A reference whose cell is not read yet. */
  | { readonly status: 'pending'; readonly reference: string }
  | { readonly status: 'link'; readonly reference: string; readonly cell: LinkedCell };

/** The reference `text` links to, or `null` when it is a number or plain text. */
export function linkOf(text: string): string | null {
  const trimmed = text.trim();
  return parseReference(trimmed) === null ? null : trimmed.replace(/^=\s*/, '');
}

/** What the user typed, under Excel's separators, with linked cells looked up in `links`. */
export function readInput(text: string, settings: NumberSettings, links: LinkedCells): InputValue {
  const typed = parseTypedNumber(text, settings);
  if (typed.status === 'blank') return typed;
  if (typed.status === 'number') return { status: 'number', value: typed.value, link: null };
  const reference = linkOf(text);
  if (reference === null) return typed;
  const cell = links[reference];
  if (cell === undefined) return { status: 'pending', reference };
  if (cell.status === 'number') return { status: 'number', value: cell.value, link: cell.address };
  return { status: 'link', reference, cell };
}

/** A range read by reference, as an input: one cell holding a number. */
export function linkedCellOf(read: RangeRead): LinkedCell {
  if (read.status === 'notFound') return read;
  const { address, values, kinds } = read;
  if (values.length !== 1 || values[0]?.length !== 1) return { status: 'notOneCell', address };
  const value = values[0][0] ?? null;
  const kind = kinds[0]?.[0] ?? 'empty';
  if (kind === 'empty' || (typeof value === 'string' && value.trim() === ''))
    return { status: 'blank', address };
  if (kind === 'number' && typeof value === 'number' && Number.isFinite(value))
    return { status: 'number', address, value };
  return { status: 'notNumber', address, text: String(value) };
}
