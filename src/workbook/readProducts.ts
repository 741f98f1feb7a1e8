/**
 * The user's table → the engine's ProductTable, or the list of what is wrong with it.
 *
 * Policy (docs/workbook.md): a blank price, TVC, time, demand or name leaves that row out with a
 * warning — a blank is never read as 0; a blank minimum means "no forced minimum". Text where a
 * number is expected, error values, TRUE/FALSE, negative numbers, merged cells and a table with
 * no rows refuse the table. Rows with every mapped cell empty are not products and are skipped.
 * Fractional demand is allowed (the planner plans whole units when asked).
 */
import type { ProductTable } from '../core';
import type { CellKind, CellValue, SourceData } from './gateway';
import type { ResolvedColumns } from './columnMapping';
import { firstSheetRow, type ProblemContext, type ProductProblem } from './productProblems';

export type ReadProducts =
  | {
      readonly status: 'ok';
      readonly table: ProductTable;
      /** Resource names in the order of `table.usage`. */
      readonly resources: readonly string[];
      /** Sheet row of each product (1-based), for messages about products. */
      readonly sheetRows: readonly number[];
      /** Warnings only: rows left out, duplicate names, date formats. */
      readonly problems: readonly ProductProblem[];
      /** For `problemsOfIssues`: the engine's issues in these rows and headers. */
      readonly context: ProblemContext;
    }
  | { readonly status: 'invalid'; readonly problems: readonly ProductProblem[] };

type Row = { price: number; tvc: number; demand: number; minimum: number; usage: number[] };

export function readProducts(source: SourceData, columns: ResolvedColumns): ReadProducts {
  if (source.hasMergedCells) {
    return { status: 'invalid', problems: [{ kind: 'mergedCells', severity: 'error' }] };
  }
  const headerRow = firstSheetRow(source.address);
  const header = (c: number) => source.headers[c] ?? `#${c + 1}`;
  const problems: ProductProblem[] = dateFormatWarnings(source, columns, header);
  const names: string[] = [];
  const kept: Row[] = [];
  const sheetRows: number[] = [];
  source.rows.forEach((values, i) => {
    const kinds = source.kinds[i] ?? [];
    const row = headerRow + 1 + i;
    if (isEmptyRow(kinds, columns)) return;
    const cell = (c: number): Cell => ({ value: values[c] ?? null, kind: kinds[c] ?? 'empty' });
    const rowProblems: ProductProblem[] = [];
    const name = readName(cell(columns.name), row, header(columns.name), rowProblems);
    const number = (c: number) => readNumber(cell(c), row, header(c), rowProblems);
    const optional = (c: number | null, blank: number) =>
      c === null || cell(c).kind === 'empty' ? blank : number(c);
    const parsed: Row = {
      price: number(columns.price),
      tvc: number(columns.tvc),
      demand: columns.demand === null ? Number.POSITIVE_INFINITY : number(columns.demand),
      minimum: optional(columns.minimum, 0),
      usage: columns.resources.map((r) => number(r.column)),
    };
    problems.push(...rowProblems);
    if (rowProblems.length > 0) return;
    names.push(name);
    kept.push(parsed);
    sheetRows.push(row);
  });
  problems.push(...duplicateNames(names, sheetRows, header(columns.name)));
  if (problems.some((p) => p.severity === 'error')) return { status: 'invalid', problems };
  if (kept.length === 0) {
    return { status: 'invalid', problems: [...problems, { kind: 'noRows', severity: 'error' }] };
  }
  const resources = columns.resources.map((r) => r.resource);
  const context: ProblemContext = {
    sheetRows,
    headers: {
      price: header(columns.price),
      tvc: header(columns.tvc),
      demand: columns.demand === null ? null : header(columns.demand),
      minimum: columns.minimum === null ? null : header(columns.minimum),
      usage: columns.resources.map((r) => header(r.column)),
      resources,
    },
  };
  return {
    status: 'ok',
    table: tableOf(names, kept, resources.length),
    resources,
    sheetRows,
    problems,
    context,
  };
}

