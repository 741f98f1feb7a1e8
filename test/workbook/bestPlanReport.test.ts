import type { MixProblem } from '../../src/core';
import { solveOptimalMix } from '../../src/core/optimization';
import type { ReportCell, ReportDocument } from '../../src/workbook/gateway';
import { buildReport, SUMMARY_COLUMN, type BestPlanResult } from '../../src/workbook/reportLayout';
import { pq, problemOf } from '../fixtures/problems';
import { DATE, PRODUCTS, planOf, reportOf } from './reports';

/** ACCA's Cut and Stitch: work suits (W) and lounge suits (L) on tailor hours and fabric. */
const cutAndStitch: MixProblem = problemOf(
  [
    { name: 'W', price: 48, tvc: 0, demand: 400, usage: { Tailors: 7, Fabric: 2 } },
    { name: 'L', price: 40, tvc: 0, demand: 1000, usage: { Tailors: 5, Fabric: 2 } },
  ],
  [
    { name: 'Tailors', capacity: 3500 },
    { name: 'Fabric', capacity: 1200 },
  ],
  20000
);

async function bestOf(problem: MixProblem): Promise<BestPlanResult> {
  const outcome = await solveOptimalMix(problem);
  if (outcome.status !== 'optimal' && outcome.status !== 'feasible') {
    throw new Error(`not solved: ${outcome.status}`);
  }
  return outcome;
}

async function bestReport(
  problem: MixProblem,
  options: { language?: 'en' | 'ru'; timeUnit?: 'hours' | 'minutes' } = {}
): Promise<ReportDocument> {
  return buildReport({
    problem,
    plan: planOf(problem),
    timeUnit: options.timeUnit ?? 'hours',
    targetProfit: null,
    source: PRODUCTS,
    sourceLabel: 'Suits',
    date: DATE,
    language: options.language ?? 'en',
    best: await bestOf(problem),
  });
}

function summaryOf(report: ReportDocument): Record<string, ReportCell> {
  return Object.fromEntries(
    report.blocks.slice(3).flatMap((b) => b.values.map((r) => [r[0] as string, r[1] ?? null]))
  );
}

describe('report layout with the best plan', () => {
  it('keeps the ranking report as it was when there is no best plan', () => {
    const ranking = reportOf(pq);
    const withNull = buildReport({
      problem: pq,
      plan: planOf(pq),
      timeUnit: 'minutes',
      targetProfit: null,
      source: PRODUCTS,
      sourceLabel: 'Products',
      date: DATE,
      language: 'en',
      best: null,
    });
    expect(withNull).toEqual(ranking);
    expect(ranking.blocks[2]?.column).toBe(SUMMARY_COLUMN);
  });

  it('shows the best plan’s quantities beside the ranking’s, in the ranking’s order', async () => {
    const report = await bestReport(cutAndStitch);
    const table = report.blocks[1]!;
    expect(table.values[0]!.slice(9)).toEqual([
      'Quantity by the ranking',
      'Fabric time used, h',
      'Cumulative Fabric load',
      'T of the row',
      'Quantity in the best plan',
      'T of the row, best plan',
    ]);
    expect(table.values.slice(1).map((row) => [row[1], row[9], row[13], row[14]])).toEqual([
      ['W', 400, 250, 12000],
      ['L', 140, 350, 14000],
    ]);
    expect(table.columnFormats?.slice(13)).toEqual(['quantity', 'currency']);
    expect(report.chart).toMatchObject({ barColumn: 6, lineColumn: 11 });
    // The summary moves right by the two added columns, one blank column after the table.
    expect(report.blocks.slice(2).every((block) => block.column === 16)).toBe(true);
  });

  it('sums up both plans, the difference and why, and one more hour of each binding resource', async () => {
    const summary = summaryOf(await bestReport(cutAndStitch));
    expect(summary).toMatchObject({
      'Throughput ΣT, best plan': 26000,
      'Throughput ΣT, ranking by Fabric': 24800,
      'ΣT best plan − ΣT ranking': 1200,
      'Net profit NP = ΣT − OE': 6000,
      'Tailors: used, h': 3500,
      'Fabric: used, h': 1200,
      Method: 'Best plan (all resources)',
      'Best plan': 'proven best',
      'Why the ranking earns less': 'several resources bind',
    });
    expect(summary['Throughput ΣT']).toBeUndefined();
    expect(summary['Tailors: T of one more hour']).toBeCloseTo(4, 9);
    expect(summary['Fabric: T of one more hour']).toBeCloseTo(10, 9);
    // Tailors' 4 holds from 3,000 h (600 L) to 3,800 h (400 W and 200 L on the 1,200 m).
    expect(summary['Tailors: that value holds from, h']).toBeCloseTo(3000, 6);
    expect(summary['Tailors: that value holds up to, h']).toBeCloseTo(3800, 6);
    expect(summary['Fabric: that value holds from, h']).toBeCloseTo(1080, 6);
    expect(summary['Fabric: that value holds up to, h']).toBeCloseTo(1400, 6);
  });

  it('prices one more hour of B at 120 (2 a minute) and says the plans agree on P&Q', async () => {
    const summary = summaryOf(await bestReport(pq, { timeUnit: 'minutes' }));
    expect(summary['B: T of one more hour']).toBeCloseTo(120, 9);
    expect(summary['ΣT best plan − ΣT ranking']).toBe(0);
    expect(summary['Why the ranking earns less']).toBe('both plans earn the same');
  });

  it('writes Russian labels', async () => {
    const report = await bestReport(cutAndStitch, { language: 'ru' });
    expect(report.blocks[1]!.values[0]!.slice(13)).toEqual([
      'Лучший план, шт.',
      'Проход строки, лучший план',
    ]);
    expect(summaryOf(report)).toMatchObject({
      'Проход ΣT, лучший план': 26000,
      'Проход ΣT, ранжирование по ресурсу «Fabric»': 24800,
      'ΣT лучшего плана − ΣT ранжирования': 1200,
      'Почему ранжирование даёт меньше': 'ограничивают несколько ресурсов',
    });
  });
});
