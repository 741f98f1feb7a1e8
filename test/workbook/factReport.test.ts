import { readSalesLog, reviewMonth, type MonthReview } from '../../src/core/fact';
import { buildFactReport, type FactReportInput } from '../../src/workbook/factReport';
import { FACT_REPORT_LABELS } from '../../src/workbook/factReportLabels';
import type { ReportBlock } from '../../src/workbook/gateway';
import { columnsOf, expenses, salonLog, salonProducts } from '../fixtures/salonSales';

function review(): { review: MonthReview; sellers: readonly string[] } {
  const log = readSalesLog(columnsOf(salonLog), salonProducts);
  if (log.status !== 'log') throw new Error(log.status);
  const outcome = reviewMonth({
    log: log.log,
    ccr: 0,
    capacity: 100,
    operatingExpense: {
      kind: 'log',
      dates: expenses.map((e) => e.date),
      amounts: expenses.map((e) => e.amount),
    },
    ladder: [
      { threshold: 0, bonus: 0 },
      { threshold: 300, bonus: 20 },
      { threshold: 500, bonus: 50 },
    ],
    month: null,
    wholeUnits: true,
  });
  if (outcome.status !== 'review') throw new Error(outcome.status);
  return { review: outcome, sellers: log.log.groupNames };
}

function input(language: 'en' | 'ru'): FactReportInput {
  const { review: r, sellers } = review();
  return {
    review: r,
    table: salonProducts,
    sellerNames: sellers,
    unknown: [{ product: 'Manicure', rows: [40, 52], quantity: 2, amount: 50 }],
    resource: 'Master',
    timeUnit: 'hours',
    capacity: 100,
    logLabel: 'Sales',
    productsLabel: 'Services',
    source: { kind: 'record', name: 'planVsFact' },
    date: new Date(2026, 2, 1, 9, 30),
    language,
  };
}

/** The block whose first row starts with `first`. */
function blockStarting(blocks: readonly ReportBlock[], first: string): ReportBlock {
  const block = blocks.find((b) => b.values[0]?.[0] === first);
  if (!block) throw new Error(`no block starting with ${first}`);
  return block;
}

describe('the plan-against-fact report', () => {
  it('writes one row a month with T, OE, NP, the CCR’s hours and T lost to the mix, charted', () => {
    const report = buildFactReport(input('en'));
    const months = blockStarting(report.blocks, 'Month');
    expect(months.values).toEqual([
      [
        'Month',
        'Revenue',
        'T',
        'OE',
        'NP = T − OE',
        'Master time used, h',
        'Master utilisation',
        'T lost to the mix',
      ],
      ['January 2026', 100, 50, 50, 0, 5, 0.05, 0],
      ['February 2026', 1778, 958, 900, 58, 100, 1, 20],
    ]);
    expect(report.chart).toMatchObject({ categoryColumn: 0, barColumn: 2, lineColumn: 4, rows: 2 });
    expect(report.blocks[report.chart?.block ?? -1]).toBe(months);
  });

  it('puts the month’s products in ranking order, the bonuses and the products the table lacks', () => {
    const { blocks } = buildFactReport(input('en'));
    expect(blockStarting(blocks, 'Rank').values.slice(1)).toEqual([
      [1, 'Hair dye', 50, 20, 50, 20, -30],
      [2, 'Classic haircut', 120, 80, 600, 398, -202],
      [3, '"Gold Star" haircut', 20, 30, 360, 540, 180],
    ]);
    expect(blockStarting(blocks, 'Seller').values.slice(1)).toEqual([
      ['Anna', 450, 20, 50],
      ['Boris', 508, 50, 'top step'],
    ]);
    expect(blockStarting(blocks, 'Product').values.slice(1)).toEqual([
      ['Manicure', 2, 2, 50, '40, 52'],
    ]);
  });

  it('sums up the month: the discount is a price matter, the 20 lost a mix matter', () => {
    const { blocks } = buildFactReport(input('en'));
    const lines = new Map(
      blocks.filter((b) => b.column === 9).flatMap((b) => b.values.map((row) => [row[0], row[1]]))
    );
    expect(lines.get('Throughput T')).toBe(958);
    expect(lines.get('T at the table’s prices and TVC')).toBe(960);
    expect(lines.get('Discounts and per-sale TVC (actual T − T at the table’s)')).toBe(-2);
    expect(lines.get('T lost to the mix')).toBe(20);
    expect(lines.get('Sales not in the products table')).toBe(2);
  });

  it('speaks Russian, with every label of the English report', () => {
    const report = buildFactReport(input('ru'));
    expect(report.sheetName).toBe('План-факт TA');
    expect(blockStarting(report.blocks, 'Месяц').values[2]?.[0]).toBe('февраль 2026');
    expect(Object.keys(FACT_REPORT_LABELS.ru).sort()).toEqual(
      Object.keys(FACT_REPORT_LABELS.en).sort()
    );
  });

  it('holds only finite numbers, and the same fingerprint for the same review', () => {
    const report = buildFactReport(input('en'));
    const numbers = report.blocks
      .flatMap((b) => b.values.flat())
      .filter((c) => typeof c === 'number');
    expect(numbers.every((n) => Number.isFinite(n))).toBe(true);
    expect(buildFactReport(input('en')).fingerprint).toBe(report.fingerprint);
  });
});
