import { clientCard, reachFromConversions } from '../../src/core/clients';
import {
  evaluateDecision,
  paybackMonth,
  type DecisionResult,
  type PaybackResult,
} from '../../src/core/decisions';
import { buildClientCardRecord, type CardStep } from '../../src/workbook/clientCardRecord';
import { buildDecisionRecord } from '../../src/workbook/decisionRecord';
import { reportGrid } from '../../src/workbook/fingerprint';
import type { ClientFormat } from '../../src/core/clients';
import type { CellValue, ReportDocument } from '../../src/workbook/gateway';
import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { excelCell } from '../../src/workbook/writePlan';

const date = new Date(2026, 10, 23, 10, 0);

function administrator(description = 'Hire an administrator', language: 'en' | 'ru' = 'en') {
  const decision = evaluateDecision({ deltaThroughput: 30, deltaOperatingExpense: 10 });
  const payback = paybackMonth({
    deltaThroughput: 30,
    deltaOperatingExpense: 10,
    throughputFromMonth: 4,
  });
  return buildDecisionRecord({
    description,
    throughputFromMonth: 4,
    operatingExpenseFromMonth: 1,
    investment: null,
    decision: decision as DecisionResult,
    payback: payback as PaybackResult,
    months: 8,
    date,
    language,
  });
}

/** The value to the right of `label` in the record's A:B lines. */
function valueOf(doc: ReportDocument, label: string): CellValue | undefined {
  return reportGrid(doc.blocks).find((row) => row[0] === label)?.[1];
}

function card(steps: readonly [number, number][], format: ClientFormat) {
  const reach = reachFromConversions(steps.map(([, c]) => c));
  const cardSteps: CardStep[] = steps.map(([price, conversion], k) => ({
    price,
    conversion,
    reach: reach[k] as number,
  }));
  const outcome = clientCard({ steps: cardSteps, format });
  if (outcome.status !== 'card') throw new Error(outcome.status);
  return { cardSteps, outcome };
}

describe('the decision record', () => {
  it('records the administrator: ΔNP 20 a month, pays back in month 5, accept', () => {
    const doc = administrator();
    expect(doc.sheetName).toBe('TA Decision');
    expect(doc.source).toEqual({ kind: 'record', name: 'decision' });
    expect(valueOf(doc, 'ΔT per month')).toBe(30);
    expect(valueOf(doc, 'ΔT from month')).toBe(4);
    expect(valueOf(doc, 'ΔNP per month = ΔT − ΔOE')).toBe(20);
    expect(valueOf(doc, 'Pays back in month')).toBe(5);
    expect(valueOf(doc, 'Verdict')).toBe('accept: ΔT 30 > ΔOE 10');
    expect(valueOf(doc, 'Investment ΔI')).toBe('none');
  });

  it('tabulates ΔNP month by month with its cumulative, for the chart', () => {
    const doc = administrator();
    const table = doc.blocks.find((b) => b.table) as ReportDocument['blocks'][number];
    expect(table.values.slice(1, 6)).toEqual([
      [1, -10, -10],
      [2, -10, -20],
      [3, -10, -30],
      [4, 20, -10],
      [5, 20, 10],
    ]);
    expect(doc.chart && doc.blocks[doc.chart.block]).toBe(table);
  });

  it('keeps a formula-looking description as text in a text-formatted cell', () => {
    const doc = administrator('=HYPERLINK("http://x","hire")');
    const block = doc.blocks.find((b) => b.values[0]?.[0] === 'The change');
    expect(block?.values[0]?.[1]).toBe('=HYPERLINK("http://x","hire")');
    expect(block?.columnFormats).toEqual(['text', 'text']);
    expect(excelCell(block?.values[0]?.[1] ?? null)).toBe(`'=HYPERLINK("http://x","hire")`);
  });

  it('is written in Russian with the Russian sheet name', () => {
    const doc = administrator('Нанять администратора', 'ru');
    expect(doc.sheetName).toBe('Решение ТА');
    expect(valueOf(doc, 'Окупается в месяце')).toBe(5);
    expect(valueOf(doc, 'Вывод')).toBe('принять: ΔT 30 > ΔОЕ 10');
  });

  it('goes to a new sheet each time, suffixed when the name is taken, never over the user', async () => {
    const gateway = new MemoryGateway({ sheets: [{ name: 'TA Decision', cells: [['mine']] }] });
    const first = await gateway.writeReport(administrator(), 'newSheet');
    const second = await gateway.writeReport(administrator(), 'newSheet');
    expect(first).toMatchObject({ status: 'written', sheetName: 'TA Decision (2)' });
    expect(second).toMatchObject({ status: 'written', sheetName: 'TA Decision (3)' });
    expect(gateway.sheetNamed('TA Decision').cells).toEqual([['mine']]);
    expect(await gateway.findReport({ kind: 'selection' })).toEqual({ status: 'none' });
  });
});

describe('the client card record', () => {
  const group: ClientFormat = {
    kind: 'group',
    price: 25000,
    trainingsPerMonth: 3,
    peoplePerTraining: 50,
  };

  it('records the source: LTV 15,000, target 3,750,000, qualifies, the funnel as a table', () => {
    const { cardSteps, outcome } = card(
      [
        [3000, 1],
        [24000, 0.5],
      ],
      group
    );
    const doc = buildClientCardRecord({
      format: group,
      steps: cardSteps,
      current: null,
      currentTurnover: null,
      card: outcome,
      date,
      language: 'en',
    });
    expect(doc.sheetName).toBe('TA Client card');
    expect(valueOf(doc, 'LTV')).toBe(15000);
    expect(valueOf(doc, 'Turnover target a month')).toBe(3750000);
    expect(valueOf(doc, 'Verdict')).toBe('qualifies');
    expect(valueOf(doc, 'Current turnover a month')).toBe('not computed');
    const table = doc.blocks.find((b) => b.table);
    expect(table?.values.slice(1)).toEqual([
      [1, 3000, 1, 1, 3000],
      [2, 24000, 0.5, 0.5, 12000],
    ]);
  });

  it('writes each lever of a failing card as a number in its own cell', () => {
    const small: ClientFormat = {
      kind: 'group',
      price: 10000,
      trainingsPerMonth: 2,
      peoplePerTraining: 10,
    };
    const { cardSteps, outcome } = card([[12000, 1]], small);
    const doc = buildClientCardRecord({
      format: small,
      steps: cardSteps,
      current: { buyersPerMonth: 8, sessionsPerMonth: 2 },
      currentTurnover: 160000,
      card: outcome,
      date,
      language: 'ru',
    });
    expect(doc.sheetName).toBe('Карточка клиента ТА');
    expect(valueOf(doc, 'Вывод')).toBe('не подходит');
    expect(valueOf(doc, 'Рычаг: поднять цену на')).toBeCloseTo(0.5);
    expect(valueOf(doc, 'Рычаг: вторая ступень по цене')).toBe(6000);
    expect(valueOf(doc, 'Рычаг: тренингов в месяц')).toBe(3);
    expect(valueOf(doc, 'Текущий оборот в месяц')).toBe(160000);
  });
});
