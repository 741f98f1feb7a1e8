import type { SourceData } from '../../src/workbook/gateway';
import { readSales } from '../../src/workbook/readSales';
import {
  detectSalesColumns,
  resolveSalesMapping,
  type SalesColumns,
} from '../../src/workbook/salesLogColumns';
import {
  salesMappingMessage,
  salesProblemMessage,
  unknownProductMessage,
} from '../../src/workbook/salesLogMessages';
import { salonProducts } from '../fixtures/salonSales';

const RU_HEADERS = ['Дата', 'Товар/Услуга', 'Кол-во', 'Сумма, руб.', 'Мастер', 'Клиент'];

function source(rows: readonly (readonly (string | number | null)[])[]): SourceData {
  return {
    ref: { kind: 'table', name: 'Sales' },
    address: `Sales!A4:F${4 + rows.length}`,
    label: 'Sales',
    headers: RU_HEADERS,
    rows,
    kinds: rows.map((row) =>
      row.map((v) => (v === null ? 'empty' : typeof v === 'number' ? 'number' : 'string'))
    ),
  };
}

function columns(): SalesColumns {
  const resolved = resolveSalesMapping(detectSalesColumns(RU_HEADERS).mapping, RU_HEADERS);
  if (resolved.status !== 'resolved') throw new Error('not resolved');
  return resolved.columns;
}

describe('the sales log’s columns', () => {
  it('finds Дата, Товар/Услуга, Кол-во, Сумма, Мастер and Клиент, a unit after a comma ignored', () => {
    expect(detectSalesColumns(RU_HEADERS)).toEqual({
      mapping: {
        date: 'Дата',
        product: 'Товар/Услуга',
        quantity: 'Кол-во',
        amount: 'Сумма, руб.',
        seller: 'Мастер',
        customer: 'Клиент',
        saleTvc: null,
      },
      problems: [],
    });
  });

  it('finds the English headers, and says what is missing or ambiguous', () => {
    const detected = detectSalesColumns(['Date', 'Service', 'Product', 'Amount', 'Manager']);
    expect(detected.mapping.seller).toBe('Manager');
    expect(detected.problems).toEqual([
      { kind: 'ambiguousColumn', field: 'product', headers: ['Service', 'Product'] },
      { kind: 'missingColumn', field: 'quantity' },
    ]);
    expect(detected.problems.map((p) => salesMappingMessage(p, 'ru'))).toEqual([
      'Столбцом товара или услуги может быть любой из («Service», «Product»): выберите один ниже.',
      'Нет столбца количества: выберите его ниже.',
    ]);
  });
});

describe('reading a sales log', () => {
  const day = 46082;

  it('reads date cells and ISO text, and keeps a product the table lacks apart with its sheet rows', () => {
    const read = readSales(
      source([
        [day, 'Classic haircut', 1, 10, 'Anna', 'Olga'],
        ['2026-03-02', 'Manicure', 1, 25, 'Anna', 'Ivan'],
        [null, null, null, null, null, null],
        [day + 2, 'manicure', 2, 50, 'Boris', 'Ivan'],
      ]),
      columns(),
      salonProducts
    );
    if (read.status !== 'ok') throw new Error(JSON.stringify(read));
    expect(read.log.count).toBe(1);
    expect([...read.log.throughput]).toEqual([5]);
    expect(read.unknown).toEqual([{ product: 'Manicure', rows: [6, 8], quantity: 3, amount: 75 }]);
    const money = (value: number) => value.toFixed(0);
    expect(unknownProductMessage(read.unknown[0]!, 'ru', money)).toBe(
      '«Manicure» нет в таблице товаров: 2 продажи (строки 6, 8), 75, не учтены ни в одной цифре.'
    );
    expect(unknownProductMessage({ ...read.unknown[0]!, rows: [6] }, 'en', money)).toBe(
      '“Manicure” is not in the products table: 1 sale (row 6), 75, left out of every figure.'
    );
  });

  it('refuses text that is not a date or a number, naming the sheet row and the header', () => {
    const read = readSales(
      source([
        ['вчера', 'Classic haircut', 1, 10, 'Anna', 'Olga'],
        [day, 'Classic haircut', 1, '1 500', 'Anna', 'Olga'],
        [day, null, 1, 10, 'Anna', 'Olga'],
      ]),
      columns(),
      salonProducts
    );
    if (read.status !== 'invalid') throw new Error('read');
    expect(read.problems.map((p) => salesProblemMessage(p, 'ru'))).toEqual([
      'Строка 5, столбец «Дата»: «вчера» — не дата (ячейка с датой или текст вида 2026-03-31).',
      'Строка 6, столбец «Сумма, руб.»: текст «1 500» вместо числа.',
      'Строка 7, столбец «Товар/Услуга»: продажа без товара или услуги.',
    ]);
  });
});
