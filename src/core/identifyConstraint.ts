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
  const pressure = resources.map((resource, r) => resourcePressure(products, resource, r));
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

type Pressure = {
  readonly load: number | null;
  /** For an unbounded load: capacity ÷ time per "one of each unlimited product"; smaller binds first. */
  readonly headroom: number;
};

function resourcePressure(products: ProductTable, resource: Resource, r: number): Pressure {
  const usage = products.usage[r] as Float64Array;
  let required = 0;
  let unlimitedUsage = 0;
  for (let i = 0; i < products.count; i++) {
    const time = usage[i] as number;
    if (time === 0) continue;
    const earns = (products.price[i] as number) > (products.tvc[i] as number);
    const wanted = earns ? (products.demand[i] as number) : (products.minimum[i] as number);
    if (wanted === Number.POSITIVE_INFINITY) unlimitedUsage += time;
    else required += wanted * time;
  }
  if (unlimitedUsage > 0) return { load: null, headroom: resource.capacity / unlimitedUsage };
  return { load: required / resource.capacity, headroom: Number.POSITIVE_INFINITY };
}

function comparePressure(a: Pressure, b: Pressure): number {
  if (a.load === null || b.load === null) {
    if (a.load !== null) return 1;
    if (b.load !== null) return -1;
    return a.headroom - b.headroom;
  }
  return b.load - a.load;
}
