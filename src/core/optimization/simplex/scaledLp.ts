import type { Reduced } from '../reduction';

/**
 * The continuous mix as the simplex sees it: minimise c'x' subject to A'x' + s = b', 0 ≤ x' ≤ 1,
 * s ≥ 0, over the products that can earn (`columns`, indices into the problem).
 *
 * Scaled so that every number is of order one: a row by its capacity σ_r (b' = 1), a column by
 * its box u_j (x' ∈ [0, 1]), the costs by the largest (|c'| ≤ 1, c' = −T·u/κ). u_j is the room
 * above the minimum, capped at twice the most any resource lets the product make
 * (min_r b_r ÷ a_rj: usage is never negative, so x_j ≤ b_r ÷ a_rj in every feasible plan). So
 * A' ≤ 2 everywhere, unlimited demand needs no special case, and a cap (`capped`) is never
 * reached by a feasible plan: a primal-feasible basis never holds a product at a cap.
 */
export type ScaledLp = {
  readonly n: number;
  readonly m: number;
  /** A'[r][j] = a_rj·u_j ÷ σ_r. */
  readonly rows: readonly Float64Array[];
  readonly rhs: Float64Array;
  readonly cost: Float64Array;
  /** 1 where the box is the cap, not the demand. */
  readonly capped: Uint8Array;
  /** The demand's bound in scaled units: 1, or room ÷ cap > 1 where capped (Infinity: unlimited). */
  readonly demandBound: Float64Array;
  readonly columns: Int32Array;
  /** u_j: units of product columns[j] per scaled unit. */
  readonly colScale: Float64Array;
  readonly rowScale: Float64Array;
  /** ΣT of a scaled plan = −c'x' · costUnit · boxUnit (kept apart: the product may overflow). */
  readonly costUnit: number;
  readonly boxUnit: number;
};

const CAP_FACTOR = 2;

export function scaleLp(reduced: Reduced): ScaledLp {
  const { usage, capacity, room, t } = reduced;
  const m = reduced.resources;
  const box: number[] = [];
  const capped: number[] = [];
  const columns: number[] = [];
  for (const i of reduced.active) {
    let most = Number.POSITIVE_INFINITY;
    for (let r = 0; r < m; r++) {
      const time = (usage[r] as Float64Array)[i] as number;
      if (time > 0) most = Math.min(most, (capacity[r] as number) / time);
    }
    // A product that takes time of a resource with none left cannot be made at all.
    if (!(most > 0)) continue;
    const cap = CAP_FACTOR * most;
    const demand = room[i] as number;
    columns.push(i);
    box.push(Math.min(demand, cap));
    capped.push(cap < demand ? 1 : 0);
  }
  const n = columns.length;
  const colScale = Float64Array.from(box);
  const rowScale = Float64Array.from(capacity, (c) => (c > 0 ? c : 1));
  const rows = Array.from({ length: m }, (_, r) => {
    const source = usage[r] as Float64Array;
    const sigma = rowScale[r] as number;
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const time = source[columns[j] as number] as number;
      if (time !== 0) row[j] = (time / sigma) * (colScale[j] as number);
    }
    return row;
  });
  // T·u may overflow a double for extreme inputs: scale T and u apart before multiplying.
  const tMax = columns.reduce((most, i) => Math.max(most, t[i] as number), 0) || 1;
  const uMax = box.reduce((most, u) => Math.max(most, u), 0) || 1;
  const cost = Float64Array.from(columns, (i, j) => {
    return -((t[i] as number) / tMax) * ((colScale[j] as number) / uMax);
  });
  const cMax = cost.reduce((most, c) => Math.max(most, -c), 0) || 1;
  for (let j = 0; j < n; j++) cost[j] = (cost[j] as number) / cMax;
  return {
    n,
    m,
    rows,
    rhs: Float64Array.from(capacity, (c) => (c > 0 ? 1 : 0)),
    cost,
    capped: Uint8Array.from(capped),
    demandBound: Float64Array.from(columns, (i, j) => {
      return capped[j] ? (room[i] as number) / (colScale[j] as number) : 1;
    }),
    columns: Int32Array.from(columns),
    colScale,
    rowScale,
    costUnit: tMax * cMax,
    boxUnit: uMax,
  };
}
