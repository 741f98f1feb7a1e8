import fc from 'fast-check';
import {
  RFM_SEGMENTS,
  rfmSegments,
  type RfmCustomer,
  type RfmSegmentation,
} from '../../../src/core/clients';

function segmented(outcome: ReturnType<typeof rfmSegments>): RfmSegmentation {
  if (outcome.status !== 'segmented') throw new Error('expected segments');
  return outcome;
}

const segmentOf = (purchases: number, daysSinceLast: number) =>
  segmented(rfmSegments([{ purchases, daysSinceLast }])).segments[0];

describe('rfmSegments', () => {
  it('calls 1–2 purchases with the last within 30 days a newcomer', () => {
    expect(segmentOf(1, 0)).toBe('newcomer');
    expect(segmentOf(2, 30)).toBe('newcomer');
  });

  it('calls more than 4 purchases with the last within 30 days loyal', () => {
    expect(segmentOf(5, 10)).toBe('loyal');
    expect(segmentOf(4, 10)).toBe('other');
  });

  it('calls one purchase with none for more than 90 days sleeping', () => {
    expect(segmentOf(1, 91)).toBe('sleeping');
    expect(segmentOf(1, 90)).toBe('other');
  });

  it('calls repeat buyers silent for more than 30 days at risk', () => {
    expect(segmentOf(2, 31)).toBe('atRisk');
    expect(segmentOf(9, 200)).toBe('atRisk');
  });

  it('moves the bars when the owner changes the thresholds', () => {
    const outcome = segmented(
      rfmSegments([{ purchases: 3, daysSinceLast: 10 }], {
        newcomerMaxPurchases: 3,
        loyalMinPurchases: 6,
      })
    );
    expect(outcome.segments).toEqual(['newcomer']);
  });

  it('names bad customers by row and thresholds out of order', () => {
    expect(rfmSegments([{ purchases: 0, daysSinceLast: -1 }])).toEqual({
      status: 'invalid',
      issues: [
        { kind: 'notPositive', field: 'purchases', row: 0 },
        { kind: 'negative', field: 'daysSinceLast', row: 0 },
      ],
    });
    expect(rfmSegments([], { recentDays: 100, sleepingDays: 90 })).toEqual({
      status: 'invalid',
      issues: [{ kind: 'outOfOrder', field: 'sleepingDays' }],
    });
  });

  it('partitions the list: every customer is in exactly one segment', () => {
    const customer: fc.Arbitrary<RfmCustomer> = fc.record({
      purchases: fc.integer({ min: 1, max: 12 }),
      daysSinceLast: fc.integer({ min: 0, max: 400 }),
    });
    const thresholds = fc
      .record({
        recentDays: fc.integer({ min: 0, max: 120 }),
        extraSleep: fc.integer({ min: 0, max: 200 }),
        newcomerMaxPurchases: fc.integer({ min: 1, max: 4 }),
        extraLoyal: fc.integer({ min: 1, max: 5 }),
      })
      .map((t) => ({
        recentDays: t.recentDays,
        sleepingDays: t.recentDays + t.extraSleep,
        newcomerMaxPurchases: t.newcomerMaxPurchases,
        loyalMinPurchases: t.newcomerMaxPurchases + t.extraLoyal,
      }));
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 50 }), thresholds, (customers, bars) => {
        const outcome = segmented(rfmSegments(customers, bars));
        expect(outcome.segments).toHaveLength(customers.length);
        outcome.segments.forEach((segment) => expect(RFM_SEGMENTS).toContain(segment));
        const counted = RFM_SEGMENTS.reduce((sum, s) => sum + outcome.counts[s], 0);
        expect(counted).toBe(customers.length);
        customers.forEach((c, i) => {
          // The documented rules, read independently: at most one holds, so their order is moot.
          const recent = c.daysSinceLast <= bars.recentDays;
          const holding = [
            ['newcomer', recent && c.purchases <= bars.newcomerMaxPurchases],
            ['loyal', recent && c.purchases >= bars.loyalMinPurchases],
            ['sleeping', c.purchases === 1 && c.daysSinceLast > bars.sleepingDays],
            ['atRisk', c.purchases >= 2 && !recent],
          ].filter(([, holds]) => holds);
          expect(holding.length).toBeLessThanOrEqual(1);
          expect(outcome.segments[i]).toBe(holding[0]?.[0] ?? 'other');
        });
      })
    );
  });
});
