/**
 * The exact mix against one plain HiGHS call on the same instance: HiGHS 1.15's dual simplex on
 * the whole LP with presolve off (its fastest plain configuration on these shapes), in the same
 * process and run, interleaved (ours, HiGHS, ours, …), medians. Every pair must agree on ΣT to
 * 1e-9 or the bench fails. `solveOptimalMix` includes everything the owner waits for: input
 * checks, the greedy plan beside the optimum, the certificate and the ranges.
 */
import type { MixProblem } from '../src/core';
import { solveOptimalMix, type OptimalMixOutcome } from '../src/core/optimization';
import { round, sideBySideAsync, type BenchRow } from './measure';
import { SHAPES, shapedMixProblem, type Shape } from './optimizationProblems';
import { loadHighs, solvePlainHighs } from './plainHighs';

type Case = { readonly shape: Shape; readonly n: number; readonly resources: number };

const BASELINE = 'HiGHS 1.15.3 dual simplex on the whole LP, presolve off';

function cases(quick: boolean): Case[] {
  const sizes = quick ? [20_000] : [20_000, 100_000];
  return [
    ...sizes.flatMap((n) => SHAPES.map((shape) => ({ shape, n, resources: 20 }))),
    { shape: 'dense', n: 50_000, resources: 20 },
    { shape: 'routing', n: 20_000, resources: 200 },
    ...(quick ? [] : [{ shape: 'routing', n: 20_000, resources: 1000 } as const]),
  ];
}

type Planned = Extract<OptimalMixOutcome, { throughput: number }>;

// The safety net is for the owner's pane; a bench on a loaded machine must not hit it.
const NO_SAFETY_NET_MS = 3_600_000;

export async function solved(problem: MixProblem): Promise<Planned> {
  const outcome = await solveOptimalMix(problem, { timeLimitMs: NO_SAFETY_NET_MS });
  if (outcome.status !== 'optimal' && outcome.status !== 'feasible') {
    throw new Error(`benchmark problem did not solve: ${outcome.status}`);
  }
  return outcome;
}

async function lpRow(item: Case, quick: boolean): Promise<BenchRow> {
  const highs = await loadHighs();
  const problem = shapedMixProblem(item.shape, item.n, item.resources);
  let ours = 0;
  let theirs = 0;
  let method = '';
  const runs = item.n >= 100_000 || item.resources >= 200 || quick ? 1 : 3;
  const { ms, baselineMs, cpuMs, baselineCpuMs } = await sideBySideAsync(
    runs,
    async () => {
      const outcome = await solved(problem);
      ours = outcome.throughput;
      method = outcome.stats.method;
    },
    async () => {
      theirs = solvePlainHighs(highs, problem).objective;
    }
  );
  if (!(Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs)))) {
    throw new Error(`${item.shape} ${item.n}×${item.resources}: ΣT ${ours} ≠ HiGHS ${theirs}`);
  }
  const how = method === 'dualSimplex' ? 'our dual simplex' : 'HiGHS (presolve off) inside';
  return {
    name: `optimisation: ${item.shape}, ${item.resources} resources, continuous — ${how} (ratio = HiGHS ÷ ours)`,
    n: item.n,
    ms: round(ms),
    baseline: BASELINE,
    baselineMs: round(baselineMs),
    ratio: round(baselineMs / ms, 2),
    cpuMs: round(cpuMs),
    baselineCpuMs: round(baselineCpuMs),
  };
}

/** Compiles both solvers' hot paths before the first timed case. */
async function warmUp(): Promise<void> {
  const highs = await loadHighs();
  for (const shape of SHAPES) {
    const problem = shapedMixProblem(shape, 12_000, 8);
    await solved(problem);
    solvePlainHighs(highs, problem);
  }
}

/** HiGHS's load time (now paid only by whole units and the fallback). */
async function loadRow(): Promise<BenchRow> {
  const start = process.hrtime.bigint();
  const module = (await import('highs')).default;
  const loaded = Number(process.hrtime.bigint() - start) / 1e6;
  const again = process.hrtime.bigint();
  await module();
  const instantiate = Number(process.hrtime.bigint() - again) / 1e6;
  return {
    name: 'optimisation: HiGHS module load and WebAssembly instantiation (ratio = instantiate ÷ load)',
    n: 1,
    ms: round(instantiate),
    baseline: 'import of the module',
    baselineMs: round(loaded),
    ratio: round(instantiate / Math.max(loaded, 0.001), 2),
  };
}

export async function runOptimizationBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [await loadRow()];
  await warmUp();
  const report = (row: BenchRow): void => {
    process.stderr.write(`  ${row.name} n=${row.n}: ${row.ms} ms vs ${row.baselineMs} ms\n`);
    rows.push(row);
  };
  for (const item of cases(opts.quick)) report(await lpRow(item, opts.quick));
  return rows;
}
