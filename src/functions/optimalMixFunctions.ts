/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.OPTIMALMIX: the exact product mix when several resources bind (LP/MILP, HiGHS in
 * WebAssembly), with the classic TOC plan beside it. The JSDoc is the Excel help.
 */
import type { MixProblem } from '../core';
import {
  sharedOptimalMixClient,
  solveOptimalMix,
  type OptimalMixClient,
  type OptimalMixOutcome,
  type SolverWorker,
} from '../core/optimization';
import { fail } from './argumentProblems';
import {
  isOmitted,
  numberCells,
  numberColumn,
  optionalBoolean,
  sameLength,
  textColumn,
} from './arguments';
import { isRussianDisplay } from './displayLanguage';
import { excelError, tooLarge } from './excelErrors';
import { say } from './messages';
import { planOrThrow, type ArgumentNames } from './mixOutcome';
import { OPTIMAL_MIX_LABELS, type OptimalMixLabels } from './optimalMixLabels';
import type { ResultCell } from './results';

// In-process solves must end well before Office restarts an unresponsive add-in (5 s).
const IN_PROCESS_LIMIT_MS = 3000;
const WORKER_LIMIT_MS = 30_000;

let client: OptimalMixClient | null = null;

/**
 * Solve in a Web Worker from now on. The bundle entry calls it, since only webpack understands
 * `new Worker(new URL('../core/optimization/worker.ts', import.meta.url))`.
 */
export function useSolverWorker(createWorker: () => SolverWorker): void {
  client = sharedOptimalMixClient(createWorker);
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

/** usage as one row per product and one column per resource, checked against capacity's width. */
function readUsage(usage: unknown, products: number, resources: number): Float64Array[] {
  const cells = numberCells(usage, 'usage');
  const rows = Array.isArray(usage) ? usage.length : 1;
  if (rows !== products || cells.length !== products * resources) {
    const columns = Math.round(cells.length / Math.max(rows, 1));
    fail({
      kind: 'lengthMismatch',
      argument: 'usage',
      length: rows === products ? columns : rows,
      expected:
        rows === products
          ? { argument: 'capacity', length: resources }
          : { argument: 'price', length: products },
      unit: rows === products ? 'cells' : 'rows',
    });
  }
  return Array.from({ length: resources }, (_, r) =>
    Float64Array.from({ length: products }, (_, i) => cells[i * resources + r] as number)
  );
}

function readProblem(args: {
  names: unknown;
  price: unknown;
  tvc: unknown;
  usage: unknown;
  capacity: unknown;
  demand: unknown;
  minimum: unknown;
  wholeUnits: unknown;
}): MixProblem {
  const capacity = numberCells(args.capacity, 'capacity', { allowNegative: true });
  const names = textColumn(args.names, 'names');
  const price = numberColumn(args.price, 'price');
  const tvc = numberColumn(args.tvc, 'tvc');
  const demand = numberColumn(args.demand, 'demand');
  const minimum = isOmitted(args.minimum)
    ? { ...price, argument: 'minimum', values: new Float64Array(price.values.length) }
    : numberColumn(args.minimum, 'minimum');
  sameLength(names, price, tvc, demand, minimum);
  const count = names.values.length;
  const usage = readUsage(args.usage, count, capacity.length);
  return {
    products: {
      count,
      names: names.values.map((name, i) => (name === '' ? `#${i + 1}` : name)),
      price: price.values,
      tvc: tvc.values,
      demand: demand.values,
      minimum: minimum.values,
      usage,
    },
    resources: capacity.map((hours, r) => ({ name: `${r + 1}`, capacity: hours })),
    operatingExpense: null,
    wholeUnits: optionalBoolean(args.wholeUnits, 'wholeUnits', true),
  };
}

function solve(problem: MixProblem): Promise<OptimalMixOutcome> {
  return client
    ? client.solve(problem, { timeLimitMs: WORKER_LIMIT_MS })
    : solveOptimalMix(problem, { timeLimitMs: IN_PROCESS_LIMIT_MS });
}

function resultOrThrow(outcome: OptimalMixOutcome): Planned {
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
          resource: outcome.resource + 1,
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
function spillPlan(problem: MixProblem, result: Planned, labels: OptimalMixLabels): ResultCell[][] {
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
    rows.push([labels.shadowPrice(r + 1), value, holds]);
  });
  return rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? tooLarge() : cell))
  );
}

/**
 * The best product mix when several resources bind (linear programming, proven optimal), with the classic TOC plan beside it. Spills product, quantity and T, then ΣT optimal, ΣT of the TOC ranking, the difference and why, the T lost to minimums, and the value of one more hour (minute) of each resource. Example: =TA.OPTIMALMIX(A2:A10, B2:B10, C2:C10, D2:F10, D12:F12, G2:G10) or =TA.OPTIMALMIX(A2:A10; B2:B10; C2:C10; D2:F10; D12:F12; G2:G10).
 * @customfunction OPTIMALMIX
 * @param names Product names; one column of products.
 * @param price Selling price per unit, money; same size as names.
 * @param tvc Totally variable cost per unit, money; same size as names.
 * @param usage Hours (or minutes) each unit takes on each resource: one row per product, one column per resource.
 * @param capacity Hours (or minutes) each resource has in the period: one row, as wide as usage; each > 0.
 * @param demand Units the market will take in the period; blank = 0; same size as names.
 * @param [minimum] Units that must be sold whatever they earn ("political" minimum); omitted: none.
 * @param [wholeUnits] TRUE plans whole units, FALSE allows fractions; omitted: TRUE.
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
  wholeUnits?: any
): Promise<any[][]> {
  const problem = readProblem({ names, price, tvc, usage, capacity, demand, minimum, wholeUnits });
  const result = resultOrThrow(await solve(problem));
  return spillPlan(problem, result, OPTIMAL_MIX_LABELS[isRussianDisplay() ? 'ru' : 'en']);
}
