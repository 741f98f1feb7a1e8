import type { ProductTable, Resource } from './productTable';
import type { Ranking } from './rankProducts';
import { usageRows, type UsageRows } from './usageRows';

/** Quantities of a greedy fill and the time each resource has left. */
export type Fill = {
  readonly quantity: Float64Array;
  readonly remaining: Float64Array;
  readonly throughput: number;
  /** Share of the ranking resource used after each product, indexed by product. */
  readonly cumulativeLoad: Float64Array;
};

// A time left below this share of capacity is float noise from subtractions, not capacity.
const CAPACITY_EPSILON = 1e-9;
// 29.9999999997 units that fit are 30 units, not 29.
const UNIT_EPSILON = 1e-9;

type FillOptions = {
  readonly wholeUnits: boolean;
  readonly withMinimums: boolean;
  readonly rankingResource: number | null;
  /**
   * The usage row by row, when the caller fills the same problem twice (built when absent and
   * there are several resources; with one, its column is every row).
   */
  readonly rows?: UsageRows;
};

/**
 * The classic TOC fill: minimums are taken first, then each product in ranking order is planned up
 * to its demand while every resource it uses still has time. Products that earn nothing (T ≤ 0)
 * get only their minimum. Assumes the minimums fit (checked by the caller).
 *
 * Once the ranking resource is used up, no later product that needs it can be planned, so the
 * walk stops there: on a million products the fill touches only the rows that get capacity.
 */
export function fillPlan(
  products: ProductTable,
  resources: readonly Resource[],
  ranking: Ranking,
  options: FillOptions
): Fill {
  const n = products.count;
  const quantity = new Float64Array(n);
  const remaining = Float64Array.from(resources, (resource) => resource.capacity);
  const minimums = options.withMinimums && hasMinimums(products);
  // One resource (the common case, and a million rows): no row index to build.
  const rows = resources.length === 1 ? null : (options.rows ?? usageRows(products));
  if (minimums) takeMinimums(products, rows, quantity, remaining);
  const stop = rows
    ? fillInOrder(products, resources, ranking, options, rows, quantity, remaining)
    : fillOneResource(products, resources, ranking, options, quantity, remaining);
  const cumulativeLoad = loadByRow(
    products,
    resources,
    ranking,
    quantity,
    remaining,
    options.rankingResource,
    minimums ? n : stop
  );
  let throughput = 0;
  const t = ranking.throughputPerUnit;
  for (let i = 0; i < n; i++) throughput += (quantity[i] as number) * (t[i] as number);
  return { quantity, remaining, throughput, cumulativeLoad };
}

/** Plans each earning product in ranking order; returns the place where the walk stopped. */
function fillInOrder(
  products: ProductTable,
  resources: readonly Resource[],
  ranking: Ranking,
  options: FillOptions,
  rows: UsageRows,
  quantity: Float64Array,
  remaining: Float64Array
): number {
  const { order } = ranking;
  const { demand } = products;
  const { start, resource, time } = rows;
  const tolerance = Float64Array.from(
    resources,
    (resource) => resource.capacity * CAPACITY_EPSILON
  );
  const ranked = options.rankingResource;
  const rankedTolerance = ranked === null ? 0 : (tolerance[ranked] as number);
  let k = 0;
  for (; k < ranking.earning; k++) {
    if (
      ranked !== null &&
      k >= ranking.unconstrained &&
      (remaining[ranked] as number) <= rankedTolerance
    )
      break;
    const i = order[k] as number;
    const from = start[i] as number;
    const to = start[i + 1] as number;
    let room = (demand[i] as number) - (quantity[i] as number);
    for (let e = from; e < to && room > 0; e++) {
      const r = resource[e] as number;
      const left = remaining[r] as number;
      room = left <= (tolerance[r] as number) ? 0 : Math.min(room, left / (time[e] as number));
    }
    if (options.wholeUnits) room = Math.floor(room + UNIT_EPSILON);
    if (!(room > 0)) continue;
    quantity[i] = (quantity[i] as number) + room;
    for (let e = from; e < to; e++) {
      const r = resource[e] as number;
      remaining[r] = (remaining[r] as number) - room * (time[e] as number);
    }
  }
  return k;
}

