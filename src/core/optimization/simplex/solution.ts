import { dualBound, planThroughput, proves, reducedCosts } from '../duality';
import type { Reduced } from '../reduction';
import { AT_UPPER, basicValues, rowPrices } from './basis';
import { refresh, type DualSimplex } from './dualSimplex';
import { polish } from './polish';
import { capacityRanges } from './ranging';

const POLISH_ROWS = 64;

/** An LP optimum in the owner's units, with its certificate. */
export type LpSolution = {
  /** Units above the minimum, per product of the problem. */
  readonly x: Float64Array;
  /** Shadow prices per resource (ΣT per unit of time), ≥ 0. */
  readonly prices: Float64Array;
  readonly throughput: number;
  /** The weak-duality bound of `prices`; `null` when they give none. */
  readonly bound: number | null;
  /** bound − ΣT is round-off: proven optimal. */
  readonly certified: boolean;
  /** Capacity' ranges of the prices. */
  readonly rangeDown: Float64Array;
  readonly rangeUp: Float64Array;
};

export function readSolution(reduced: Reduced, state: DualSimplex): LpSolution {
  const { lp, basis, status } = state;
  refresh(state);
  basicValues(lp, basis, state.used, state.xS, state.slack);
  rowPrices(lp, basis, state.y);
  const ranges = capacityRanges(lp, basis, state.xS, state.slack);
  const scaledPrices = Float64Array.from(state.y, (y, r) => {
    return -y * lp.costUnit * (lp.boxUnit / (lp.rowScale[r] as number));
  });
  const scaledX = Float64Array.from(state.xS, (x, b) => {
    return x * (lp.colScale[basis.colsIn[b] as number] as number);
  });
  // Cosmetic (250 suits, not 249.99999999999997) and O(k³): only for a basis of a few dozen rows.
  const exact = basis.k <= POLISH_ROWS ? polish(reduced, lp, basis, status) : null;
  const polished = exact && candidate(reduced, state, exact.xS, exact.prices);
  const best =
    polished && polished.certified ? polished : candidate(reduced, state, scaledX, scaledPrices);
  return { ...best, rangeDown: ranges.down, rangeUp: ranges.up };
}

/** The plan and prices of the final basis, given the basic quantities and the binding prices. */
function candidate(
  reduced: Reduced,
  state: DualSimplex,
  basicUnits: Float64Array,
  rowPrice: Float64Array
): Omit<LpSolution, 'rangeDown' | 'rangeUp'> {
  const { lp, basis, status } = state;
  const x = new Float64Array(reduced.count);
  for (let j = 0; j < lp.n; j++) {
    if (status[j] === AT_UPPER) x[lp.columns[j] as number] = lp.colScale[j] as number;
  }
  for (let b = 0; b < basis.k; b++) {
    const i = lp.columns[basis.colsIn[b] as number] as number;
    x[i] = Math.min(reduced.room[i] as number, Math.max(0, basicUnits[b] as number));
  }
  const prices = rowPrice.map((price) => (price > 0 ? price : 0));
  priceUsedUpResources(reduced, lp.n, lp.columns, prices);
  const throughput = planThroughput(reduced, x);
  const bound = dualBound(reduced, prices, reducedCosts(reduced, prices));
  const certified = proves(bound, throughput) && fits(reduced, x);
  return { x, prices, throughput, bound, certified };
}

/**
 * Products left out of the LP because a resource they need has no time left after the minimums:
 * that resource's price rises until none of them would earn, so the bound covers them too
 * (its capacity' is 0, so the bound does not grow).
 */
function priceUsedUpResources(
  reduced: Reduced,
  n: number,
  columns: Int32Array,
  prices: Float64Array
): void {
  if (n === reduced.active.length) return;
  const inLp = new Uint8Array(reduced.count);
  for (let j = 0; j < columns.length; j++) inLp[columns[j] as number] = 1;
  const d = reducedCosts(reduced, prices);
  for (const i of reduced.active) {
    if (inLp[i] || !((d[i] as number) > 0)) continue;
    let row = -1;
    let most = 0;
    reduced.usage.forEach((column, r) => {
      const time = column[i] as number;
      if (reduced.capacity[r] === 0 && time > most) {
        most = time;
        row = r;
      }
    });
    if (row >= 0) prices[row] = (prices[row] as number) + (d[i] as number) / most;
  }
}

// A row may be over by this share of its capacity (the simplex's tolerance is 1e-9 of it).
const ROW_SLACK = 1e-8;

/** Every resource within its capacity' (the boxes hold by construction). */
function fits(reduced: Reduced, x: Float64Array): boolean {
  const { active } = reduced;
  for (let r = 0; r < reduced.resources; r++) {
    const column = reduced.usage[r] as Float64Array;
    let used = 0;
    for (let k = 0; k < active.length; k++) {
      const i = active[k] as number;
      used += (x[i] as number) * (column[i] as number);
    }
    const capacity = reduced.capacity[r] as number;
    if (used > capacity + ROW_SLACK * Math.max(capacity, 1e-300)) return false;
  }
  return true;
}
