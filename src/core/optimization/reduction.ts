import type { MixProblem } from '../planProductMix';

/**
 * The problem in excess form: x_i = q_i − minimum_i, so every product starts at 0 and the
 * minimums are taken out of the capacities first (capacity'_r = capacity_r − Σ usage·minimum).
 * In whole units the caller has rounded the bounds first (`wholeUnitBounds`: minimums up, demands
 * down), so q = minimum + x is whole whenever x is.
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
  /** Capacity left after the minimums (≥ 0). */
  readonly capacity: Float64Array;
  /** The resource the minimums overload the most, with the time they need; `null` if none. */
  readonly shortfall: { readonly resource: number; readonly required: number } | null;
  /** Products that earn (T > 0), have room and take some resource time: the LP's columns. */
  readonly active: Int32Array;
  /** Products that earn, have finite room and take no time: always sold to demand. */
  readonly free: Int32Array;
  /** ΣT of the minimums and of the free products, part of every plan. */
  readonly fixedThroughput: number;
};

// A capacity over by this share of itself is round-off.
const CAPACITY_EPSILON = 1e-9;

export function reduce(problem: MixProblem, withMinimums: boolean): Reduced {
  const { products, resources } = problem;
  const n = products.count;
  const t = new Float64Array(n);
  const minimum = new Float64Array(n);
  const room = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = (products.price[i] as number) - (products.tvc[i] as number);
    minimum[i] = withMinimums ? (products.minimum[i] as number) : 0;
    room[i] = Math.max(0, (products.demand[i] as number) - (minimum[i] as number));
  }
  const required = minimumTime(problem, minimum);
  const capacity = Float64Array.from(resources, (resource, r) => {
    return resource.capacity - (required[r] as number);
  });
  const { active, free, fixedThroughput } = partition(problem, t, minimum, room);
  return {
    count: n,
    resources: resources.length,
    t,
    minimum,
    room,
    usage: products.usage,
    capacity: capacity.map((c) => Math.max(0, c)),
    shortfall: worstShortfall(problem, required),
    active,
    free,
    fixedThroughput,
  };
}

function minimumTime(problem: MixProblem, minimum: Float64Array): Float64Array {
  return Float64Array.from(problem.products.usage, (column) => {
    let time = 0;
    for (let i = 0; i < minimum.length; i++) {
      const least = minimum[i] as number;
      if (least !== 0) time += least * (column[i] as number);
    }
    return time;
  });
}

function worstShortfall(problem: MixProblem, required: Float64Array): Reduced['shortfall'] {
  let worst: Reduced['shortfall'] = null;
  let worstExcess = CAPACITY_EPSILON;
  for (let r = 0; r < problem.resources.length; r++) {
    const capacity = (problem.resources[r] as { capacity: number }).capacity;
    const excess = ((required[r] as number) - capacity) / capacity;
    if (excess > worstExcess) {
      worstExcess = excess;
      worst = { resource: r, required: required[r] as number };
    }
  }
  return worst;
}

function partition(
  problem: MixProblem,
  t: Float64Array,
  minimum: Float64Array,
  room: Float64Array
): Pick<Reduced, 'active' | 'free' | 'fixedThroughput'> {
  const { usage } = problem.products;
  const active: number[] = [];
  const free: number[] = [];
  let fixedThroughput = 0;
  for (let i = 0; i < t.length; i++) {
    const least = minimum[i] as number;
    if (least !== 0) fixedThroughput += least * (t[i] as number);
    if (!((t[i] as number) > 0 && (room[i] as number) > 0)) continue;
    if (usage.some((column) => column[i] !== 0)) active.push(i);
    else {
      free.push(i);
      fixedThroughput += (room[i] as number) * (t[i] as number);
    }
  }
  return { active: Int32Array.from(active), free: Int32Array.from(free), fixedThroughput };
}

/** q = minimum + x for every product, with the free products at their demand. */
export function quantities(reduced: Reduced, x: Float64Array): Float64Array {
  const q = Float64Array.from(reduced.minimum);
  for (const i of reduced.active) q[i] = (q[i] as number) + (x[i] as number);
  for (const i of reduced.free) q[i] = (q[i] as number) + (reduced.room[i] as number);
  return q;
}
