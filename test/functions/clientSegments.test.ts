import { rfm, rfmList } from '../../src/functions/clientSegmentFunctions';
import { asyncExcelErrorOf as errorOf } from './excel';
import { closeWorkbook, openWorkbookIn } from './host';

describe('TA.RFM', () => {
  it('labels each customer with one segment and keeps blank rows blank', async () => {
    expect(await rfm([[1], [5], [1], [3], [0], [4]], [[10], [5], [120], [45], [0], [10]])).toEqual([
      ['newcomer'],
      ['loyal'],
      ['sleeping'],
      ['at risk'],
      [''],
      ['other'],
    ]);
  });

  it('takes the owner’s thresholds', async () => {
    const omitted = null as never;
    expect(await rfm([[3]], [[10]], omitted, omitted, [[3]], [[6]])).toEqual([['newcomer']]);
  });

  it('names the row of a customer with days but no purchases, counted in the user’s range', async () => {
    expect((await errorOf(() => rfm([[0], [0], [2]], [[0], [40], [5]]))).message).toBe(
      'purchases, row 2 must be > 0'
    );
  });

  describe('segment names in the workbook’s language, whoever recalculates', () => {
    afterEach(closeWorkbook);

    it('keeps «новичок» in a Russian workbook recalculated by English Excel', async () => {
      openWorkbookIn('en-US', 'ru');
      expect(await rfm([[1]], [[1]])).toEqual([['новичок']]);
    });

    it('keeps "newcomer" in an English workbook recalculated by Russian Excel', async () => {
      openWorkbookIn('ru-RU', 'en');
      expect(await rfm([[1]], [[1]])).toEqual([['newcomer']]);
    });

    it('speaks the display language in a workbook that has no language yet', async () => {
      openWorkbookIn('ru-RU');
      expect(await rfm([[1]], [[1]])).toEqual([['новичок']]);
    });
  });
});

describe('TA.RFMLIST', () => {
  it('turns a purchase log into one row per customer: id, purchases, days, segment', async () => {
    const ids = [['Ann'], ['Bob'], ['Ann'], ['Ann'], ['']];
    const dates = [[45000], [44900], [45020], [45010], [0]];
    expect(await rfmList(ids, dates, [[45030]])).toEqual([
      ['Ann', 3, 10, 'other'],
      ['Bob', 1, 130, 'sleeping'],
    ]);
  });

  it('names a purchase after the as-of date by row', async () => {
    expect(await errorOf(() => rfmList([['Ann'], ['Bob']], [[1], [50]], [[10]]))).toEqual({
      code: '#VALUE!',
      message: 'purchaseDates, row 2: a purchase after asOfDate',
    });
  });
});
