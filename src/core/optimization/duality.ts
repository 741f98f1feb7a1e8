import type { Reduced } from './reduction';

/**
 * LP duality, in the owner's units and independent of any solver: resource prices y ≥ 0 bound
 * every feasible plan from above, and a plan whose ΣT meets the bound is optimal. This is the
 * certificate every continuous optimum is checked against before it is called optimal.
 */

// Below this share of ΣT, bound − ΣT is round-off: the plan is proven optimal.
export const CERTIFIED_GAP = 1e-9;
// A product with unlimited demand may keep a reduced cost this small (relative to T).
const UNLIMITED_SLACK = 1e-9;

/** Reduced cost of every active product at resource prices y: d_i = T_i − Σ_r y_r·usage[r][i]. */
export function reducedCosts(reduced: Reduced, y: Float64Array): Float64Array {
  const d = new Float64Array(reduced.count);
  const { active, t, usage } = reduced;
  const n = active.length;
  for (let k = 0; k < n; k++) {
    const i = active[k] as number;
    d[i] = t[i] as number;
  }
  for (let r = 0; r < usage.length; r++) {
    const price = y[r] as number;
    if (price === 0) continue;
    const column = usage[r] as Float64Array;
    for (let k = 0; k < n; k++) {
      const i = active[k] as number;
      d[i] = (d[i] as number) - price * (column[i] as number);
    }
  }
  return d;
}

/**
 * Weak duality: for any y ≥ 0 every feasible plan has
 *   ΣT ≤ fixed + Σ_r capacity'_r·y_r + Σ_i room_i·max(0, d_i).
 * `null` when a product with unlimited demand still has a positive reduced cost (no finite bound).
 */
export function dualBound(reduced: Reduced, y: Float64Array, d: Float64Array): number | null {
  let bound = reduced.fixedThroughput;
  reduced.capacity.forEach((capacity, r) => {
    bound += capacity * Math.max(0, y[r] as number);
  });
  const { active } = reduced;
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    const di = d[i] as number;
    if (di <= 0) continue;
    const room = reduced.room[i] as number;
    if (room === Number.POSITIVE_INFINITY) {
      if (di > UNLIMITED_SLACK * (reduced.t[i] as number)) return null;
      continue;
    }
    bound += room * di;
  }
  return bound;
}

/** ΣT of the plan x (excess over the minimums), the minimums' and free products' included. */
export function planThroughput(reduced: Reduced, x: Float64Array): number {
  let total = reduced.fixedThroughput;
  const { active, t } = reduced;
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    const value = x[i] as number;
    if (value !== 0) total += value * (t[i] as number);
  }
  return total;
}

/** Whether bound − ΣT is within round-off of ΣT. */
export function proves(bound: number | null, throughput: number): boolean {
  if (bound === null) return false;
  return bound - throughput <= CERTIFIED_GAP * Math.max(1, Math.abs(throughput), Math.abs(bound));
}