/** `fillInOrder` for one resource, reading its column straight (the same rule, step by step). */
function fillOneResource(
  products: ProductTable,
  resources: readonly Resource[],
  ranking: Ranking,
  options: FillOptions,
  quantity: Float64Array,
  remaining: Float64Array
): number {
  const { order } = ranking;
  const { demand } = products;
  const column = products.usage[0] as Float64Array;
  const tolerance = (resources[0] as Resource).capacity * CAPACITY_EPSILON;
  const ranked = options.rankingResource !== null;
  let left = remaining[0] as number;
  let k = 0;
  for (; k < ranking.earning; k++) {
    if (ranked && k >= ranking.unconstrained && left <= tolerance) break;
    const i = order[k] as number;
    const time = column[i] as number;
    let room = (demand[i] as number) - (quantity[i] as number);
    if (time !== 0 && room > 0) room = left <= tolerance ? 0 : Math.min(room, left / time);
    if (options.wholeUnits) room = Math.floor(room + UNIT_EPSILON);
    if (!(room > 0)) continue;
    quantity[i] = (quantity[i] as number) + room;
    if (time !== 0) left -= room * time;
  }
  remaining[0] = left;
  return k;
}

/** Takes every minimum before anything else is planned (`rows` null: one resource). */
function takeMinimums(
  products: ProductTable,
  rows: UsageRows | null,
  quantity: Float64Array,
  remaining: Float64Array
): void {
  if (!rows) {
    const column = products.usage[0] as Float64Array;
    let left = remaining[0] as number;
    for (let i = 0; i < products.count; i++) {
      const minimum = products.minimum[i] as number;
      if (minimum === 0) continue;
      quantity[i] = minimum;
      if (column[i] !== 0) left -= minimum * (column[i] as number);
    }
    remaining[0] = left;
    return;
  }
  const { start, resource, time } = rows;
  for (let i = 0; i < products.count; i++) {
    const minimum = products.minimum[i] as number;
    if (minimum === 0) continue;
    quantity[i] = minimum;
    for (let e = start[i] as number; e < (start[i + 1] as number); e++) {
      const r = resource[e] as number;
      remaining[r] = (remaining[r] as number) - minimum * (time[e] as number);
    }
  }
}

/**
 * Cumulative load of the ranking resource after each row in ranking order: Σ quantity × time ÷
 * capacity. Without minimums the rows from `last` on got nothing and all show the final load, so
 * only the rows before `last` are visited.
 */
function loadByRow(
  products: ProductTable,
  resources: readonly Resource[],
  ranking: Ranking,
  quantity: Float64Array,
  remaining: Float64Array,
  resource: number | null,
  last: number
): Float64Array {
  const load = new Float64Array(products.count);
  if (resource === null) return load;
  const { order } = ranking;
  const usage = products.usage[resource] as Float64Array;
  const capacity = (resources[resource] as Resource).capacity;
  load.fill((capacity - (remaining[resource] as number)) / capacity);
  let used = 0;
  for (let k = 0; k < last; k++) {
    const i = order[k] as number;
    used += (quantity[i] as number) * (usage[i] as number);
    load[i] = used / capacity;
  }
  return load;
}

export function hasMinimums(products: ProductTable): boolean {
  for (let i = 0; i < products.count; i++) if ((products.minimum[i] as number) > 0) return true;
  return false;
}

/** The resource the minimums alone overload the most, if any: index and time required. */
export function minimumsShortfall(
  products: ProductTable,
  resources: readonly Resource[]
): { readonly resource: number; readonly required: number } | null {
  if (!hasMinimums(products)) return null;
  const { count, minimum, usage } = products;
  let worst: { resource: number; required: number; excess: number } | null = null;
  for (let r = 0; r < resources.length; r++) {
    const column = usage[r] as Float64Array;
    const capacity = (resources[r] as Resource).capacity;
    let required = 0;
    for (let i = 0; i < count; i++) required += (minimum[i] as number) * (column[i] as number);
    const excess = (required - capacity) / capacity;
    if (excess > CAPACITY_EPSILON && (worst === null || excess > worst.excess)) {
      worst = { resource: r, required, excess };
    }
  }
  if (worst === null) return null;
  const { resource, required } = worst;
  return { resource, required };
}
