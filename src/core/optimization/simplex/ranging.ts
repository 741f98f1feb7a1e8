import type { Basis } from './basis';
import type { ScaledLp } from './scaledLp';

/**
 * Capacity ranges from the final basis: over which capacities of each resource its shadow price
 * holds. While only capacity r changes, reduced costs stay put and the basic values move along
 * column r of B⁻¹; the price holds as long as every basic value stays within its bounds.
 *
 * - A resource with time left (basic slack, price 0): from the time used, with no upper end.
 * - A binding one (row in R at position a): x_S moves by W[:, a] per unit of b'_r, a basic
 *   slack r0 by −A'[r0][S]·W[:, a]; the first basic value to reach a bound ends the range.
 *
 * In capacity' units (after the minimums); `up` is Infinity when no bound is ever reached.
 */
// A rate of change this small is round-off in W, not a dependence.
const RATE_NOISE = 1e-13;

export type Ranges = { readonly down: Float64Array; readonly up: Float64Array };

export function capacityRanges(
  lp: ScaledLp,
  basis: Basis,
  xS: Float64Array,
  slack: Float64Array
): Ranges {
  const m = lp.m;
  const down = new Float64Array(m);
  const up = new Float64Array(m);
  const beta = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    const sigma = lp.rowScale[r] as number;
    const b = lp.rhs[r] as number;
    if ((lp.rhs[r] as number) === 0) {
      // A resource the minimums use up: its price is the value of the first hour, at this point.
      down[r] = 0;
      up[r] = 0;
      continue;
    }
    const a = basis.rowPos[r] as number;
    if (a < 0) {
      down[r] = sigma * (b - Math.max(0, slack[r] as number));
      up[r] = Number.POSITIVE_INFINITY;
      continue;
    }
    const { increase, decrease } = movement(lp, basis, a, xS, slack, beta);
    down[r] = Math.max(0, sigma * (b - decrease));
    up[r] = increase === Number.POSITIVE_INFINITY ? increase : sigma * (b + increase);
  }
  return { down, up };
}

/** How far b'_r may rise and fall before a basic value leaves its bounds. */
function movement(
  lp: ScaledLp,
  basis: Basis,
  a: number,
  xS: Float64Array,
  slack: Float64Array,
  beta: Float64Array
): { increase: number; decrease: number } {
  const { k, colsIn, inverse: w, rowPos } = basis;
  const m = lp.m;
  let increase = Number.POSITIVE_INFINITY;
  let decrease = Number.POSITIVE_INFINITY;
  const limit = (value: number, lower: number, upper: number, rate: number): void => {
    if (Math.abs(rate) <= RATE_NOISE) return;
    if (rate > 0) {
      increase = Math.min(increase, Math.max(0, upper - value) / rate);
      decrease = Math.min(decrease, Math.max(0, value - lower) / rate);
    } else if (rate < 0) {
      increase = Math.min(increase, Math.max(0, value - lower) / -rate);
      decrease = Math.min(decrease, Math.max(0, upper - value) / -rate);
    }
  };
  for (let b = 0; b < k; b++) {
    const rate = w[b * m + a] as number;
    beta[b] = rate;
    const upper = lp.demandBound[colsIn[b] as number] as number;
    limit(xS[b] as number, 0, upper, rate);
  }
  for (let r0 = 0; r0 < m; r0++) {
    if ((rowPos[r0] as number) >= 0) continue;
    const row = lp.rows[r0] as Float64Array;
    let rate = 0;
    for (let b = 0; b < k; b++) rate -= (row[colsIn[b] as number] as number) * (beta[b] as number);
    limit(slack[r0] as number, 0, Number.POSITIVE_INFINITY, rate);
  }
  return { increase, decrease };
}
