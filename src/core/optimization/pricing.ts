import type { Reduced } from './reduction';

// A reduced cost this small (relative to T) is solver round-off, not a reason to change the plan.
export const PRICE_TOLERANCE = 1e-7;

/** Reduced cost of every active product at resource prices y: d_i = T_i − Σ_r y_r·usage[r][i]. */
export function reducedCosts(reduced: Reduced, y: Float64Array): Float64Array {
  const d = new Float64Array(reduced.count);
  const { active, t } = reduced;
  for (const i of active) d[i] = t[i] as number;
  reduced.usage.forEach((column, r) => {
    const price = y[r] as number;
    if (price === 0) return;
    for (const i of active) d[i] = (d[i] as number) - price * (column[i] as number);
  });
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
  for (const i of reduced.active) {
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
  for (const i of reduced.active) total += (x[i] as number) * (reduced.t[i] as number);
  return total;
}
