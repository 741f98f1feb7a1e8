import { planProductMix, type MixProblem } from '../src/core';
import { round, sideBySide, type BenchRow } from './measure';
import { seededRandom } from './random';

/** n products on one constraint, demand about twice what the constraint can serve. */
export function randomProblem(n: number, seed = 1): MixProblem {
  const random = seededRandom(seed);
  const price = new Float64Array(n);
  const tvc = new Float64Array(n);
  const time = new Float64Array(n);
  const demand = new Float64Array(n);
  let load = 0;
  for (let i = 0; i < n; i++) {
    price[i] = 100 + Math.floor(random() * 9900);
    tvc[i] = Math.floor(random() * (price[i] as number) * 1.1);
    time[i] = random() < 0.02 ? 0 : 0.25 + Math.floor(random() * 40) / 4;
    demand[i] = 1 + Math.floor(random() * 200);
    load += (time[i] as number) * (demand[i] as number);
  }
  const names = Array.from({ length: n }, (_, i) => `Product ${i + 1}`);
  return {
    products: { count: n, names, price, tvc, demand, minimum: new Float64Array(n), usage: [time] },
    resources: [{ name: 'CCR', capacity: load / 2 }],
    operatingExpense: 1e6,
    wholeUnits: true,
  };
}

/** The full greedy mix (validate, find the CCR, rank, fill, cumulative load) against a bare sort. */
export function runCoreBench(opts: { quick: boolean }): BenchRow[] {
  const sizes = opts.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  return sizes.map((n) => {
    const problem = randomProblem(n);
    const keys = Float64Array.from(
      problem.products.price,
      (p, i) =>
        (p - (problem.products.tvc[i] as number)) /
        (((problem.products.usage[0] as Float64Array)[i] as number) || 1)
    );
    let sink = 0;
    const { ms, baselineMs } = sideBySide(
      n >= 1_000_000 ? 5 : 9,
      () => {
        const outcome = planProductMix(problem);
        if (outcome.status !== 'planned')
          throw new Error(`benchmark problem did not plan: ${outcome.status}`);
        sink += outcome.throughput;
      },
      () => {
        sink += keys.slice().sort()[0] as number;
      }
    );
    if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work observable');
    return {
      name: 'core: rank + greedy mix vs Float64Array sort of the same keys (ratio = ours ÷ sort)',
      n,
      ms: round(ms),
      baseline: 'Float64Array.prototype.sort of n keys',
      baselineMs: round(baselineMs),
      ratio: round(ms / baselineMs, 2),
    };
  });
}
