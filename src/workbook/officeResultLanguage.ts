/** The result-language store of the add-in in Excel (src/workbook/resultLanguageStore.ts). */
import type { SettingsBag } from '../core';
import { settingsResultLanguageStore, type ResultLanguageStore } from './resultLanguageStore';

/**
 * The add-in's document settings (`Office.context.document.settings`, the bag the functions read
 * in the shared runtime), then `Application.calculate(full)`: every formula, TA.* included, is
 * computed again. Call after `Office.onReady`.
 */
export function officeResultLanguageStore(): ResultLanguageStore {
  return settingsResultLanguageStore(
    Office.context.document.settings as unknown as SettingsBag,
    Office.context.displayLanguage,
    () =>
      Excel.run(async (context) => {
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      })
  );
}
