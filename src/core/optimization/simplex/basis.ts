import type { ScaledLp } from './scaledLp';

/**
 * A simplex basis of the mix LP in its small form. Every row's slack is either basic or not;
 * the rows whose slack is not basic (the tight rows R) are exactly as many as the basic products
 * S, and the basis matrix reduces to M = A'[R][S], k × k with k ≤ m:
 *
 *   B = [[M, 0], [A'[¬R][S], I]]   B⁻¹ = [[W, 0], [−A'[¬R][S]·W, I]]   with W = M⁻¹.
 *
 * W is rebuilt from M after every basis change (Gauss–Jordan with partial pivoting): O(k³) is
 * small beside pricing the n products, and a fresh inverse every time never drifts.
 */
export type Basis = {
  k: number;
  /** rowsIn[a] = R[a]. */
  readonly rowsIn: Int32Array;
  /** colsIn[b] = S[b]. */
  readonly colsIn: Int32Array;
  /** Position of row r in R, −1 while its slack is basic. */
  readonly rowPos: Int32Array;
  /** W, row-major with stride m: W[b·m + a]. */
  readonly inverse: Float64Array;
  readonly scratch: Float64Array;
};

/**
 * A product's place, as a sign: +1 at its lower bound, −1 at its upper, 0 basic. The sign is what
 * the ratio test needs (a breakpoint exists where sign·α̃ > 0), so it multiplies instead of branching.
 */
export const AT_LOWER = 1;
export const AT_UPPER = -1;
export const BASIC = 0;

// A pivot this small beside its column's largest entry makes W numerically meaningless.
const SINGULAR = 1e-11;

export function slackBasis(m: number): Basis {
  return {
    k: 0,
    rowsIn: new Int32Array(m),
    colsIn: new Int32Array(m),
    rowPos: new Int32Array(m).fill(-1),
    inverse: new Float64Array(m * m),
    scratch: new Float64Array(2 * m * m),
  };
}

/** W = A'[R][S]⁻¹; false when M is singular. */
export function refactor(lp: ScaledLp, basis: Basis): boolean {
  const { k, rowsIn, colsIn, inverse: w, scratch } = basis;
  const m = lp.m;
  // Augmented [M | I] in scratch, row a = R[a], stride 2k.
  const width = 2 * k;
  for (let a = 0; a < k; a++) {
    const row = lp.rows[rowsIn[a] as number] as Float64Array;
    const base = a * width;
    for (let b = 0; b < k; b++) scratch[base + b] = row[colsIn[b] as number] as number;
    for (let b = 0; b < k; b++) scratch[base + k + b] = a === b ? 1 : 0;
  }
  for (let col = 0; col < k; col++) {
    let pivot = col;
    let best = 0;
    let norm = 0;
    for (let a = col; a < k; a++) {
      const value = Math.abs(scratch[a * width + col] as number);
      norm = Math.max(norm, value);
      if (value > best) {
        best = value;
        pivot = a;
      }
    }
    if (!(best > SINGULAR * Math.max(1, norm))) return false;
    if (pivot !== col) swapRows(scratch, pivot, col, width);
    eliminate(scratch, col, k, width);
  }
  // M⁻¹ sits in the right half, rows indexed by R; W is S × R: W[b][a] = (M⁻¹)[b][a].
  for (let b = 0; b < k; b++) {
    for (let a = 0; a < k; a++) w[b * m + a] = scratch[b * width + k + a] as number;
  }
  return true;
}

function swapRows(matrix: Float64Array, i: number, j: number, width: number): void {
  for (let c = 0; c < width; c++) {
    const t = matrix[i * width + c] as number;
    matrix[i * width + c] = matrix[j * width + c] as number;
    matrix[j * width + c] = t;
  }
}

function eliminate(matrix: Float64Array, col: number, k: number, width: number): void {
  const base = col * width;
  const inv = 1 / (matrix[base + col] as number);
  for (let c = col; c < width; c++) matrix[base + c] = (matrix[base + c] as number) * inv;
  for (let a = 0; a < k; a++) {
    if (a === col) continue;
    const factor = matrix[a * width + col] as number;
    if (factor === 0) continue;
    const row = a * width;
    for (let c = col; c < width; c++) {
      matrix[row + c] = (matrix[row + c] as number) - factor * (matrix[base + c] as number);
    }
  }
}

/**
 * Basic values from the nonbasic products' load `used` (Σ over products at their upper bound):
 * x_S = W·(b'_R − used_R); slack_r = b'_r − used_r − A'[r][S]·x_S for r ∉ R.
 */
