/**
 * The pane's side of the workbook's result language (src/core/resultLanguage.ts): what it is now
 * and how to change it. A change is saved in the workbook and followed by a full recalculation,
 * so the words already in cells (report headers, RFM segments) follow at once.
 */
import {
  RESULT_LANGUAGE_SETTING,
  parseResultLanguage,
  resultLanguageOfDisplay,
  storeResultLanguage,
  type ResultLanguage,
  type SettingsBag,
} from '../core';

export type ResultLanguageStore = {
  /** The stored language, or the display language while none is stored. */
  read(): ResultLanguage;
  /** Stores `language` in the workbook, then recalculates every formula. */
  write(language: ResultLanguage): Promise<void>;
};

/** A store over a settings bag; `recalculate` runs once the value is in the bag. */
export function settingsResultLanguageStore(
  bag: SettingsBag,
  displayLanguage: string,
  recalculate: () => Promise<void>
): ResultLanguageStore {
  return {
    read: () =>
      parseResultLanguage(bag.get(RESULT_LANGUAGE_SETTING)) ??
      resultLanguageOfDisplay(displayLanguage),
    async write(language) {
      await storeResultLanguage(bag, language);
      await recalculate();
    },
  };
}

/** A settings bag kept in memory (the pane's preview outside Office, the playground, tests). */
export function memorySettingsBag(initial: Readonly<Record<string, unknown>> = {}): SettingsBag {
  const saved = new Map(Object.entries(initial));
  let current = new Map(saved);
  return {
    get: (name) => (current.has(name) ? current.get(name) : null),
    set: (name, value) => void current.set(name, value),
    saveAsync: (done) => {
      saved.clear();
      current.forEach((value, name) => saved.set(name, value));
      done?.({ status: 'succeeded' });
    },
    refreshAsync: (done) => {
      current = new Map(saved);
      done?.({ status: 'succeeded' });
    },
  };
}
