import {
  AT_LOWER,
  AT_UPPER,
  BASIC,
  basicValues,
  pivotRow,
  pivotRowEntries,
  refactor,
  rowPrices,
  slackBasis,
  type Basis,
} from './basis';
import { chooseLeaving, type Leaving } from './pricing';
import { boundFlippingRatioTest, ratioWork, type RatioTest } from './ratioTest';
import type { ScaledLp } from './scaledLp';

/**
 * The bounded dual simplex of the mix LP. It starts where every product is sold to its full box
 * and no time has a price (dual feasible, since every product earns), and raises the prices of
 * overloaded resources until no row is overloaded: then the plan is feasible and, every reduced
 * cost having the sign its bound needs, optimal. One row per resource, so the basis is tiny; the
 * work per iteration is pricing the n products against one row of B⁻¹.
 */
export type DualSimplex = {
  readonly lp: ScaledLp;
  readonly basis: Basis;
  /** Per product: AT_LOWER, AT_UPPER or BASIC. */
  readonly status: Uint8Array;
  /** Reduced costs d_j = c'_j − y·A'_j (0 for basic products). */
  readonly d: Float64Array;
  /** Row prices of the scaled minimisation (≤ 0). */
  readonly y: Float64Array;
  /** Σ of A'_j over products at their upper bound. */
  readonly used: Float64Array;
  readonly xS: Float64Array;
  readonly slack: Float64Array;
  iterations: number;
};

export type StepResult = 'optimal' | 'running' | 'failed';

// Reduced costs and loads are recomputed from scratch this often, so updates never drift.
const REFRESH = 16;

export function startDualSimplex(lp: ScaledLp): DualSimplex {
  const status = new Uint8Array(lp.n);
  for (let j = 0; j < lp.n; j++) status[j] = (lp.cost[j] as number) < 0 ? AT_UPPER : AT_LOWER;
  const state: DualSimplex = {
    lp,
    basis: slackBasis(lp.m),
    status,
    d: Float64Array.from(lp.cost),
    y: new Float64Array(lp.m),
    used: new Float64Array(lp.m),
    xS: new Float64Array(lp.m),
    slack: new Float64Array(lp.m),
    iterations: 0,
  };
  refresh(state);
  return state;
}

type Scratch = {
  readonly rho: Float64Array;
  readonly rowList: Int32Array;
  readonly alpha: Float64Array;
  readonly work: ReturnType<typeof ratioWork>;
  readonly test: RatioTest;
  readonly leaving: Leaving;
};

const scratchOf = new WeakMap<DualSimplex, Scratch>();

function scratch(state: DualSimplex): Scratch {
  let found = scratchOf.get(state);
  if (!found) {
    const { n, m } = state.lp;
    found = {
      rho: new Float64Array(m),
      rowList: new Int32Array(m),
      alpha: new Float64Array(n),
      work: ratioWork(n, m),
      test: { entering: -1, enteringRow: -1, step: 0, flips: new Int32Array(n), flipCount: 0 },
      leaving: { slackRow: -1, position: -1, infeasibility: 0 },
    };
    scratchOf.set(state, found);
  }
  return found;
}

/** Runs up to `count` iterations. */
export function iterate(state: DualSimplex, count: number): StepResult {
  const { lp, basis } = state;
  const { rho, rowList, alpha, work, test, leaving } = scratch(state);
  for (let step = 0; step < count; step++) {
    basicValues(lp, basis, state.used, state.xS, state.slack);
    if (!chooseLeaving(lp, basis, state.xS, state.slack, leaving)) return 'optimal';
    pivotRow(lp, basis, leaving, rho);
    pivotRowEntries(lp, rho, alpha, rowList);
    const direction = leaving.infeasibility < 0 ? -1 : 1;
    const slope = Math.abs(leaving.infeasibility);
    const args = [state.d, state.y, alpha, rho, direction, slope, work, test] as const;
    const found = boundFlippingRatioTest(lp, basis, state.status, ...args);
    if (!found) return 'failed';
    applyFlips(state, found);
    updateReducedCosts(state, alpha, found.step);
    changeBasis(state, leaving, found, direction);
    if (!refactor(lp, basis)) return 'failed';
    rowPrices(lp, basis, state.y);
    state.iterations++;
    if (state.iterations % REFRESH === 0) refresh(state);
  }
  return 'running';
}

