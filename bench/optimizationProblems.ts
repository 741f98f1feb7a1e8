import type { MixProblem } from '../src/core';
import { seededRandom } from './random';

/**
 * The problem shapes of the optimisation bench, all seeded:
 * - `bench`: each product takes time on about half of the resources (at least one), 1 % have
 *   unlimited demand, T is independent of the time: several resources bind, the greedy is not exact;
 * - `dense`: every product on every resource and T within ±5 % of its time priced at hidden
 *   resource prices, so a large share of the products sits near the margin;
 * - `correlated`: about half of the resources per product, T = 100 × its total time + up to 100
 *   (the knapsack literature's strongly correlated instances);
 * - `ties`: every product on every resource and T exactly its time at whole hidden prices: every
 *   product ties with every other at the optimal prices (the most degenerate LP there is).
 * - `routing`: every product on 10 of the resources (a workshop's routing through a few of many
 *   machines; the shape of the CLI's bench), T independent of the time: for many resources.
 * Every resource gets 30–50 % of the time full demand would need.
 */
export type Shape = 'bench' | 'dense' | 'correlated' | 'ties' | 'routing';
export const SHAPES: readonly Shape[] = ['bench', 'dense', 'correlated', 'ties'];
const ROUTING_STEPS = 10;

/** Time per unit in quarter hours from 0.25 to 10, exact in binary. */
const quarterHours = (random: () => number): number => 0.25 + Math.floor(random() * 40) / 4;

export function shapedMixProblem(
  shape: Shape,
  n: number,
  resources: number,
  wholeUnits = false,
  seed = 1
): MixProblem {
  const random = seededRandom(
    seed * 7919 + n + resources + [...SHAPES, 'routing'].indexOf(shape) * 104_729
  );
  const hidden = Array.from({ length: resources }, () => 1 + Math.floor(random() * 10));
  const price = new Float64Array(n);
  const tvc = new Float64Array(n);
  const demand = new Float64Array(n);
  const usage = Array.from({ length: resources }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const everywhere = shape === 'dense' || shape === 'ties';
    let time = 0;
    let priced = 0;
    const routing = shape === 'routing' ? routeOf(random, resources) : null;
    for (let r = 0; r < resources; r++) {
      if (routing ? !routing.has(r) : !everywhere && resources > 1 && random() >= 0.5) continue;
      const value = quarterHours(random);
      (usage[r] as Float64Array)[i] = value;
      time += value;
      priced += value * (hidden[r] as number);
    }
    if (time === 0) {
      (usage[0] as Float64Array)[i] = 1;
      time = 1;
      priced = hidden[0] as number;
    }
    const t = throughputOf(shape, random, time, priced);
    tvc[i] = Math.floor(random() * 1000);
    price[i] = (tvc[i] as number) + t;
    if (shape === 'bench' || shape === 'routing') {
      price[i] = 100 + Math.floor(random() * 9900);
      tvc[i] = Math.floor(random() * (price[i] as number) * 0.9);
    }
    const unlimited = shape === 'bench' && random() < 0.01;
    demand[i] = unlimited ? Number.POSITIVE_INFINITY : 1 + Math.floor(random() * 200);
  }
  return assemble(n, price, tvc, demand, usage, random, wholeUnits);
}

function routeOf(random: () => number, resources: number): Set<number> {
  const route = new Set<number>();
  const steps = Math.min(ROUTING_STEPS, resources);
  while (route.size < steps) route.add(Math.floor(random() * resources));
  return route;
}

function throughputOf(shape: Shape, random: () => number, time: number, priced: number): number {
  if (shape === 'dense') return Math.max(1, Math.round(priced * (0.95 + 0.1 * random())));
  if (shape === 'correlated') return 100 * time + Math.floor(random() * 100);
  if (shape === 'ties') return priced;
  return 0;
}

function assemble(
  n: number,
  price: Float64Array,
  tvc: Float64Array,
  demand: Float64Array,
  usage: Float64Array[],
  random: () => number,
  wholeUnits: boolean
): MixProblem {
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

/** The original bench shape (kept under its old name for the tests that use it). */
export function randomMixProblem(
  n: number,
  resources: number,
  wholeUnits: boolean,
  seed = 1
): MixProblem {
  return shapedMixProblem('bench', n, resources, wholeUnits, seed);
}
