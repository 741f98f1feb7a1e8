import type { MixProblem } from '../planProductMix';
import { solveOptimalMix } from './solveOptimalMix';
import { loadSolver } from './solver';

/**
 * A fresh JavaScript engine runs new code slowly until it has compiled the hot loops; the first
 * solve in a new worker was 2–5× slower than the next. The worker therefore solves this made-up
 * problem as soon as it starts (the same code paths a real solve takes: sample, warm start, dual
 * simplex, certificate, ranging, the greedy beside it), then loads HiGHS for whole units.
 */
export async function warmUpSolver(): Promise<void> {
  await solveOptimalMix(warmUpProblem(12_000, 8));
  // Whole units: HiGHS's load, and its branch and cut's first run (WebAssembly compiles lazily).
  if (
    await loadSolver()
      .then(() => true)
      .catch(() => false)
  ) {
    await solveOptimalMix({ ...warmUpProblem(60, 3), wholeUnits: true });
  }
}

/** Seeded and deterministic: n products on about half of `resources` resources. */
export function warmUpProblem(n: number, resources: number): MixProblem {
  let state = 12345;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const usage = Array.from({ length: resources }, () => new Float64Array(n));
  const price = new Float64Array(n);
  const tvc = new Float64Array(n);
  const demand = new Float64Array(n);
  const load = new Float64Array(resources);
  for (let i = 0; i < n; i++) {
    price[i] = 100 + Math.floor(random() * 9900);
    tvc[i] = Math.floor(random() * (price[i] as number) * 0.9);
    demand[i] = 1 + Math.floor(random() * 200);
    for (let r = 0; r < resources; r++) {
      if (r > 0 && random() < 0.5) continue;
      const time = 0.25 + Math.floor(random() * 40) / 4;
      (usage[r] as Float64Array)[i] = time;
      load[r] = (load[r] as number) + time * (demand[i] as number);
    }
  }
  return {
    products: {
      count: n,
      names: Array.from({ length: n }, (_, i) => `#${i + 1}`),
      price,
      tvc,
      demand,
      minimum: new Float64Array(n),
      usage,
    },
    resources: Array.from(load, (l, r) => ({ name: `R${r + 1}`, capacity: 0.4 * l })),
    operatingExpense: null,
    wholeUnits: false,
  };
}
