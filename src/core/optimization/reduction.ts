import type { MixProblem } from '../planProductMix';

/**
 * The problem in excess form: x_i = q_i − minimum_i, so every product starts at 0 and the
 * minimums are taken out of the capacities first (capacity'_r = capacity_r − Σ usage·minimum).
 */
export type Reduced = {
  readonly count: number;
  readonly resources: number;
  /** T per unit = price − TVC. */
  readonly t: Float64Array;
  readonly minimum: Float64Array;
  /** Units above the minimum the market takes: demand − minimum (`Infinity`: unlimited). */
  readonly room: Float64Array;
  readonly usage: readonly Float64Array[];
  /** Capacity left after the minimums (≥ 0, checked by the caller). */
  readonly capacity: Float64Array;
  /** Products that earn (T > 0), have room and take some resource time: the LP's columns. */
  readonly active: Int32Array;
  /** Products that earn, have finite room and take no time: always sold to demand. */
  readonly free: Int32Array;
  /** ΣT of the minimums and of the free products, part of every plan. */
  readonly fixedThroughput: number;
};

export function reduce(problem: MixProblem, withMinimums: boolean): Reduced {
  const { products, resources } = problem;
  const n = products.count;
  const t = Float64Array.from(products.price, (p, i) => p - (products.tvc[i] as number));
  const minimum = withMinimums ? Float64Array.from(products.minimum) : new Float64Array(n);
  // Whole units: 7.6 units of demand above the minimum are 7 units to plan.
  const room = Float64Array.from(products.demand, (d, i) => {
    const units = d - (minimum[i] as number);
    return problem.wholeUnits ? Math.floor(units + 1e-9) : units;
  });
  const capacity = Float64Array.from(resources, (resource) => resource.capacity);
  const active: number[] = [];
  const free: number[] = [];
  let fixedThroughput = 0;
  for (let i = 0; i < n; i++) {
    const min = minimum[i] as number;
    fixedThroughput += min === 0 ? 0 : min * (t[i] as number);
    let usesTime = false;
    for (let r = 0; r < products.usage.length; r++) {
      const time = (products.usage[r] as Float64Array)[i] as number;
      if (time === 0) continue;
      usesTime = true;
      if (min !== 0) capacity[r] = (capacity[r] as number) - min * time;
    }
    if (!((t[i] as number) > 0 && (room[i] as number) > 0)) continue;
    if (usesTime) active.push(i);
    else {
      free.push(i);
      fixedThroughput += (room[i] as number) * (t[i] as number);
    }
  }
  return {
    count: n,
    resources: resources.length,
    t,
    minimum,
    room,
    usage: products.usage,
    capacity: capacity.map((c) => Math.max(0, c)),
    active: Int32Array.from(active),
    free: Int32Array.from(free),
    fixedThroughput,
  };
}

/** q = minimum + x for every product, with the free products at their demand. */
export function quantities(reduced: Reduced, x: Float64Array): Float64Array {
  const q = Float64Array.from(reduced.minimum);
  for (const i of reduced.active) q[i] = (q[i] as number) + (x[i] as number);
  for (const i of reduced.free) q[i] = (q[i] as number) + (reduced.room[i] as number);
  return q;
}
