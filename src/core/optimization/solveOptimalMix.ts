import type { Highs } from 'highs';
import { hasMinimums, minimumsShortfall } from '../fillPlan';
import { findInputIssues } from '../inputIssues';
import { planProductMix, type MixProblem } from '../planProductMix';
import { startClock, type Clock } from './clock';
import { solveContinuous, type ContinuousSolution } from './continuous';
import { quantities, reduce, type Reduced } from './reduction';
import { loadSolver } from './solver';
import type { OptimalMixOptions, OptimalMixOutcome } from './types';
import { solveWholeUnits } from './wholeUnits';
import { describePlan, type Solved } from './describePlan';

/**
 * The best product mix, proven by the reduced-cost check over every product, with the classic
 * TOC plan beside it. Loads the WebAssembly solver on first use; runs in the caller's thread (use
 * the worker client in the pane).
 */
export async function solveOptimalMix(
  problem: MixProblem,
  options: OptimalMixOptions = {}
): Promise<OptimalMixOutcome> {
  const clock = startClock(options.timeLimitMs, options.signal);
  const refused = refuse(problem);
  if (refused) return refused;
  if (clock.cancelled()) return { status: 'cancelled' };
  const highs = await loadSolver();
  return solveLoaded(highs, problem, clock);
}

/** Outcomes decided before any solve: bad input, minimums that do not fit, an unlimited plan. */
function refuse(problem: MixProblem): OptimalMixOutcome | null {
  const { products, resources } = problem;
  const issues = findInputIssues(products, resources, problem.operatingExpense);
  if (issues.length > 0) return { status: 'invalid', issues };
  for (let i = 0; i < products.count; i++) {
    const earns = (products.price[i] as number) > (products.tvc[i] as number);
    const unlimited = products.demand[i] === Number.POSITIVE_INFINITY;
    if (earns && unlimited && products.usage.every((column) => column[i] === 0)) {
      return { status: 'unbounded', product: i };
    }
  }
  const shortfall = minimumsShortfall(products, resources);
  if (!shortfall) return null;
  const capacity = resources[shortfall.resource]?.capacity ?? 0;
  return { status: 'infeasible', ...shortfall, capacity, excess: shortfall.required - capacity };
}

export async function solveLoaded(
  highs: Highs,
  problem: MixProblem,
  clock: Clock
): Promise<OptimalMixOutcome> {
  const main = await solvePlan(highs, problem, true, clock);
  if (main === null) return { status: 'cancelled' };
  const withoutMinimums = hasMinimums(problem.products)
    ? await solvePlan(highs, problem, false, clock)
    : main;
  if (withoutMinimums === null) return { status: 'cancelled' };
  const greedy = planProductMix(problem);
  const greedyPlan =
    greedy.status === 'planned'
      ? { throughput: greedy.throughput, quantity: greedy.quantity }
      : null;
  return describePlan(problem, main, withoutMinimums.throughput, greedyPlan, clock.elapsedMs());
}

/** One solve: continuous optimum, then whole units if asked. `null` when cancelled. */
async function solvePlan(
  highs: Highs,
  problem: MixProblem,
  withMinimums: boolean,
  clock: Clock
): Promise<Solved | null> {
  const reduced = reduce(problem, withMinimums);
  const continuous = await solveContinuous(highs, reduced, clock);
  if (continuous.status === 'cancelled') return null;
  const x = continuous.x ?? new Float64Array(reduced.count);
  let status: Solved['status'] = continuous.status;
  let bound = continuous.bound;
  let plan = x;
  if (problem.wholeUnits && continuous.x) {
    await clock.yield();
    const whole = solveWholeUnits(highs, reduced, { ...continuous, x }, clock);
    if (clock.cancelled()) return null;
    plan = whole.x;
    bound = whole.bound;
    if (status === 'optimal') status = whole.proven ? 'optimal' : 'feasible';
  }
  return solved(reduced, continuous, plan, bound, status);
}

function solved(
  reduced: Reduced,
  continuous: ContinuousSolution,
  x: Float64Array,
  bound: number | null,
  status: Solved['status']
): Solved {
  const quantity = quantities(reduced, x).map(snap);
  let throughput = 0;
  quantity.forEach((q, i) => (throughput += q === 0 ? 0 : q * (reduced.t[i] as number)));
  return {
    status,
    quantity,
    throughput,
    bound,
    y: continuous.y,
    rangeDown: continuous.rangeDown,
    rangeUp: continuous.rangeUp,
    capacityShift: reduced.capacity,
    stats: {
      method: continuous.method,
      lpSolves: continuous.lpSolves,
      columns: continuous.columns,
    },
  };
}

/** 29.999999999999996 units are 30: solver round-off, not a plan. */
function snap(q: number): number {
  const whole = Math.round(q);
  return Math.abs(q - whole) <= 1e-9 * Math.max(1, Math.abs(q)) ? whole : q;
}
