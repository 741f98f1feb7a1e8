import type { Reduced } from '../reduction';
import { AT_UPPER, type Basis } from './basis';
import type { ScaledLp } from './scaledLp';

/**
 * The final basis solved once more in the owner's units: the basic products' quantities from
 * A[R][S]·x_S = capacity'_R − (time of the products at demand) and the binding resources' prices
 * from A[R][S]ᵀ·y_R = T_S. Same basis, no scale factors in between: whole-number data give whole
 * answers (250 suits, 4 per hour) instead of 3.9999999999999982. `null` if the system is singular.
 */
export function polish(
  reduced: Reduced,
  lp: ScaledLp,
  basis: Basis,
  status: Int8Array
): { readonly xS: Float64Array; readonly prices: Float64Array } | null {
  const { k, rowsIn, colsIn } = basis;
  const product = (b: number): number => lp.columns[colsIn[b] as number] as number;
  const matrix = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    const column = reduced.usage[rowsIn[a] as number] as Float64Array;
    for (let b = 0; b < k; b++) matrix[a * k + b] = column[product(b)] as number;
  }
  const rhs = Float64Array.from({ length: k }, (_, a) => {
    const r = rowsIn[a] as number;
    const column = reduced.usage[r] as Float64Array;
    let free = reduced.capacity[r] as number;
    for (let j = 0; j < lp.n; j++) {
      if (status[j] === AT_UPPER)
        free -= (column[lp.columns[j] as number] as number) * (lp.colScale[j] as number);
    }
    return free;
  });
  const xS = solve(matrix, rhs, k, false);
  const yR = solve(
    matrix,
    Float64Array.from({ length: k }, (_, b) => reduced.t[product(b)] as number),
    k,
    true
  );
  if (!xS || !yR) return null;
  const prices = new Float64Array(lp.m);
  for (let a = 0; a < k; a++) prices[rowsIn[a] as number] = yR[a] as number;
  return { xS, prices };
}

/** Solves M·z = rhs (or Mᵀ·z = rhs) by Gaussian elimination with partial pivoting. */
function solve(
  matrix: Float64Array,
  rhs: Float64Array,
  k: number,
  transpose: boolean
): Float64Array | null {
  const a = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++)
      a[i * k + j] = (transpose ? matrix[j * k + i] : matrix[i * k + j]) as number;
  }
  const z = Float64Array.from(rhs);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let i = col + 1; i < k; i++) {
      if (Math.abs(a[i * k + col] as number) > Math.abs(a[pivot * k + col] as number)) pivot = i;
    }
    const p = a[pivot * k + col] as number;
    if (!(Math.abs(p) > 0) || !Number.isFinite(p)) return null;
    if (pivot !== col) {
      for (let j = 0; j < k; j++) {
        const t = a[col * k + j] as number;
        a[col * k + j] = a[pivot * k + j] as number;
        a[pivot * k + j] = t;
      }
      const t = z[col] as number;
      z[col] = z[pivot] as number;
      z[pivot] = t;
    }
    for (let i = col + 1; i < k; i++) {
      const factor = (a[i * k + col] as number) / p;
      if (factor === 0) continue;
      for (let j = col; j < k; j++)
        a[i * k + j] = (a[i * k + j] as number) - factor * (a[col * k + j] as number);
      z[i] = (z[i] as number) - factor * (z[col] as number);
    }
  }
  for (let i = k - 1; i >= 0; i--) {
    let value = z[i] as number;
    for (let j = i + 1; j < k; j++) value -= (a[i * k + j] as number) * (z[j] as number);
    z[i] = value / (a[i * k + i] as number);
  }
  return z.every(Number.isFinite) ? z : null;
}
