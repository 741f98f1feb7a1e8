import { readSalesLog, reviewMonth, serialOfDate, type SalesLog } from '../../../src/core/fact';
import { columnsOf, expenses, salonLog, salonProducts } from '../../fixtures/salonSales';

function log(): SalesLog {
  const outcome = readSalesLog(columnsOf(salonLog), salonProducts);
  if (outcome.status !== 'log') throw new Error(outcome.status);
  return outcome.log;
}

const review = (month: number | null) =>
  reviewMonth({
    log: log(),
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
    month,
    wholeUnits: true,
  });

describe('the monthly review of the salon', () => {
  it('reviews the last month by default: the plan 120 / 20 / 50 against the fact', () => {
    const outcome = review(null);
    if (outcome.status !== 'review') throw new Error(outcome.status);
    expect(outcome.index).toBe(1);
    expect([...outcome.plan.quantity]).toEqual([120, 20, 50]);
    expect([...outcome.products.difference]).toEqual([-202, 180, -30]);
    // At the table's T the February mix earned 960; the discount of 2 makes the actual 958.
    expect(outcome.throughputAtTablePrices).toBe(960);
    expect(outcome.months.throughput[1]).toBe(958);
  });

  it('gives every month its T, OE, NP, hours and T lost to the mix', () => {
    const outcome = review(null);
    if (outcome.status !== 'review') throw new Error(outcome.status);
    const { months } = outcome;
    expect([...months.start]).toEqual([serialOfDate(2026, 1, 1), serialOfDate(2026, 2, 1)]);
    expect([...months.netProfit]).toEqual([0, 58]);
    expect([...months.utilisation]).toEqual([0.05, 1]);
    expect([...months.lost]).toEqual([0, 20]);
  });

  it('pays the bonuses of the month reviewed only', () => {
    const outcome = review(serialOfDate(2026, 1, 20));
    if (outcome.status !== 'review' || outcome.bonuses === null) throw new Error('no bonuses');
    expect(outcome.index).toBe(0);
    expect(Array.from(outcome.bonuses.bonus)).toEqual([0]);
    expect(outcome.bonuses.gapToNext).toEqual([250]);
  });

  it('says when the month asked for is outside the log', () => {
    expect(review(serialOfDate(2025, 6, 1))).toEqual({ status: 'noMonth' });
  });
});
