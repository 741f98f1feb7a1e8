import type { MixProblem, Resource } from '../core';
import {
  FieldError,
  fail,
  field,
  isRecord,
  list,
  nonEmptyString,
  numberAtLeastZero,
  onlyKnownFields,
  type Json,
} from './fieldReaders';
import { quote } from './oneLine';
import { parseProducts } from './productsFile';

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

function parseTimeUnit(value: Json): TimeUnit {
  if (value === undefined) return 'hours';
  if (value !== 'hours' && value !== 'minutes') fail('timeUnit', '"hours" or "minutes"', value);
  return value;
}

function parseUnit(value: Json, path: string, fallback: string): string {
  if (value === undefined) return fallback;
  const unit = nonEmptyString(value, path);
  if (Array.from(unit).length > MAX_UNIT || /[\u0000-\u001f\u007f-\u009f]/.test(unit)) {
    fail(path, `a short unit of up to ${MAX_UNIT} characters on one line ("h", "min", "m")`, value);
  }
  return unit.trim();
}

function parseResource(value: Json, path: string, fallbackUnit: string) {
  if (!isRecord(value)) fail(path, 'an object with "name" and "capacity"', value);
  onlyKnownFields(value, path, RESOURCE_FIELDS);
  const name = nonEmptyString(field(value, 'name'), `${path}.name`);
  const capacity = numberAtLeastZero(field(value, 'capacity'), `${path}.capacity`);
  if (capacity === 0) fail(`${path}.capacity`, 'a number > 0', capacity);
  const unit = parseUnit(field(value, 'unit'), `${path}.unit`, fallbackUnit);
  return { resource: { name, capacity } satisfies Resource, unit };
}

function parseResources(value: Json, timeUnit: TimeUnit) {
  const fallbackUnit = timeUnit === 'minutes' ? 'min' : 'h';
  const parsed = list(value, 'resources').map((entry, r) =>
    parseResource(entry, `resources[${r}]`, fallbackUnit)
  );
  const seen = new Map<string, number>();
  parsed.forEach(({ resource }, r) => {
    const before = seen.get(resource.name);
    if (before !== undefined) {
      throw new FieldError(
        `resources[${r}].name: ${quote(resource.name)} is the name of resources[${before}] too; names must differ`
      );
    }
    seen.set(resource.name, r);
  });
  return parsed;
}

/**
 * Validates a parsed problem file (the format is in the README) and builds the engine's problem.
 * The error names the first wrong field, in the file's order.
 */
export function parseProblem(
  document: Json,
  options: { readonly wholeUnits: boolean }
): ParsedProblem {
  try {
    if (!isRecord(document))
      fail('(the file)', 'an object with "resources" and "products"', document);
    onlyKnownFields(document, '', ROOT_FIELDS);
    const timeUnit = parseTimeUnit(field(document, 'timeUnit'));
    const parsed = parseResources(field(document, 'resources'), timeUnit);
    const resources = parsed.map((p) => p.resource);
    const products = parseProducts(field(document, 'products'), resources, options.wholeUnits);
    const oe = field(document, 'operatingExpense');
    const operatingExpense =
      oe === undefined || oe === null ? null : numberAtLeastZero(oe, 'operatingExpense');
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
