/**
 * The user's sales log (a table or a selection, read by the gateway) → the engine's sales log, or
 * what is wrong with it, each problem naming the sheet row and the column header.
 *
 * Policy (docs/plan-vs-fact.md): dates are date cells or ISO text (`2026-03-31`); other text in the
 * date column, text in the quantity or amount column, TRUE/FALSE and error values refuse the log;
 * a row blank in date, product, quantity and amount is skipped; a sale of a product the products
 * table lacks is kept apart and reported (never summed, never dropped silently).
 */
import type { ProductTable } from '../core';
import {
  salesLogBuilder,
  serialFromIsoText,
  type SalesLog,
  type SalesLogBuilder,
} from '../core/fact';
import type { CellKind, CellValue, SourceData } from './gateway';
import { firstSheetRow } from './productProblems';
import type { SalesColumns, SalesField } from './salesLogColumns';
import {
  problemOf,
  tableProblems,
  unknownProducts,
  type SalesProblem,
  type UnknownProduct,
} from './salesProblems';

export type { SalesProblem, SalesProblemKind, UnknownProduct } from './salesProblems';

export type ReadSales =
  | {
      readonly status: 'ok';
      readonly log: SalesLog;
      readonly unknown: readonly UnknownProduct[];
      /** Sheet row of input row i (1-based). */
      readonly firstDataRow: number;
    }
  | { readonly status: 'invalid'; readonly problems: readonly SalesProblem[] };

type Cell = { readonly value: CellValue; readonly kind: CellKind };

export function readSales(
  source: SourceData,
  columns: SalesColumns,
  table: ProductTable
): ReadSales {
  if (source.hasMergedCells) return { status: 'invalid', problems: [{ kind: 'mergedCells' }] };
  const firstDataRow = firstSheetRow(source.address) + 1;
  const header = (field: SalesField) => {
    const c = columns[field];
    return c === null ? '' : (source.headers[c] ?? `#${c + 1}`);
  };
  const builder = salesLogBuilder(table, {
    rows: source.rows.length,
    dates: true,
    groups: columns.seller !== null,
  });
  if (builder.status === 'invalid') {
    return { status: 'invalid', problems: tableProblems(builder.issues, table) };
  }
  const problems: SalesProblem[] = [];
  source.rows.forEach((values, i) => {
    const kinds = source.kinds[i] ?? [];
    const cell = (field: SalesField): Cell | null => {
      const c = columns[field];
      return c === null ? null : { value: values[c] ?? null, kind: kinds[c] ?? 'empty' };
    };
    const at = (field: SalesField) => ({ row: firstDataRow + i, column: header(field) });
    const before = problems.length;
    const number = (field: SalesField) => readNumber(cell(field), at(field), problems);
    const row: Row = {
      date: readDate(cell('date'), at('date'), problems),
      product: readText(cell('product'), at('product'), problems),
      quantity: number('quantity'),
      amount: number('amount'),
      seller: readText(cell('seller'), at('seller'), problems),
      saleTvc: number('saleTvc'),
    };
    // A row whose cells are already refused is not also judged as a sale.
    if (problems.length === before) addRow(builder, i, row);
  });
  const outcome = builder.finish();
  if (outcome.status === 'invalid') {
    problems.push(...outcome.issues.map((issue) => problemOf(issue, firstDataRow, header)));
  }
  if (problems.length > 0 || outcome.status !== 'log') return { status: 'invalid', problems };
  if (outcome.log.count === 0 && outcome.log.unmatched.length === 0) {
    return { status: 'invalid', problems: [{ kind: 'noSales' }] };
  }
  return {
    status: 'ok',
    log: outcome.log,
    unknown: unknownProducts(outcome.log, firstDataRow),
    firstDataRow,
  };
}

type Row = {
  readonly date: number;
  readonly product: string;
  readonly quantity: number;
  readonly amount: number;
  readonly seller: string;
  readonly saleTvc: number;
};

function addRow(builder: SalesLogBuilder, i: number, row: Row): void {
  builder.add(i, row.date, row.product, row.quantity, row.amount, row.seller, row.saleTvc);
}

type At = { readonly row: number; readonly column: string };

function isBlank(cell: Cell | null): boolean {
  return (
    cell === null ||
    cell.kind === 'empty' ||
    (cell.kind === 'string' && String(cell.value).trim() === '')
  );
}

function refused(cell: Cell, at: At, problems: SalesProblem[]): boolean {
  if (cell.kind === 'error') problems.push({ kind: 'error', ...at, value: String(cell.value) });
  else if (cell.kind === 'boolean') {
    problems.push({ kind: 'boolean', ...at, value: cell.value ? 'TRUE' : 'FALSE' });
  } else return false;
  return true;
}

/** A date cell's serial, ISO text's serial, 0 for a blank; anything else is a problem. */
function readDate(cell: Cell | null, at: At, problems: SalesProblem[]): number {
  if (cell === null || isBlank(cell) || refused(cell, at, problems)) return 0;
  if (cell.kind === 'number' && typeof cell.value === 'number') return cell.value;
  const serial = serialFromIsoText(String(cell.value));
  if (serial !== null) return serial;
  problems.push({ kind: 'textDate', ...at, value: String(cell.value) });
  return 0;
}

/** A number cell's value (refunds are negative), 0 for a blank; text is never parsed. */
function readNumber(cell: Cell | null, at: At, problems: SalesProblem[]): number {
  if (cell === null || isBlank(cell) || refused(cell, at, problems)) return 0;
  if (cell.kind === 'number' && typeof cell.value === 'number') return cell.value;
  problems.push({ kind: 'text', ...at, value: String(cell.value) });
  return 0;
}

/** A name as written (a product typed as 1234 is still a name); '' for a blank. */
function readText(cell: Cell | null, at: At, problems: SalesProblem[]): string {
  if (cell === null || isBlank(cell)) return '';
  if (cell.kind === 'error') {
    problems.push({ kind: 'error', ...at, value: String(cell.value) });
    return '';
  }
  return String(cell.value);
}
