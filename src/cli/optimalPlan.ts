import type { MixPlan, MixProblem, Resource } from '../core';
import {
  solveOptimalMix,
  type GreedyShortfallReason,
  type OptimalMixResult,
} from '../core/optimization';
import { formatTable } from './formatTable';
import { formatNumber, quote } from './oneLine';
import { planReport, type PlanReport, type ReportContext } from './planReport';
import type { NoPlan } from './noPlan';
import type { Texts } from './texts';

/** `ta plan --method optimal`: the greedy report's shape with the exact plan's numbers. */
export type OptimalReport = PlanReport & {
  readonly binding: readonly string[];
  /** ΣT one more unit of each resource's time would add. */
  readonly shadowPrices: Readonly<Record<string, number>>;
  /** Capacities over which each shadow price holds; `to` left out: any larger capacity. */
  readonly dualRanges: Readonly<Record<string, { from: number; to?: number }>>;
  readonly greedy: { readonly throughput: number };
  readonly difference: number;
  readonly reason: GreedyShortfallReason | null;
  /** Proven distance to the best ΣT; left out when the time limit came before any bound. */
  readonly gap?: number;
};

/** Keys are the user's resource names: an object without a prototype holds "__proto__" as data. */
function byResource<T>(resources: readonly Resource[], value: (r: number) => T | null) {
  const record = Object.create(null) as Record<string, T>;
  resources.forEach((resource, r) => {
    const v = value(r);
    if (v !== null) record[resource.name] = v;
  });
  return record;
}

function cumulativeLoad(problem: MixProblem, greedy: MixPlan, quantity: Float64Array) {
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

/** The exact plan laid over the greedy ranking, so rows and cumulative load read the same way. */
function optimalReport(
  problem: MixProblem,
  greedy: MixPlan,
  result: OptimalMixResult & { status: 'optimal' | 'feasible' | 'timeLimit' },
  context: ReportContext
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
  const base = planReport(problem, exact, context);
  const { resources } = problem;
  return {
    ...base,
    status: result.status,
    products: base.products.map((line) => ({
      ...line,
      greedyQuantity: greedy.quantity[line.index] as number,
    })),
    binding: result.binding.map((r) => (resources[r] as Resource).name),
    shadowPrices: byResource(resources, (r) => result.shadowPrices[r] as number),
    dualRanges: byResource(resources, (r) => {
      const range = result.dualRanges[r];
      if (!range) return null;
      return range.to === null ? { from: range.from } : { from: range.from, to: range.to };
    }),
    greedy: { throughput: greedy.throughput },
    difference: result.difference,
    reason: result.reason,
    ...(result.gap === null ? {} : { gap: result.gap }),
  };
}

function methodLine(report: OptimalReport, t: Texts): string {
  const number = (value: number) => formatNumber(value, t);
  const greedy = number(report.greedy.throughput);
  const gap = report.gap !== undefined && report.gap > 0 ? t.gap(number(report.gap)) : '';
  const comparison =
    report.difference > 0
      ? t.earnsMore(
          number(report.difference),
          greedy,
          report.reason ? t.reasons[report.reason] : ''
        )
      : t.earnsAsMuch(greedy);
  return t.method(t.statuses[report.status], gap, comparison);
}

function shadowPriceLines(report: OptimalReport, t: Texts): string[] {
  const lines = report.resources
    .filter((r) => (report.shadowPrices[r.name] ?? 0) > 0)
    .map((r) => {
      const amount = (value: number) => `${formatNumber(value, t)} ${r.unit}`;
      const range = report.dualRanges[r.name];
      const holds = !range
        ? ''
        : range.to === undefined
          ? t.holdsUpward(amount(range.from))
          : t.holdsBetween(amount(range.from), amount(range.to));
      const price = formatNumber(report.shadowPrices[r.name] ?? 0, t, 4);
      return t.shadowPrice(quote(r.name), price, r.unit, holds);
    });
  return lines.length > 0 ? lines : [t.noneBinds];
}

export function formatOptimal(report: OptimalReport, t: Texts): string {
  return [
    methodLine(report, t),
    formatTable(report, t, {
      header: t.rankingPlan,
      value: (p) => formatNumber(p.greedyQuantity ?? 0, t, 4),
    }),
    '',
    t.shadowPrices,
    ...shadowPriceLines(report, t),
  ].join('\n');
}

/** The exact plan, or why there is none. */
export async function planOptimal(
  problem: MixProblem,
  greedy: MixPlan,
  context: ReportContext
): Promise<OptimalReport | NoPlan> {
  const outcome = await solveOptimalMix(problem);
  switch (outcome.status) {
    case 'optimal':
    case 'feasible':
    case 'timeLimit':
      return optimalReport(problem, greedy, outcome, context);
    default:
      return outcome;
  }
}
