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
  /** Per product: AT_LOWER (+1), AT_UPPER (−1) or BASIC (0). */
  readonly status: Int8Array;
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
  const status = new Int8Array(lp.n);
  for (let j = 0; j < lp.n; j++) status[j] = (lp.cost[j] as number) < 0 ? AT_UPPER : AT_LOWER;
  const state = emptyState(lp, status);
  recountLoads(state);
  return state;
}

/** A slack basis at zero prices with the given bounds; `used` not yet counted. */
export function emptyState(lp: ScaledLp, status: Int8Array): DualSimplex {
  return {
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
  const { flips, flipCount } = test;
  for (let f = 0; f < flipCount; f++) {
    const j = flips[f] as number;
    state.status[j] = -(state.status[j] as number);
  }
  // Many flips (the first steps flip most products): one pass per row beats a column per flip.
  if (flipCount * 4 > state.lp.n) {
    recountLoads(state);
    return;
  }
  for (let f = 0; f < flipCount; f++) {
    const j = flips[f] as number;
    addColumn(state, j, state.status[j] === AT_UPPER ? 1 : -1);
  }
}

/** used_r = Σ A'[r][j] over the products at their upper bound. */
export function recountLoads(state: DualSimplex): void {
  const { lp, status, used } = state;
  const atUpper = new Float64Array(lp.n);
  for (let j = 0; j < lp.n; j++) atUpper[j] = status[j] === AT_UPPER ? 1 : 0;
  for (let r = 0; r < lp.m; r++) used[r] = dot(lp.rows[r] as Float64Array, atUpper);
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] as number) * (b[j] as number);
  return sum;
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
  const { d, basis } = state;
  for (let j = 0; j < d.length; j++) d[j] = (d[j] as number) - step * (alpha[j] as number);
  // Basic products keep d = 0 (their α is 0 but for round-off).
  for (let b = 0; b < basis.k; b++) d[basis.colsIn[b] as number] = 0;
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

/** d_j = c'_j − Σ_r y_r·A'[r][j], from scratch. */
export function reducedCostsOnly(state: DualSimplex): void {
  const { lp, d, y } = state;
  d.set(lp.cost);
  for (let r = 0; r < lp.m; r++) {
    const price = y[r] as number;
    if (price === 0) continue;
    const row = lp.rows[r] as Float64Array;
    for (let j = 0; j < lp.n; j++) d[j] = (d[j] as number) - price * (row[j] as number);
  }
  for (let b = 0; b < state.basis.k; b++) d[state.basis.colsIn[b] as number] = 0;
}

/** Loads and reduced costs from scratch. */
export function refresh(state: DualSimplex): void {
  reducedCostsOnly(state);
  recountLoads(state);
}
