import type { MixProblem } from '../../../src/core';
import { solveOptimalMix, type OptimalMixOutcome } from '../../../src/core/optimization';
import { pq, pqFull, problemOf } from '../../fixtures/problems';

type Solved = Extract<OptimalMixOutcome, { status: 'optimal' | 'feasible' | 'timeLimit' }>;

function expectSolved(outcome: OptimalMixOutcome): Solved {
  if (
    outcome.status !== 'optimal' &&
    outcome.status !== 'feasible' &&
    outcome.status !== 'timeLimit'
  ) {
    throw new Error(`expected a plan, got ${JSON.stringify(outcome)}`);
  }
  return outcome;
}

/** ACCA's Cut and Stitch: work suits (W) and lounge suits (L) on tailor hours and fabric. */
const cutAndStitch = (wholeUnits: boolean): MixProblem =>
  problemOf(
    [
      { name: 'W', price: 48, tvc: 0, demand: 400, usage: { tailor: 7, fabric: 2 } },
      { name: 'L', price: 40, tvc: 0, demand: null, usage: { tailor: 5, fabric: 2 } },
    ],
    [
      { name: 'tailor', capacity: 3500 },
      { name: 'fabric', capacity: 1200 },
    ],
    null,
    wholeUnits
  );

describe("Goldratt's P&Q", () => {
  it('plans 100 P and 30 Q for NP 300, the same as the greedy TOC plan', async () => {
    const plan = expectSolved(await solveOptimalMix(pq));
    expect(plan.status).toBe('optimal');
    expect(Array.from(plan.quantity)).toEqual([100, 30]);
    expect(plan.throughput).toBeCloseTo(6300, 6);
    expect(plan.netProfit).toBeCloseTo(300, 6);
    expect(plan.greedy?.throughput).toBeCloseTo(6300, 6);
    expect(plan.difference).toBeCloseTo(0, 6);
    expect(plan.reason).toBeNull();
  });

  it('values one more minute on B at 2, and only B binds on the full routing', async () => {
    const plan = expectSolved(await solveOptimalMix({ ...pqFull, wholeUnits: false }));
    expect(Array.from(plan.quantity)).toEqual([100, 30]);
    expect(plan.binding).toEqual([1]);
    expect(plan.shadowPrices[1]).toBeCloseTo(2, 9);
    expect(plan.shadowPrices[0]).toBe(0);
    // 2 per minute holds while B has between 1,500 (P alone) and 3,000 (all of Q) minutes.
    expect(plan.dualRanges[1]?.from).toBeCloseTo(1500, 6);
    expect(plan.dualRanges[1]?.to).toBeCloseTo(3000, 6);
  });
});

describe("ACCA's Cut and Stitch", () => {
  it('plans 250 W and 350 L for T 26,000 where both tailor hours and fabric bind', async () => {
    const plan = expectSolved(await solveOptimalMix(cutAndStitch(false)));
    expect(plan.status).toBe('optimal');
    expect(Array.from(plan.quantity)).toEqual([250, 350]);
    expect(plan.throughput).toBeCloseTo(26000, 6);
    expect(plan.binding).toEqual([0, 1]);
    expect(plan.shadowPrices[0]).toBeCloseTo(4, 9);
    expect(plan.shadowPrices[1]).toBeCloseTo(10, 9);
    expect(plan.gap).toBeCloseTo(0, 6);
  });

  it('says over which capacities the prices of 4 per hour and 10 per metre hold', async () => {
    // Both products stay in the plan while 3,000 ≤ tailor hours ≤ 3,800 (W between 0 and its
    // demand of 400) and 1,080 ≤ metres ≤ 1,400.
    const plan = expectSolved(await solveOptimalMix(cutAndStitch(false)));
    expect(plan.dualRanges[0]?.from).toBeCloseTo(3000, 6);
    expect(plan.dualRanges[0]?.to).toBeCloseTo(3800, 6);
    expect(plan.dualRanges[1]?.from).toBeCloseTo(1080, 6);
    expect(plan.dualRanges[1]?.to).toBeCloseTo(1400, 6);
  });

  it('beats the greedy plan, which ranks by fabric (the tighter at full demand) and earns 24,800', async () => {
    // Both resources are "overloaded" (L is unlimited); fabric runs out first (1,200 m ÷ 2 < 3,500 h
    // ÷ 5), so the greedy ranks by T per metre: W (24) before L (20): 400 W, then 140 L. Ranking by
    // tailor hours instead (L 8 before W 6.86) would give 600 L and 24,000.
    const plan = expectSolved(await solveOptimalMix(cutAndStitch(true)));
    expect(Array.from(plan.greedy?.quantity ?? [])).toEqual([400, 140]);
    expect(plan.greedy?.throughput).toBe(24800);
    expect(plan.difference).toBe(1200);
    expect(plan.reason).toBe('severalBinding');
    expect(plan.status).toBe('optimal');
  });
});

