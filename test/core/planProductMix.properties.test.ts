import fc from 'fast-check';
import {
  planProductMix,
  singleResourceTable,
  type MixOutcome,
  type MixPlan,
  type MixProblem,
} from '../../src/core';

type Row = { price: number; tvc: number; time: number; demand: number; minimum: number };

const row = fc.record({
  price: fc.integer({ min: 0, max: 200 }),
  tvc: fc.integer({ min: 0, max: 150 }),
  time: fc.integer({ min: 0, max: 40 }),
  demand: fc.integer({ min: 0, max: 60 }),
  minimum: fc.constant(0),
});
const rowWithMinimum = row.chain((r) =>
  fc.integer({ min: 0, max: Math.min(r.demand, 5) }).map((minimum) => ({ ...r, minimum }))
);

function problemOf(
  rows: Row[],
  capacity: number,
  wholeUnits: boolean,
  oe: number | null = null
): MixProblem {
  const products = singleResourceTable({
    price: rows.map((r) => r.price),
    tvc: rows.map((r) => r.tvc),
    constraintTime: rows.map((r) => r.time),
    demand: rows.map((r) => r.demand),
    minimum: rows.map((r) => r.minimum),
  });
  return { products, resources: [{ name: 'CCR', capacity }], operatingExpense: oe, wholeUnits };
}

const planOf = (outcome: MixOutcome): MixPlan | null =>
  outcome.status === 'planned' ? outcome : null;
const tolerance = (capacity: number) => capacity * 1e-9;

describe('planProductMix properties', () => {
  it('plans one resource exactly as the row-by-row fill of several does (an idle second resource)', () => {
    fc.assert(
      fc.property(
        fc.array(rowWithMinimum, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.boolean(),
        (rows, capacity, whole) => {
          const one = problemOf(rows, capacity, whole);
          const idle = new Float64Array(rows.length);
          const two: MixProblem = {
            ...one,
            products: { ...one.products, usage: [...one.products.usage, idle] },
            resources: [...one.resources, { name: 'Idle', capacity: 1 }],
            constraintOverride: 0,
          };
          const [a, b] = [planProductMix({ ...one, constraintOverride: 0 }), planProductMix(two)];
          expect(b.status).toBe(a.status);
          if (a.status !== 'planned' || b.status !== 'planned') return;
          expect(Array.from(b.quantity)).toEqual(Array.from(a.quantity));
          expect(Array.from(b.cumulativeLoad)).toEqual(Array.from(a.cumulativeLoad));
          expect(b.used[0]).toBe(a.used[0]);
          expect(b.throughput).toBe(a.throughput);
        }
      )
    );
  });

  it('never plans a resource over its capacity, nor a quantity above demand or below the minimum', () => {
    fc.assert(
      fc.property(
        fc.array(rowWithMinimum, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.boolean(),
        (rows, capacity, whole) => {
          const plan = planOf(planProductMix(problemOf(rows, capacity, whole)));
          if (plan === null) return;
          expect(plan.used[0]).toBeLessThanOrEqual(capacity + tolerance(capacity));
          rows.forEach((r, i) => {
            expect(plan.quantity[i]).toBeLessThanOrEqual(r.demand);
            expect(plan.quantity[i]).toBeGreaterThanOrEqual(r.minimum);
            if (whole) expect(Number.isInteger(plan.quantity[i])).toBe(true);
          });
        }
      )
    );
  });

  it('keeps NP = ΣT − OE and ΣT = Σ quantity × (price − TVC)', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 100000 }),
        (rows, capacity, oe) => {
          const plan = planOf(planProductMix(problemOf(rows, capacity, true, oe)));
          if (plan === null) return;
          const sum = rows.reduce(
            (s, r, i) => s + (plan.quantity[i] as number) * (r.price - r.tvc),
            0
          );
          expect(plan.throughput).toBeCloseTo(sum, 6);
          expect(plan.netProfit).toBeCloseTo(plan.throughput - oe, 6);
        }
      )
    );
  });

  it.each([true, false])(
    'never lowers throughput when the constraint gets more capacity (whole units: %s)',
    (whole) => {
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 10 }),
          fc.integer({ min: 1, max: 2000 }),
          fc.integer({ min: 1, max: 500 }),
          (rows, capacity, extra) => {
            const before = planOf(planProductMix(problemOf(rows, capacity, whole)));
            const after = planOf(planProductMix(problemOf(rows, capacity + extra, whole)));
            if (before === null || after === null) return;
            expect(after.throughput).toBeGreaterThanOrEqual(before.throughput - 1e-9);
          }
        )
      );
    }
  );

  it('never lets NaN or Infinity out, whatever finite numbers come in', () => {
    const wild = fc.double({ min: 0, max: 1e300, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ price: wild, tvc: wild, time: wild, demand: wild, minimum: fc.constant(0) }),
          { minLength: 1, maxLength: 6 }
        ),
        (rows) => {
          const outcome = planProductMix(problemOf(rows, 1e6, false, 1e5));
          const plan = planOf(outcome);
          if (plan === null) return;
          for (const value of [
            plan.throughput,
            plan.netProfit ?? 0,
            plan.lostToMinimums,
            ...plan.quantity,
            ...plan.cumulativeLoad,
          ]) {
            expect(Number.isFinite(value)).toBe(true);
          }
        }
      )
    );
  });

  it('equals the best plan found by brute force on small one-resource problems (fractional units)', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 400 }),
        (rows, capacity) => {
          const plan = planOf(planProductMix(problemOf(rows, capacity, false)));
          if (plan === null) return;
          expect(plan.throughput).toBeCloseTo(bruteForceFractional(rows, capacity), 6);
        }
      )
    );
  });

  it('equals the best whole-unit plan found by brute force when every product takes one unit of time', () => {
    const unitRow = row.map((r) => ({ ...r, time: r.time === 0 ? 0 : 1, demand: r.demand % 6 }));
    fc.assert(
      fc.property(
        fc.array(unitRow, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 20 }),
        (rows, capacity) => {
          const plan = planOf(planProductMix(problemOf(rows, capacity, true)));
          if (plan === null) return;
          expect(plan.throughput).toBe(bruteForceWhole(rows, capacity));
        }
      )
    );
  });
});

/** LP optimum by enumerating the vertices: each product at 0 or full demand, one filling what is left. */
function bruteForceFractional(rows: Row[], capacity: number): number {
  let best = 0;
  const n = rows.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    let time = 0;
    let t = 0;
    rows.forEach((r, i) => {
      if (mask & (1 << i)) {
        time += r.demand * r.time;
        t += r.demand * (r.price - r.tvc);
      }
    });
    if (time > capacity) continue;
    best = Math.max(best, t);
    rows.forEach((r, i) => {
      if (mask & (1 << i) || r.time === 0) return;
      const q = Math.min(r.demand, (capacity - time) / r.time);
      best = Math.max(best, t + q * (r.price - r.tvc));
    });
  }
  return best;
}

function bruteForceWhole(rows: Row[], capacity: number): number {
  const search = (i: number, left: number): number => {
    const r = rows[i];
    if (r === undefined) return 0;
    let best = -Infinity;
    for (let q = 0; q <= r.demand && q * r.time <= left; q++) {
      best = Math.max(best, q * (r.price - r.tvc) + search(i + 1, left - q * r.time));
    }
    return best;
  };
  return search(0, capacity);
}