function applyFlips(state: DualSimplex, test: RatioTest): void {
  for (let f = 0; f < test.flipCount; f++) {
    const j = test.flips[f] as number;
    const up = state.status[j] === AT_LOWER;
    state.status[j] = up ? AT_UPPER : AT_LOWER;
    addColumn(state, j, up ? 1 : -1);
  }
}

function addColumn(state: DualSimplex, j: number, sign: number): void {
  const { rows } = state.lp;
  for (let r = 0; r < rows.length; r++) {
    const value = (rows[r] as Float64Array)[j] as number;
    if (value !== 0) state.used[r] = (state.used[r] as number) + sign * value;
  }
}

function updateReducedCosts(state: DualSimplex, alpha: Float64Array, step: number): void {
  if (step === 0) return;
  const { d, status } = state;
  for (let j = 0; j < d.length; j++) {
    if (status[j] !== BASIC) d[j] = (d[j] as number) - step * (alpha[j] as number);
  }
}

function changeBasis(
  state: DualSimplex,
  leaving: Leaving,
  test: RatioTest,
  direction: number
): void {
  const { basis, status } = state;
  const { rowsIn, colsIn, rowPos } = basis;
  if (test.entering >= 0) {
    const q = test.entering;
    if (status[q] === AT_UPPER) addColumn(state, q, -1);
    status[q] = BASIC;
    state.d[q] = 0;
  }
  if (leaving.slackRow < 0) {
    const b = leaving.position;
    const p = colsIn[b] as number;
    status[p] = direction < 0 ? AT_LOWER : AT_UPPER;
    state.d[p] = -test.step;
    if (direction > 0) addColumn(state, p, 1);
    if (test.entering >= 0) colsIn[b] = test.entering;
    else removeTight(basis, rowPos[test.enteringRow] as number, b);
    return;
  }
  const r0 = leaving.slackRow;
  if (test.entering >= 0) {
    rowsIn[basis.k] = r0;
    colsIn[basis.k] = test.entering;
    rowPos[r0] = basis.k;
    basis.k++;
  } else {
    const a = rowPos[test.enteringRow] as number;
    rowsIn[a] = r0;
    rowPos[r0] = a;
    rowPos[test.enteringRow] = -1;
  }
}

/** Row R[a]'s slack and product S[b] leave the small basis together. */
function removeTight(basis: Basis, a: number, b: number): void {
  const last = basis.k - 1;
  const { rowsIn, colsIn, rowPos } = basis;
  rowPos[rowsIn[a] as number] = -1;
  rowsIn[a] = rowsIn[last] as number;
  if (a !== last) rowPos[rowsIn[a] as number] = a;
  colsIn[b] = colsIn[last] as number;
  basis.k = last;
}

/** Loads and reduced costs from scratch: d_j = c'_j − Σ_r y_r·A'[r][j]. */
export function refresh(state: DualSimplex): void {
  const { lp, status, d, y, used } = state;
  d.set(lp.cost);
  used.fill(0);
  for (let r = 0; r < lp.m; r++) {
    const row = lp.rows[r] as Float64Array;
    const price = y[r] as number;
    let load = 0;
    for (let j = 0; j < lp.n; j++) {
      const value = row[j] as number;
      if (status[j] === AT_UPPER) load += value;
      if (price !== 0) d[j] = (d[j] as number) - price * value;
    }
    used[r] = load;
  }
  for (let b = 0; b < state.basis.k; b++) d[state.basis.colsIn[b] as number] = 0;
}
