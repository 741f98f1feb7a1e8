import type { ProductTable, Resource } from './productTable';

/** Quantities of a greedy fill and the time each resource has left. */
export type Fill = {
  readonly quantity: Float64Array;
  readonly remaining: Float64Array;
  readonly throughput: number;
};

// A time left below this share of capacity is float noise from subtractions, not capacity.
const CAPACITY_EPSILON = 1e-9;
// 29.9999999997 units that fit are 30 units, not 29.
const UNIT_EPSILON = 1e-9;

/**
 * The classic TOC fill: minimums are taken first, then each product in `order` is planned up to its
 * demand while every resource it uses still has time. Products that earn nothing (T ≤ 0) get only
 * their minimum. Assumes minimums fit (checked by the caller).
 */
export function fillPlan(
  products: ProductTable,
  resources: readonly Resource[],
  order: Uint32Array,
  options: { readonly wholeUnits: boolean; readonly withMinimums: boolean }
): Fill {
  const quantity = new Float64Array(products.count);
  const remaining = Float64Array.from(resources, (resource) => resource.capacity);
  if (options.withMinimums) takeMinimums(products, quantity, remaining);
  const used = resources.map((_, r) => products.usage[r] as Float64Array);
  const tolerance = Float64Array.from(resources, (resource) => resource.capacity * CAPACITY_EPSILON);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if ((products.price[i] as number) <= (products.tvc[i] as number)) continue;
    let room = (products.demand[i] as number) - (quantity[i] as number);
    for (let r = 0; r < used.length && room > 0; r++) {
      const time = (used[r] as Float64Array)[i] as number;
      if (time === 0) continue;
      const left = remaining[r] as number;
      room = left <= (tolerance[r] as number) ? 0 : Math.min(room, left / time);
    }
    if (options.wholeUnits) room = Math.floor(room + UNIT_EPSILON);
    if (!(room > 0)) continue;
    quantity[i] = (quantity[i] as number) + room;
    for (let r = 0; r < used.length; r++) {
      remaining[r] = (remaining[r] as number) - room * (((used[r] as Float64Array)[i] as number));
    }
  }
  let throughput = 0;
  for (let i = 0; i < products.count; i++) {
    throughput += (quantity[i] as number) * ((products.price[i] as number) - (products.tvc[i] as number));
  }
  return { quantity, remaining, throughput };
}

function takeMinimums(products: ProductTable, quantity: Float64Array, remaining: Float64Array): void {
  for (let i = 0; i < products.count; i++) {
    const minimum = products.minimum[i] as number;
    if (minimum === 0) continue;
    quantity[i] = minimum;
    products.usage.forEach((column, r) => {
      remaining[r] = (remaining[r] as number) - minimum * (column[i] as number);
    });
  }
}

/** The resource the minimums alone overload the most, if any: index and time short. */
export function minimumsShortfall(
  products: ProductTable,
  resources: readonly Resource[]
): { readonly resource: number; readonly required: number } | null {
  let worst: { resource: number; required: number; excess: number } | null = null;
  resources.forEach((resource, r) => {
    const column = products.usage[r] as Float64Array;
    let required = 0;
    for (let i = 0; i < products.count; i++) {
      required += (products.minimum[i] as number) * (column[i] as number);
    }
    const excess = (required - resource.capacity) / resource.capacity;
    if (excess > CAPACITY_EPSILON && (worst === null || excess > worst.excess)) {
      worst = { resource: r, required, excess };
    }
  });
  if (worst === null) return null;
  const { resource, required } = worst;
  return { resource, required };
}
