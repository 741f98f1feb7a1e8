import { dictionaries, fill, languageOf, stringsFor } from '../../src/taskpane/i18n';

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
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(dictionaries.en) as (keyof typeof dictionaries.en)[]) {
      expect([key, placeholders(dictionaries.ru[key])]).toEqual([
        key,
        placeholders(dictionaries.en[key]),
      ]);
    }
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
