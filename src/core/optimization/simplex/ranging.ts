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
  const columns = basicColumns(lp, basis);
  const rate = new Float64Array(m);
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
    const { increase, decrease } = movement(lp, basis, a, xS, slack, columns, rate);
    down[r] = Math.max(0, sigma * (b - decrease));
    up[r] = increase === Number.POSITIVE_INFINITY ? increase : sigma * (b + increase);
  }
  return { down, up };
}

/** The nonzeros of A'[:, S[b]] of every basic product (a product takes a few resources of many). */
type BasicColumns = {
  readonly start: Int32Array;
  readonly row: Int32Array;
  readonly value: Float64Array;
};

function basicColumns(lp: ScaledLp, basis: Basis): BasicColumns {
  const { k, colsIn } = basis;
  const start = new Int32Array(k + 1);
  const rows: number[] = [];
  const values: number[] = [];
  for (let b = 0; b < k; b++) {
    start[b] = rows.length;
    const j = colsIn[b] as number;
    for (let r = 0; r < lp.m; r++) {
      const value = (lp.rows[r] as Float64Array)[j] as number;
      if (value === 0) continue;
      rows.push(r);
      values.push(value);
    }
  }
  start[k] = rows.length;
  return { start, row: Int32Array.from(rows), value: Float64Array.from(values) };
}

/** How far b'_r may rise and fall before a basic value leaves its bounds. */
function movement(
  lp: ScaledLp,
  basis: Basis,
  a: number,
  xS: Float64Array,
  slack: Float64Array,
  columns: BasicColumns,
  rate: Float64Array
): { increase: number; decrease: number } {
  const { k, colsIn, inverse: w, rowPos } = basis;
  const m = lp.m;
  let increase = Number.POSITIVE_INFINITY;
  let decrease = Number.POSITIVE_INFINITY;
  const limit = (value: number, lower: number, upper: number, change: number): void => {
    if (Math.abs(change) <= RATE_NOISE) return;
    if (change > 0) {
      increase = Math.min(increase, Math.max(0, upper - value) / change);
      decrease = Math.min(decrease, Math.max(0, value - lower) / change);
    } else {
      increase = Math.min(increase, Math.max(0, value - lower) / -change);
      decrease = Math.min(decrease, Math.max(0, upper - value) / -change);
    }
  };
  // A basic slack r0 moves by −Σ_b A'[r0][S[b]]·W[b][a] per unit of b'_r.
  rate.fill(0);
  for (let b = 0; b < k; b++) {
    const beta = w[b * m + a] as number;
    limit(xS[b] as number, 0, lp.demandBound[colsIn[b] as number] as number, beta);
    if (beta === 0) continue;
    for (let p = columns.start[b] as number; p < (columns.start[b + 1] as number); p++) {
      const r0 = columns.row[p] as number;
      rate[r0] = (rate[r0] as number) - (columns.value[p] as number) * beta;
    }
  }
  for (let r0 = 0; r0 < m; r0++) {
    if ((rowPos[r0] as number) < 0)
      limit(slack[r0] as number, 0, Number.POSITIVE_INFINITY, rate[r0] as number);
  }
  return { increase, decrease };
}
