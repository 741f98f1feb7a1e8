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
  /** The checked times (row, resource, time), written into usage columns once every row passed. */
  readonly usage: UsageEntries;
};

// The engine holds usage as products × resources numbers: 50 million of them take 400 MB.
const MAX_CELLS = 50_000_000;

type UsageEntries = {
  readonly rows: number[];
  readonly resources: number[];
  readonly times: number[];
};

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
  i: number,
  indexOf: ReadonlyMap<string, number>,
  entries: UsageEntries
): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) read.fail(path, read.t.wanted.usage, value);
  for (const name of Object.keys(value)) {
    const r = indexOf.get(name);
    if (r === undefined) throw new UnknownResource(path, name);
    const time = value[name];
    // The path is built only for an error: a file of 2 million times would pay for it 2 million times.
    if (!(typeof time === 'number' && time >= 0 && time < Infinity)) {
      read.numberAtLeastZero(time, `${path}[${quote(name)}]`);
    }
    entries.rows.push(i);
    entries.resources.push(r);
    entries.times.push(time as number);
  }
}

function readProduct(
  read: FieldReaders,
  value: Json,
  i: number,
  columns: Columns,
  indexOf: ReadonlyMap<string, number>,
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
  readUsage(read, field(value, 'usage'), `${path}.usage`, i, indexOf, columns.usage);
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
    usage: { rows: [], resources: [], times: [] },
  };
  const indexOf = new Map(resources.map((resource, r) => [resource.name, r]));
  try {
    entries.forEach((entry, i) => readProduct(read, entry, i, columns, indexOf, wholeUnits));
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
  return { count: n, ...columns, usage: usageColumns(columns.usage, n, resources) };
}

/** The checked times as one column per resource. */
function usageColumns(entries: UsageEntries, n: number, resources: readonly Resource[]) {
  const columns = resources.map(() => new Float64Array(n));
  const { rows, times } = entries;
  entries.resources.forEach((r, k) => {
    (columns[r] as Float64Array)[rows[k] as number] = times[k] as number;
  });
  return columns;
}
