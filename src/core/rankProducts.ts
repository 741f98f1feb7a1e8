import type { ProductTable } from './productTable';
import { sortRowsDescending } from './sortDescending';

/** The selling order: `order[k]` is the product in place k+1; `rank[i]` is product i's place. */
export type Ranking = {
  readonly order: Uint32Array;
  readonly rank: Uint32Array;
  /** T = price − TVC of every product, computed once for the ranking and reused by the fill. */
  readonly throughputPerUnit: Float64Array;
  /** How many leading places hold earning products that take no time on the ranking resource. */
  readonly unconstrained: number;
  /** How many leading places hold earning products (T > 0); the rest earn nothing or lose. */
  readonly earning: number;
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
  const { price, tvc } = products;
  const usage = constraint === null ? null : (products.usage[constraint] as Float64Array);
  const t = new Float64Array(n);
  const key = new Float64Array(n);
  const group = new Uint8Array(n);
  const sizes = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const ti = (price[i] as number) - (tvc[i] as number);
    const time = usage === null ? 0 : (usage[i] as number);
    const g = ti <= 0 ? 2 : time === 0 ? 0 : 1;
    t[i] = ti;
    key[i] = g === 1 ? ti / time : ti;
    group[i] = g;
    sizes[g] = (sizes[g] as number) + 1;
  }
  const unconstrained = sizes[0] as number;
  const earning = unconstrained + (sizes[1] as number);
  // One buffer holds the three groups side by side, each sorted in place of its own slice.
  const order = new Uint32Array(n);
  const next = [0, unconstrained, earning];
  for (let i = 0; i < n; i++) {
    const g = group[i] as number;
    order[next[g] as number] = i;
    next[g] = (next[g] as number) + 1;
  }
  for (const [start, end] of [
    [0, unconstrained],
    [unconstrained, earning],
    [earning, n],
  ] as const) {
    order.set(sortRowsDescending(order.subarray(start, end), key), start);
  }
  const rank = new Uint32Array(n);
  for (let k = 0; k < n; k++) rank[order[k] as number] = k + 1;
  return { order, rank, throughputPerUnit: t, unconstrained, earning };
}
