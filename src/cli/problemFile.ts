import { productTableFromRows, type MixProblem, type ProductRow, type Resource } from '../core';

/** What `ta plan` reads: the documented JSON input format (README, examples/). */
export type ProblemFile = {
  readonly operatingExpense?: number | null;
  readonly timeUnit?: 'hours' | 'minutes';
  readonly resources: readonly Resource[];
  readonly products: readonly ProductRow[];
};

export type ParsedProblem =
  | { readonly ok: true; readonly problem: MixProblem; readonly timeUnit: 'hours' | 'minutes' }
  | { readonly ok: false; readonly error: string };

type Json = unknown;

class FieldError extends Error {}

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(path: string, expected: string): never {
  throw new FieldError(`${path}: expected ${expected}`);
}

function numberAtLeastZero(value: Json, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'a number ≥ 0');
  return value;
}

function optionalNumber(value: Json, path: string, fallback: number | null): number | null {
  return value === undefined || value === null ? fallback : numberAtLeastZero(value, path);
}

function parseResource(value: Json, path: string): Resource {
  if (!isRecord(value)) fail(path, 'an object with "name" and "capacity"');
  if (typeof value.name !== 'string' || value.name.trim() === '')
    fail(`${path}.name`, 'a non-empty string');
  const capacity = numberAtLeastZero(value.capacity, `${path}.capacity`);
  if (capacity === 0) fail(`${path}.capacity`, 'a number > 0');
  return { name: value.name, capacity };
}

function parseProduct(value: Json, path: string, resources: readonly Resource[]): ProductRow {
  if (!isRecord(value)) fail(path, 'an object');
  if (typeof value.name !== 'string') fail(`${path}.name`, 'a string');
  const demand = optionalNumber(value.demand, `${path}.demand`, null);
  const minimum = optionalNumber(value.minimum, `${path}.minimum`, 0) ?? 0;
  if (demand !== null && minimum > demand) fail(`${path}.minimum`, `a number ≤ demand (${demand})`);
  const usage: Record<string, number> = {};
  if (value.usage !== undefined) {
    if (!isRecord(value.usage)) fail(`${path}.usage`, 'an object of resource name → time per unit');
    for (const [name, time] of Object.entries(value.usage)) {
      if (!resources.some((resource) => resource.name === name)) {
        fail(
          `${path}.usage.${name}`,
          `one of the resources (${resources.map((r) => r.name).join(', ')})`
        );
      }
      usage[name] = numberAtLeastZero(time, `${path}.usage.${name}`);
    }
  }
  return {
    name: value.name,
    price: numberAtLeastZero(value.price, `${path}.price`),
    tvc: numberAtLeastZero(value.tvc, `${path}.tvc`),
    demand,
    minimum,
    usage,
  };
}

function parseList<T>(value: Json, path: string, item: (v: Json, p: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  return value.map((entry, i) => item(entry, `${path}[${i}]`));
}

function parseTimeUnit(value: Json): 'hours' | 'minutes' {
  if (value === undefined) return 'hours';
  if (value !== 'hours' && value !== 'minutes') fail('timeUnit', '"hours" or "minutes"');
  return value;
}

/** Validates a parsed JSON document; the error names the first wrong field. */
export function parseProblem(document: Json, wholeUnits: boolean): ParsedProblem {
  try {
    if (!isRecord(document)) fail('(root)', 'an object with "resources" and "products"');
    const timeUnit = parseTimeUnit(document.timeUnit);
    const resources = parseList(document.resources, 'resources', parseResource);
    const names = new Set<string>();
    resources.forEach((resource, r) => {
      if (names.has(resource.name))
        fail(`resources[${r}].name`, `a name not used before ("${resource.name}")`);
      names.add(resource.name);
    });
    const products = parseList(document.products, 'products', (v, p) =>
      parseProduct(v, p, resources)
    );
    if (products.length === 0) fail('products', 'at least one product');
    const operatingExpense =
      document.operatingExpense === undefined || document.operatingExpense === null
        ? null
        : numberAtLeastZero(document.operatingExpense, 'operatingExpense');
    const problem: MixProblem = {
      products: productTableFromRows(products, resources),
      resources,
      operatingExpense,
      wholeUnits,
    };
    return { ok: true, problem, timeUnit };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message };
    throw error;
  }
}
