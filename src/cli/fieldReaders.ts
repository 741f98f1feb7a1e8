import { formatNumber, quote } from './oneLine';
import type { Texts } from './texts';

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

/** The checks every part of the file shares, saying what is wrong in the language of `t`. */
export type FieldReaders = {
  readonly t: Texts;
  /** Throws the FieldError for `path`: missing when `value` is undefined, else what it got. */
  fail(path: string, expected: string, value?: Json): never;
  /** A finite number ≥ 0 (`1e400` parses as Infinity and is refused here). */
  numberAtLeastZero(value: Json, path: string): number;
  /** A number ≥ 0, or `fallback` when the field is left out or null. */
  optionalNumber(value: Json, path: string, fallback: number): number;
  nonEmptyString(value: Json, path: string): string;
  /** Refuses a field the format does not know: a typo ("demnad") must not silently mean "unlimited". */
  onlyKnownFields(record: Record<string, Json>, path: string, known: readonly string[]): void;
  list(value: Json, path: string): readonly Json[];
};

export function fieldReaders(t: Texts): FieldReaders {
  function describeValue(value: Json): string {
    if (typeof value === 'string') return quote(value);
    if (typeof value === 'number') return formatNumber(value, t);
    if (value === null) return 'null';
    if (Array.isArray(value)) return t.aList;
    if (typeof value === 'object') return t.anObject;
    return String(value);
  }

  function fail(path: string, expected: string, value?: Json): never {
    if (value === undefined) throw new FieldError(t.missing(path, expected));
    throw new FieldError(t.expected(path, expected, describeValue(value)));
  }

  function numberAtLeastZero(value: Json, path: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      fail(path, t.wanted.numberAtLeastZero, value);
    }
    return value;
  }

  return {
    t,
    fail,
    numberAtLeastZero,
    optionalNumber(value: Json, path: string, fallback: number): number {
      return value === undefined || value === null ? fallback : numberAtLeastZero(value, path);
    },
    nonEmptyString(value: Json, path: string): string {
      if (typeof value !== 'string' || value.trim() === '') {
        fail(path, t.wanted.nonEmptyText, value);
      }
      return value;
    },
    onlyKnownFields(record: Record<string, Json>, path: string, known: readonly string[]): void {
      for (const key of Object.keys(record)) {
        if (!known.includes(key)) {
          throw new FieldError(
            t.unknownField(path === '' ? '' : `${path}: `, quote(key), known.join(', '))
          );
        }
      }
    },
    list(value: Json, path: string): readonly Json[] {
      if (!Array.isArray(value)) fail(path, t.wanted.list, value);
      return value;
    },
  };
}
