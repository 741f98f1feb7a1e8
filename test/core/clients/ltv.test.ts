import fc from 'fast-check';
import {
  funnelLtv,
  ltvFromCustomerList,
  reachFromConversions,
  type FunnelOutcome,
  type FunnelLtv,
} from '../../../src/core/clients';

function ltvOf(outcome: FunnelOutcome): FunnelLtv {
  if (outcome.status !== 'ltv') throw new Error(`expected an LTV, got ${outcome.status}`);
  return outcome;
}

describe('funnelLtv', () => {
  it('adds each step at the share of step-1 buyers who reach it: 3,000 + 24,000 × 50 % = 15,000', () => {
    const ltv = ltvOf(
      funnelLtv([
        { price: 3000, reach: 1 },
        { price: 24000, reach: 0.5 },
      ])
    );
    expect(ltv.revenue).toBe(15000);
    expect(ltv.stepRevenue).toEqual([3000, 12000]);
    expect(ltv.throughput).toBeNull();
  });

  it('gives LTV in throughput from the TVC or the throughput share of each step', () => {
    const ltv = ltvOf(
      funnelLtv([
        { price: 3000, reach: 1, tvc: 1000 },
        { price: 24000, reach: 0.5, throughputShare: 0.75 },
      ])
    );
    // (3,000 − 1,000) × 1 + 24,000 × 0.75 × 0.5 = 2,000 + 9,000
    expect(ltv.throughput).toBe(11000);
  });

  it('makes the LTV of a single step reached by all equal its price', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (price) => {
        expect(ltvOf(funnelLtv([{ price, reach: 1 }])).revenue).toBe(price);
      })
    );
  });

  it('names a reach above 100 % and a negative price by step', () => {
    expect(funnelLtv([{ price: -1, reach: 1.2 }])).toEqual({
      status: 'invalid',
      issues: [
        { kind: 'negative', field: 'price', row: 0 },
        { kind: 'notShare', field: 'reach', row: 0 },
      ],
    });
  });

  it('turns step-to-step conversions into the reach of each step', () => {
    expect(reachFromConversions([1, 0.5, 0.2])).toEqual([1, 0.5, 0.1]);
  });
});

describe('ltvFromCustomerList', () => {
  it('averages the total revenue of each distinct customer', () => {
    const outcome = ltvFromCustomerList(
      ['Ann', 'Bob', 'Ann', 'Cid', 'Ann'],
      [100, 300, 200, 50, 50]
    );
    // Ann 350, Bob 300, Cid 50 → 700 ÷ 3
    expect(outcome).toMatchObject({ status: 'ltv', customers: 3, total: 700 });
    if (outcome.status === 'ltv') expect(outcome.ltv).toBeCloseTo(700 / 3, 12);
  });

  it('takes 7 and "7 " as the same customer', () => {
    expect(ltvFromCustomerList([7, '7 '], [10, 20])).toMatchObject({ customers: 1, ltv: 30 });
  });

  it('skips blank rows but names an amount without a customer', () => {
    expect(ltvFromCustomerList(['A', null, ''], [10, 0, 0])).toMatchObject({ ltv: 10 });
    expect(ltvFromCustomerList(['A', null], [10, 5])).toEqual({
      status: 'invalid',
      issues: [{ kind: 'blankId', field: 'ids', row: 1 }],
    });
  });

  it('says when the ranges differ in size or hold no customer', () => {
    expect(ltvFromCustomerList(['A'], [1, 2]).status).toBe('invalid');
    expect(ltvFromCustomerList([null], [0])).toEqual({ status: 'noCustomers' });
  });
});
