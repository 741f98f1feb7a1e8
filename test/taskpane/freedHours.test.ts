import { planProductMix, type MixPlan, type MixProblem } from '../../src/core';
import { solveOptimalMix } from '../../src/core/optimization';
import type { SharedMix } from '../../src/taskpane/hooks/sharedMix';
import type { MixMethod } from '../../src/taskpane/planInputs';
import { defaultResource, valueFreedHours } from '../../src/taskpane/tabs/freedHours';
import { problemOf } from '../fixtures/problems';

/**
 * Shirt, Dress and Jacket on Cut and Stitch (100 h each, both overloaded). The best plan in whole
 * units is 0 / 37 / 25 (ΣT 4,720); the ranking by Stitch sells 50 Dresses (ΣT 3,000) and leaves
 * Cut full. One more Stitch hour is worth 35 while Stitch has 50–130 h.
 */
export function shirtDressJacket(wholeUnits = true): MixProblem {
  return problemOf(
    [
      { name: 'Shirt', price: 40, tvc: 15, demand: 80, usage: { Cut: 0.5, Stitch: 1 } },
      { name: 'Dress', price: 100, tvc: 40, demand: 50, usage: { Cut: 2, Stitch: 1 } },
      { name: 'Jacket', price: 160, tvc: 60, demand: 40, usage: { Cut: 1, Stitch: 2.5 } },
    ],
    [
      { name: 'Cut', capacity: 100 },
      { name: 'Stitch', capacity: 100 },
    ],
    null,
    wholeUnits
  );
}

/** ACCA's Cut and Stitch: W and L suits on tailor hours and fabric (m, counted as time). */
export function cutAndStitch(): MixProblem {
  return problemOf(
    [
      { name: 'W', price: 48, tvc: 0, demand: 400, usage: { Tailors: 7, Fabric: 2 } },
      { name: 'L', price: 40, tvc: 0, demand: 1000, usage: { Tailors: 5, Fabric: 2 } },
    ],
    [
      { name: 'Tailors', capacity: 3500 },
      { name: 'Fabric', capacity: 1200 },
    ],
    null,
    true
  );
}

async function sharedMix(problem: MixProblem, method: MixMethod): Promise<SharedMix> {
  const plan = planProductMix(problem) as MixPlan;
  const outcome = await solveOptimalMix(problem);
  return {
    problem,
    plan,
    timeUnit: 'hours',
    sourceLabel: 'Garments',
    resourceName: problem.resources[plan.rankingResource ?? 0]?.name ?? null,
    method,
    best: { step: 'done', problem, outcome, signature: null },
  };
}

const solve = (problem: MixProblem) => solveOptimalMix(problem);
const STITCH = 1;

describe('the value of freed hours in the plan the pane uses', () => {
  it('gives the exact best plan’s ΔT for 10 more Stitch hours, not "nothing"', async () => {
    const mix = await sharedMix(shirtDressJacket(), 'optimal');
    expect(defaultResource(mix)).toBe(STITCH);
    const freed = await valueFreedHours(mix, STITCH, 10, solve);
    // Whole units: the best plan with 110 h is 35 Dresses and 30 Jackets, ΣT 5,100 − 4,720.
    expect(freed).toMatchObject({
      status: 'valued',
      resource: 'Stitch',
      deltaThroughput: 380,
      perHour: 35,
      method: { kind: 'resolved', reason: 'wholeUnits' },
      nothing: null,
    });
    if (freed.status !== 'valued') throw new Error('valued');
    expect(freed.moves).toEqual([
      { product: 'Dress', quantityChange: -2 },
      { product: 'Jacket', quantityChange: 5 },
    ]);
  });

  it('uses the shadow price inside its range in fractional units: 10 h × 35', async () => {
    const mix = await sharedMix(shirtDressJacket(false), 'optimal');
    const freed = await valueFreedHours(mix, STITCH, 10, () => {
      throw new Error('no solve needed inside the range');
    });
    expect(freed).toMatchObject({
      deltaThroughput: 350,
      method: { kind: 'shadowPrice', from: 50, to: 130 },
    });
  });

  it('solves again beyond the range, where the shadow price no longer holds', async () => {
    const mix = await sharedMix(shirtDressJacket(false), 'optimal');
    const freed = await valueFreedHours(mix, STITCH, 50, solve);
    expect(freed).toMatchObject({
      method: { kind: 'resolved', reason: 'beyondRange', limit: 130 },
    });
    if (freed.status !== 'valued') throw new Error('valued');
    // At 150 h all 40 Jackets fit; Cut's 60 h and Stitch's 50 h left take 23⅓ Dresses and
    // 26⅔ Shirts: ΣT 4,000 + 1,400 + 666⅔ against 4,750 now.
    expect(freed.deltaThroughput).toBeCloseTo(4000 + 60 * (70 / 3) + 25 * (80 / 3) - 4750, 6);
  });

  it('values lost hours too: 10 fewer Stitch hours cost the best plan', async () => {
    const mix = await sharedMix(shirtDressJacket(false), 'optimal');
    const freed = await valueFreedHours(mix, STITCH, -10, solve);
    expect(freed).toMatchObject({ hours: -10, deltaThroughput: -350 });
  });

  it('gives the textbook Cut and Stitch 4 per tailor hour: 10 more hours, ΔT 40', async () => {
    const mix = await sharedMix(cutAndStitch(), 'optimal');
    const freed = await valueFreedHours(mix, 0, 10, solve);
    expect(freed).toMatchObject({ status: 'valued', deltaThroughput: 40, perHour: 4 });
  });

  it('with the ranking, says the hours earn nothing because Cut is full, not that demand is met', async () => {
    const mix = await sharedMix(shirtDressJacket(), 'ranking');
    const freed = await valueFreedHours(mix, STITCH, 10, solve);
    expect(freed).toMatchObject({
      deltaThroughput: 0,
      method: { kind: 'ranking' },
      nothing: { kind: 'otherFull', resource: 'Cut' },
    });
  });

  it('refuses to take away more hours than the resource has', async () => {
    const mix = await sharedMix(shirtDressJacket(), 'optimal');
    expect(await valueFreedHours(mix, STITCH, -100, solve)).toMatchObject({
      status: 'exceedsCapacity',
      resource: 'Stitch',
    });
  });

  it('waits for the best plan while it is being found', async () => {
    const mix = {
      ...(await sharedMix(shirtDressJacket(), 'optimal')),
      best: { step: 'solving' },
    } as const;
    expect(await valueFreedHours(mix, STITCH, 10, solve)).toEqual({ status: 'bestPending' });
  });
});
