/** A stand-in for the `Office` global the functions read: display language and document settings. */
import { RESULT_LANGUAGE_SETTING, type ResultLanguage, type SettingsBag } from '../../src/core';
import { memorySettingsBag } from '../../src/workbook/resultLanguageStore';

type WithOffice = { Office?: unknown };

/**
 * Excel showing `displayLanguage` on a workbook whose result language is `workbookLanguage`
 * (`null`: a workbook the add-in never ran in). Returns the workbook's settings.
 */
export function openWorkbookIn(
  displayLanguage: string,
  workbookLanguage: ResultLanguage | null = null
): SettingsBag {
  const stored = workbookLanguage === null ? {} : { [RESULT_LANGUAGE_SETTING]: workbookLanguage };
  const settings = memorySettingsBag(stored);
  (globalThis as WithOffice).Office = { context: { displayLanguage, document: { settings } } };
  return settings;
}

export function closeWorkbook(): void {
  delete (globalThis as WithOffice).Office;
}
