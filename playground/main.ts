/**
 * Boots the playground: Univer with the example workbook, the add-in's TA.* functions registered
 * from the generated metadata, and the add-in's task pane beside the grid on a UniverGateway.
 */
import { setUpChrome, readLanguage, readRegion, showProblems } from './chrome';
import { formatExampleMixTables } from './exampleFormats';
import { addExampleFormulas, exampleSnapshot, fillExamples } from './exampleWorkbook';
import { loadMetadata } from './functionMetadata';
import { claimResultLanguage } from '../src/functions/resultLanguage';
import {
  settingsResultLanguageStore,
  type ResultLanguageStore,
} from '../src/workbook/resultLanguageStore';
import type { SettingsBag } from '../src/core';
import { showFunctionErrors } from './errorStatus';
import { FunctionErrorLog } from './functionErrors';
import { acceptRussianSeparators } from './russianSeparators';
import { mountPane } from './paneRoot';
import { registerFunctions } from './registerFunctions';
import { numberSettingsOf } from '../src/workbook/typedNumber';
import { sheetsText } from './univerCells';
import {
  addSalesFormulas,
  fillSalesExample,
  formatSalesExample,
  salesSheetSnapshot,
} from './salesExample';
import { UniverGateway } from './univerGateway';
import { bootUniver } from './univerHost';
import type { FWorkbook } from '@univerjs/sheets/facade';

declare global {
  interface Window {
    /** For browser tests and curious developers: the running playground. */
    taPlayground?: Record<string, unknown>;
  }
}

async function start(): Promise<void> {
  const language = readLanguage();
  // The sheets as they opened: a language switch asks before it reloads over the user's changes.
  let opened: { workbook: FWorkbook; text: string } | null = null;
  setUpChrome(language, () => opened !== null && sheetsText(opened.workbook) !== opened.text);
  const api = bootUniver('grid', language);
  const workbook = api.createWorkbook(exampleSnapshot(language, [salesSheetSnapshot(language)]));
  const [metadata, russian] = await Promise.all([
    loadMetadata('functions.json'),
    language === 'ru' ? loadMetadata('functions.ru.json') : Promise.resolve(null),
  ]);
  const missing: string[] = [];
  if (!metadata) missing.push('functions.json was not generated');
  if (language === 'ru' && !russian) missing.push('functions.ru.json was not generated');
  for (const problem of missing) console.error(`TA playground: ${problem}`);
  const functionErrors = new FunctionErrorLog();
  const registration = metadata
    ? registerFunctions(api, metadata, russian, functionErrors)
    : { names: [], problems: [] };
  const problems = [...missing, ...registration.problems];
  await claimResultLanguage();
  await fillExamples(workbook, language);
  await fillSalesExample(workbook, language);
  addExampleFormulas(workbook, language);
  addSalesFormulas(workbook, language);
  await api.getFormula().onCalculationResultApplied();
  formatExampleMixTables(workbook, language);
  formatSalesExample(workbook, language);
  workbook.setActiveSheet(workbook.getSheets()[0]!);
  const numbers = { ...numberSettingsOf(readRegion(language)), source: 'excel' as const };
  const gateway = new UniverGateway(workbook, language === 'ru' ? 'ru-RU' : 'en-US', numbers, api);
  mountPane(document.getElementById('pane')!, gateway, resultLanguageStore(api));
  // Russian Excel's `;` and decimal comma, rewritten for Univer (English Excel refuses them).
  const rewritten = language === 'ru' ? acceptRussianSeparators(api, workbook) : undefined;
  const status = document.getElementById('status')!;
  showFunctionErrors(api, workbook, functionErrors, status, language, rewritten);
  showProblems(language, problems);
  opened = { workbook, text: sheetsText(workbook) };
  window.taPlayground = {
    api,
    workbook,
    gateway,
    functionNames: registration.names,
    problems,
    ready: true,
  };
}

/** The shim's document settings; a change recalculates every formula, as Excel's full recalc. */
function resultLanguageStore(api: ReturnType<typeof bootUniver>): ResultLanguageStore {
  const office = globalThis as unknown as {
    Office: { context: { displayLanguage: string; document: { settings: SettingsBag } } };
  };
  const { displayLanguage, document: doc } = office.Office.context;
  return settingsResultLanguageStore(doc.settings, displayLanguage, async () => {
    const formula = api.getFormula();
    formula.executeCalculation();
    await formula.onCalculationResultApplied();
  });
}

start().catch((error: unknown) => {
  console.error('TA playground: start failed', error);
  showProblems(readLanguage(), [String(error)]);
});
