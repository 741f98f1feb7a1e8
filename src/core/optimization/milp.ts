import type { Highs } from 'highs';
import type { Clock } from './clock';

/**
 * One whole-unit model for HiGHS's branch and cut: max Σ t_k·x_k subject to Σ_k a_rk·x_k ≤ rhs_r,
 * lower_k ≤ x_k ≤ upper_k, x whole. Rows are scaled by their right-hand side and costs by the
 * largest, so no number HiGHS sees is outside what it accepts (|a| ≤ 1e15, |c| < 1e20); a column
 * cannot be scaled without losing its wholeness.
 *
 * Limits are deterministic (a node budget), so the same problem gets the same answer on any
 * machine and under any load; the clock is only the safety net that turns into `timeLimit`.
 */
export type MilpModel = {
  readonly cost: Float64Array;
  /** rows[r][k]: time of resource r per unit of column k. */
  readonly rows: readonly Float64Array[];
  readonly rhs: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** A whole-unit plan to start from (HiGHS may refuse it and search without). */
  readonly start: Float64Array | null;
  /** Whether Σ t·x is whole for every whole x: then a gap below 1 proves the optimum. */
  readonly integral: boolean;
};

export type MilpResult = {
  /** 'optimal': proven; 'infeasible': no plan at all (so none better than the caller's). */
  readonly status: 'optimal' | 'infeasible' | 'limit' | 'failed';
  /** The best plan found, whole units, or null. */
  readonly x: Float64Array | null;
  /** Proven upper bound on the objective (Infinity when none). */
  readonly bound: number;
};

/**
 * The node budget: a work budget spread over the nodes, where a node costs about columns × rows
 * and the tree a proof needs grows fast with the rows: W ÷ (columns × rows³), 20 to 5,000. So
 * the bench's 2,000 products × 5 resources (481 left free) get 4,989 nodes, enough to prove what
 * HiGHS proves on the whole problem (the proof takes 3,249), while 200 × 20, which HiGHS cannot
 * prove in 60 s, stops after 187. Depends on the model only: deterministic.
 */
const WORK = 3e8;
export function nodeBudget(columns: number, rows: number): number {
  const cost = Math.max(1, columns * rows ** 3);
  return Math.min(5000, Math.max(20, Math.floor(WORK / cost)));
}

/** `maxNodes`: the caller's budget in place of the size-based one. */
export function solveMilp(
  highs: Highs,
  model: MilpModel,
  clock: Clock,
  maxNodes?: number
): MilpResult {
  const n = model.cost.length;
  const scale = model.cost.reduce((most, c) => Math.max(most, Math.abs(c)), 0) || 1;
  let handle: ReturnType<Highs['createModel']>;
  try {
    handle = highs.createModel(modelData(highs, model, scale));
  } catch {
    return { status: 'failed', x: null, bound: Number.POSITIVE_INFINITY };
  }
  try {
    handle.options.set({
      output_flag: false,
      time_limit: Math.max(clock.remainingSeconds(), 0.001),
      mip_max_nodes: maxNodes ?? nodeBudget(n, model.rows.length),
      mip_rel_gap: 0,
      mip_abs_gap: (model.integral ? 0.5 : 1e-9) / scale,
      mip_feasibility_tolerance: 1e-9,
      primal_feasibility_tolerance: 1e-9,
      small_matrix_value: 1e-12,
    });
    if (model.start) handle.raw.setSolution({ colValue: model.start });
    const interrupt = (event: { interrupt(): void }): undefined => {
      if (clock.cancelled()) event.interrupt();
      return undefined;
    };
    const type = highs.constants.callbackType;
    const run = handle.run({ [type.mipInterrupt]: interrupt, [type.simplexInterrupt]: interrupt });
    const codes = highs.constants.modelStatus;
    if (run.modelStatus === codes.infeasible) {
      return { status: 'infeasible', x: null, bound: Number.NEGATIVE_INFINITY };
    }
    const bound = Number(handle.info.get('mip_dual_bound')) * scale;
    const hasPlan = handle.info.get('primal_solution_status') === 2;
    const x = hasPlan ? Float64Array.from(handle.getSolution().colValue, Math.round) : null;
    if (x && x.length !== n) return { status: 'failed', x: null, bound: Infinity };
    const optimal = run.modelStatus === codes.optimal;
    return {
      status: optimal ? 'optimal' : 'limit',
      x,
      bound: Number.isFinite(bound) ? bound : Number.POSITIVE_INFINITY,
    };
  } catch {
    return { status: 'failed', x: null, bound: Number.POSITIVE_INFINITY };
  } finally {
    handle.dispose();
  }
}

function modelData(highs: Highs, model: MilpModel, scale: number) {
  const n = model.cost.length;
  const m = model.rows.length;
  const rowScale = Float64Array.from(model.rhs, (b) => (b > 0 ? b : 1));
  const starts = new Int32Array(n + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < n; k++) {
    starts[k] = indices.length;
    for (let r = 0; r < m; r++) {
      const value = (model.rows[r] as Float64Array)[k] as number;
      if (value === 0) continue;
      indices.push(r);
      values.push(value / (rowScale[r] as number));
    }
  }
  starts[n] = indices.length;
  return {
    numCols: n,
    numRows: m,
    sense: highs.constants.objectiveSense.maximize,
    colCost: model.cost.map((c) => c / scale),
    colLower: model.lower,
    colUpper: model.upper.map((u) => (u === Number.POSITIVE_INFINITY ? highs.infinity : u)),
    rowLower: new Float64Array(m).fill(-highs.infinity),
    rowUpper: Float64Array.from(model.rhs, (b, r) => b / (rowScale[r] as number)),
    matrix: {
      format: 'csc' as const,
      numRows: m,
      numCols: n,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    integrality: new Int32Array(n).fill(1),
  };
}
