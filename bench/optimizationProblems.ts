import type { MixProblem } from '../src/core';
import { seededRandom } from './random';

/**
 * n products on `resources` resources: each product takes time on about half of them (at least
 * one), 1 % have unlimited demand, and every resource has 30–50 % of the time full demand would
 * need, so several resources bind and the greedy TOC rule is not exact.
 */
export function randomMixProblem(
  n: number,
  resources: number,
  wholeUnits: boolean,
  seed = 1
): MixProblem {
  const random = seededRandom(seed * 7919 + n + resources);
  const price = new Float64Array(n);
  const tvc = new Float64Array(n);
  const demand = new Float64Array(n);
  const usage = Array.from({ length: resources }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    price[i] = 100 + Math.floor(random() * 9900);
    tvc[i] = Math.floor(random() * (price[i] as number) * 0.9);
    demand[i] = random() < 0.01 ? Number.POSITIVE_INFINITY : 1 + Math.floor(random() * 200);
    let uses = false;
    for (const column of usage) {
      if (resources > 1 && random() >= 0.5) continue;
      column[i] = 0.25 + Math.floor(random() * 40) / 4;
      uses = true;
    }
    if (!uses) (usage[0] as Float64Array)[i] = 1;
  }
  const capacity = usage.map((column) => {
    let load = 0;
    column.forEach((time, i) => {
      const d = demand[i] as number;
      load += time * (d === Number.POSITIVE_INFINITY ? 200 : d);
    });
    return load * (0.3 + 0.2 * random());
  });
  return {
    products: {
      count: n,
      names: Array.from({ length: n }, (_, i) => `Product ${i + 1}`),
      price,
      tvc,
      demand,
      minimum: new Float64Array(n),
      usage,
    },
    resources: capacity.map((c, r) => ({ name: `R${r + 1}`, capacity: c })),
    operatingExpense: null,
    wholeUnits,
  };
}
