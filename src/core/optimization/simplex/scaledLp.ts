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
  const { capacity, room } = reduced;
  const most = mostUnits(reduced);
  const box: number[] = [];
  const capped: number[] = [];
  const columnList: number[] = [];
  for (let k = 0; k < most.length; k++) {
    // A product that takes time of a resource with none left cannot be made at all.
    if (!((most[k] as number) > 0)) continue;
    const i = reduced.active[k] as number;
    const cap = CAP_FACTOR * (most[k] as number);
    const demand = room[i] as number;
    columnList.push(i);
    box.push(Math.min(demand, cap));
    capped.push(cap < demand ? 1 : 0);
  }
  const columns = Int32Array.from(columnList);
  const colScale = Float64Array.from(box);
  const rowScale = Float64Array.from(capacity, (c) => (c > 0 ? c : 1));
  const { cost, costUnit, boxUnit } = scaledCosts(reduced.t, columns, colScale);
  return {
    n: columns.length,
    m: reduced.resources,
    rows: scaledRows(reduced.usage, columns, colScale, rowScale),
    rhs: Float64Array.from(capacity, (c) => (c > 0 ? 1 : 0)),
    cost,
    capped: Uint8Array.from(capped),
    demandBound: Float64Array.from(columns, (i, j) => {
      return capped[j] ? (room[i] as number) / (colScale[j] as number) : 1;
    }),
    columns,
    colScale,
    rowScale,
    costUnit,
    boxUnit,
  };
}

/** The most units each active product can make on any one resource: min_r b_r ÷ a_rj. */
function mostUnits(reduced: Reduced): Float64Array {
  const { active, usage, capacity } = reduced;
  const most = new Float64Array(active.length).fill(Number.POSITIVE_INFINITY);
  for (let r = 0; r < reduced.resources; r++) {
    const column = usage[r] as Float64Array;
    const limit = capacity[r] as number;
    if (limit > 0) limitBy(most, column, active, limit);
    else for (let k = 0; k < active.length; k++) if (column[active[k] as number] !== 0) most[k] = 0;
  }
  return most;
}

// Branch-free (limit ÷ 0 = Infinity): half the times are 0 on many shapes. + 0 turns −0 into 0.
function limitBy(
  most: Float64Array,
  column: Float64Array,
  active: Int32Array,
  limit: number
): void {
  for (let k = 0; k < active.length; k++) {
    most[k] = Math.min(most[k] as number, limit / ((column[active[k] as number] as number) + 0));
  }
}

/** One buffer for all rows (one allocation instead of m): A'[r][j] = a_rj·u_j ÷ σ_r. */
function scaledRows(
  usage: readonly Float64Array[],
  columns: Int32Array,
  colScale: Float64Array,
  rowScale: Float64Array
): Float64Array[] {
  const n = columns.length;
  const buffer = new Float64Array(usage.length * n);
  return usage.map((source, r) => {
    const row = buffer.subarray(r * n, (r + 1) * n);
    const sigma = rowScale[r] as number;
    // A subnormal capacity (5e-324) has no finite inverse: divide instead.
    if (Number.isFinite(1 / sigma)) scaleRow(row, source, columns, colScale, 1 / sigma);
    else
      for (let j = 0; j < n; j++)
        row[j] = ((source[columns[j] as number] as number) * (colScale[j] as number)) / sigma;
    return row;
  });
}

function scaleRow(
  row: Float64Array,
  source: Float64Array,
  columns: Int32Array,
  colScale: Float64Array,
  inverse: number
): void {
  for (let j = 0; j < row.length; j++) {
    row[j] = (source[columns[j] as number] as number) * inverse * (colScale[j] as number);
  }
}

/** c'_j = −T_j·u_j ÷ (costUnit·boxUnit), |c'| ≤ 1; T and u scaled apart (T·u may overflow). */
function scaledCosts(
  t: Float64Array,
  columns: Int32Array,
  colScale: Float64Array
): { cost: Float64Array; costUnit: number; boxUnit: number } {
  let tMax = 0;
  let uMax = 0;
  for (let j = 0; j < columns.length; j++) {
    tMax = Math.max(tMax, t[columns[j] as number] as number);
    uMax = Math.max(uMax, colScale[j] as number);
  }
  tMax ||= 1;
  uMax ||= 1;
  const cost = new Float64Array(columns.length);
  let cMax = 0;
  for (let j = 0; j < columns.length; j++) {
    const c = ((t[columns[j] as number] as number) / tMax) * ((colScale[j] as number) / uMax);
    cost[j] = -c;
    cMax = Math.max(cMax, c);
  }
  cMax ||= 1;
  for (let j = 0; j < cost.length; j++) cost[j] = (cost[j] as number) / cMax;
  return { cost, costUnit: tMax * cMax, boxUnit: uMax };
}
