/**
 * The language of the words a TA.* function returns: the workbook's, read from its document
 * settings (src/core/resultLanguage.ts), so every Excel that recalculates the workbook gets the
 * same values. Only error *messages* follow the viewer's display language (messages.ts): they are
 * UI, not cell values.
 *
 * Every function that returns words gets them through `resultLanguage()`:
 *
 * ```ts
 * const labels = MY_LABELS[await resultLanguage()];
 * ```
 */
import {
  RESULT_LANGUAGE_SETTING,
  parseResultLanguage,
  resultLanguageOfDisplay,
  storeResultLanguage,
  type ResultLanguage,
  type SettingsBag,
} from '../core';

type OfficeLike = {
  onReady?: () => Promise<unknown>;
  context?: { displayLanguage?: unknown; document?: { settings?: SettingsBag } };
};

function office(): OfficeLike | undefined {
  return (globalThis as unknown as { Office?: OfficeLike }).Office;
}

/** Resolves once Office has loaded the document (at once where there is no Office). */
async function officeReady(): Promise<void> {
  const host = office();
  if (typeof host?.onReady !== 'function') return;
  try {
    await host.onReady();
  } catch {
    // Office failed to start: its settings are then unavailable and the display default applies.
  }
}

/** `Office.context` may throw until Office is ready, and is absent without a host. */
function context(): OfficeLike['context'] {
  try {
    return office()?.context;
  } catch {
    return undefined;
  }
}

function displayDefault(): ResultLanguage {
  return resultLanguageOfDisplay(context()?.displayLanguage);
}

/**
 * The workbook's result language. A workbook that has none yet (the add-in never ran in it) gets
 * the display language of the Excel computing it, the value `claimResultLanguage` stores.
 */
export async function resultLanguage(): Promise<ResultLanguage> {
  await officeReady();
  const stored = context()?.document?.settings?.get(RESULT_LANGUAGE_SETTING);
  return parseResultLanguage(stored) ?? displayDefault();
}

/**
 * On the add-in's first run in a workbook (its runtime starting, never a function call: custom
 * functions must not change the workbook), stores the display language as the workbook's.
 */
export async function claimResultLanguage(): Promise<void> {
  await officeReady();
  const bag = context()?.document?.settings;
  if (bag) await storeResultLanguage(bag, displayDefault(), { onlyIfUnset: true });
}
