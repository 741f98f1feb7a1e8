/**
 * Whole units against HiGHS's branch and cut on the whole problem (presolve on, every product an
 * integer column, relative gap 0: the same proof ours looks for), same instance, same run, one
 * run each. HiGHS gets 60 s; when it stops there unproven the ratio is a lower bound and the row
 * says so. Ours is proven optimal when its restricted branch and cut closes within its node
 * budget; the row says which, or gives the gap.
 */
import { solveOptimalMix } from '../src/core/optimization';
import { round, sideBySideAsync, type BenchRow } from './measure';
import { shapedMixProblem } from './optimizationProblems';
import { loadHighs, solvePlainHighs } from './plainHighs';

const SIZES = [
  [200, 5],
  [200, 20],
  [2000, 5],
  [2000, 20],
] as const;

const HIGHS_SECONDS = 60;

/**
 * HiGHS's branch and cut is WebAssembly compiled lazily: whichever side runs it first pays for
 * that (measured: 2.6 s against 0.7 s for the same 200 × 5 solve). Both sides run it once first.
 */
async function warmUp(highs: Awaited<ReturnType<typeof loadHighs>>): Promise<void> {
  const problem = shapedMixProblem('bench', 200, 5, true);
  await solveOptimalMix(problem, { timeLimitMs: 3_600_000 });
  solvePlainHighs(highs, problem, {
    integer: true,
    presolve: 'on',
    timeLimitSeconds: HIGHS_SECONDS,
  });
}

export async function runWholeUnitBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const highs = await loadHighs();
  await warmUp(highs);
  const rows: BenchRow[] = [];
  for (const [n, resources] of opts.quick ? SIZES.filter(([, r]) => r === 5) : SIZES) {
    const problem = shapedMixProblem('bench', n, resources, true);
    let status = '';
    let gap = 0;
    let ours = 0;
    let theirs = 0;
    let proved = false;
    const { ms, baselineMs, cpuMs, baselineCpuMs } = await sideBySideAsync(
      1,
      async () => {
        const outcome = await solveOptimalMix(problem, { timeLimitMs: 3_600_000 });
        if (outcome.status !== 'optimal' && outcome.status !== 'feasible') {
          throw new Error(`whole units ${n}×${resources}: ${outcome.status}`);
        }
        status = outcome.status;
        gap = (outcome.gap ?? 0) / outcome.throughput;
        ours = outcome.throughput;
      },
      async () => {
        const solution = solvePlainHighs(highs, problem, {
          integer: true,
          presolve: 'on',
          timeLimitSeconds: HIGHS_SECONDS,
        });
        proved = solution.status === 'optimal';
        theirs = solution.objective;
      }
    );
    if (
      proved &&
      Math.abs(ours - theirs) > 1e-9 * theirs &&
      (status === 'optimal' || ours > theirs)
    ) {
      throw new Error(`whole units ${n}×${resources}: proven ${ours} ≠ HiGHS ${theirs}`);
    }
    const ourWord = status === 'optimal' ? 'proven optimal' : `gap ${gap.toExponential(1)} of ΣT`;
    rows.push({
      name: `optimisation: bench, ${resources} resources, whole units — ours ${ourWord} (ratio = HiGHS ÷ ours)`,
      n,
      ms: round(ms),
      baseline: `HiGHS 1.15.3 branch and cut on the whole problem, gap 0 (${proved ? 'proved its optimum' : `not proven in ${HIGHS_SECONDS} s`})`,
      baselineMs: round(baselineMs),
      ratio: round(baselineMs / ms, 2),
      cpuMs: round(cpuMs),
      baselineCpuMs: round(baselineCpuMs),
    });
  }
  return rows;
}
