/**
 * Calls an add-in custom function the way Excel would, from Univer's arguments, and turns its
 * result into something Univer displays. Univer passes a range as a 2-D array and a literal as a
 * primitive; a throw inside a function would stop Univer's whole recalculation, so nothing may
 * escape from here.
 */
import { CustomFunctionsError, type AssociatedFunction } from './customFunctionsShim';
import type { FunctionMetadata, ParameterMetadata } from './functionMetadata';

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

/** A synchronous Univer function around an add-in function. */
export function syncAdapter(name: string, fn: AssociatedFunction, meta: FunctionMetadata) {
  return (...args: unknown[]): Result => {
    try {
      const result = fn(...shapeArguments(args, meta));
      if (result instanceof Promise) {
        console.error(`TA playground: ${name} returned a Promise but is registered as synchronous`);
        return VALUE;
      }
      return toUniverResult(result);
    } catch (error) {
      return errorResult(name, error);
    }
  };
}

/** An asynchronous Univer function; a streaming function contributes its first result. */
export function asyncAdapter(name: string, fn: AssociatedFunction, meta: FunctionMetadata) {
  return async (...args: unknown[]): Promise<Result> => {
    try {
      const shaped = shapeArguments(args, meta);
      if (meta.options?.stream) return toUniverResult(await firstStreamResult(fn, shaped));
      const invocation = meta.options?.cancelable ? [{ onCanceled: () => undefined }] : [];
      return toUniverResult(await fn(...shaped, ...invocation));
    } catch (error) {
      return errorResult(name, error);
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
