import type { Basis } from './basis';
import type { ScaledLp } from './scaledLp';

/** The basic variable that leaves: a product (position in S) or a row's slack. */
export type Leaving = {
  slackRow: number;
  position: number;
  /** Value − violated bound: < 0 below the lower bound, > 0 above the upper. */
  infeasibility: number;
};

export const PRIMAL_TOLERANCE = 1e-9;

/**
 * Dual steepest-edge pricing: the most violated basic variable relative to the norm of its row
 * of B⁻¹ (exact norms, cheap with a basis this small). Returns false when none is violated.
 */
export function chooseLeaving(
  lp: ScaledLp,
  basis: Basis,
  xS: Float64Array,
  slack: Float64Array,
  leaving: Leaving
): boolean {
  const { k, inverse: w } = basis;
  const m = lp.m;
  let best = 0;
  let found = false;
  for (let b = 0; b < k; b++) {
    const x = xS[b] as number;
    const violation = x < -PRIMAL_TOLERANCE ? x : x > 1 + PRIMAL_TOLERANCE ? x - 1 : 0;
    if (violation === 0) continue;
    let norm = 0;
    for (let a = 0; a < k; a++) norm += (w[b * m + a] as number) ** 2;
    const score = (violation * violation) / norm;
    if (score > best) {
      best = score;
      found = true;
      leaving.slackRow = -1;
      leaving.position = b;
      leaving.infeasibility = violation;
    }
  }
  for (let r = 0; r < m; r++) {
    const s = slack[r] as number;
    if ((basis.rowPos[r] as number) >= 0 || !(s < -PRIMAL_TOLERANCE)) continue;
    const score = (s * s) / slackRowNorm(lp, basis, r);
    if (score > best) {
      best = score;
      found = true;
      leaving.slackRow = r;
      leaving.position = -1;
      leaving.infeasibility = s;
    }
  }
  return found;
}

/** ‖e_r − Wᵀ·A'[r][S]‖² over the rows: the squared norm of a basic slack's row of B⁻¹. */
function slackRowNorm(lp: ScaledLp, basis: Basis, r: number): number {
  const { k, colsIn, inverse: w } = basis;
  const m = lp.m;
  const row = lp.rows[r] as Float64Array;
  let norm = 1;
  for (let a = 0; a < k; a++) {
    let value = 0;
    for (let b = 0; b < k; b++)
      value += (row[colsIn[b] as number] as number) * (w[b * m + a] as number);
    norm += value * value;
  }
  return norm;
}
