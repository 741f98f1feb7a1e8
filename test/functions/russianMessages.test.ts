/**
 * In Russian Excel the error flags speak Russian and name the arguments as the Russian argument
 * tips do; the catalog has both languages for every message; the en→ru argument names are those
 * of the generated metadata.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { RUSSIAN_ARGUMENT_NAMES } from '../../src/functions/argumentNames';
import { paybackMonth } from '../../src/functions/decisionFunctions';
import { MESSAGES } from '../../src/functions/messages';
import { mix } from '../../src/functions/mixFunctions';
import { optimalMix } from '../../src/functions/optimalMixFunctions';
import { russianHelp } from '../../src/functions/ru';
import { requiredRevenue } from '../../src/functions/salesPlanFunctions';
import { throughput } from '../../src/functions/throughputFunctions';
import { column, excelErrorOf, OMITTED } from './excel';

// The same selection as webpack.config.js and src/functions/index.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionFiles } = require('../../scripts/functionFiles') as {
  functionFiles: () => string[];
};

type WithOffice = { Office?: unknown };

function displayIn(language: string): void {
  (globalThis as WithOffice).Office = { context: { displayLanguage: language } };
}

afterEach(() => {
  delete (globalThis as WithOffice).Office;
});

const price = column(90, 100);
const tvc = column(45, 40);
const time = column(15, 30);

describe('error messages in Russian Excel', () => {
  beforeEach(() => displayIn('ru-RU'));

  it('names ranges of different sizes by their Russian argument names', () => {
    expect(excelErrorOf(() => throughput(column(1, 2, 3), column(1, 2)))).toEqual({
      code: '#VALUE!',
      message: 'цена: строк 3, апз: 2; нужны диапазоны одного размера',
    });
  });

  it('names the row of a header included in a numeric range', () => {
    expect(excelErrorOf(() => throughput(column('Price', 10), column(1, 2))).message).toBe(
      "цена, строка 1: текст 'Price' вместо числа"
    );
  });

  it('names the row of a negative price', () => {
    expect(excelErrorOf(() => throughput(column(10, -5), column(1, 2))).message).toBe(
      'цена, строка 2: -5 < 0; нужно ≥ 0'
    );
  });

  it('refuses a capacity of 0 in Russian', () => {
    const error = excelErrorOf(() =>
      mix(price, tvc, time, column(100, 50), [[0]], OMITTED, OMITTED)
    );
    expect(error).toEqual({ code: '#VALUE!', message: 'мощность: нужно > 0 (дано 0)' });
  });

  it('answers #N/A naming the shortfall when the minimums alone overload the РОМ', () => {
    const error = excelErrorOf(() =>
      mix(price, tvc, time, column(100, 100), [[2400]], column(0, 100), OMITTED)
    );
    expect(error).toEqual({
      code: '#N/A',
      message:
        'минимумам нужно 3000 времени РОМ (мощность = 2400): не хватает 600; уменьшите минимум или увеличьте мощность',
    });
  });

  it('answers TA.OPTIMALMIX #N/A naming the overloaded resource', async () => {
    const usage = [
      [7, 2],
      [5, 2],
    ];
    const call = optimalMix(
      column('W', 'L'),
      column(48, 40),
      column(0, 0),
      usage,
      [[3500, 1200]],
      column(400, 1000),
      column(400, 200)
    );
    await expect(call).rejects.toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/^минимумам нужно \d+ ресурса 1 .*не хватает 300;/),
    });
  });

  it('names a share above 100 % in a decision function by its Russian name and row', () => {
    expect(excelErrorOf(() => requiredRevenue([[100]], [[10]], [[0.5], [50]]))).toEqual({
      code: '#VALUE!',
      message: 'доля_прохода, строка 2: нужна доля от 0 до 1 (0 % … 100 %)',
    });
  });

  it('says in Russian that a decision never pays back', () => {
    expect(excelErrorOf(() => paybackMonth([[10]], [[10]], [[4]])).message).toBe(
      'не окупается никогда: ΔT − ΔОЕ = 0 в месяц'
    );
  });
});

describe('error messages in other languages', () => {
  it('stay English when Excel shows another language', () => {
    displayIn('de-DE');
    expect(excelErrorOf(() => throughput(column(1, 2, 3), column(1, 2))).message).toBe(
      'price has 3 rows, tvc has 2: give ranges of the same size'
    );
  });
});

describe('the message catalog', () => {
  it('has an English and a Russian text for every message', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect([key, typeof entry.en, typeof entry.ru]).toEqual([key, 'function', 'function']);
    }
  });

  it('names every argument as the Russian argument tips do, the same in every function', async () => {
    const result = await generateCustomFunctionsMetadata(functionFiles(), true);
    const metadata = JSON.parse(result.metadataJson) as {
      functions: { id: string; parameters: { name: string }[] }[];
    };
    const help = russianHelp();
    for (const fn of metadata.functions) {
      fn.parameters.forEach((parameter, i) => {
        const russian = help[fn.id]?.parameters[i]?.name;
        expect([fn.id, parameter.name, RUSSIAN_ARGUMENT_NAMES[parameter.name]]).toEqual([
          fn.id,
          parameter.name,
          russian,
        ]);
      });
    }
  });
});
