import type { MixProblem, Resource } from '../core';
import {
  FieldError,
  field,
  fieldReaders,
  isRecord,
  type FieldReaders,
  type Json,
} from './fieldReaders';
import { quote } from './oneLine';
import { parseProducts } from './productsFile';
import type { Texts } from './texts';

export type TimeUnit = 'hours' | 'minutes';

export type ParsedProblem =
  | {
      readonly ok: true;
      readonly problem: MixProblem;
      readonly timeUnit: TimeUnit;
      /** Each resource's unit as shown in the table ("h", "min", "m", …). */
      readonly units: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

const ROOT_FIELDS = ['operatingExpense', 'timeUnit', 'resources', 'products'];
const RESOURCE_FIELDS = ['name', 'capacity', 'unit'];
const MAX_UNIT = 16;

function parseTimeUnit(read: FieldReaders, value: Json): TimeUnit {
  if (value === undefined) return 'hours';
  if (value !== 'hours' && value !== 'minutes')
    read.fail('timeUnit', read.t.wanted.timeUnit, value);
  return value;
}

function parseUnit(read: FieldReaders, value: Json, path: string, fallback: string): string {
  if (value === undefined) return fallback;
  const unit = read.nonEmptyString(value, path);
  if (Array.from(unit).length > MAX_UNIT || /[\u0000-\u001f\u007f-\u009f]/.test(unit)) {
    read.fail(path, read.t.wanted.unit(MAX_UNIT), value);
  }
  return unit.trim();
}

function parseResource(read: FieldReaders, value: Json, path: string, fallbackUnit: string) {
  if (!isRecord(value)) read.fail(path, read.t.wanted.resource, value);
  read.onlyKnownFields(value, path, RESOURCE_FIELDS);
  const name = read.nonEmptyString(field(value, 'name'), `${path}.name`);
  const capacity = read.numberAtLeastZero(field(value, 'capacity'), `${path}.capacity`);
  if (capacity === 0) read.fail(`${path}.capacity`, read.t.wanted.numberAboveZero, capacity);
  const unit = parseUnit(read, field(value, 'unit'), `${path}.unit`, fallbackUnit);
  return { resource: { name, capacity } satisfies Resource, unit };
}

function parseResources(read: FieldReaders, value: Json, timeUnit: TimeUnit) {
  const fallbackUnit = timeUnit === 'minutes' ? read.t.minutesUnit : read.t.hoursUnit;
  const parsed = read
    .list(value, 'resources')
    .map((entry, r) => parseResource(read, entry, `resources[${r}]`, fallbackUnit));
  const seen = new Map<string, number>();
  parsed.forEach(({ resource }, r) => {
    const before = seen.get(resource.name);
    if (before !== undefined) {
      throw new FieldError(
        `resources[${r}].name: ${read.t.sameName(quote(resource.name), before)}`
      );
    }
    seen.set(resource.name, r);
  });
  return parsed;
}

/**
 * Validates a parsed problem file (the format is in docs/cli.md) and builds the engine's problem.
 * The error names the first wrong field, in the file's order.
 */
export function parseProblem(
  document: Json,
  options: { readonly wholeUnits: boolean; readonly t: Texts }
): ParsedProblem {
  const read: FieldReaders = fieldReaders(options.t);
  try {
    if (!isRecord(document)) read.fail(options.t.theFile, options.t.wanted.root, document);
    read.onlyKnownFields(document, '', ROOT_FIELDS);
    const timeUnit = parseTimeUnit(read, field(document, 'timeUnit'));
    const parsed = parseResources(read, field(document, 'resources'), timeUnit);
    const resources = parsed.map((p) => p.resource);
    const products = parseProducts(
      read,
      field(document, 'products'),
      resources,
      options.wholeUnits
    );
    const oe = field(document, 'operatingExpense');
    const operatingExpense =
      oe === undefined || oe === null ? null : read.numberAtLeastZero(oe, 'operatingExpense');
    const problem: MixProblem = {
      products,
      resources,
      operatingExpense,
      wholeUnits: options.wholeUnits,
    };
    return { ok: true, problem, timeUnit, units: parsed.map((p) => p.unit) };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message };
    throw error;
  }
}
