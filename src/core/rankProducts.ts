import type { ProductTable } from './productTable';
import { sortRowsDescending } from './sortDescending';

/** The selling order: `order[k]` is the product in place k+1; `rank[i]` is product i's place. */
export type Ranking = {
  readonly order: Uint32Array;
  readonly rank: Uint32Array;
};

/**
 * The classic TOC ranking by throughput per unit of the constraint's time, in three groups:
 * 1. products that earn and take no constraint time (their rate is unbounded), by T per unit;
 * 2. products that earn, by T ÷ constraint time per unit;
 * 3. products that earn nothing or lose money (T ≤ 0), by T per unit, least loss first.
 * With no constraint resource (`null`), earning products are ranked by T per unit.
 * Ties keep input order.
 */
export function rankProducts(products: ProductTable, constraint: number | null): Ranking {
  const n = products.count;
  const usage = constraint === null ? null : (products.usage[constraint] as Float64Array);
  const key = new Float64Array(n);
  const groups = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)] as const;
  const sizes = new Uint32Array(3);
  for (let i = 0; i < n; i++) {
    const t = (products.price[i] as number) - (products.tvc[i] as number);
    const time = usage === null ? 0 : (usage[i] as number);
    const group = t <= 0 ? 2 : time === 0 ? 0 : 1;
    key[i] = group === 1 ? t / time : t;
    groups[group][sizes[group] as number] = i;
    sizes[group] = (sizes[group] as number) + 1;
  }
  const order = new Uint32Array(n);
  let offset = 0;
  groups.forEach((rows, g) => {
    const sorted = sortRowsDescending(rows.subarray(0, sizes[g]), key);
    order.set(sorted, offset);
    offset += sorted.length;
  });
  const rank = new Uint32Array(n);
  for (let k = 0; k < n; k++) rank[order[k] as number] = k + 1;
  return { order, rank };
}
