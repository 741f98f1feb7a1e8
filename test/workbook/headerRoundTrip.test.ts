import { MIX_TABLE_LABELS } from '../../src/functions/mixTableLabels';
import { dictionaries, fill } from '../../src/taskpane/i18n';
import { detectColumns } from '../../src/workbook/columnMapping';
import { buildReport } from '../../src/workbook/reportLayout';
import { pq } from '../fixtures/problems';
import { DATE, planOf, PRODUCTS } from './reports';
import { SALON, PQ } from '../../playground/exampleWorkbook';

const LANGUAGES = ['en', 'ru'] as const;

/** The header row of the report's ranked table, as the add-in writes it. */
function reportHeaders(language: 'en' | 'ru'): string[] {
  const report = buildReport({
    problem: pq,
    plan: planOf(pq),
    timeUnit: 'minutes',
    targetProfit: null,
    source: PRODUCTS,
    sourceLabel: 'Products',
    date: DATE,
    language,
  });
  return (report.blocks[1]?.values[0] ?? []).map(String);
}

describe('headers the add-in writes, read back', () => {
  it.each(LANGUAGES)('maps every field of its own report table (%s) without help', (language) => {
    const headers = reportHeaders(language);
    const { mapping, problems } = detectColumns(headers);
    expect(problems).toEqual([]);
    const product = language === 'en' ? 'Product' : 'Товар';
    expect(mapping).toMatchObject({ name: product, demand: headers[7], minimum: headers[8] });
    expect([mapping.price, mapping.tvc]).toEqual([headers[2], headers[3]]);
    expect(mapping.resources).toEqual([{ resource: 'B', header: headers[5] }]);
  });

  it('reads «АПЗ», the Russian report’s TVC header and the pane’s own label', () => {
    expect(reportHeaders('ru')[3]).toBe('АПЗ');
    expect(detectColumns(['Товар', 'Цена', 'АПЗ', 'Время РОМ']).mapping.tvc).toBe('АПЗ');
  });

  it.each(LANGUAGES)('maps the pane’s own field labels (%s) as headers', (language) => {
    const s = dictionaries[language];
    const time = fill(s.fieldUsage, { resource: 'Мастер' });
    const headers = [s.fieldName, s.fieldPrice, s.fieldTvc, s.fieldDemand, s.fieldMinimum, time];
    const { mapping, problems } = detectColumns(headers);
    expect(problems).toEqual([]);
    expect(mapping).toEqual({
      name: s.fieldName,
      price: s.fieldPrice,
      tvc: s.fieldTvc,
      demand: s.fieldDemand,
      minimum: s.fieldMinimum,
      resources: [{ resource: 'Мастер', header: time }],
    });
  });

  it.each(LANGUAGES)(
    'maps the fields TA.MIXTABLE writes (%s): product, demand, minimum, CCR time',
    (language) => {
      const [, product, , , demand, minimum, , time] = MIX_TABLE_LABELS[language].headers;
      const { mapping } = detectColumns(MIX_TABLE_LABELS[language].headers);
      expect(mapping).toMatchObject({ name: product, demand, minimum, price: null, tvc: null });
      expect(mapping.resources).toEqual([
        { resource: language === 'en' ? 'CCR' : 'РОМ', header: time },
      ]);
    }
  );

  it.each(LANGUAGES)('maps the playground’s example tables (%s) without help', (language) => {
    for (const example of [SALON, PQ]) {
      const { problems, mapping } = detectColumns(example.headers[language]);
      expect(problems).toEqual([]);
      expect(mapping.resources).toHaveLength(1);
    }
  });
});

describe('cost price is not TVC', () => {
  it.each(['Себестоимость', 'Себестоимость, руб.', 'Unit cost', 'COGS'])(
    'takes “%s” as TVC only with a question',
    (header) => {
      const { mapping, problems } = detectColumns(['Товар', 'Цена', header, 'Время: Мастер']);
      expect(mapping.tvc).toBe(header);
      expect(problems).toEqual([{ kind: 'doubtfulTvc', header }]);
    }
  );

  it('prefers a real TVC column and asks nothing', () => {
    const { mapping, problems } = detectColumns(['Товар', 'Цена', 'Себестоимость', 'АПЗ', 'Время']);
    expect(mapping.tvc).toBe('АПЗ');
    expect(problems).toEqual([]);
  });
});
