import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSolver, solveOptimalMix } from '../src/core/optimization';
import type { MixProblem } from '../src/core';
import { round, type BenchRow } from './measure';
import { randomMixProblem } from './optimizationProblems';

type Case = { readonly n: number; readonly resources: number; readonly wholeUnits: boolean };

// javascript-lp-solver is a dense tableau in pure JS (one extra row per demand cap). Measured:
// 2,000 × 5 took 12 s, 2,000 × 20 took 85 s; so it runs up to 4,000 products × resources
// (continuous) and, for whole units, at 200 products with its own 10 s timeout.
const BASELINE_CELLS = 4000;
const BASELINE_WHOLE_PRODUCTS = 200;
const BASELINE_TIMEOUT_MS = 10_000;

function cases(quick: boolean): Case[] {
  const sizes = quick ? [200, 2000, 20_000] : [200, 2000, 20_000, 100_000];
  const continuous = sizes.flatMap((n) => [1, 5, 20].map((resources) => ({ n, resources })));
  const whole = [200, 2000].flatMap((n) => [5, 20].map((resources) => ({ n, resources })));
  return [
    ...continuous.map((c) => ({ ...c, wholeUnits: false })),
    ...whole.map((c) => ({ ...c, wholeUnits: true })),
  ];
}

async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function medianOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) times.push(await timeAsync(work));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/** The same model for javascript-lp-solver: demand caps become one extra row per product. */
function jsLpModel(problem: MixProblem): Record<string, unknown> {
  const { products, resources } = problem;
  const constraints: Record<string, { max: number }> = {};
  resources.forEach((resource, r) => (constraints[`r${r}`] = { max: resource.capacity }));
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  for (let i = 0; i < products.count; i++) {
    const column: Record<string, number> = {
      T: (products.price[i] as number) - (products.tvc[i] as number),
    };
    products.usage.forEach((usage, r) => {
      if (usage[i] !== 0) column[`r${r}`] = usage[i] as number;
    });
    const demand = products.demand[i] as number;
    if (demand !== Number.POSITIVE_INFINITY) {
      constraints[`d${i}`] = { max: demand };
      column[`d${i}`] = 1;
    }
    variables[`p${i}`] = column;
    if (problem.wholeUnits) ints[`p${i}`] = 1;
  }
  return {
    optimize: 'T',
    opType: 'max',
    constraints,
    variables,
    ints,
    options: { timeout: BASELINE_TIMEOUT_MS },
  };
}

async function solveOurs(problem: MixProblem): Promise<void> {
  const outcome = await solveOptimalMix(problem);
  if (outcome.status !== 'optimal' && outcome.status !== 'feasible') {
    throw new Error(`benchmark problem did not solve: ${outcome.status}`);
  }
}

async function benchCase(item: Case, quick: boolean): Promise<BenchRow> {
  const problem = randomMixProblem(item.n, item.resources, item.wholeUnits);
  const runs = item.n >= 100_000 ? 1 : item.n >= 20_000 ? 3 : quick ? 3 : 5;
  const ms = await medianOf(runs, () => solveOurs(problem));
  const kind = item.wholeUnits ? 'whole units' : 'continuous';
  const name = `optimisation: HiGHS margin method, ${item.resources} resources, ${kind} (ratio = baseline ÷ ours)`;
  const runsBaseline = item.wholeUnits
    ? item.n <= BASELINE_WHOLE_PRODUCTS
    : item.n * item.resources <= BASELINE_CELLS;
  if (!runsBaseline) {
    const limit = item.wholeUnits
      ? `${BASELINE_WHOLE_PRODUCTS} products`
      : `${BASELINE_CELLS} products × resources`;
    const baseline = `javascript-lp-solver: not run above ${limit} (12 s at 2,000 × 5, 85 s at 2,000 × 20)`;
    return { name, n: item.n, ms: round(ms), baseline, baselineMs: 0, ratio: 0 };
  }
  const solver = (await import('javascript-lp-solver')).default;
  const model = jsLpModel(problem);
  const baselineMs = await medianOf(1, async () => solver.Solve(model as never));
  const timedOut = baselineMs >= BASELINE_TIMEOUT_MS;
  const baseline = timedOut
    ? `javascript-lp-solver 1.0.3: stopped by its ${BASELINE_TIMEOUT_MS / 1000} s timeout without a whole-unit optimum`
    : 'javascript-lp-solver 1.0.3 (pure JS), same model';
  return {
    name,
    n: item.n,
    ms: round(ms),
    baseline,
    baselineMs: round(baselineMs),
    ratio: round(baselineMs / ms, 2),
  };
}

/** Load time of the WebAssembly solver (first call in this process) and its .wasm + .js bytes. */
async function loadRow(): Promise<BenchRow> {
  const loadMs = await timeAsync(() => loadSolver());
  const dir = dirname(require.resolve('highs'));
  const bytes = ['highs.wasm', 'highs.mjs'].reduce(
    (sum, f) => sum + statSync(join(dir, f)).size,
    0
  );
  const baselineMs = await timeAsync(async () => import('javascript-lp-solver'));
  return {
    name: 'optimisation: HiGHS lazy load, n = bytes of highs.wasm + highs.mjs (ratio = ours ÷ baseline)',
    n: bytes,
    ms: round(loadMs),
    baseline: 'javascript-lp-solver module load',
    baselineMs: round(baselineMs),
    ratio: round(loadMs / Math.max(baselineMs, 0.001), 2),
  };
}

export async function runOptimizationBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [await loadRow()];
  for (const item of cases(opts.quick)) {
    const row = await benchCase(item, opts.quick);
    process.stderr.write(`  ${row.name} n=${row.n}: ${row.ms} ms, baseline ${row.baselineMs} ms\n`);
    rows.push(row);
  }
  return rows;
}
