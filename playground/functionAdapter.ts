/**
 * Calls an add-in custom function the way Excel would, from Univer's arguments, and turns its
 * result into something Univer displays. Univer passes a range as a 2-D array and a literal as a
 * primitive; a throw inside a function would stop Univer's whole recalculation, so nothing may
 * escape from here.
 */
import { CustomFunctionsError, type AssociatedFunction } from './customFunctionsShim';
import type { CellError, CellRef } from './functionErrors';
import type { FunctionMetadata, ParameterMetadata } from './functionMetadata';

/** Told, after every call, the cell computed and the errors with messages it got. */
export type ErrorReporter = (cell: CellRef, errors: readonly CellError[]) => void;

type Cell = string | number | boolean | null;
type Result = Cell | Cell[][];

const VALUE = '#VALUE!';
const NUM = '#NUM!';

/** Excel hands a matrix parameter a 2-D array even for one cell, and a scalar a plain value. */
function shapeArgument(value: unknown, parameter: ParameterMetadata | undefined): unknown {
  if (value === undefined) return null;
  const isGrid = Array.isArray(value);
  if (parameter?.dimensionality === 'matrix') return isGrid ? value : [[value]];
  if (!isGrid) return value;
  const grid = value as unknown[][];
  if (grid.length === 1 && grid[0]?.length === 1) return grid[0][0] ?? null;
  throw new CustomFunctionsError(VALUE, 'a range was given to a single-value parameter');
}

function shapeArguments(args: unknown[], meta: FunctionMetadata): unknown[] {
  const params = meta.parameters ?? [];
  const last = params[params.length - 1];
  const count = Math.max(params.length, args.length);
  const shaped: unknown[] = [];
  for (let i = 0; i < count; i += 1) {
    const parameter = params[i] ?? (last?.repeating ? last : undefined);
    shaped.push(shapeArgument(args[i], parameter));
  }
  // Omitted optional arguments arrive as null in Excel.
  return shaped;
}

function toCell(value: unknown): Cell {
  if (value instanceof CustomFunctionsError) return value.code;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NUM;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // Objects (dates, records) are not cell values in Excel either.
  return VALUE;
}

/** Results, including CustomFunctions.Error inside arrays, become values or error strings. */
export function toUniverResult(value: unknown): Result {
  if (!Array.isArray(value)) return toCell(value);
  if (value.length === 0) return '#CALC!';
  return value.map((row) => (Array.isArray(row) ? row.map(toCell) : [toCell(row)]));
}

function errorResult(name: string, error: unknown): Result {
  if (error instanceof CustomFunctionsError) return error.code;
  // Only programming errors throw in the add-in's functions: make them loud.
  console.error(`TA playground: ${name} threw`, error);
  return VALUE;
}

/** The errors that carry a message in what a call returned or threw, by offset. */
export function errorsIn(outcome: unknown): CellError[] {
  const one = (value: unknown, row: number, column: number): CellError[] =>
    value instanceof CustomFunctionsError && value.message !== ''
      ? [{ row, column, code: value.code, message: value.message }]
      : [];
  if (!Array.isArray(outcome)) return one(outcome, 0, 0);
  return outcome.flatMap((cells, r) =>
    Array.isArray(cells) ? cells.flatMap((cell, c) => one(cell, r, c)) : one(cells, r, 0)
  );
}

/**
 * The cell Univer computes: it calls a registered function as a method of its executor, which
 * holds the formula's position (set just before the call).
 */
function cellOf(executor: unknown): CellRef | null {
  const at = executor as Partial<Record<'unitId' | 'subUnitId' | 'row' | 'column', unknown>> | null;
  if (!at || typeof at.unitId !== 'string' || typeof at.subUnitId !== 'string') return null;
  if (typeof at.row !== 'number' || typeof at.column !== 'number') return null;
  return { unitId: at.unitId, subUnitId: at.subUnitId, row: at.row, column: at.column };
}

/** Runs `call`, reports the messages of its errors for `cell`, and gives Univer its result. */
function settle(name: string, cell: CellRef | null, report: ErrorReporter | undefined) {
  return (outcome: { value: unknown } | { error: unknown }): Result => {
    const raw = 'value' in outcome ? outcome.value : outcome.error;
    if (cell && report) report(cell, errorsIn(raw));
    return 'value' in outcome ? toUniverResult(outcome.value) : errorResult(name, outcome.error);
  };
}

/** A synchronous Univer function around an add-in function. */
export function syncAdapter(
  name: string,
  fn: AssociatedFunction,
  meta: FunctionMetadata,
  report?: ErrorReporter
) {
  return function (this: unknown, ...args: unknown[]): Result {
    const done = settle(name, cellOf(this), report);
    try {
      const result = fn(...shapeArguments(args, meta));
      if (result instanceof Promise) {
        console.error(`TA playground: ${name} returned a Promise but is registered as synchronous`);
        return VALUE;
      }
      return done({ value: result });
    } catch (error) {
      return done({ error });
    }
  };
}

/** An asynchronous Univer function; a streaming function contributes its first result. */
export function asyncAdapter(
  name: string,
  fn: AssociatedFunction,
  meta: FunctionMetadata,
  report?: ErrorReporter
) {
  return async function (this: unknown, ...args: unknown[]): Promise<Result> {
    // The executor's position changes with the next formula: read it before awaiting.
    const done = settle(name, cellOf(this), report);
    try {
      const shaped = shapeArguments(args, meta);
      if (meta.options?.stream) return done({ value: await firstStreamResult(fn, shaped) });
      const invocation = meta.options?.cancelable ? [{ onCanceled: () => undefined }] : [];
      return done({ value: await fn(...shaped, ...invocation) });
    } catch (error) {
      return done({ error });
    }
  };
}

function firstStreamResult(fn: AssociatedFunction, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const invocation = {
      setResult: (value: unknown) => resolve(value),
      onCanceled: () => undefined,
    };
    try {
      fn(...args, invocation);
    } catch (error) {
      reject(error);
    }
  });
}

/** Whether Univer must treat the function as asynchronous. */
export function isAsync(fn: AssociatedFunction, meta: FunctionMetadata): boolean {
  return (
    Boolean(meta.options?.stream || meta.options?.cancelable) ||
    fn.constructor.name === 'AsyncFunction'
  );
}
