import { dictionaries, fill, languageOf, pluralBlocks, stringsFor } from '../../src/taskpane/i18n';

describe('pane strings', () => {
  it('has the same keys in English and Russian', () => {
    expect(Object.keys(dictionaries.ru).sort()).toEqual(Object.keys(dictionaries.en).sort());
  });

  it('leaves no label empty in either language', () => {
    for (const strings of Object.values(dictionaries)) {
      for (const [key, text] of Object.entries(strings))
        expect([key, text.trim()]).not.toEqual([key, '']);
    }
  });

  it('uses the same placeholders in both languages', () => {
    // A plural block counts as its key: `{rows, one{row} other{rows}}` is `{rows}`.
    const plain = (text: string) =>
      text.replace(/\{(\w+),\s*(?:\w+\{[^{}]*\}\s*)+\}/g, (_, key: string) => `{${key}}`);
    const placeholders = (text: string) => [...new Set(plain(text).match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(dictionaries.en) as (keyof typeof dictionaries.en)[]) {
      expect([key, placeholders(dictionaries.ru[key])]).toEqual([
        key,
        placeholders(dictionaries.en[key]),
      ]);
    }
  });

  it('gives every Russian plural its four forms and every English one its two', () => {
    for (const [language, forms] of [
      ['ru', ['few', 'many', 'one', 'other']],
      ['en', ['one', 'other']],
    ] as const) {
      for (const [key, text] of Object.entries(dictionaries[language])) {
        for (const block of pluralBlocks(text))
          expect([key, block.forms.sort()]).toEqual([key, forms]);
      }
    }
  });

  it('chooses the Russian form by the number: 1 строка, 4 строки, 5 строк, 21 строка', () => {
    const say = (rows: number) => fill(dictionaries.ru.tableRows, { name: 'T', rows }, 'ru');
    expect([1, 4, 5, 11, 21, 22, 25].map(say)).toEqual([
      'T (1 строка)',
      'T (4 строки)',
      'T (5 строк)',
      'T (11 строк)',
      'T (21 строка)',
      'T (22 строки)',
      'T (25 строк)',
    ]);
    expect(fill(dictionaries.en.tableRows, { name: 'T', rows: 1 }, 'en')).toBe('T (1 row)');
    expect(fill(dictionaries.en.tableRows, { name: 'T', rows: 4 }, 'en')).toBe('T (4 rows)');
  });

  it('speaks Russian for any display language starting with "ru"', () => {
    expect(languageOf('ru-RU')).toBe('ru');
    expect(languageOf('RU')).toBe('ru');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('')).toBe('en');
    expect(stringsFor('ru-RU').writeButton).toBe('Записать отчёт');
  });

  it('fills placeholders once, without reading the inserted text as a template', () => {
    expect(fill('{a} and {b}', { a: '{b}', b: '$&' })).toBe('{b} and $&');
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});
