import { wholeDemand, wholeMinimum, type ProductTable, type Resource } from '../core';
import { FieldError, field, isRecord, type FieldReaders, type Json } from './fieldReaders';
import { formatNumber, quote, someNames } from './oneLine';
import type { Texts } from './texts';

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

function checkBounds(
  read: FieldReaders,
  path: string,
  minimum: number,
  demand: number,
  wholeUnits: boolean
): void {
  const { t } = read;
  const number = (value: number) => formatNumber(value, t);
  if (minimum > demand)
    read.fail(`${path}.minimum`, t.wanted.atMostDemand(number(demand)), minimum);
  if (!wholeUnits || wholeMinimum(minimum) <= wholeDemand(demand)) return;
  // Whole units: a minimum rounds up and a demand down; nothing whole may lie between them.
  const why = t.noWholeUnits(
    number(minimum),
    number(wholeMinimum(minimum)),
    number(demand),
    number(wholeDemand(demand))
  );
  throw new FieldError(`${path}.minimum: ${why}`);
}

function readUsage(
  read: FieldReaders,
  value: Json,
  path: string,
  known: ReadonlySet<string>
): Record<string, Json> | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) read.fail(path, read.t.wanted.usage, value);
  for (const name of Object.keys(value)) {
    if (!known.has(name)) throw new UnknownResource(path, name);
    read.numberAtLeastZero(value[name], `${path}[${quote(name)}]`);
  }
  return value;
}

function readProduct(
  read: FieldReaders,
  value: Json,
  i: number,
  columns: Columns,
  known: ReadonlySet<string>,
  wholeUnits: boolean
): void {
  const path = `products[${i}]`;
  if (!isRecord(value)) read.fail(path, read.t.wanted.product, value);
  read.onlyKnownFields(value, path, PRODUCT_FIELDS);
  columns.names.push(read.nonEmptyString(field(value, 'name'), `${path}.name`));
  columns.price[i] = read.numberAtLeastZero(field(value, 'price'), `${path}.price`);
  columns.tvc[i] = read.numberAtLeastZero(field(value, 'tvc'), `${path}.tvc`);
  const unlimited = Number.POSITIVE_INFINITY;
  const demand = read.optionalNumber(field(value, 'demand'), `${path}.demand`, unlimited);
  const minimum = read.optionalNumber(field(value, 'minimum'), `${path}.minimum`, 0);
  checkBounds(read, path, minimum, demand, wholeUnits);
  columns.demand[i] = demand;
  columns.minimum[i] = minimum;
  columns.usage.push(readUsage(read, field(value, 'usage'), `${path}.usage`, known));
}

/** One line for every usage entry naming no resource: the first, how many more, what exists. */
function unknownResources(
  t: Texts,
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
  const more = count > 1 ? t.andMoreUnknown(count - 1) : '';
  const folded = first.resource.trim().toLowerCase();
  const near = resources.find((r) => r.name.trim().toLowerCase() === folded);
  const hint = near
    ? t.didYouMean(quote(near.name))
    : resources.length === 0
      ? t.noResources
      : t.resourcesAre(
          someNames(
            resources.map((r) => r.name),
            t
          )
        );
  return `${first.path}: ${t.unknownResource(quote(first.resource))}${more}${hint}`;
}

/** Validates the products and builds their columns straight away (no per-row objects kept). */
export function parseProducts(
  read: FieldReaders,
  value: Json,
  resources: readonly Resource[],
  wholeUnits: boolean
): ProductTable {
  const { t } = read;
  const entries = read.list(value, 'products');
  if (entries.length === 0) throw new FieldError(`products: ${t.noProducts}`);
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
    entries.forEach((entry, i) => readProduct(read, entry, i, columns, known, wholeUnits));
  } catch (error) {
    if (!(error instanceof UnknownResource)) throw error;
    throw new FieldError(unknownResources(t, error, entries, resources));
  }
  if (n * resources.length > MAX_CELLS) {
    const number = (value: number) => formatNumber(value, t);
    throw new FieldError(
      `products: ${t.tooLarge(number(n), number(resources.length), number(MAX_CELLS))}`
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
