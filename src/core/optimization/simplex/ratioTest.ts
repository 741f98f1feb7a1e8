import type { Basis } from './basis';
import type { ScaledLp } from './scaledLp';

/**
 * The dual ratio test with bound flipping (Maros's "long step"; Koberstein's thesis, ch. 3) and
 * Harris's tolerance. Raising the leaving row's price passes the products' breakpoints in order of
 * ratio d_j ÷ α̃_j; each product passed flips to its other bound, which cuts the row's
 * infeasibility by |α_j| (its box is 1). The step goes on while infeasibility is left, so one
 * iteration can move thousands of products at once: from all-at-demand the first step is the greedy
 * TOC fill of the most overloaded resource, done backwards. The entering column is the breakpoint
 * where the infeasibility runs out (a slack, whose box is unbounded, always stops the step); among
 * the breakpoints within the dual tolerance of it, the one with the largest |α|, for stability.
 */
export type RatioTest = {
  /** Entering product, or −1 for a slack. */
  entering: number;
  /** Entering slack's row, or −1 for a product. */
  enteringRow: number;
  /** θ_D = d_q ÷ α_q: the step of the row prices along ρ. */
  step: number;
  /** Products passed: they flip to their other bound. */
  flips: Int32Array;
  flipCount: number;
};

export type RatioWork = {
  readonly index: Int32Array;
  readonly ratio: Float64Array;
  /** Slope cut by passing the breakpoint: |α| for a product, Infinity for a slack. */
  readonly weight: Float64Array;
  readonly order: Int32Array;
};

export const DUAL_TOLERANCE = 1e-9;
const PIVOT_TOLERANCE = 1e-9;

export function ratioWork(n: number, m: number): RatioWork {
  return {
    index: new Int32Array(n + m),
    ratio: new Float64Array(n + m),
    weight: new Float64Array(n + m),
    order: new Int32Array(n + m),
  };
}

/**
 * `direction` is −1 when the leaving variable is below its lower bound, +1 above its upper;
 * `slope` the size of that violation. Returns null when no column can enter (the LP is infeasible,
 * which a mix with x = 0 feasible never is: a numerical failure).
 */
export function boundFlippingRatioTest(
  lp: ScaledLp,
  basis: Basis,
  status: Int8Array,
  d: Float64Array,
  y: Float64Array,
  alpha: Float64Array,
  rho: Float64Array,
  direction: number,
  slope: number,
  work: RatioWork,
  result: RatioTest
): RatioTest | null {
  const { index, ratio, weight } = work;
  // |α_j| ≤ 2·‖ρ‖₁ since every A' entry is at most 2: a pivot tolerance relative to the row.
  let rhoNorm = 0;
  for (let r = 0; r < lp.m; r++) rhoNorm += Math.abs(rho[r] as number);
  const tolerance = PIVOT_TOLERANCE * Math.max(1, 2 * rhoNorm);
  let count = collectProducts(status, d, alpha, direction, tolerance, work);
  for (let p = 0; p < basis.k; p++) {
    const r = basis.rowsIn[p] as number;
    const a = direction * (rho[r] as number);
    if (!(a > tolerance)) continue;
    index[count] = -1 - r;
    ratio[count] = Math.max(0, -(y[r] as number) / a);
    weight[count] = Number.POSITIVE_INFINITY;
    count++;
  }
  if (count === 0) return null;
  const threshold = crossingRatio(work, count, slope);
  return choose(work, count, threshold, d, y, alpha, rho, direction, result);
}

/**
 * Breakpoints of the products: where sign·direction·α_j > 0 (sign +1 at the lower bound, −1 at the
 * upper, 0 basic), at ratio sign·d_j ÷ |α_j| (≥ 0 while the reduced costs are dual feasible).
 */
