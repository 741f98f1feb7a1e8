/**
 * The language of the words the TA.* functions put into cells (report headers, segment names,
 * summary labels): a property of the workbook, never of whoever recalculates it. A workbook made
 * in Russian keeps «лояльный» when an English-speaking colleague recalculates it, so the
 * COUNTIF(…;"лояльный") built on it keeps counting.
 *
 * The value lives in the workbook's add-in settings under RESULT_LANGUAGE_SETTING; the functions
 * read it, the task pane's chooser writes it. This module is the contract both sides share.
 */

export type ResultLanguage = 'en' | 'ru';

/** The workbook setting (Office document settings of this add-in) holding the language. */
export const RESULT_LANGUAGE_SETTING = 'TA.resultLanguage';

export const RESULT_LANGUAGES: readonly ResultLanguage[] = ['en', 'ru'];

/** The stored value read back; anything else (absent, damaged) is `null`. */
export function parseResultLanguage(value: unknown): ResultLanguage | null {
  return value === 'en' || value === 'ru' ? value : null;
}

/** The language a workbook starts with: its first user's display language (`ru-RU` → ru). */
export function resultLanguageOfDisplay(displayLanguage: unknown): ResultLanguage {
  return typeof displayLanguage === 'string' && displayLanguage.toLowerCase().startsWith('ru')
    ? 'ru'
    : 'en';
}

type Done = (result: { readonly status: string }) => void;

/**
 * The add-in's per-workbook settings as Office's Common API gives them
 * (`Office.context.document.settings`): an in-memory copy, read synchronously, saved whole.
 */
export type SettingsBag = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: Done): void;
  refreshAsync(callback?: Done): void;
};

function settled(run: (callback: Done) => void): Promise<boolean> {
  return new Promise((resolve) => run((result) => resolve(result.status === 'succeeded')));
}

/**
 * Stores `language` in `bag` and saves it to the workbook; with `onlyIfUnset`, a language already
 * stored wins. `saveAsync` writes the whole bag, so it is refreshed first: settings other code
 * wrote since the workbook opened are kept. Resolves to whether the workbook was saved to (a
 * read-only workbook keeps the value for the session only).
 */
export async function storeResultLanguage(
  bag: SettingsBag,
  language: ResultLanguage,
  options: { readonly onlyIfUnset?: boolean } = {}
): Promise<boolean> {
  await settled((done) => bag.refreshAsync(done));
  if (options.onlyIfUnset && parseResultLanguage(bag.get(RESULT_LANGUAGE_SETTING)) !== null) {
    return false;
  }
  bag.set(RESULT_LANGUAGE_SETTING, language);
  return settled((done) => bag.saveAsync(done));
}
