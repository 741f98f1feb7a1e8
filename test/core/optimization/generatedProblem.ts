import type { MixProblem } from '../../../src/core';

/** One generated product row: integers, `demand: null` for unlimited demand. */
export interface GeneratedRow {
  readonly price: number;
  readonly tvc: number;
  readonly demand: number | null;
  readonly minimum: number;
  readonly usage: readonly number[];
}

/**
 * The mix problem a property test's generated rows describe, on the first `resources` resources.
 * Demand counts on top of the minimum (so minimum ≤ demand always), and a product with unlimited
 * demand gets one unit of time on the first resource when it has none, or the plan has no limit.
 */
export function generatedProblem(
  generated: {
    readonly resources: number;
    readonly rows: readonly GeneratedRow[];
    readonly capacity: readonly number[];
  },
  wholeUnits: boolean
): MixProblem {
  const { resources, rows, capacity } = generated;
  const usage = rows.map((row) => {
    const times = row.usage.slice(0, resources);
    if (!times.some((time) => time > 0)) times[0] = 1;
    return times;
  });
  return {
    products: {
      count: rows.length,
      names: rows.map((_, i) => `#${i + 1}`),
      price: Float64Array.from(rows, (row) => row.price),
      tvc: Float64Array.from(rows, (row) => row.tvc),
      demand: Float64Array.from(rows, (row) =>
        row.demand === null ? Infinity : row.demand + row.minimum
      ),
      minimum: Float64Array.from(rows, (row) => row.minimum),
      usage: Array.from({ length: resources }, (_, r) =>
        Float64Array.from(usage, (times) => times[r] as number)
      ),
    },
    resources: capacity.slice(0, resources).map((c, r) => ({ name: `R${r}`, capacity: c })),
    operatingExpense: null,
    wholeUnits,
  };
}
