import {
  cac,
  cacPayback,
  conversion,
  ltvCac,
  repeatRate,
} from '../../src/functions/clientAcquisitionFunctions';
import { excelErrorOf as errorOf } from './excel';

describe('CAC functions', () => {
  it('gives CAC, LTV ÷ CAC and the months to recover CAC from throughput', () => {
    expect(cac([[100000]], [[20]])).toBe(5000);
    expect(ltvCac([[15000]], [[5000]])).toBe(3);
    expect(cacPayback([[5000]], [[2000]])).toBe(2.5);
  });

  it('answers #DIV/0! for no customers and #N/A for no monthly throughput', () => {
    expect(errorOf(() => cac([[100000]], [[0]])).code).toBe('#DIV/0!');
    expect(errorOf(() => cacPayback([[5000]], [[0]]))).toEqual({
      code: '#N/A',
      message: 'monthlyThroughputPerCustomer is 0: the CAC is never recovered',
    });
  });

  it('gives conversion and refuses more clients than leads', () => {
    expect(conversion([[200]], [[10]])).toBe(0.05);
    expect(errorOf(() => conversion([[10]], [[20]])).message).toBe(
      'clients: more clients than leads'
    );
  });

  it('gives the repeat-purchase rate of the customers who bought', () => {
    expect(repeatRate([[1], [2], [3], [1], [0]])).toBe(0.5);
  });
});
