/**
 * The `CustomFunctions` global of Office's custom-functions runtime, as the playground provides it.
 * The metadata plugin's loader appends `CustomFunctions.associate("ID", fn)` to every
 * `src/functions/*Functions.ts`; this shim must run before those files (first in the entry).
 */

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
 * The one piece of `Office` the functions read: the display language, which picks the language
 * of TA.MIXTABLE's labels (src/functions/displayLanguage.ts). The page's `?lang=ru` sets it.
 */
const officeGlobal = globalThis as unknown as { Office?: unknown };
if (officeGlobal.Office === undefined) {
  const russian = new URLSearchParams(globalThis.location?.search ?? '').get('lang') === 'ru';
  officeGlobal.Office = { context: { displayLanguage: russian ? 'ru-RU' : 'en-US' } };
}
