import type { ProductTable } from './productTable';

/**
 * The non-zero times of each product, row by row (compressed sparse rows): product `i` takes
 * `time[k]` of resource `resource[k]` for `k` from `start[i]` to `start[i + 1]`.
 *
 * The table holds usage column by column; the greedy fill reads it row by row. With 1,000
 * resources a row read straight from the columns touches 1,000 arrays for the handful of
 * resources a product really uses; this form is built in two sequential passes over the columns
 * and then costs only the product's own resources.
 */
export type UsageRows = {
  readonly start: Uint32Array;
  readonly resource: Uint32Array;
  readonly time: Float64Array;
};

export function usageRows(products: ProductTable): UsageRows {
  const n = products.count;
  const columns = products.usage;
  const start = new Uint32Array(n + 1);
  for (const column of columns) {
    for (let i = 0; i < n; i++) if (column[i] !== 0) start[i + 1] = (start[i + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const next = start.slice(0, n);
  const resource = new Uint32Array(start[n] as number);
  const time = new Float64Array(start[n] as number);
  columns.forEach((column, r) => {
    for (let i = 0; i < n; i++) {
      const t = column[i] as number;
      if (t === 0) continue;
      const k = next[i] as number;
      resource[k] = r;
      time[k] = t;
      next[i] = k + 1;
    }
  });
  return { start, resource, time };
}
