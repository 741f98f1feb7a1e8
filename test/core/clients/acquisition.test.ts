import {
  customerAcquisitionCost,
  leadConversion,
  ltvToCac,
  monthsToRecoverCac,
  repeatPurchaseRate,
} from '../../../src/core/clients';

describe('acquisition', () => {
  it('divides acquisition spend by new customers: CAC', () => {
    expect(customerAcquisitionCost(100000, 20)).toEqual({ status: 'ratio', value: 5000 });
  });

  it('compares LTV with CAC', () => {
    expect(ltvToCac(15000, 5000)).toEqual({ status: 'ratio', value: 3 });
  });

  it('recovers CAC from the monthly throughput of a customer, not revenue', () => {
    expect(monthsToRecoverCac(5000, 2000)).toEqual({ status: 'ratio', value: 2.5 });
    expect(monthsToRecoverCac(5000, 0)).toEqual({
      status: 'noDivisor',
      field: 'monthlyThroughputPerCustomer',
    });
  });

  it('gives lead-to-client conversion and rejects more clients than leads', () => {
    expect(leadConversion(200, 10)).toEqual({ status: 'ratio', value: 0.05 });
    expect(leadConversion(10, 20).status).toBe('invalid');
    expect(leadConversion(0, 0)).toEqual({ status: 'noDivisor', field: 'leads' });
  });

  it('marks a repeat-purchase rate of at least 50 % as fast growth', () => {
    expect(repeatPurchaseRate([1, 2, 3, 1])).toMatchObject({
      rate: 0.5,
      customers: 4,
      repeatCustomers: 2,
      fastGrowth: true,
    });
    expect(repeatPurchaseRate([1, 1, 2])).toMatchObject({ fastGrowth: false });
  });

  it('leaves blank rows (0 purchases) out of the repeat rate and names fractional counts', () => {
    expect(repeatPurchaseRate([2, 0, 1, 0])).toMatchObject({ rate: 0.5, customers: 2 });
    expect(repeatPurchaseRate([1.5]).status).toBe('invalid');
    expect(repeatPurchaseRate([0, 0])).toEqual({ status: 'noDivisor', field: 'purchases' });
  });
});
