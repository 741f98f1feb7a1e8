import { rfm, rfmList } from '../../src/functions/clientSegmentFunctions';
import { excelErrorOf as errorOf } from './excel';

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

describe('TA.RFMLIST', () => {
  it('turns a purchase log into one row per customer: id, purchases, days, segment', () => {
    const ids = [['Ann'], ['Bob'], ['Ann'], ['Ann'], ['']];
    const dates = [[45000], [44900], [45020], [45010], [0]];
    expect(rfmList(ids, dates, 45030)).toEqual([
      ['Ann', 3, 10, 'other'],
      ['Bob', 1, 130, 'sleeping'],
    ]);
  });

  it('names a purchase after the as-of date by row', () => {
    expect(errorOf(() => rfmList([['Ann'], ['Bob']], [[1], [50]], 10))).toEqual({
      code: '#VALUE!',
      message: 'purchaseDates, row 2: a purchase after asOfDate',
    });
  });
});
