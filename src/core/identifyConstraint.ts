import type { ProductTable, Resource } from './productTable';

/**
 * Which resource limits the business: the load of every resource at full demand, and the most
 * overloaded one (the CCR). When no resource is over 100 %, the market (demand) is the constraint.
 */
export type ConstraintFinding = {
  /** Time each resource would need to serve full demand ÷ its capacity; `null` when unbounded. */
  readonly loadAtFullDemand: readonly (number | null)[];
  /** Index of the capacity-constrained resource, or `null` when demand binds. */
  readonly constraint: number | null;
  /** The most loaded resource even when none is overloaded (the ranking basis); `null` if none. */
  readonly busiest: number | null;
  /** Every resource loaded over 100 %, most loaded first. */
  readonly overloaded: readonly number[];
};

/**
 * Full demand counts every product that earns throughput at its demand, and a product that does
 * not earn at its minimum only: that is what a plan would try to sell.
 */
export function identifyConstraint(
  products: ProductTable,
  resources: readonly Resource[]
): ConstraintFinding {
  const wanted = wantedAtFullDemand(products);
  const pressure = resources.map((resource, r) =>
    resourcePressure(products.usage[r] as Float64Array, wanted, resource.capacity)
  );
  const byPressure = pressure
    .map((p, r) => ({ ...p, r }))
    .sort((a, b) => comparePressure(a, b) || a.r - b.r);
  const overloaded = byPressure.filter((p) => p.load === null || p.load > 1).map((p) => p.r);
  return {
    loadAtFullDemand: pressure.map((p) => p.load),
    constraint: overloaded[0] ?? null,
    busiest: byPressure[0]?.r ?? null,
    overloaded,
  };
}

/** Units a plan would try to sell: demand for a product that earns, its minimum for one that does not. */
function wantedAtFullDemand(products: ProductTable): Float64Array {
  const { price, tvc, demand, minimum } = products;
  // A plain loop: Float64Array.from with a map function boxes every value (a million numbers for
  // the garbage collector).
  const wanted = new Float64Array(products.count);
  for (let i = 0; i < wanted.length; i++) {
    wanted[i] =
      (price[i] as number) > (tvc[i] as number) ? (demand[i] as number) : (minimum[i] as number);
  }
  return wanted;
}

type Pressure = {
  readonly load: number | null;
  /** For an unbounded load: capacity ÷ time per "one of each unlimited product"; smaller binds first. */
  readonly headroom: number;
};

// One tight loop per resource over plain arrays: 1,000 resources × 20,000 products are 20 million reads.
function resourcePressure(usage: Float64Array, wanted: Float64Array, capacity: number): Pressure {
  let required = 0;
  let unlimitedUsage = 0;
  for (let i = 0; i < usage.length; i++) {
    const time = usage[i] as number;
    if (time === 0) continue;
    const units = wanted[i] as number;
    if (units === Number.POSITIVE_INFINITY) unlimitedUsage += time;
    else required += units * time;
  }
  if (unlimitedUsage > 0) return { load: null, headroom: capacity / unlimitedUsage };
  return { load: required / capacity, headroom: Number.POSITIVE_INFINITY };
}

function comparePressure(a: Pressure, b: Pressure): number {
  if (a.load === null || b.load === null) {
    if (a.load !== null) return 1;
    if (b.load !== null) return -1;
    return a.headroom - b.headroom;
  }
  return b.load - a.load;
}