function collectProducts(
  status: Int8Array,
  d: Float64Array,
  alpha: Float64Array,
  direction: number,
  tolerance: number,
  work: RatioWork
): number {
  const { index, ratio, weight } = work;
  let count = 0;
  for (let j = 0; j < alpha.length; j++) {
    const sign = status[j] as number;
    const size = direction * sign * (alpha[j] as number);
    if (size > tolerance) {
      const gap = sign * (d[j] as number);
      index[count] = j;
      ratio[count] = gap > 0 ? gap / size : 0;
      weight[count] = size;
      count++;
    }
  }
  return count;
}

/**
 * The smallest ratio θ with Σ_{ratio ≤ θ} weight ≥ slope (weighted quickselect, O(count));
 * Infinity when all the weight falls short.
 */
function crossingRatio(work: RatioWork, count: number, slope: number): number {
  const { ratio, weight, order } = work;
  for (let p = 0; p < count; p++) order[p] = p;
  let lo = 0;
  let hi = count;
  let below = 0;
  while (lo < hi) {
    const pivot = medianOfThree(ratio, order, lo, hi);
    // Three-way partition of order[lo, hi) by ratio: [< pivot | = pivot | > pivot].
    let lt = lo;
    let gt = hi;
    let p = lo;
    let lessWeight = 0;
    let equalWeight = 0;
    while (p < gt) {
      const c = order[p] as number;
      const value = ratio[c] as number;
      if (value < pivot) {
        lessWeight += weight[c] as number;
        order[p] = order[lt] as number;
        order[lt] = c;
        lt++;
        p++;
      } else if (value > pivot) {
        gt--;
        order[p] = order[gt] as number;
        order[gt] = c;
      } else {
        equalWeight += weight[c] as number;
        p++;
      }
    }
    if (below + lessWeight >= slope) hi = lt;
    else if (below + lessWeight + equalWeight >= slope) return pivot;
    else {
      below += lessWeight + equalWeight;
      lo = gt;
    }
  }
  return Number.POSITIVE_INFINITY;
}

function medianOfThree(ratio: Float64Array, order: Int32Array, lo: number, hi: number): number {
  const a = ratio[order[lo] as number] as number;
  const b = ratio[order[(lo + hi) >>> 1] as number] as number;
  const c = ratio[order[hi - 1] as number] as number;
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/**
 * Everything below the crossing ratio flips; the entering column is the largest |α| among the
 * breakpoints whose ratio is within the dual tolerance of the smallest Harris bound at or above
 * the crossing.
 */
function choose(
  work: RatioWork,
  count: number,
  threshold: number,
  d: Float64Array,
  y: Float64Array,
  alpha: Float64Array,
  rho: Float64Array,
  direction: number,
  result: RatioTest
): RatioTest | null {
  const { index, ratio, weight } = work;
  // The pivot's size |α|: the weight of a product, |ρ_r| for a slack.
  const size = (c: number): number => {
    const w = weight[c] as number;
    return w === Number.POSITIVE_INFINITY ? Math.abs(rho[-1 - (index[c] as number)] as number) : w;
  };
  let harris = Number.POSITIVE_INFINITY;
  for (let c = 0; c < count; c++) {
    const value = ratio[c] as number;
    if (value < threshold) continue;
    harris = Math.min(harris, value + DUAL_TOLERANCE / size(c));
  }
  let best = -1;
  let bestSize = -1;
  let flips = 0;
  for (let c = 0; c < count; c++) {
    const value = ratio[c] as number;
    if (value < threshold) {
      result.flips[flips++] = index[c] as number;
    } else if (value <= harris && size(c) > bestSize) {
      bestSize = size(c);
      best = c;
    }
  }
  if (best < 0) return null;
  const column = index[best] as number;
  result.flipCount = flips;
  let step: number;
  if (column >= 0) {
    result.entering = column;
    result.enteringRow = -1;
    step = (d[column] as number) / (alpha[column] as number);
  } else {
    const r = -1 - column;
    result.entering = -1;
    result.enteringRow = r;
    step = -(y[r] as number) / (rho[r] as number);
  }
  // A breakpoint taken within Harris's tolerance may sit on the wrong side of zero: no step back.
  result.step = step * direction >= 0 ? step : 0;
  return result;
}