type Cell = { readonly value: CellValue; readonly kind: CellKind };

function isBlank(cell: Cell): boolean {
  return cell.kind === 'empty' || (cell.kind === 'string' && String(cell.value).trim() === '');
}

function isEmptyRow(kinds: readonly CellKind[], columns: ResolvedColumns): boolean {
  const mapped = [columns.name, columns.price, columns.tvc, columns.demand, columns.minimum];
  return [...mapped, ...columns.resources.map((r) => r.column)].every(
    (c) => c === null || (kinds[c] ?? 'empty') === 'empty'
  );
}

function readName(cell: Cell, row: number, column: string, problems: ProductProblem[]): string {
  if (isBlank(cell)) {
    problems.push({ kind: 'blank', severity: 'warning', row, column });
    return '';
  }
  if (cell.kind === 'error') {
    problems.push({ kind: 'error', severity: 'error', row, column, value: String(cell.value) });
    return '';
  }
  // A name typed as 1234 or TRUE is still a name: keep its text.
  return String(cell.value);
}

function readNumber(cell: Cell, row: number, column: string, problems: ProductProblem[]): number {
  const at = { row, column };
  if (isBlank(cell)) problems.push({ kind: 'blank', severity: 'warning', ...at });
  else if (cell.kind === 'error') {
    problems.push({ kind: 'error', severity: 'error', ...at, value: String(cell.value) });
  } else if (cell.kind === 'boolean') {
    problems.push({
      kind: 'boolean',
      severity: 'error',
      ...at,
      value: cell.value ? 'TRUE' : 'FALSE',
    });
  } else if (cell.kind === 'string' || typeof cell.value !== 'number') {
    problems.push({ kind: 'text', severity: 'error', ...at, value: String(cell.value) });
  } else if (!Number.isFinite(cell.value)) {
    problems.push({ kind: 'notFinite', severity: 'error', ...at });
  } else if (cell.value < 0) {
    problems.push({ kind: 'negative', severity: 'error', ...at, value: String(cell.value) });
  } else return cell.value;
  return Number.NaN;
}

function duplicateNames(
  names: readonly string[],
  rows: readonly number[],
  column: string
): ProductProblem[] {
  const byName = new Map<string, number[]>();
  names.forEach((name, i) => byName.set(name, [...(byName.get(name) ?? []), rows[i] as number]));
  return [...byName]
    .filter(([, at]) => at.length > 1)
    .map(([name, at]) => ({
      kind: 'duplicateName',
      severity: 'warning',
      row: at[1],
      column,
      value: name,
      rows: at,
    }));
}

const DATE_FORMAT = /(^|[^"\\])[dmy]/i;

function dateFormatWarnings(
  source: SourceData,
  columns: ResolvedColumns,
  header: (c: number) => string
): ProductProblem[] {
  const formats = source.columnFormats ?? [];
  return [columns.price, columns.tvc].flatMap((c) => {
    const format = (formats[c] ?? 'General').replace(/"[^"]*"/g, '');
    return format !== 'General' && DATE_FORMAT.test(format)
      ? [
          {
            kind: 'dateFormat' as const,
            severity: 'warning' as const,
            column: header(c),
            value: formats[c],
          },
        ]
      : [];
  });
}

function tableOf(names: string[], rows: readonly Row[], resources: number): ProductTable {
  const n = rows.length;
  const column = (pick: (row: Row) => number) => Float64Array.from(rows, pick);
  return {
    count: n,
    names,
    price: column((r) => r.price),
    tvc: column((r) => r.tvc),
    demand: column((r) => r.demand),
    minimum: column((r) => r.minimum),
    usage: Array.from({ length: resources }, (_, k) => column((r) => r.usage[k] as number)),
  };
}
