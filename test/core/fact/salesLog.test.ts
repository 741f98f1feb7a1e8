import { productTableFromRows } from '../../../src/core';
import { readSalesLog, rowOfSale, serialOfDate, type SaleColumns } from '../../../src/core/fact';

const table = productTableFromRows(
  [
    { name: 'Стрижка', price: 10, tvc: 5, usage: { M: 1 } },
    { name: 'Окрашивание', price: 40, tvc: 15, usage: { M: 2 } },
  ],
  [{ name: 'M', capacity: 100 }]
);

const day = serialOfDate(2026, 3, 2);

function columns(rows: readonly [number, string, number, number][]): SaleColumns {
  return {
    dates: rows.map((r) => r[0]),
    products: rows.map((r) => r[1]),
    quantities: rows.map((r) => r[2]),
    amounts: rows.map((r) => r[3]),
  };
}

describe('the sales log', () => {
  it('gives each sale T = amount − quantity × TVC of its product', () => {
    const outcome = readSalesLog(columns([[day, 'Стрижка', 2, 18]]), table);
    if (outcome.status !== 'log') throw new Error(outcome.status);
    expect([...outcome.log.throughput]).toEqual([8]);
  });

  it('takes the sale’s own TVC per unit where given, the table’s where the cell is blank (0)', () => {
    const log = columns([
      [day, 'Стрижка', 2, 20],
      [day, 'Стрижка', 2, 20],
    ]);
    const outcome = readSalesLog({ ...log, unitTvc: [6, 0] }, table);
    if (outcome.status !== 'log') throw new Error(outcome.status);
    expect([...outcome.log.throughput]).toEqual([8, 10]);
  });

  it('finds products whatever the case, spaces and ё of a CRM export', () => {
    const outcome = readSalesLog(
      columns([
        [day, '  стрижка ', 1, 10],
        [day, 'ОКРАШИВАНИЕ', 1, 40],
      ]),
      table
    );
    if (outcome.status !== 'log') throw new Error(outcome.status);
    expect([...outcome.log.product]).toEqual([0, 1]);
  });

  it('keeps sales of products the table lacks apart, with their rows, and sums none of them', () => {
    const outcome = readSalesLog(
      columns([
        [day, 'Стрижка', 1, 10],
        [day, 'Маникюр', 1, 25],
        [day, 'Стрижка', 1, 10],
      ]),
      table
    );
    if (outcome.status !== 'log') throw new Error(outcome.status);
    expect(outcome.log.count).toBe(2);
    expect(outcome.log.unmatched).toEqual([
      { row: 1, product: 'Маникюр', quantity: 1, amount: 25 },
    ]);
    expect([0, 1].map((s) => rowOfSale(outcome.log, s))).toEqual([0, 2]);
  });

  it('skips rows blank in every column, and names the row of a sale with no date or product', () => {
    const outcome = readSalesLog(
      columns([
        [day, 'Стрижка', 1, 10],
        [0, '', 0, 0],
        [0, 'Стрижка', 1, 10],
        [day, ' ', 1, 10],
        [-3, 'Стрижка', 1, 10],
      ]),
      table
    );
    expect(outcome).toEqual({
      status: 'invalid',
      issues: [
        { kind: 'noDate', field: 'saleDates', row: 2 },
        { kind: 'blankProduct', field: 'saleProducts', row: 3 },
        { kind: 'notDate', field: 'saleDates', row: 4 },
      ],
    });
  });

  it('refuses a products table where two names match, naming both rows', () => {
    const twice = productTableFromRows(
      [
        { name: 'Стрижка', price: 10, tvc: 5 },
        { name: 'стрижка ', price: 12, tvc: 5 },
      ],
      []
    );
    expect(readSalesLog(columns([[day, 'Стрижка', 1, 10]]), twice)).toEqual({
      status: 'invalid',
      issues: [{ kind: 'duplicateName', field: 'names', row: 1, firstRow: 0 }],
    });
  });

  it('refuses columns of different sizes', () => {
    const outcome = readSalesLog(
      { ...columns([[day, 'Стрижка', 1, 10]]), quantities: [1, 2] },
      table
    );
    expect(outcome).toEqual({
      status: 'invalid',
      issues: [{ kind: 'sizesDiffer', field: 'saleQuantities' }],
    });
  });

  it('names the row of an amount that is not a finite number', () => {
    const outcome = readSalesLog(
      columns([
        [day, 'Стрижка', 1, 10],
        [day, 'Стрижка', 1, Number.POSITIVE_INFINITY],
      ]),
      table
    );
    expect(outcome).toEqual({
      status: 'invalid',
      issues: [{ kind: 'notFinite', field: 'saleAmounts', row: 1 }],
    });
  });

  it('numbers groups in order of first appearance, one group per name whatever its case', () => {
    const outcome = readSalesLog(
      {
        ...columns([
          [day, 'Стрижка', 1, 10],
          [day, 'Стрижка', 1, 10],
          [day, 'Стрижка', 1, 10],
        ]),
        groups: ['Борис', 'Анна', ' борис'],
      },
      table
    );
    if (outcome.status !== 'log') throw new Error(outcome.status);
    expect([...(outcome.log.group ?? [])]).toEqual([0, 1, 0]);
    expect(outcome.log.groupNames).toEqual(['Борис', 'Анна']);
  });
});
