import { moneyFormatCode } from '../../src/workbook/reportFormats';

describe('the money format a report takes from the price column', () => {
  it.each([
    '#,##0.00 "₽"',
    '#,##0 ₽',
    '[$₽-419]# ##0,00',
    '#,##0.00_₽',
    '$#,##0.00',
    '0.00',
    '#,##0.00 "руб."',
  ])('keeps the user’s money format %s', (code) => {
    expect(moneyFormatCode(code)).toBe(code);
  });

  it.each([null, undefined, '', 'General', '@', '0%', 'dd.mm.yyyy', 'h:mm', 'mmm yy'])(
    'leaves the report’s own format for %s',
    (code) => {
      expect(moneyFormatCode(code)).toBeNull();
    }
  );
});
