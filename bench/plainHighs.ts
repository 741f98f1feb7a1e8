/**
 * The baseline every exact-mix figure is measured against: one HiGHS LP of all products (dual
 * simplex, presolve off, the fastest plain configuration on these shapes), built straight from
 * the problem. Also the independent optimum the property tests cross-check against.
 */
import type { Highs } from 'highs';
import type { MixProblem } from '../src/core';

let loaded: Promise<Highs> | null = null;

export function loadHighs(): Promise<Highs> {
  loaded ??= import('highs').then((module) => module.default()) as Promise<Highs>;
  return loaded;
}

export type PlainSolution = {
  readonly status: 'optimal' | 'other';
  /** ΣT of the optimum (the minimums included). */
  readonly objective: number;
  readonly quantity: Float64Array;
  readonly duals: Float64Array;
};

export function solvePlainHighs(
  highs: Highs,
  problem: MixProblem,
  options: { presolve?: 'off' | 'on'; integer?: boolean; timeLimitSeconds?: number } = {}
): PlainSolution {
  const { products, resources } = problem;
  const n = products.count;
  const m = resources.length;
  const starts = new Int32Array(n + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    starts[i] = indices.length;
    for (let r = 0; r < m; r++) {
      const time = (products.usage[r] as Float64Array)[i] as number;
      if (time === 0) continue;
      indices.push(r);
      values.push(time);
    }
  }
  starts[n] = indices.length;
  const model = highs.createModel({
    numCols: n,
    numRows: m,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(products.price, (p, i) => p - (products.tvc[i] as number)),
    colLower: Float64Array.from(products.minimum),
    colUpper: products.demand.map((d) => (d === Number.POSITIVE_INFINITY ? highs.infinity : d)),
    rowLower: new Float64Array(m).fill(-highs.infinity),
    rowUpper: Float64Array.from(resources, (r) => r.capacity),
    matrix: {
      format: 'csc',
      numRows: m,
      numCols: n,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    ...(options.integer ? { integrality: new Int32Array(n).fill(1) } : {}),
  });
  try {
    model.options.set({
      output_flag: false,
      presolve: options.presolve ?? 'off',
      time_limit: options.timeLimitSeconds ?? 600,
      // A proven optimum, as ours: HiGHS's default stops within 1e-4 of it.
      ...(options.integer ? { mip_rel_gap: 0 } : {}),
    });
    const run = model.run();
    const optimal = run.modelStatus === highs.constants.modelStatus.optimal;
    const solution = model.getSolution();
    return {
      status: optimal ? 'optimal' : 'other',
      objective: model.getObjectiveValue(),
      quantity: Float64Array.from(solution.colValue),
      duals: options.integer ? new Float64Array(m) : Float64Array.from(solution.rowDual),
    };
  } finally {
    model.dispose();
  }
}
