import { customersFromPurchases, rfmSegments } from '../../../src/core/clients';

describe('customersFromPurchases', () => {
  it('counts purchases per customer and days since the latest one', () => {
    const outcome = customersFromPurchases(['Ann', 'Bob', 'Ann', 'Ann'], [100, 10, 120, 110], 130);
    expect(outcome).toEqual({
      status: 'customers',
      customers: [
        { id: 'Ann', purchases: 3, daysSinceLast: 10 },
        { id: 'Bob', purchases: 1, daysSinceLast: 120 },
      ],
    });
  });

  it('feeds the RFM segments: Ann is a recent 3-purchase buyer, Bob is asleep', () => {
    const outcome = customersFromPurchases(['Ann', 'Bob', 'Ann', 'Ann'], [100, 10, 120, 110], 130);
    if (outcome.status !== 'customers') throw new Error('expected customers');
    expect(rfmSegments(outcome.customers)).toMatchObject({ segments: ['other', 'sleeping'] });
  });

  it('skips blank rows and names a purchase after the as-of day or without a customer', () => {
    expect(customersFromPurchases(['A', ''], [5, 0], 10)).toMatchObject({
      customers: [{ id: 'A', purchases: 1, daysSinceLast: 5 }],
    });
    expect(customersFromPurchases(['A', null], [50, 5], 10)).toEqual({
      status: 'invalid',
      issues: [
        { kind: 'tooLarge', field: 'purchaseDates', row: 0 },
        { kind: 'blankId', field: 'ids', row: 1 },
      ],
    });
    expect(customersFromPurchases([null], [0], 10)).toEqual({ status: 'noCustomers' });
  });
});
