import {
  cac,
  cacPayback,
  conversion,
  ltvCac,
  repeatRate,
  rfm,
} from '../../src/functions/clientAcquisitionFunctions';

function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected an Excel error');
}

describe('CAC functions', () => {
  it('gives CAC, LTV ÷ CAC and the months to recover CAC from throughput', () => {
    expect(cac(100000, 20)).toBe(5000);
    expect(ltvCac(15000, 5000)).toBe(3);
    expect(cacPayback(5000, 2000)).toBe(2.5);
  });

  it('answers #DIV/0! for no customers and #N/A for no monthly throughput', () => {
    expect(errorOf(() => cac(100000, 0)).code).toBe('#DIV/0!');
    expect(errorOf(() => cacPayback(5000, 0))).toEqual({
      code: '#N/A',
      message: 'monthlyThroughputPerCustomer is 0: the CAC is never recovered',
    });
  });

  it('gives conversion and refuses more clients than leads', () => {
    expect(conversion(200, 10)).toBe(0.05);
    expect(errorOf(() => conversion(10, 20)).message).toBe('clients: more clients than leads');
  });

  it('gives the repeat-purchase rate of the customers who bought', () => {
    expect(repeatRate([[1], [2], [3], [1], [0]])).toBe(0.5);
  });
});

describe('TA.RFM', () => {
  it('labels each customer with one segment and keeps blank rows blank', () => {
    expect(rfm([[1], [5], [1], [3], [0], [4]], [[10], [5], [120], [45], [0], [10]])).toEqual([
      ['newcomer'],
      ['loyal'],
      ['sleeping'],
      ['at risk'],
      [''],
      ['other'],
    ]);
  });

  it('takes the owner’s thresholds', () => {
    const omitted = null as never;
    expect(rfm([[3]], [[10]], omitted, omitted, 3, 6)).toEqual([['newcomer']]);
  });

  it('names the row of a customer with days but no purchases, counted in the user’s range', () => {
    expect(errorOf(() => rfm([[0], [0], [2]], [[0], [40], [5]])).message).toBe(
      'purchases, row 2 must be > 0'
    );
  });

  it('answers in Russian when Excel shows Russian', () => {
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { displayLanguage: 'ru-RU' } };
    try {
      expect(rfm([[1]], [[1]])).toEqual([['новичок']]);
    } finally {
      delete global.Office;
    }
  });
});
