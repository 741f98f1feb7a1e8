import fc from 'fast-check';
import {
  evaluateSpecialOrder,
  type SpecialOrderOutcome,
  type SpecialOrderResult,
} from '../../../src/core/decisions';
import { pq, problemOf } from '../../fixtures/problems';

function evaluated(outcome: SpecialOrderOutcome): SpecialOrderResult {
  if (outcome.status !== 'evaluated') throw new Error(`expected a result, got ${outcome.status}`);
  return outcome;
}

/** The seed's salon: 10 haircuts of 1 hour on a 100-hour master leave 90 hours idle. */
const salon = problemOf(
  [{ name: 'Haircut', price: 10, tvc: 5, demand: 10, usage: { Master: 1 } }],
  [{ name: 'Master', capacity: 100 }],
  40
);

describe('evaluateSpecialOrder', () => {
  it('accepts the hall at a fifth of the price on idle capacity: price 10, TVC 1 → ΔT +9', () => {
    const result = evaluated(evaluateSpecialOrder({ price: 10, tvc: 1, quantity: 1 }));
    expect(result.deltaThroughput).toBe(9);
    expect(result.verdict).toBe('accept');
    expect(result.displacedThroughput).toBe(0);
    expect(result.minimumPrice).toBe(1);
  });

  it('rejects an order priced below its TVC', () => {
    expect(evaluated(evaluateSpecialOrder({ price: 1, tvc: 2, quantity: 5 })).verdict).toBe(
      'reject'
    );
  });

  it('displaces nothing while the order fits in the idle time of the plan', () => {
    const result = evaluated(
      evaluateSpecialOrder({ price: 6, tvc: 1, quantity: 5, timePerUnit: 2 }, salon)
    );
    expect(result.idleTime).toBe(90);
    expect(result.deltaThroughput).toBe(25);
  });

  it('subtracts the throughput it displaces from the bottom of the ranking (Q at 2 a minute)', () => {
    const order = { price: 80, tvc: 40, quantity: 10, timePerUnit: 30 };
    const result = evaluated(evaluateSpecialOrder(order, pq));
    expect(result.orderThroughput).toBe(400);
    expect(result.displacedThroughput).toBe(600);
    expect(result.deltaThroughput).toBe(-200);
    expect(result.verdict).toBe('reject');
    expect(result.displaced.map((d) => [d.product, d.quantityChange])).toEqual([[1, -10]]);
    // 40 + 600 ÷ 10: the price at which the order only replaces what it displaces
    expect(result.minimumPrice).toBe(100);
  });

  it('accepts the same order at a price that beats the displaced throughput', () => {
    const result = evaluated(
      evaluateSpecialOrder({ price: 120, tvc: 40, quantity: 10, timePerUnit: 30 }, pq)
    );
    expect(result.deltaThroughput).toBe(200);
    expect(result.verdict).toBe('accept');
  });

  it('says the order does not fit when it needs all of the CCR time or more', () => {
    expect(evaluateSpecialOrder({ price: 1, tvc: 0, quantity: 100, timePerUnit: 30 }, pq)).toEqual({
      status: 'doesNotFit',
      timeNeeded: 3000,
      capacity: 2400,
    });
  });

  it('names bad order fields', () => {
    expect(evaluateSpecialOrder({ price: -1, tvc: 0, quantity: NaN })).toEqual({
      status: 'invalid',
      issues: [
        { kind: 'negative', field: 'price' },
        { kind: 'notFinite', field: 'quantity' },
      ],
    });
  });

  it('on idle capacity gives ΔT = q · (price − TVC)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 2 }),
        (price, tvc, quantity, timePerUnit) => {
          const order = { price, tvc, quantity, timePerUnit };
          for (const outcome of [evaluateSpecialOrder(order), evaluateSpecialOrder(order, salon)]) {
            expect(evaluated(outcome).deltaThroughput).toBe(quantity * (price - tvc));
          }
        }
      )
    );
  });
});
