import { planProductMix, type MixPlan, type MixProblem, type Resource } from '../core';
import { solveOptimalMix, type OptimalMixResult } from '../core/optimization';
import { formatTable } from './formatTable';
import { describeNoPlan, planReport, type PlanReport } from './planReport';
import type { Io } from './ta';

/** `ta plan --method optimal`: the greedy report's shape with the exact plan's numbers. */
export type OptimalReport = Omit<PlanReport, 'status'> & {
  readonly method: 'optimal';
  readonly status: 'optimal' | 'feasible' | 'timeLimit';
  readonly binding: readonly string[];
  readonly shadowPrices: Readonly<Record<string, number>>;
  readonly dualRanges: Readonly<Record<string, { from: number; to: number | null } | null>>;
  readonly greedy: {
    readonly throughput: number;
    readonly quantities: Readonly<Record<string, number>>;
  } | null;
  readonly difference: number;
  readonly reason: string | null;
  readonly gap: number | null;
};

const byResource = <T>(
  resources: readonly Resource[],
  value: (r: number) => T
): Record<string, T> =>
  Object.fromEntries(resources.map((resource, r) => [resource.name, value(r)]));

/** The exact plan laid over the greedy ranking, so rows and cumulative load read the same way. */
function optimalReport(
  problem: MixProblem,
  greedy: MixPlan,
  result: OptimalMixResult & { status: OptimalReport['status'] },
  timeUnit: 'hours' | 'minutes'
): OptimalReport {
  const exact: MixPlan = {
    ...greedy,
    quantity: result.quantity,
    used: result.used,
    throughput: result.throughput,
    netProfit: result.netProfit,
    lostToMinimums: result.lostToMinimums,
    cumulativeLoad: cumulativeLoad(problem, greedy, result.quantity),
  };
  const { status: _planned, ...base } = planReport(problem, exact, timeUnit);
  const { resources, products } = problem;
  return {
    ...base,
    method: 'optimal',
    status: result.status,
    binding: result.binding.map((r) => (resources[r] as Resource).name),
    shadowPrices: byResource(resources, (r) => result.shadowPrices[r] as number),
    dualRanges: byResource(resources, (r) => result.dualRanges[r] ?? null),
    greedy: result.greedy && {
      throughput: result.greedy.throughput,
      quantities: Object.fromEntries(
        products.names.map((name, i) => [name, result.greedy?.quantity[i] as number])
      ),
    },
    difference: result.difference,
    reason: result.reason,
    gap: result.gap,
  };
}

function cumulativeLoad(
  problem: MixProblem,
  greedy: MixPlan,
  quantity: Float64Array
): Float64Array {
  const load = new Float64Array(problem.products.count);
  const r = greedy.rankingResource;
  if (r === null) return load;
  const usage = problem.products.usage[r] as Float64Array;
  const capacity = (problem.resources[r] as Resource).capacity;
  let used = 0;
  for (const i of greedy.order) {
    used += (quantity[i] as number) * (usage[i] as number);
    load[i] = used / capacity;
  }
  return load;
}

export async function runOptimal(
  problem: MixProblem,
  timeUnit: 'hours' | 'minutes',
  table: boolean,
  io: Io
): Promise<number> {
  const greedy = planProductMix(problem);
  if (greedy.status !== 'planned') {
    io.out(
      JSON.stringify(
        { method: 'optimal', status: greedy.status, message: describeNoPlan(greedy, problem) },
        null,
        2
      )
    );
    return 1;
  }
  const outcome = await solveOptimalMix(problem);
  if (
    outcome.status === 'cancelled' ||
    outcome.status === 'invalid' ||
    outcome.status === 'unbounded' ||
    outcome.status === 'overflow' ||
    outcome.status === 'infeasible'
  ) {
    const message =
      outcome.status === 'cancelled' ? 'the solve was cancelled' : describeNoPlan(outcome, problem);
    io.out(JSON.stringify({ method: 'optimal', status: outcome.status, message }, null, 2));
    return 1;
  }
  const report = optimalReport(problem, greedy, outcome, timeUnit);
  if (!table) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  const prices = Object.entries(report.shadowPrices)
    .filter(([, price]) => price > 0)
    .map(
      ([name, price]) =>
        `  one more unit of ${name}: +${price.toLocaleString('en-US', { maximumFractionDigits: 4 })}`
    );
  io.out(
    [
      `Method: optimal (${report.status}); greedy ΣT ${report.greedy?.throughput ?? '—'}, difference ${report.difference}${report.reason ? ` (${report.reason})` : ''}`,
      formatTable({ ...report, status: 'planned' }),
      'Value of one more unit of time (shadow prices):',
      ...(prices.length > 0 ? prices : ['  none: no resource binds']),
    ].join('\n')
  );
  return 0;
}
