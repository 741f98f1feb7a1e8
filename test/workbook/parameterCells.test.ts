import type { CellKind, CellValue, RangeRead } from '../../src/workbook/gateway';
import { findParameterCells } from '../../src/workbook/parameterCells';

type Read = Extract<RangeRead, { status: 'read' }>;

/** A sheet area from A1 given as rows of values. */
function area(rows: readonly (readonly CellValue[])[]): Read {
  const kind = (v: CellValue): CellKind =>
    v === null
      ? 'empty'
      : typeof v === 'number'
        ? 'number'
        : typeof v === 'boolean'
          ? 'boolean'
          : 'string';
  return {
    status: 'read',
    address: 'Salon!A1:H12',
    sheetId: 's1',
    values: rows,
    kinds: rows.map((row) => row.map(kind)),
  };
}

const origin = { sheet: 'Salon', row: 0, column: 0 };
const table = { row: 0, column: 0, rows: 3, columns: 4 };
const products: CellValue[][] = [
  ['Service', 'Price', 'TVC', 'Time: Master, h'],
  ['Cut', 1500, 480, 1],
  ['Dye', 900, 600, 0],
];

describe('labelled numbers beside the products table', () => {
  it('links the master hours and OE of the example salon', () => {
    const found = findParameterCells(
      area([
        ...products,
        [null],
        ['Master hours a month', 100],
        ['Operating expense (OE) a month', 60000],
        ['Target profit', 20000],
      ]),
      origin,
      table,
      ['Master']
    );
    expect(found).toEqual({
      capacities: { Master: 'Salon!B5' },
      operatingExpense: 'Salon!B6',
      targetProfit: 'Salon!B7',
    });
  });

  it('reads Russian labels: «Часы мастеров», «ОЕ», «Желаемая ЧП»', () => {
    const found = findParameterCells(
      area([...products, ['Часы мастеров в месяц', 100], ['ОЕ', 60000], ['Желаемая ЧП', 5000]]),
      { ...origin, sheet: 'Салон' },
      table,
      ['Мастер', 'Кресло']
    );
    expect(found).toEqual({
      capacities: { Мастер: "'Салон'!B4" },
      operatingExpense: "'Салон'!B5",
      targetProfit: "'Салон'!B6",
    });
  });

  it('never takes a cell of the table, text, or a capacity that names no resource', () => {
    const found = findParameterCells(
      area([...products, ['Hours a month', 100], ['OE', 'sixty'], ['Chair hours', 80]]),
      origin,
      table,
      ['Master', 'Chair']
    );
    expect(found).toEqual({
      capacities: { Chair: 'Salon!B6' },
      operatingExpense: null,
      targetProfit: null,
    });
  });

  it('takes the nearest one when a label repeats', () => {
    const found = findParameterCells(area([...products, ['OE', 100], ['OE', 200]]), origin, table, [
      'Master',
    ]);
    expect(found.operatingExpense).toBe('Salon!B4');
  });
});
