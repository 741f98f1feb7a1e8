/**
 * The plan-against-fact benchmark compares like with like: TA.FACTT and the plain Map group-by
 * give the same totals on the same generated log (no timing here: see npm run bench).
 */
import { serialOfDate } from '../../src/core/fact';
import { mapGroupBy, randomSalesLog } from '../../bench/fact.bench';
import { factT } from '../../src/functions/factThroughputFunctions';

describe('the plan-against-fact benchmark', () => {
  it('gets the same T for every month and seller from TA.FACTT and from the Map group-by', () => {
    const log = randomSalesLog(5000);
    const ours = factT(
      log.dates,
      log.products,
      log.quantities,
      log.amounts,
      log.names,
      log.tvc,
      log.sellers
    );
    const theirs = mapGroupBy(log);
    expect(ours).toHaveLength(theirs.size);
    for (const [start, seller, , t] of ours as [number, string, number, number][]) {
      const date = new Date((start - 25569) * 86400000);
      expect(date.getUTCDate()).toBe(1);
      const key = `${date.getUTCFullYear()}-${date.getUTCMonth()}|${seller}`;
      expect(t).toBeCloseTo(theirs.get(key) as number, 6);
    }
    expect(ours[0]?.[0]).toBe(serialOfDate(2025, 1, 1));
  });
});
