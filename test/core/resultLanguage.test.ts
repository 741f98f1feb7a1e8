import {
  RESULT_LANGUAGE_SETTING,
  parseResultLanguage,
  resultLanguageOfDisplay,
  storeResultLanguage,
  type SettingsBag,
} from '../../src/core';

/** One workbook's settings and two in-memory copies of them, as two writers would hold them. */
function workbookSettings(initial: Record<string, unknown>) {
  const document = new Map(Object.entries(initial));
  const copy = (): SettingsBag => {
    let memory = new Map(document);
    return {
      get: (name) => memory.get(name) ?? null,
      set: (name, value) => void memory.set(name, value),
      saveAsync(done) {
        document.clear();
        memory.forEach((value, name) => document.set(name, value));
        done?.({ status: 'succeeded' });
      },
      refreshAsync(done) {
        memory = new Map(document);
        done?.({ status: 'succeeded' });
      },
    };
  };
  return { document, copy };
}

describe('storing the workbook’s result language', () => {
  it('keeps what another writer saved after the copy was loaded (saveAsync writes the whole bag)', async () => {
    const { document, copy } = workbookSettings({ report: 'sheet-1' });
    const functions = copy();
    const pane = copy();
    pane.set('registry', 'kept');
    pane.saveAsync();
    await storeResultLanguage(functions, 'ru');
    expect(Object.fromEntries(document)).toEqual({
      report: 'sheet-1',
      registry: 'kept',
      [RESULT_LANGUAGE_SETTING]: 'ru',
    });
  });

  it('leaves a stored language alone when asked only to fill it in', async () => {
    const { document, copy } = workbookSettings({ [RESULT_LANGUAGE_SETTING]: 'en' });
    expect(await storeResultLanguage(copy(), 'ru', { onlyIfUnset: true })).toBe(false);
    expect(document.get(RESULT_LANGUAGE_SETTING)).toBe('en');
  });

  it('reads ru-RU (and ru) as Russian, anything else as English', () => {
    expect(resultLanguageOfDisplay('ru-RU')).toBe('ru');
    expect(resultLanguageOfDisplay('RU')).toBe('ru');
    expect(resultLanguageOfDisplay('en-GB')).toBe('en');
    expect(resultLanguageOfDisplay(undefined)).toBe('en');
    expect(parseResultLanguage('de')).toBeNull();
  });
});
