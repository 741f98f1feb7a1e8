/** Helpers to call the TA.* functions the way Excel does and read what they give back. */

/**
 * What Excel passes for an omitted optional argument. The functions declare optional ranges as
 * `any[][]` (so the metadata says "matrix"), which TypeScript types as `undefined` when absent.
 */
export const OMITTED = null as unknown as undefined;

/** A column range as Excel passes it: one inner array per row. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** A row range as Excel passes it. */
export function row(...values: unknown[]): unknown[][] {
  return [values];
}

export type ThrownError = { readonly code: string; readonly message: string };

/** The Excel error `call` throws; fails the test when it returns instead. */
export function excelErrorOf(call: () => unknown): ThrownError {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error)
      return { code: error.code, message: error.message ?? '' };
    throw error;
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
}

/** The Excel error an asynchronous function rejects with; fails the test when it resolves. */
export async function asyncExcelErrorOf(call: () => Promise<unknown>): Promise<ThrownError> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error)
      return { code: error.code, message: error.message ?? '' };
    throw error;
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
}

/** The code of an error cell inside a returned array, or `null` for a value. */
export function cellCode(cell: unknown): string | null {
  return cell instanceof CustomFunctions.Error ? cell.code : null;
}

/** The first cell of every row of a spilled column. */
export function firstColumn(result: unknown[][]): unknown[] {
  return result.map((cells) => cells[0]);
}
