import { wholeDemand, wholeMinimum, type ProductTable, type Resource } from '../core';
import {
  FieldError,
  fail,
  field,
  isRecord,
  list,
  numberAtLeastZero,
  onlyKnownFields,
  optionalNumber,
  type Json,
} from './fieldReaders';
import { formatNumber, quote, someNames } from './oneLine';

const PRODUCT_FIELDS = ['name', 'price', 'tvc', 'demand', 'minimum', 'usage'];

type Columns = {
  readonly names: string[];
  readonly price: Float64Array;
  readonly tvc: Float64Array;
  readonly demand: Float64Array;
  readonly minimum: Float64Array;
  /** Each product's checked usage record, written into the usage columns once all rows passed. */
  readonly usage: (Record<string, Json> | null)[];
};

// The engine holds usage as products × resources numbers: 50 million of them take 400 MB.
const MAX_CELLS = 50_000_000;

class UnknownResource extends Error {
  constructor(
    readonly path: string,
    readonly resource: string
  ) {
    super(resource);
  }
}

function checkBounds(path: string, minimum: number, demand: number, wholeUnits: boolean): void {
  if (minimum > demand)
    fail(`${path}.minimum`, `a number ≤ demand (${formatNumber(demand)})`, minimum);
  if (!wholeUnits || wholeMinimum(minimum) <= wholeDemand(demand)) return;
  // Whole units: a minimum rounds up and a demand down; nothing whole may lie between them.
  throw new FieldError(
    `${path}.minimum: ${formatNumber(minimum)} is ${formatNumber(wholeMinimum(minimum))} whole units, above the demand of ${formatNumber(demand)} (${formatNumber(wholeDemand(demand))} whole units): make them whole or plan with --fractional`
  );
}

function readUsage(
  value: Json,
  path: string,
  known: ReadonlySet<string>
): Record<string, Json> | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) fail(path, 'an object of resource name → time per unit', value);
  for (const name of Object.keys(value)) {
    if (!known.has(name)) throw new UnknownResource(path, name);
    numberAtLeastZero(value[name], `${path}[${quote(name)}]`);
  }
  return value;
}

function readProduct(
  value: Json,
  i: number,
  columns: Columns,
  known: ReadonlySet<string>,
  wholeUnits: boolean
): void {
  const path = `products[${i}]`;
  if (!isRecord(value)) fail(path, 'an object with "name", "price" and "tvc"', value);
  onlyKnownFields(value, path, PRODUCT_FIELDS);
  const name = field(value, 'name');
  if (typeof name !== 'string' || name.trim() === '')
    fail(`${path}.name`, 'a non-empty string', name);
  columns.names.push(name);
  columns.price[i] = numberAtLeastZero(field(value, 'price'), `${path}.price`);
  columns.tvc[i] = numberAtLeastZero(field(value, 'tvc'), `${path}.tvc`);
  const demand = optionalNumber(field(value, 'demand'), `${path}.demand`, Number.POSITIVE_INFINITY);
  const minimum = optionalNumber(field(value, 'minimum'), `${path}.minimum`, 0);
  checkBounds(path, minimum, demand, wholeUnits);
  columns.demand[i] = demand;
  columns.minimum[i] = minimum;
  columns.usage.push(readUsage(field(value, 'usage'), `${path}.usage`, known));
}

/** One line for every usage entry naming no resource: the first, how many more, what exists. */
function unknownResources(
  first: UnknownResource,
  products: readonly Json[],
  resources: readonly Resource[]
): string {
  const known = new Set(resources.map((r) => r.name));
  let count = 0;
  for (const product of products) {
    const usage = isRecord(product) ? field(product, 'usage') : undefined;
    if (!isRecord(usage)) continue;
    for (const name of Object.keys(usage)) if (!known.has(name)) count++;
  }
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  const folded = first.resource.trim().toLowerCase();
  const near = resources.find((r) => r.name.trim().toLowerCase() === folded);
  const hint = near
    ? `; did you mean ${quote(near.name)}?`
    : resources.length === 0
      ? '; the file lists no resources'
      : `; resources: ${someNames(resources.map((r) => r.name))}`;
  return `${first.path}: unknown resource ${quote(first.resource)}${more}${hint}`;
}

/** Validates the products and builds their columns straight away (no per-row objects kept). */
export function parseProducts(
  value: Json,
  resources: readonly Resource[],
  wholeUnits: boolean
): ProductTable {
  const entries = list(value, 'products');
  if (entries.length === 0)
    throw new FieldError('products: the list is empty (expected at least one product)');
  const n = entries.length;
  const columns: Columns = {
    names: [],
    price: new Float64Array(n),
    tvc: new Float64Array(n),
    demand: new Float64Array(n),
    minimum: new Float64Array(n),
    usage: [],
  };
  const known = new Set(resources.map((r) => r.name));
  try {
    entries.forEach((entry, i) => readProduct(entry, i, columns, known, wholeUnits));
  } catch (error) {
    if (!(error instanceof UnknownResource)) throw error;
    throw new FieldError(unknownResources(error, entries, resources));
  }
  if (n * resources.length > MAX_CELLS) {
    throw new FieldError(
      `products: ${formatNumber(n)} products × ${formatNumber(resources.length)} resources are more times per unit than ta holds (${formatNumber(MAX_CELLS)}); plan the resources that can bind`
    );
  }
  return { count: n, ...columns, usage: usageColumns(columns.usage, resources) };
}

/** The checked usage records as one column per resource (own keys only, see readUsage). */
function usageColumns(
  records: readonly (Record<string, Json> | null)[],
  resources: readonly Resource[]
): Float64Array[] {
  const columns = resources.map(() => new Float64Array(records.length));
  const columnOf = new Map(resources.map((r, k) => [r.name, columns[k] as Float64Array]));
  records.forEach((record, i) => {
    if (record === null) return;
    for (const name of Object.keys(record)) {
      (columnOf.get(name) as Float64Array)[i] = record[name] as number;
    }
  });
  return columns;
}
