import type { Highs, ModelData } from 'highs';
import type { Clock } from './clock';

/**
 * HiGHS (MIT, compiled to WebAssembly) is loaded on first use, so the functions and the pane start
 * as fast as without it; one instance is shared by every later solve.
 */
let loading: Promise<Highs> | null = null;

export function loadSolver(): Promise<Highs> {
  if (loading === null) {
    loading = import('highs').then((module) => module.default()) as Promise<Highs>;
    // A failed load (a missing .wasm asset) is retried on the next call, not cached.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** A restricted model: some products' excess over their minimum, against the time left. */
export type RestrictedModel = {
  /** Products of the model, as indices into the problem's columns. */
  readonly products: Int32Array;
  /** T per unit of every product of the problem. */
  readonly cost: Float64Array;
  /** Units each product may add above its minimum (`Infinity`: unlimited). */
  readonly room: Float64Array;
  readonly usage: readonly Float64Array[];
  /** Time each resource has for these products. */
  readonly rhs: Float64Array;
  readonly integer: boolean;
  readonly ranging: boolean;
  /** A whole-unit plan to start the branch-and-bound from. */
  readonly start?: Float64Array;
  /** A branch-and-bound node budget (deterministic, unlike a time budget). */
  readonly maxNodes?: number;
  /** A time budget shorter than the clock's, for a sub-step. */
  readonly budgetSeconds?: number;
};

export type ModelSolution = {
  readonly status: 'optimal' | 'timeLimit' | 'failed';
  /** Units of each model product (same order as `products`); empty when there is no plan. */
  readonly x: Float64Array;
  /** Row duals (≥ 0 for capacity rows of a maximisation); zeros for a MILP. */
  readonly y: Float64Array;
  /** Capacity ranges (in `rhs` terms) over which each dual holds; `null` without ranging. */
  readonly rangeDown: Float64Array | null;
  readonly rangeUp: Float64Array | null;
};

/** Solves one restricted LP or MILP with HiGHS under the clock's remaining time. */
export function solveModel(highs: Highs, model: RestrictedModel, clock: Clock): ModelSolution {
  const data = modelData(highs, model);
  const handle = highs.createModel(data);
  try {
    handle.options.set({
      output_flag: false,
      time_limit: Math.max(
        Math.min(clock.remainingSeconds(), model.budgetSeconds ?? Infinity),
        0.001
      ),
      ...(model.integer ? { mip_rel_gap: 1e-9 } : {}),
      ...(model.maxNodes === undefined ? {} : { mip_max_nodes: model.maxNodes }),
    });
    // The start is a hint: HiGHS may refuse one (status −1) and search without it.
    if (model.start) handle.raw.setSolution({ colValue: model.start });
    const interrupt = (event: { interrupt(): void }): undefined => {
      if (clock.cancelled()) event.interrupt();
      return undefined;
    };
    const type = highs.constants.callbackType;
    const run = handle.run({ [type.simplexInterrupt]: interrupt, [type.mipInterrupt]: interrupt });
    return readSolution(highs, handle, model, run.modelStatus);
  } finally {
    handle.dispose();
  }
}

function readSolution(
  highs: Highs,
  handle: ReturnType<Highs['createModel']>,
  model: RestrictedModel,
  status: number
): ModelSolution {
  const codes = highs.constants.modelStatus;
  const rows = model.rhs.length;
  const none = {
    x: new Float64Array(0),
    y: new Float64Array(rows),
    rangeDown: null,
    rangeUp: null,
  };
  // A limit (time, nodes) may stop HiGHS with a feasible plan in hand: 2 = feasible.
  const hasPlan = status === codes.optimal || handle.info.get('primal_solution_status') === 2;
  if (!hasPlan) return { status: 'failed', ...none };
  const solution = handle.getSolution();
  if (solution.colValue.length !== model.products.length) return { status: 'failed', ...none };
  const optimal = status === codes.optimal;
  const ranges = optimal && model.ranging && !model.integer ? handle.getRanging() : null;
  return {
    status: optimal ? 'optimal' : 'timeLimit',
    x: solution.colValue,
    y: model.integer ? new Float64Array(rows) : solution.rowDual,
    rangeDown: ranges ? ranges.rowBoundDown.value : null,
    rangeUp: ranges ? ranges.rowBoundUp.value : null,
  };
}

/** The column-wise (CSC) model of `model.products` × resources. */
function modelData(highs: Highs, model: RestrictedModel): ModelData {
  const { products, usage, rhs } = model;
  const n = products.length;
  const rows = rhs.length;
  const starts = new Int32Array(n + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const colCost = new Float64Array(n);
  const colUpper = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = products[k] as number;
    starts[k] = indices.length;
    colCost[k] = model.cost[i] as number;
    const room = model.room[i] as number;
    colUpper[k] = room === Number.POSITIVE_INFINITY ? highs.infinity : room;
    for (let r = 0; r < rows; r++) {
      const time = (usage[r] as Float64Array)[i] as number;
      if (time !== 0) {
        indices.push(r);
        values.push(time);
      }
    }
  }
  starts[n] = indices.length;
  return {
    numCols: n,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(n),
    colUpper,
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper: rhs,
    matrix: {
      format: 'csc',
      numRows: rows,
      numCols: n,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    ...(model.integer ? { integrality: new Int32Array(n).fill(1) } : {}),
  };
}
