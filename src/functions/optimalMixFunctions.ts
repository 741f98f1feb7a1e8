/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.OPTIMALMIX: the exact product mix when several resources bind (LP/MILP in the engine's
 * solver), with the classic TOC plan beside it. The JSDoc is the Excel help. Excel cancels the
 * call when its inputs change or the user presses Esc: the solve then stops at its next step (the
 * worker stays warm for the next call) and its answer never reaches the cell.
 */
import type { MixProblem } from '../core';
import {
  replaceSharedOptimalMixClient,
  solveOptimalMix,
  type OptimalMixClient,
  type OptimalMixOutcome,
  type SolverWorker,
} from '../core/optimization';
import { excelError, tooLarge } from './excelErrors';
import { say } from './messages';
import { planOrThrow, type ArgumentNames } from './mixOutcome';
import { readOptimalMix } from './optimalMixArguments';
import { OPTIMAL_MIX_LABELS, type OptimalMixLabels } from './optimalMixLabels';
import { resultLanguage } from './resultLanguage';
import type { ResultCell } from './results';
import { solverFailure } from './solverFailure';

// The worker's safety net; every other limit of a solve is deterministic (iterations, nodes), so
// the value depends on the inputs only. In-process (no Worker: Jest) the core's default applies.
const WORKER_LIMIT_MS = 30_000;

let client: OptimalMixClient | null = null;

/**
 * Solve in a Web Worker from now on: the page's one solver worker, which the pane shares. The
 * bundle entry calls it, since only webpack understands
 * `new Worker(new URL('../core/optimization/worker.ts', import.meta.url))`.
 */
export function useSolverWorker(createWorker: () => SolverWorker): void {
  client = replaceSharedOptimalMixClient(createWorker);
}

type Planned = Extract<OptimalMixOutcome, { status: 'optimal' | 'feasible' | 'timeLimit' }>;

const NAMES: ArgumentNames = {
  price: 'price',
  tvc: 'tvc',
  demand: 'demand',
  minimum: 'minimum',
  usage: 'usage',
  capacity: 'capacity',
  orientation: 'column',
};

/** The engine's answer; a solver that throws is answered by the cell most likely at fault. */
async function solve(problem: MixProblem, signal: AbortSignal): Promise<OptimalMixOutcome> {
  try {
    return await (client
      ? client.solve(problem, { timeLimitMs: WORKER_LIMIT_MS, signal })
      : solveOptimalMix(problem, { signal }));
  } catch {
    throw solverFailure(problem);
  }
}

function resultOrThrow(outcome: OptimalMixOutcome, resourceNames: readonly string[]): Planned {
  switch (outcome.status) {
    case 'optimal':
    case 'feasible':
    case 'timeLimit':
      return outcome;
    case 'infeasible':
      throw excelError(
        'notAvailable',
        say('minimumsDoNotFitResource', {
          required: round(outcome.required),
          resource: resourceNames[outcome.resource] || null,
          column: outcome.resource + 1,
          capacity: round(outcome.capacity),
          short: round(outcome.excess),
        })
      );
    case 'cancelled':
      throw excelError('notAvailable', say('cancelled'));
    case 'overflow':
      throw tooLarge();
    case 'invalid':
    case 'unbounded':
      // The greedy engine's messages name the argument and row; they always throw here.
      planOrThrow(outcome, NAMES);
      throw excelError('value', say('invalidInput'));
  }
}

function round(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** The spilled answer: the plan, then ΣT optimal and greedy, the difference and the duals. */
function spillPlan(
  problem: MixProblem,
  result: Planned,
  resourceNames: readonly string[],
  labels: OptimalMixLabels
): ResultCell[][] {
  const { names, price, tvc } = problem.products;
  const rows: ResultCell[][] = [[labels.product, labels.quantity, labels.throughput]];
  result.quantity.forEach((q, i) => {
    rows.push([names[i] ?? '', q, q * ((price[i] as number) - (tvc[i] as number))]);
  });
  rows.push(['', '', '']);
  rows.push([labels.optimal, result.throughput, labels.status[result.status]]);
  rows.push([labels.greedy, result.greedy?.throughput ?? '', '']);
  rows.push([
    labels.difference,
    result.difference,
    result.reason ? labels.reasons[result.reason] : '',
  ]);
  rows.push([labels.lostToMinimums, result.lostToMinimums, '']);
  rows.push([labels.gap, result.gap ?? '', '']);
  result.shadowPrices.forEach((value, r) => {
    const range = result.dualRanges[r];
    const holds = value > 0 && range ? labels.holds(range.from, range.to) : '';
    const name = resourceNames[r] || labels.resource(r + 1);
    rows.push([labels.shadowPrice(name), value, holds]);
  });
  return rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? tooLarge() : cell))
  );
}

/**
 * The best product mix when several resources bind (linear programming, proven optimal), with the classic TOC plan beside it. Spills product, quantity and T, then ΣT optimal, ΣT of the TOC ranking, the difference and why, the T lost to minimums, and what one more unit of each resource's capacity adds to ΣT (its shadow price), by the resource's name. Example: =TA.OPTIMALMIX(A2:A10, B2:B10, C2:C10, D2:F10, D12:F12, G2:G10, , , D1:F1) or =TA.OPTIMALMIX(A2:A10; B2:B10; C2:C10; D2:F10; D12:F12; G2:G10; ; ; D1:F1).
 * @customfunction OPTIMALMIX
 * @param names Product names; one column of products.
 * @param price Selling price per unit, money; same size as names.
 * @param tvc Totally variable cost per unit, money; same size as names.
 * @param usage Hours (or minutes) each unit takes on each resource: one row per product, one column per resource.
 * @param capacity Hours (or minutes) each resource has in the period: one row, as wide as usage; each > 0.
 * @param demand Units the market will take in the period; blank = 0; same size as names.
 * @param [minimum] Units that must be sold whatever they earn ("political" minimum); omitted: none.
 * @param [wholeUnits] TRUE plans whole units, FALSE allows fractions; omitted: TRUE.
 * @param [resourceNames] Name of each resource (e.g. the header row above usage): one row, as wide as capacity; omitted: resource 1, 2…
 * @returns A table of 3 columns: a header, one row per product, a blank row, then the summary rows (one per resource at the end).
 */
export async function optimalMix(
  names: any[][],
  price: any[][],
  tvc: any[][],
  usage: any[][],
  capacity: any[][],
  demand: any[][],
  minimum?: any[][],
  wholeUnits?: any[][],
  resourceNames?: any[][],
  invocation?: CustomFunctions.CancelableInvocation
): Promise<any[][]> {
  const cancel = new AbortController();
  // Excel always passes the invocation last; a caller outside Excel (a test) may leave it out.
  if (invocation) invocation.onCanceled = () => cancel.abort();
  const { problem, resourceNames: resources } = readOptimalMix({
    names,
    price,
    tvc,
    usage,
    capacity,
    demand,
    minimum,
    wholeUnits,
    resourceNames,
  });
  const result = resultOrThrow(await solve(problem, cancel.signal), resources);
  // Excel ignores what a cancelled call returns; the cell waits for the call that replaced it.
  if (cancel.signal.aborted) throw excelError('notAvailable', say('cancelled'));
  return spillPlan(problem, result, resources, OPTIMAL_MIX_LABELS[await resultLanguage()]);
}
