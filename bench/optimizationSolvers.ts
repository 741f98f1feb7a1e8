/**
 * The solver choice, measured: the full LP of one problem shape (n products × R resources,
 * bounded columns, continuous) by HiGHS (default simplex), glpk.js (GPL-3.0: measured here only,
 * never shipped) and YALPS, beside our margin method on HiGHS. Run by hand (see
 * docs/optimization.md); not part of `npm run bench`, since the slow solvers take minutes.
 */
import type { MixProblem } from '../src/core';
import { solveOptimalMix } from '../src/core/optimization';
import { randomMixProblem } from './optimizationProblems';

type Timing = {
  solver: string;
  n: number;
  resources: number;
  ms: number | null;
  objective: number | null;
  note: string;
};

const t = (problem: MixProblem, i: number): number =>
  (problem.products.price[i] as number) - (problem.products.tvc[i] as number);

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

// One instance, as our solver keeps one: the comparison is of solving, not of loading.
let loaded: Promise<Awaited<ReturnType<(typeof import('highs'))['default']>>> | null = null;

async function highsFull(problem: MixProblem, limitSeconds: number): Promise<number | null> {
  loaded ??= import('highs').then((module) => module.default());
  const highs = await loaded;
  const { products, resources } = problem;
  const n = products.count;
  const starts = new Int32Array(n + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    starts[i] = indices.length;
    products.usage.forEach((column, r) => {
      if (column[i] === 0) return;
      indices.push(r);
      values.push(column[i] as number);
    });
  }
  starts[n] = indices.length;
  const model = highs.createModel({
    numCols: n,
    numRows: resources.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from({ length: n }, (_, i) => t(problem, i)),
    colLower: new Float64Array(n),
    colUpper: products.demand.map((d) => (d === Infinity ? highs.infinity : d)),
    rowLower: new Float64Array(resources.length).fill(-highs.infinity),
    rowUpper: Float64Array.from(resources, (r) => r.capacity),
    matrix: {
      format: 'csc',
      numRows: resources.length,
      numCols: n,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  });
  try {
    model.options.set({ output_flag: false, time_limit: limitSeconds });
    const run = model.run();
    return run.modelStatus === highs.constants.modelStatus.optimal
      ? model.getObjectiveValue()
      : null;
  } finally {
    model.dispose();
  }
}

async function glpkFull(problem: MixProblem, limitSeconds: number): Promise<number | null> {
  const name = 'glpk.js/node';
  const glpk = await ((await import(name)) as { default: () => Promise<any> }).default(); // eslint-disable-line @typescript-eslint/no-explicit-any
  const { products, resources } = problem;
  const vars = Array.from({ length: products.count }, (_, i) => ({
    name: `p${i}`,
    coef: t(problem, i),
  }));
  const subjectTo = resources.map((resource, r) => ({
    name: `r${r}`,
    vars: vars.flatMap((v, i) => {
      const time = (products.usage[r] as Float64Array)[i] as number;
      return time === 0 ? [] : [{ name: v.name, coef: time }];
    }),
    bnds: { type: glpk.GLP_UP, ub: resource.capacity, lb: 0 },
  }));
  const bounds = vars.map((v, i) => {
    const demand = products.demand[i] as number;
    return demand === Infinity
      ? { name: v.name, type: glpk.GLP_LO, lb: 0, ub: 0 }
      : { name: v.name, type: glpk.GLP_DB, lb: 0, ub: demand };
  });
  const lp = {
    name: 'mix',
    objective: { direction: glpk.GLP_MAX, name: 'T', vars },
    subjectTo,
    bounds,
  };
  const result = glpk.solve(lp, { msglev: glpk.GLP_MSG_OFF, tmlim: limitSeconds });
  return result.result.status === glpk.GLP_OPT ? result.result.z : null;
}

async function yalpsFull(problem: MixProblem, limitSeconds: number): Promise<number | null> {
  const { solve } = await import('yalps');
  const { products, resources } = problem;
  const constraints = new Map<string, { max: number }>();
  resources.forEach((resource, r) => constraints.set(`r${r}`, { max: resource.capacity }));
  const variables = new Map<string, Map<string, number>>();
  for (let i = 0; i < products.count; i++) {
    const column = new Map<string, number>([['T', t(problem, i)]]);
    products.usage.forEach((usage, r) => {
      if (usage[i] !== 0) column.set(`r${r}`, usage[i] as number);
    });
    const demand = products.demand[i] as number;
    if (demand !== Infinity) {
      constraints.set(`d${i}`, { max: demand });
      column.set(`d${i}`, 1);
    }
    variables.set(`p${i}`, column);
  }
  const solution = solve(
    { direction: 'maximize', objective: 'T', constraints, variables },
    { timeout: limitSeconds * 1000 }
  );
  return solution.status === 'optimal' ? solution.result : null;
}

async function ours(problem: MixProblem, limitSeconds: number): Promise<number | null> {
  const outcome = await solveOptimalMix(problem, { timeLimitMs: limitSeconds * 1000 });
  return outcome.status === 'optimal' ? outcome.throughput : null;
}

const SOLVERS = {
  'HiGHS margin method (ours)': ours,
  'HiGHS full LP': highsFull,
  'glpk.js full LP': glpkFull,
  'YALPS full LP': yalpsFull,
};

export async function compareSolvers(
  shapes: readonly (readonly [number, number])[],
  limitSeconds: number,
  skip: (solver: string, n: number) => boolean
): Promise<Timing[]> {
  const rows: Timing[] = [];
  for (const [n, resources] of shapes) {
    const problem = randomMixProblem(n, resources, false);
    for (const [solver, run] of Object.entries(SOLVERS)) {
      if (skip(solver, n)) {
        rows.push({
          solver,
          n,
          resources,
          ms: null,
          objective: null,
          note: 'not run at this size',
        });
        continue;
      }
      const { ms, value } = await timed(() => run(problem, limitSeconds));
      const note = value === null ? `no optimum within ${limitSeconds} s` : '';
      rows.push({ solver, n, resources, ms: Math.round(ms), objective: value, note });
      process.stdout.write(
        `${solver} ${n}×${resources}: ${Math.round(ms)} ms ${value ?? ''} ${note}\n`
      );
    }
  }
  return rows;
}
