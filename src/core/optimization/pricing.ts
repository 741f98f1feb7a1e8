import type { Reduced } from './reduction';

// A reduced cost this small (relative to T) is solver round-off, not a reason to change the plan.
export const PRICE_TOLERANCE = 1e-7;

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

export function tolerance(reduced: Reduced, i: number): number {
  return PRICE_TOLERANCE * Math.max(1, Math.abs(reduced.t[i] as number));
}

/**
 * An upper bound on ΣT of every feasible plan, from any resource prices y ≥ 0 (LP weak duality):
 *   ΣT ≤ fixed + Σ_r capacity'_r·y_r + Σ_i room_i·max(0, d_i).
 * It equals the plan's ΣT exactly when the plan is optimal, which is the proof of optimality.
 * Returns `null` when a product with unlimited demand still has a positive reduced cost.
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
      if (di > tolerance(reduced, i)) return null;
      continue;
    }
    bound += room * di;
  }
  return bound;
}

/** ΣT of the plan x (excess over the minimums). */
export function planThroughput(reduced: Reduced, x: Float64Array): number {
  let total = reduced.fixedThroughput;
  const { active, t } = reduced;
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    total += (x[i] as number) * (t[i] as number);
  }
  return total;
}
