import { findInputIssues } from '../../src/core';
import type { CellKind, CellValue, SourceData } from '../../src/workbook/gateway';
import {
  detectColumns,
  resolveMapping,
  type ResolvedColumns,
} from '../../src/workbook/columnMapping';
import { problemMessage } from '../../src/workbook/messages';
import { problemsOfIssues } from '../../src/workbook/productProblems';
import { readProducts } from '../../src/workbook/readProducts';

const HEADERS = ['Product', 'Price', 'TVC', 'Time: Master', 'Demand', 'Minimum'];

/** A source at Sheet1!B4 (header row 4), cells given as values; `{ error }` makes an error cell. */
function sourceOf(
  rows: (CellValue | { error: string })[][],
  extra: Partial<SourceData> = {}
): SourceData {
  const kindOf = (cell: CellValue | { error: string }): CellKind =>
    cell === null
      ? 'empty'
      : typeof cell === 'object'
        ? 'error'
        : (typeof cell as 'string' | 'number' | 'boolean');
  return {
    ref: { kind: 'table', name: 'Products' },
    address: 'Sheet1!B4:G20',
    label: 'Products',
    headers: HEADERS,
    rows: rows.map((row) =>
      row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.error : cell))
    ),
    kinds: rows.map((row) => row.map(kindOf)),
    ...extra,
  };
}

const columns = (() => {
  const resolution = resolveMapping(detectColumns(HEADERS).mapping, HEADERS);
  if (resolution.status !== 'resolved') throw new Error('fixture');
  return resolution.columns;
})();

function problemsOf(rows: (CellValue | { error: string })[][], cols: ResolvedColumns = columns) {
  const result = readProducts(sourceOf(rows), cols);
  return result.problems.map((p) => ({
    kind: p.kind,
    severity: p.severity,
    row: p.row,
    column: p.column,
    value: p.value,
  }));
}

describe('reading products', () => {
  it('reads a clean table into the engine columns, with sheet rows', () => {
    const result = readProducts(
      sourceOf([
        ['P', 90, 45, 15, 100, null],
        ['Q', 100, 40, 30, 50, 10],
      ]),
      columns
    );
    if (result.status !== 'ok') throw new Error(JSON.stringify(result.problems));
    expect(result.table.names).toEqual(['P', 'Q']);
    expect([...result.table.price]).toEqual([90, 100]);
    expect([...(result.table.usage[0] as Float64Array)]).toEqual([15, 30]);
    expect([...result.table.minimum]).toEqual([0, 10]);
    expect(result.resources).toEqual(['Master']);
    expect(result.sheetRows).toEqual([5, 6]);
  });

  it('leaves a row with a blank price out with a warning naming row and column, never as 0', () => {
    const result = readProducts(
      sourceOf([
        ['P', null, 45, 15, 100, null],
        ['Q', 100, 40, 30, 50, null],
      ]),
      columns
    );
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.table.names).toEqual(['Q']);
    expect(result.problems).toEqual([
      { kind: 'blank', severity: 'warning', row: 5, column: 'Price' },
    ]);
    expect(problemMessage(result.problems[0]!, 'en')).toContain('Row 5, column “Price”');
  });

  it('refuses "12,50" as text where a number is expected (no parseFloat)', () => {
    expect(problemsOf([['P', '12,50', 5, 1, 10, null]])).toEqual([
      { kind: 'text', severity: 'error', row: 5, column: 'Price', value: '12,50' },
    ]);
    expect(readProducts(sourceOf([['P', '12,50', 5, 1, 10, null]]), columns).status).toBe(
      'invalid'
    );
  });

  it('detects error cells by their kind, not their text', () => {
    expect(
      problemsOf([
        ['P', 10, { error: '#N/A' }, 1, 10, null],
        ['#N/A as text', 10, 5, 1, 10, null],
      ])
    ).toEqual([{ kind: 'error', severity: 'error', row: 5, column: 'TVC', value: '#N/A' }]);
  });

  it('refuses TRUE/FALSE in a numeric column instead of reading 1 or 0', () => {
    expect(problemsOf([['P', 10, 5, true, 10, null]])).toEqual([
      { kind: 'boolean', severity: 'error', row: 5, column: 'Time: Master', value: 'TRUE' },
    ]);
  });

  it('refuses negative price, TVC, time and demand, each with its row and column', () => {
    expect(
      problemsOf([
        ['A', -1, 5, 1, 10, null],
        ['B', 10, -5, 1, 10, null],
        ['C', 10, 5, -1, 10, null],
        ['D', 10, 5, 1, -10, null],
      ])
    ).toEqual([
      { kind: 'negative', severity: 'error', row: 5, column: 'Price', value: '-1' },
      { kind: 'negative', severity: 'error', row: 6, column: 'TVC', value: '-5' },
      { kind: 'negative', severity: 'error', row: 7, column: 'Time: Master', value: '-1' },
      { kind: 'negative', severity: 'error', row: 8, column: 'Demand', value: '-10' },
    ]);
  });

  it('refuses merged cells and a table with no data rows', () => {
    expect(
      readProducts(sourceOf([['P', 10, 5, 1, 10, null]], { hasMergedCells: true }), columns)
    ).toEqual({
      status: 'invalid',
      problems: [{ kind: 'mergedCells', severity: 'error' }],
    });
    expect(readProducts(sourceOf([[null, null, null, null, null, null]]), columns)).toEqual({
      status: 'invalid',
      problems: [{ kind: 'noRows', severity: 'error' }],
    });
  });

  it('warns about duplicate names and keeps both rows', () => {
    const result = readProducts(
      sourceOf([
        ['P', 10, 5, 1, 10, null],
        ['P', 12, 5, 1, 10, null],
      ]),
      columns
    );
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.table.count).toBe(2);
    expect(result.problems).toEqual([
      {
        kind: 'duplicateName',
        severity: 'warning',
        row: 6,
        column: 'Product',
        value: 'P',
        rows: [5, 6],
      },
    ]);
  });

  it('warns when a money column is formatted as a date', () => {
    const result = readProducts(
      sourceOf([['P', 45000, 5, 1, 10, null]], { columnFormats: ['General', 'dd.mm.yyyy'] }),
      columns
    );
    expect(result.problems).toEqual([
      { kind: 'dateFormat', severity: 'warning', column: 'Price', value: 'dd.mm.yyyy' },
    ]);
  });

  it('names the sheet row and column of the engine issues too', () => {
    const result = readProducts(
      sourceOf([
        ['P', 10, 5, 1, 10, null],
        ['Q', 10, 5, 1, 3, 5],
      ]),
      columns
    );
    if (result.status !== 'ok') throw new Error('expected ok');
    const issues = findInputIssues(result.table, [{ name: 'Master', capacity: 0 }]);
    const problems = problemsOfIssues(issues, result.context);
    expect(problems).toEqual([
      { kind: 'capacityNotPositive', severity: 'error', column: 'Master' },
      { kind: 'minimumAboveDemand', severity: 'error', row: 6, column: 'Minimum' },
    ]);
    expect(problemMessage(problems[1]!, 'ru')).toBe(
      'Строка 6, столбец «Minimum»: минимум больше спроса.'
    );
  });
});
