/**
 * Whole units against HiGHS's branch and cut on the whole problem (its defaults: presolve on,
 * every product an integer column), same instance, same run. Ours is proven optimal when its
 * restricted branch and cut closes within its node limit; the row says which, or gives the gap.
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

export async function runWholeUnitBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const highs = await loadHighs();
  const rows: BenchRow[] = [];
  for (const [n, resources] of SIZES) {
    const problem = shapedMixProblem('bench', n, resources, true);
    let status = '';
    let gap = 0;
    let ours = 0;
    let theirs = 0;
    let proved = false;
    const { ms, baselineMs } = await sideBySideAsync(
      opts.quick ? 1 : 3,
      async () => {
        const outcome = await solveOptimalMix(problem);
        if (outcome.status !== 'optimal' && outcome.status !== 'feasible') {
          throw new Error(`whole units ${n}×${resources}: ${outcome.status}`);
        }
        status = outcome.status;
        gap = (outcome.gap ?? 0) / outcome.throughput;
        ours = outcome.throughput;
      },
      async () => {
        const solution = solvePlainHighs(highs, problem, { integer: true, presolve: 'on' });
        proved = solution.status === 'optimal';
        theirs = solution.objective;
      }
    );
    if (proved && status === 'optimal' && Math.abs(ours - theirs) > 1e-9 * theirs) {
      throw new Error(`whole units ${n}×${resources}: proven ${ours} ≠ HiGHS ${theirs}`);
    }
    const ourWord = status === 'optimal' ? 'proven optimal' : `gap ${gap.toExponential(1)} of ΣT`;
    rows.push({
      name: `optimisation: bench, ${resources} resources, whole units — ours ${ourWord} (ratio = HiGHS ÷ ours)`,
      n,
      ms: round(ms),
      baseline: `HiGHS 1.15.3 branch and cut on the whole problem (${proved ? 'proved its optimum' : 'stopped unproven'})`,
      baselineMs: round(baselineMs),
      ratio: round(baselineMs / ms, 2),
    });
  }
  return rows;
}
