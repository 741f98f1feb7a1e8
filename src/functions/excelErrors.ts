/**
 * The only place that builds `CustomFunctions.Error`. Excel shows a message only on #VALUE! and
 * #N/A, so every user-caused problem that needs words is one of those two; #DIV/0! and #NUM! are
 * kept for what Excel users expect them to mean (a zero divisor, a number too large for a cell).
 */

/** The error cells the add-in's functions produce. */
export type ExcelErrorKind = 'value' | 'notAvailable' | 'divisionByZero' | 'number';

const CODES: Record<ExcelErrorKind, () => CustomFunctions.ErrorCode> = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  notAvailable: () => CustomFunctions.ErrorCode.notAvailable,
  divisionByZero: () => CustomFunctions.ErrorCode.divisionByZero,
  number: () => CustomFunctions.ErrorCode.invalidNumber,
};

/** Error codes Excel may hand in (or out), by their cell text. */
const ERROR_TEXTS = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!', '#NAME?', '#REF!', '#BUSY!'];

/** A `CustomFunctions.Error` of `kind`; the message is dropped where Excel would ignore it. */
export function excelError(kind: ExcelErrorKind, message?: string): CustomFunctions.Error {
  const code = CODES[kind]();
  const shown = kind === 'value' || kind === 'notAvailable' ? message : undefined;
  return shown === undefined
    ? new CustomFunctions.Error(code)
    : new CustomFunctions.Error(code, shown);
}

/** #VALUE! with a message naming the argument (and row) at fault: the usual bad-input answer. */
export function invalidValue(message: string): CustomFunctions.Error {
  return excelError('value', message);
}

/** #NUM!: a result too large for a double (Excel has no Infinity). */
export function tooLarge(): CustomFunctions.Error {
  return excelError('number');
}

/** #DIV/0!: a ratio whose divisor is zero. */
export function divisionByZero(): CustomFunctions.Error {
  return excelError('divisionByZero');
}

/** The error code of an error value Excel passed in, or `null` when `value` is not one. */
export function errorCodeOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && ERROR_TEXTS.includes(code) ? code : null;
}

/**
 * The same error passed on, as Excel does when a formula reads an error cell. #VALUE! and #N/A
 * get `message` (which names the argument and row); #DIV/0! and #NUM! cannot carry one.
 */
export function propagated(code: string, message: string): CustomFunctions.Error {
  // #NAME?, #REF!, #NULL! and #BUSY! are not valid outputs: say which cell held them instead.
  return excelError(KIND_BY_CODE[code] ?? 'value', message);
}

const KIND_BY_CODE: Readonly<Record<string, ExcelErrorKind>> = {
  '#VALUE!': 'value',
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'number',
};

/** `value` when it is a finite number; #NUM! otherwise (overflow to ±Infinity, or NaN). */
export function finiteOrError(value: number): number | CustomFunctions.Error {
  return Number.isFinite(value) ? value : tooLarge();
}

/** Like {@link finiteOrError} for a single-cell result: the error is thrown. */
export function finiteOrThrow(value: number): number {
  if (!Number.isFinite(value)) throw tooLarge();
  return value;
}
