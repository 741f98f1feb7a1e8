/**
 * A function's value depends on its arguments and the workbook only: the words TA.* functions
 * return come from the workbook's result language, never from the display language of the Excel
 * that recalculates. Every function of the generated metadata is called, so a new one is covered.
 */
import { RESULT_LANGUAGE_SETTING, type ResultLanguage } from '../../src/core';
import { claimResultLanguage, resultLanguage } from '../../src/functions/resultLanguage';
import { memorySettingsBag } from '../../src/workbook/resultLanguageStore';
import {
  functionCatalog,
  fullArguments,
  outcomeOf,
  validArguments,
  type CatalogEntry,
} from './catalog';
import { closeWorkbook, openWorkbookIn } from './host';

afterEach(closeWorkbook);

/** Error *messages* are UI and follow the viewer; the cell holds the code. */
function cellValue(outcome: unknown): unknown {
  if (outcome instanceof CustomFunctions.Error) return { error: outcome.code };
  return Array.isArray(outcome) ? outcome.map(cellValue) : outcome;
}

/** Every function called twice (required arguments only, then all) in one workbook. */
async function recalculate(
  catalog: readonly CatalogEntry[],
  display: string,
  workbook: ResultLanguage
): Promise<Record<string, unknown>> {
  openWorkbookIn(display, workbook);
  const sheet: Record<string, unknown> = {};
  for (const entry of catalog) {
    for (const [form, args] of [
      ['required', validArguments(entry)],
      ['full', fullArguments(entry)],
    ] as const) {
      sheet[`${entry.id} ${form}`] = cellValue(await outcomeOf(() => entry.call(...args)));
    }
  }
  closeWorkbook();
  return sheet;
}

describe('one workbook recalculated under en-US and ru-RU display languages', () => {
  it.each([
    ['ru', 'новичок'],
    ['en', 'newcomer'],
  ] as const)('gives identical values in every cell of a %s workbook', async (workbook, word) => {
    const catalog = await functionCatalog();
    const english = await recalculate(catalog, 'en-US', workbook);
    const russian = await recalculate(catalog, 'ru-RU', workbook);
    expect(russian).toEqual(english);
    // The sheet holds words of the workbook's language (RFM segments, report headers).
    expect(JSON.stringify(english)).toContain(word);
  });
});

describe('the workbook’s result language', () => {
  it('is the display language of whoever runs the add-in first, stored in the workbook', async () => {
    const settings = openWorkbookIn('ru-RU');
    await claimResultLanguage();
    settings.refreshAsync();
    expect(settings.get(RESULT_LANGUAGE_SETTING)).toBe('ru');
  });

  it('is not taken over by the next user, who reads the stored language', async () => {
    openWorkbookIn('en-US', 'ru');
    await claimResultLanguage();
    expect(await resultLanguage()).toBe('ru');
  });

  it('ignores a damaged setting and falls back to the display language', async () => {
    const bag = memorySettingsBag({ [RESULT_LANGUAGE_SETTING]: 'klingon' });
    (globalThis as { Office?: unknown }).Office = {
      context: { displayLanguage: 'ru-RU', document: { settings: bag } },
    };
    expect(await resultLanguage()).toBe('ru');
  });

  it('is English where there is no Office at all', async () => {
    expect(await resultLanguage()).toBe('en');
  });
});