describe('political minimums', () => {
  it('names the resource the minimums alone overload, and by how much', async () => {
    const problem = problemOf(
      [
        { name: 'P', price: 90, tvc: 45, demand: 100, minimum: 100, usage: { A: 15, B: 15 } },
        { name: 'Q', price: 100, tvc: 40, demand: 50, minimum: 40, usage: { A: 10, B: 30 } },
      ],
      ['A', 'B'].map((name) => ({ name, capacity: 2400 }))
    );
    const outcome = await solveOptimalMix(problem);
    expect(outcome).toEqual({
      status: 'infeasible',
      resource: 1,
      required: 2700,
      capacity: 2400,
      excess: 300,
    });
  });

  it('prices a forced minimum of Q as the ΣT it takes from P', async () => {
    const problem = problemOf(
      [
        { name: 'P', price: 90, tvc: 45, demand: 100, usage: { B: 15 } },
        { name: 'Q', price: 100, tvc: 40, demand: 50, minimum: 50, usage: { B: 30 } },
      ],
      [{ name: 'B', capacity: 2400 }]
    );
    const plan = expectSolved(await solveOptimalMix(problem));
    // 50 Q take 1,500 min, leaving 900 for 60 P: 3,000 + 2,700 = 5,700 against 6,300.
    expect(Array.from(plan.quantity)).toEqual([60, 50]);
    expect(plan.lostToMinimums).toBeCloseTo(600, 6);
  });

  it('states price ranges in whole capacities, the minimums’ time included', async () => {
    const rows = [
      { name: 'P', price: 90, tvc: 45, demand: 100, minimum: 20, usage: { B: 15 } },
      { name: 'Q', price: 100, tvc: 40, demand: 50, usage: { B: 30 } },
    ];
    const plan = expectSolved(
      await solveOptimalMix(problemOf(rows, [{ name: 'B', capacity: 2400 }], null, false))
    );
    expect(plan.shadowPrices[0]).toBeCloseTo(2, 9);
    expect(plan.dualRanges[0]?.from).toBeCloseTo(1500, 6);
    expect(plan.dualRanges[0]?.to).toBeCloseTo(3000, 6);
  });
});

describe('outcomes as values', () => {
  it('reports invalid input with the core issue list', async () => {
    const problem = problemOf(
      [{ name: 'P', price: -1, tvc: 0, usage: { B: 1 } }],
      [{ name: 'B', capacity: 10 }]
    );
    const outcome = await solveOptimalMix(problem);
    expect(outcome.status).toBe('invalid');
  });

  it('returns cancelled when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await solveOptimalMix(pq, { signal: controller.signal })).toEqual({
      status: 'cancelled',
    });
  });

  it('returns the best plan found and its gap when the time limit is zero', async () => {
    const outcome = await solveOptimalMix(pq, { timeLimitMs: 0 });
    expect(outcome.status).toBe('timeLimit');
    const plan = expectSolved(outcome);
    expect(plan.throughput).toBeGreaterThanOrEqual(plan.greedy?.throughput ?? 0);
  });
});

describe('the dual simplex on many products', () => {
  it('proves the optimum of 10,000 products by pricing every one against the duals', async () => {
    const { randomMixProblem } = await import('../../../bench/optimizationProblems');
    const plan = expectSolved(await solveOptimalMix(randomMixProblem(10_000, 5, false)));
    expect(plan.status).toBe('optimal');
    expect(plan.stats.method).toBe('dualSimplex');
    // Weak duality over all 10,000 products, computed outside the solver.
    expect(plan.gap).not.toBeNull();
    expect(plan.gap as number).toBeLessThanOrEqual(1e-9 * plan.throughput);
    expect(plan.throughput).toBeGreaterThan(plan.greedy?.throughput ?? Infinity);
    expect(plan.reason).toBe('severalBinding');
  });
});

describe('cancelling a running solve', () => {
  it('answers cancelled when the signal fires between solver steps', async () => {
    const { randomMixProblem } = await import('../../../bench/optimizationProblems');
    // A signal that fires after the solve has looked at it a few times: between two steps,
    // whatever the machine's speed.
    let looks = 0;
    const signal = {
      get aborted() {
        looks++;
        return looks > 1;
      },
    } as AbortSignal;
    expect(await solveOptimalMix(randomMixProblem(20_000, 5, false), { signal })).toEqual({
      status: 'cancelled',
    });
  });
});

describe('the whole-unit search budget (maxNodes)', () => {
  it('keeps the rounded plan and its gap at 0 nodes, the same plan every time', async () => {
    const { randomMixProblem } = await import('../../../bench/optimizationProblems');
    const problem = randomMixProblem(200, 5, true);
    const first = expectSolved(await solveOptimalMix(problem, { maxNodes: 0 }));
    const again = expectSolved(await solveOptimalMix(problem, { maxNodes: 0 }));
    const searched = expectSolved(await solveOptimalMix(problem));
    expect(first.status).toBe('feasible');
    expect(first.gap as number).toBeGreaterThan(0);
    expect(Array.from(again.quantity)).toEqual(Array.from(first.quantity));
    expect(searched.status).toBe('optimal');
    expect(searched.throughput).toBeGreaterThan(first.throughput);
  });

  it('refuses a budget that is not a whole number of nodes (a programming error)', async () => {
    await expect(solveOptimalMix(pq, { maxNodes: -1 })).rejects.toThrow(RangeError);
    await expect(solveOptimalMix(pq, { maxNodes: 1.5 })).rejects.toThrow(RangeError);
  });
});