export function basicValues(
  lp: ScaledLp,
  basis: Basis,
  used: Float64Array,
  xS: Float64Array,
  slack: Float64Array
): void {
  const { k, rowsIn, colsIn, inverse: w, rowPos } = basis;
  const m = lp.m;
  for (let b = 0; b < k; b++) {
    let value = 0;
    for (let a = 0; a < k; a++) {
      const r = rowsIn[a] as number;
      value += (w[b * m + a] as number) * ((lp.rhs[r] as number) - (used[r] as number));
    }
    xS[b] = value;
  }
  for (let r = 0; r < m; r++) {
    if ((rowPos[r] as number) >= 0) {
      slack[r] = 0;
      continue;
    }
    const row = lp.rows[r] as Float64Array;
    let value = (lp.rhs[r] as number) - (used[r] as number);
    for (let b = 0; b < k; b++) value -= (row[colsIn[b] as number] as number) * (xS[b] as number);
    slack[r] = value;
  }
}

/** Row prices of the scaled LP (≤ 0 in its minimisation): y_R = Wᵀ·c_S, 0 elsewhere. */
export function rowPrices(lp: ScaledLp, basis: Basis, y: Float64Array): void {
  const { k, rowsIn, colsIn, inverse: w } = basis;
  const m = lp.m;
  y.fill(0);
  for (let a = 0; a < k; a++) {
    let value = 0;
    for (let b = 0; b < k; b++) {
      value += (w[b * m + a] as number) * (lp.cost[colsIn[b] as number] as number);
    }
    y[rowsIn[a] as number] = value;
  }
}

/**
 * Row p of B⁻¹ over the rows (ρ): for basic product S[b] it is W's row b on R; for the basic
 * slack of row r it is e_r − (Wᵀ·A'[r][S]) on R.
 */
export function pivotRow(
  lp: ScaledLp,
  basis: Basis,
  leaving: { readonly slackRow: number; readonly position: number },
  rho: Float64Array
): void {
  const { k, rowsIn, colsIn, inverse: w } = basis;
  const m = lp.m;
  rho.fill(0);
  if (leaving.slackRow < 0) {
    const b = leaving.position;
    for (let a = 0; a < k; a++) rho[rowsIn[a] as number] = w[b * m + a] as number;
    return;
  }
  const row = lp.rows[leaving.slackRow] as Float64Array;
  for (let a = 0; a < k; a++) {
    let value = 0;
    for (let b = 0; b < k; b++) {
      value += (row[colsIn[b] as number] as number) * (w[b * m + a] as number);
    }
    rho[rowsIn[a] as number] = -value;
  }
  rho[leaving.slackRow] = 1;
}

/**
 * α_j = ρ·A'[:, j] for every product (basic ones included; the caller skips them), four rows per
 * pass over α: the pass is memory-bound, and this is the solver's hot loop.
 */
export function pivotRowEntries(
  lp: ScaledLp,
  rho: Float64Array,
  alpha: Float64Array,
  rowList: Int32Array
): void {
  let count = 0;
  for (let r = 0; r < lp.m; r++) if (rho[r] !== 0) rowList[count++] = r;
  alpha.fill(0);
  const n = lp.n;
  const { rows } = lp;
  let p = 0;
  for (; p + 4 <= count; p += 4) {
    const r0 = rowList[p] as number;
    const r1 = rowList[p + 1] as number;
    const r2 = rowList[p + 2] as number;
    const r3 = rowList[p + 3] as number;
    const f0 = rho[r0] as number;
    const f1 = rho[r1] as number;
    const f2 = rho[r2] as number;
    const f3 = rho[r3] as number;
    const a0 = rows[r0] as Float64Array;
    const a1 = rows[r1] as Float64Array;
    const a2 = rows[r2] as Float64Array;
    const a3 = rows[r3] as Float64Array;
    for (let j = 0; j < n; j++) {
      alpha[j] =
        (alpha[j] as number) +
        f0 * (a0[j] as number) +
        f1 * (a1[j] as number) +
        f2 * (a2[j] as number) +
        f3 * (a3[j] as number);
    }
  }
  for (; p < count; p++) {
    const r = rowList[p] as number;
    const factor = rho[r] as number;
    const row = rows[r] as Float64Array;
    for (let j = 0; j < n; j++) alpha[j] = (alpha[j] as number) + factor * (row[j] as number);
  }
}
