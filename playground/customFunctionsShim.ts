/**
 * The `CustomFunctions` global of Office's custom-functions runtime, as the playground provides it.
 * The metadata plugin's loader appends `CustomFunctions.associate("ID", fn)` to every
 * `src/functions/*Functions.ts`; this shim must run before those files (first in the entry).
 */
import { RESULT_LANGUAGE_SETTING, parseResultLanguage } from '../src/core/resultLanguage';
import { memorySettingsBag } from '../src/workbook/resultLanguageStore';

export type AssociatedFunction = (...args: unknown[]) => unknown;

/** Office's `CustomFunctions.Error`: the add-in returns (or throws) it for #VALUE!, #N/A… */
export class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string
  ) {
    super(message);
    this.name = 'CustomFunctions.Error';
  }
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** Functions by metadata id (upper case, as Excel matches ids case-insensitively). */
export const associatedFunctions = new Map<string, AssociatedFunction>();
/** Problems met while associating (duplicate ids, non-functions): shown as console errors. */
export const associationProblems: string[] = [];

function associateOne(id: string, fn: unknown): void {
  const key = id.toUpperCase();
  if (typeof fn !== 'function') associationProblems.push(`associate("${id}") got no function`);
  else if (associatedFunctions.has(key)) associationProblems.push(`"${id}" is associated twice`);
  else associatedFunctions.set(key, fn as AssociatedFunction);
}

function associate(idOrMap: string | Record<string, unknown>, fn?: unknown): void {
  if (typeof idOrMap === 'string') associateOne(idOrMap, fn);
  else for (const [id, f] of Object.entries(idOrMap)) associateOne(id, f);
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate,
};

/**
 * The pieces of `Office` the functions read: the display language (error messages follow it;
 * the page's `?lang=ru` sets it) and the document settings holding the workbook's result language
 * (src/functions/resultLanguage.ts). `?results=ru|en` opens a workbook whose results are already
 * in that language, as a workbook made by someone else would be; without it the playground's first
 * run claims the display language, as the add-in does in Excel.
 */
const officeGlobal = globalThis as unknown as { Office?: unknown };
if (officeGlobal.Office === undefined) {
  const query = new URLSearchParams(globalThis.location?.search ?? '');
  const stored = parseResultLanguage(query.get('results'));
  officeGlobal.Office = {
    context: {
      displayLanguage: query.get('lang') === 'ru' ? 'ru-RU' : 'en-US',
      document: {
        settings: memorySettingsBag(stored ? { [RESULT_LANGUAGE_SETTING]: stored } : {}),
      },
    },
  };
}
