import { fingerprintGrid, reportGrid } from '../../src/workbook/fingerprint';
import { buildReport, CHART_ROWS } from '../../src/workbook/reportLayout';
import { sanitizeSheetName, uniqueSheetName, uniqueTableName } from '../../src/workbook/sheetNames';
import { pq } from '../fixtures/problems';
import { manyProducts, planOf, reportOf, DATE, PRODUCTS } from './reports';

describe('report layout', () => {
  it('plans P&Q as 100 P and 30 Q with NP 300, ranked by T per CCR hour', () => {
    const report = reportOf(pq, { targetProfit: 500 });
    const table = report.blocks[1]!;
    expect(table.table).toEqual({ name: 'TA_ProductMix' });
    expect(table.values[0]).toEqual([
      'Rank',
      'Product',
      'Price',
      'TVC',
      'T per unit',
      'B time per unit, min',
      'T per B hour',
      'Demand',
      'Minimum',
      'Planned quantity',
      'B time used, min',
      'Cumulative B load',
      'T of the row',
    ]);
    expect(table.values.slice(1)).toEqual([
      [1, 'P', 90, 45, 45, 15, 180, 100, 0, 100, 1500, 0.625, 4500],
      [2, 'Q', 100, 40, 60, 30, 120, 50, 0, 30, 900, 1, 1800],
    ]);
    const summary = Object.fromEntries(
      report.blocks.slice(3).flatMap((b) => b.values.map((r) => [r[0], r[1]]))
    );
    expect(summary).toMatchObject({
      'Throughput ΣT': 6300,
      'Operating expense OE': 6000,
      'Net profit NP = ΣT − OE': 300,
      'T still needed to break even': 0,
      'Required T = OE + target profit': 6500,
      'ΣT − required T': -200,
      'T lost to minimum quantities': 0,
      'B: used, min': 2400,
      'B: left, min': 0,
      'B: load': 1,
      'Source table': 'Products',
    });
  });

  it('formats money, hours, percent and keeps product names as text', () => {
    const table = reportOf(pq).blocks[1]!;
    expect(table.columnFormats).toEqual([
      'quantity',
      'text',
      'currency',
      'currency',
      'currency',
      'minutes',
      'rate',
      'quantity',
      'quantity',
      'quantity',
      'minutes',
      'percent',
      'currency',
    ]);
  });

  it('writes Russian headers and the Russian sheet name', () => {
    const report = reportOf(pq, { language: 'ru' });
    expect(report.sheetName).toBe('Отчёт ТА');
    expect(report.blocks[1]!.values[0]!.slice(0, 3)).toEqual(['Место', 'Товар', 'Цена']);
  });

  it('charts T per CCR hour as bars and the cumulative load as a line, top rows only', () => {
    expect(reportOf(pq).chart).toMatchObject({
      block: 1,
      categoryColumn: 1,
      barColumn: 6,
      lineColumn: 11,
      rows: 2,
    });
    expect(reportOf(manyProducts(100)).chart?.rows).toBe(CHART_ROWS);
  });

  it('shows unlimited demand and no-CCR-time products in words, never Infinity', () => {
    const problem = {
      ...pq,
      products: { ...pq.products, demand: Float64Array.from([100, Infinity]) },
    };
    const free = {
      ...problem,
      products: { ...problem.products, usage: [Float64Array.from([15, 0])] },
    };
    const rows = buildReport({
      problem: free,
      plan: planOf({
        ...free,
        products: { ...free.products, demand: Float64Array.from([100, 5]) },
      }),
      timeUnit: 'minutes',
      targetProfit: null,
      source: PRODUCTS,
      sourceLabel: 'P',
      date: DATE,
      language: 'en',
    }).blocks[1]!.values;
    expect(rows.flat()).not.toContain(Infinity);
    expect(rows.flat()).toContain('no B time');
    expect(rows.flat()).toContain('unlimited');
  });

  it('fingerprints the values: any changed cell changes it', () => {
    const report = reportOf(pq);
    const grid = reportGrid(report.blocks);
    expect(fingerprintGrid(grid)).toBe(report.fingerprint);
    grid[3]![9] = 99;
    expect(fingerprintGrid(grid)).not.toBe(report.fingerprint);
    expect(fingerprintGrid([[0.1 + 0.2]])).toBe(fingerprintGrid([[0.3]]));
    expect(
      fingerprintGrid([
        ['a', null],
        [null, ''],
      ])
    ).toBe(fingerprintGrid([['a']]));
  });

  it('sanitizes sheet names: 31 chars, no : \\ / ? * [ ], never History', () => {
    expect(sanitizeSheetName('Q1/Q2: [mix]?*')).toBe('Q1 Q2 mix');
    expect(sanitizeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName('History')).toBe('History (TA)');
    expect(sanitizeSheetName("'''")).toBe('TA Report');
    expect(uniqueSheetName('TA Report', ['ta report', 'TA Report (2)'])).toBe('TA Report (3)');
    expect(uniqueSheetName('y'.repeat(31), ['y'.repeat(31)])).toBe(`${'y'.repeat(27)} (2)`);
    expect(uniqueTableName('TA_ProductMix', ['ta_productmix'])).toBe('TA_ProductMix_2');
    expect(uniqueTableName('TA1', [])).toBe('TA1_');
  });
});
