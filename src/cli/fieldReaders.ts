import { formatNumber, quote } from './oneLine';

/** A wrong field of the problem file; the message names it (`products[2].price: …`). */
export class FieldError extends Error {}

export type Json = unknown;

export const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own keys only: a field called "constructor" or "__proto__" is data, never a prototype member. */
export const has = (record: Record<string, Json>, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(record, key);

export const field = (record: Record<string, Json>, key: string): Json =>
  has(record, key) ? record[key] : undefined;

function describeValue(value: Json): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return formatNumber(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function fail(path: string, expected: string, value?: Json): never {
  if (value === undefined) throw new FieldError(`${path}: missing (expected ${expected})`);
  throw new FieldError(`${path}: expected ${expected}, got ${describeValue(value)}`);
}

/** A finite number ≥ 0 (`1e400` parses as Infinity and is refused here). */
export function numberAtLeastZero(value: Json, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(path, 'a number ≥ 0', value);
  }
  return value;
}

/** A number ≥ 0, or `fallback` when the field is left out or null. */
export function optionalNumber(value: Json, path: string, fallback: number): number {
  return value === undefined || value === null ? fallback : numberAtLeastZero(value, path);
}

export function nonEmptyString(value: Json, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'a non-empty string', value);
  return value;
}

/** Refuses a field the format does not know: a typo ("demnad") must not silently mean "unlimited". */
export function onlyKnownFields(
  record: Record<string, Json>,
  path: string,
  known: readonly string[]
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      throw new FieldError(
        `${path === '' ? '' : `${path}: `}unknown field ${quote(key)} (known: ${known.join(', ')})`
      );
    }
  }
}

export function list(value: Json, path: string): readonly Json[] {
  if (!Array.isArray(value)) fail(path, 'a list ([…])', value);
  return value;
}
