import { hasMinimums } from '../fillPlan';
import { findInputIssues } from '../inputIssues';
import { wholeUnitBounds } from '../wholeUnitBounds';
import { planProductMix, type MixProblem } from '../planProductMix';
import { startClock, type Clock } from './clock';
import { solveContinuous } from './continuous';
import { describePlan, fitsProblem, type Solved } from './describePlan';
import { quantities, reduce, type Reduced } from './reduction';
import { loadSolver } from './solver';
import type { OptimalMixOptions, OptimalMixOutcome } from './types';
import { solveWholeUnits } from './wholeUnits';

/**
 * The best product mix, proven by LP duality in the owner's units, with the classic TOC plan
 * beside it. Runs in the caller's thread (use the worker client in the pane); HiGHS is loaded
 * only when a step needs it (whole units, or the fallback of the continuous solve).
 */
export async function solveOptimalMix(
  given: MixProblem,
  options: OptimalMixOptions = {}
): Promise<OptimalMixOutcome> {
  const { maxNodes } = options;
  if (maxNodes !== undefined && !(Number.isInteger(maxNodes) && maxNodes >= 0)) {
    throw new RangeError(`maxNodes must be a whole number ≥ 0, got ${maxNodes}`);
  }
  const clock = startClock(options.timeLimitMs, options.signal);
  const refused = refuse(given);
  if (refused) return refused;
  // Whole units: minimums round up and demands down to whole units first (core's rule).
  const problem = given.wholeUnits
    ? { ...given, products: wholeUnitBounds(given.products) }
    : given;
  if (clock.cancelled()) return { status: 'cancelled' };
  const main = reduce(problem, true);
  const infeasible = infeasibleMinimums(problem, main);
  if (infeasible) return infeasible;
  const plan = await solvePlan(problem, main, clock, maxNodes);
  if (plan === null) return { status: 'cancelled' };
  const withoutMinimums = hasMinimums(problem.products)
    ? await solvePlan(problem, reduce(problem, false), clock, maxNodes)
    : plan;
  if (withoutMinimums === null) return { status: 'cancelled' };
  const greedy = planProductMix(problem);
  const greedyPlan =
    greedy.status === 'planned'
      ? { throughput: greedy.throughput, quantity: greedy.quantity }
      : null;
  return describePlan(problem, plan, withoutMinimums.throughput, greedyPlan, clock.elapsedMs());
}

/** Outcomes decided before any solve: bad input, an unlimited plan. */
function refuse(problem: MixProblem): OptimalMixOutcome | null {
  const { products, resources } = problem;
  const issues = findInputIssues(products, resources, problem.operatingExpense, problem.wholeUnits);
  if (issues.length > 0) return { status: 'invalid', issues };
  for (let i = 0; i < products.count; i++) {
    const earns = (products.price[i] as number) > (products.tvc[i] as number);
    const unlimited = products.demand[i] === Number.POSITIVE_INFINITY;
    if (earns && unlimited && products.usage.every((column) => column[i] === 0)) {
      return { status: 'unbounded', product: i };
    }
  }
  return null;
}

/** Minimums that do not fit (in whole units: rounded up to whole units first). */
function infeasibleMinimums(problem: MixProblem, reduced: Reduced): OptimalMixOutcome | null {
  const shortfall = reduced.shortfall;
  if (!shortfall) return null;
  const capacity = problem.resources[shortfall.resource]?.capacity ?? 0;
  return { status: 'infeasible', ...shortfall, capacity, excess: shortfall.required - capacity };
}

/** One solve: continuous optimum, then whole units if asked. `null` when cancelled. */
async function solvePlan(
  problem: MixProblem,
  reduced: Reduced,
  clock: Clock,
  maxNodes: number | undefined
): Promise<Solved | null> {
  const continuous = await solveContinuous(reduced, clock, loadSolver);
  if (continuous.status === 'cancelled') return null;
  const base = {
    y: continuous.prices,
    capacityShift: reduced.capacity,
    stats: {
      method: 'method' in continuous ? continuous.method : 'dualSimplex',
      iterations: continuous.iterations,
    },
  } as const;
  if (continuous.status !== 'optimal') {
    // Out of time before any optimum: the minimums alone are a plan; the prices still bound ΣT.
    const x = new Float64Array(reduced.count);
    return {
      ...base,
      ...planOf(problem, reduced, x),
      status: 'timeLimit',
      bound: continuous.bound,
      rangeDown: null,
      rangeUp: null,
    };
  }
  let x = continuous.x;
  let bound = continuous.bound;
  let status: Solved['status'] = continuous.certified ? 'optimal' : 'feasible';
  if (problem.wholeUnits && bound !== null) {
    const limits = { clock, maxNodes };
    const whole = await solveWholeUnits(reduced, { ...continuous, bound }, limits, loadSolver);
    if (clock.cancelled()) return null;
    x = whole.x;
    bound = whole.bound;
    status = whole.proven ? status : clock.expired() ? 'timeLimit' : 'feasible';
  }
  const ranges = { rangeDown: continuous.rangeDown, rangeUp: continuous.rangeUp };
  return { ...base, ...planOf(problem, reduced, x), status, bound, ...ranges };
}

/**
 * q = minimum + x, with 29.999999999999996 units shown as 30 (solver round-off, not a plan) where
 * that keeps every quantity within its bounds and every resource within its capacity.
 */
function planOf(
  problem: MixProblem,
  reduced: Reduced,
  x: Float64Array
): { quantity: Float64Array; throughput: number } {
  const exact = quantities(reduced, x);
  const snapped = exact.map(snap);
  const quantity = fitsProblem(problem, snapped) ? snapped : exact;
  let throughput = 0;
  quantity.forEach((q, i) => (throughput += q === 0 ? 0 : q * (reduced.t[i] as number)));
  return { quantity, throughput };
}

function snap(q: number): number {
  const whole = Math.round(q);
  return Math.abs(q - whole) <= 1e-9 * Math.max(1, Math.abs(q)) ? whole : q;
}
