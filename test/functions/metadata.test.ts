/**
 * The metadata Excel reads: functions.json generated from the JSDoc exactly as the build does it
 * (same files, same generator), and functions.ru.json made from it by the build's own plugin. No
 * prior build is needed.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { russianHelp } from '../../src/functions/ru';
import { russianMetadata, type FunctionsMetadata } from '../../src/functions/ru/metadata';
import { nameProblems } from '../../src/functions/ru/naming';

// The same selection as webpack.config.js and src/functions/index.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionFiles } = require('../../scripts/functionFiles') as {
  functionFiles: () => string[];
};
const files = functionFiles();

type Generated = {
  readonly metadata: FunctionsMetadata;
  readonly associate: readonly { sourceFileName: string; functionName: string; id: string }[];
};

let generated: Generated;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(files, true);
  expect(result.errors).toEqual([]);
  generated = { metadata: JSON.parse(result.metadataJson), associate: result.associate };
});

describe('functions.json', () => {
  it('declares the public TA.* ids', () => {
    const ids = generated.metadata.functions.map((fn) => fn.id);
    for (const id of ['THROUGHPUT', 'TPERCCR', 'CCRRANK', 'MIX', 'CCRLOAD', 'MIXTABLE']) {
      expect(ids).toContain(id);
    }
    for (const id of ['NETPROFIT', 'BREAKEVEN', 'REQUIREDT', 'TPAR', 'TOTALT']) {
      expect(ids).toContain(id);
    }
  });

  it('associates every id with a function its file exports', () => {
    for (const { sourceFileName, functionName, id } of generated.associate) {
      const module = jest.requireActual(sourceFileName) as Record<string, unknown>;
      expect([id, typeof module[functionName]]).toEqual([id, 'function']);
    }
    expect(generated.associate).toHaveLength(generated.metadata.functions.length);
  });

  it('declares every parameter an any matrix: text reaches the parser, omitted ≠ empty cell', () => {
    for (const fn of generated.metadata.functions) {
      for (const parameter of fn.parameters ?? []) {
        expect([fn.id, parameter.name, parameter.type, parameter.dimensionality]).toEqual([
          fn.id,
          parameter.name,
          'any',
          'matrix',
        ]);
      }
    }
  });

  it('leaves error inputs to Excel: without allowErrorForDataTypeAny an #N/A cell propagates', () => {
    expect(generated.metadata.allowErrorForDataTypeAny).toBeUndefined();
  });

  it('gives every function and parameter a description (the Excel help)', () => {
    for (const fn of generated.metadata.functions) {
      expect([fn.id, Boolean(fn.description)]).toEqual([fn.id, true]);
      for (const parameter of fn.parameters ?? []) {
        expect([fn.id, parameter.name, Boolean(parameter.description)]).toEqual([
          fn.id,
          parameter.name,
          true,
        ]);
      }
    }
  });
});

describe('functions.ru.json', () => {
  it('has a Russian entry for every id, with as many parameters, and no entry without an id', () => {
    const help = russianHelp();
    const english = new Map(generated.metadata.functions.map((fn) => [fn.id, fn]));
    for (const [id, fn] of english) {
      expect([id, help[id]?.parameters.length]).toEqual([id, (fn.parameters ?? []).length]);
    }
    for (const id of Object.keys(help)) expect([id, english.has(id)]).toEqual([id, true]);
  });

  it('is built without problems and keeps ids, types and options of the English metadata', () => {
    const { metadata, problems } = russianMetadata(generated.metadata, russianHelp());
    expect(problems).toEqual([]);
    metadata.functions.forEach((fn, i) => {
      const en = generated.metadata.functions[i];
      expect(fn.id).toBe(en?.id);
      expect(fn.result).toEqual(en?.result);
      expect(fn.parameters?.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
        en?.parameters?.map((p) => [p.type, p.dimensionality, p.optional])
      );
    });
    expect(metadata.functions.find((fn) => fn.id === 'THROUGHPUT')?.name).toBe('ПРОХОД');
  });

  it('refuses a function id given Russian help in two group files', () => {
    const group = { TWICE: { name: 'ДВАЖДЫ', description: '', parameters: [] } };
    expect(() => russianHelp([group, group])).toThrow('Russian help for TWICE is defined twice');
  });

  it('uses Russian names that follow the naming rules and are unique', () => {
    const names = Object.values(russianHelp()).map((fn) => fn.name);
    for (const name of names) expect(nameProblems(name)).toEqual([]);
    expect(new Set(names.map((name) => name.toUpperCase())).size).toBe(names.length);
  });
});

describe('the naming rules', () => {
  it('refuse short names, digits, cell references and built-in Excel names', () => {
    expect(nameProblems('ТА')).toEqual(['ТА: at least 3 characters']);
    expect(nameProblems('ПРОХОД2')).toHaveLength(1);
    expect(nameProblems('ABC123').join()).toContain('cell reference');
    expect(nameProblems('ДОХОД')).toEqual(['ДОХОД: a built-in Excel function has this name']);
    expect(nameProblems('РАНГ.РОМ')).toEqual([]);
    expect(nameProblems('цена', 'parameter')).toEqual([]);
  });

  it('catch a mismatch in the build: a missing id, a parameter too many, an unknown id', () => {
    const english = {
      functions: [
        { id: 'A_ONE', name: 'A_ONE', parameters: [{ name: 'x' }] },
        { id: 'A_TWO', name: 'A_TWO', parameters: [] },
      ],
    };
    const help = {
      A_ONE: {
        name: 'ОДИН',
        description: '',
        parameters: [
          { name: 'икс', description: '' },
          { name: 'игрек', description: '' },
        ],
      },
      A_THREE: { name: 'ТРИ', description: '', parameters: [] },
    };
    expect(russianMetadata(english, help).problems).toEqual([
      'A_ONE: 1 parameters in English, 2 in Russian',
      'A_TWO has no Russian help (add it to src/functions/ru/)',
      'Russian help for A_THREE, which no *Functions.ts declares',
    ]);
  });
});
