import { reportLabels } from '../../src/workbook/reportLabels';
import { buildReport } from '../../src/workbook/reportLayout';
import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { pq } from '../fixtures/problems';
import { DATE, planOf, PRODUCTS } from './reports';

function report(language: 'en' | 'ru', moneyFormat: string | null = null) {
  return buildReport({
    problem: pq,
    plan: planOf(pq),
    timeUnit: 'minutes',
    targetProfit: 500,
    source: PRODUCTS,
    sourceLabel: 'Products',
    sourceAddress: "'P&Q'!A1:F3",
    moneyFormat,
    date: DATE,
    language,
  });
}

const summary = (language: 'en' | 'ru') =>
  Object.fromEntries(
    report(language)
      .blocks.slice(2)
      .flatMap((block) => block.values.map((row) => [row[0], row[1]]))
  );

describe('what the report says', () => {
  it('records the table, the range and the time it was built from', () => {
    expect(summary('en')).toMatchObject({
      'Source table': 'Products',
      'Read from the range': "'P&Q'!A1:F3",
    });
    expect(summary('ru')).toMatchObject({ 'Прочитано из диапазона': "'P&Q'!A1:F3" });
    expect(typeof summary('en')['Built on']).toBe('number');
  });

  it('speaks the pane’s Russian terms: ОЕ and ЧП, never OE or NP', () => {
    expect(summary('ru')).toMatchObject({
      'Операционные расходы ОЕ': 6000,
      'Чистая прибыль ЧП = ΣT − ОЕ': 300,
      'Нужный проход = ОЕ + желаемая прибыль': 6500,
    });
    for (const text of Object.values(reportLabels('ru'))) expect(text).not.toMatch(/\b(OE|NP)\b/);
  });

  it('names a resource in Russian the grammatical way: «ресурса «B»»', () => {
    const headers = report('ru').blocks[1]?.values[0] ?? [];
    expect(headers).toContain('Время ресурса «B» на ед., мин');
    expect(headers).toContain('Проход на час ресурса «B»');
    expect(headers).toContain('Накопленная загрузка ресурса «B»');
  });

  it("gives the money columns the price column's format, roubles staying roubles", async () => {
    const rubles = '#,##0 "₽"';
    const document = report('ru', rubles);
    const table = document.blocks[1];
    expect(table?.columnFormats?.slice(2, 5)).toEqual([
      { code: rubles },
      { code: rubles },
      { code: rubles },
    ]);
    expect(table?.columnFormats?.[5]).toBe('minutes');
    const gateway = new MemoryGateway({ sheets: [{ name: 'Data', cells: [] }] });
    const outcome = await gateway.writeReport(document, 'newSheet');
    expect(outcome.status).toBe('written');
    const sheet = gateway.sheetNamed('Отчёт ТА');
    expect(sheet.formats[3]?.[2]).toBe(rubles);
    expect(sheet.formats[3]?.[6]).toBe('#,##0.00');
  });

  it('keeps its own money format when the price column has none', () => {
    expect(report('en').blocks[1]?.columnFormats?.[2]).toBe('currency');
  });
});
