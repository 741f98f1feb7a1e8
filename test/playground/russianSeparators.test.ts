import { fromRussianExcel } from '../../playground/russianSeparators';

describe('a TA.* formula written the Russian Excel way, in the Russian playground', () => {
  it('gets "," between arguments instead of ";"', () => {
    expect(fromRussianExcel('=TA.ПРОХОД(B2:B5;C2:C5)')).toBe('=TA.ПРОХОД(B2:B5,C2:C5)');
    expect(fromRussianExcel('=TA.ЧИСТАЯ.ПРИБЫЛЬ(H2:H3; 6000)')).toBe(
      '=TA.ЧИСТАЯ.ПРИБЫЛЬ(H2:H3, 6000)'
    );
  });

  it('reads a comma between digits as the decimal mark', () => {
    expect(fromRussianExcel('=TA.ЧИСТАЯ.ПРИБЫЛЬ(B2:B3;6000,5)')).toBe(
      '=TA.ЧИСТАЯ.ПРИБЫЛЬ(B2:B3,6000.5)'
    );
    expect(fromRussianExcel('=TA.ПРОХОД(1,25;0,5)+SUM(1;2)')).toBe('=TA.ПРОХОД(1.25,0.5)+SUM(1,2)');
  });

  it('leaves quoted text and quoted sheet names as they are', () => {
    expect(fromRussianExcel('=TA.RFM(A2:A9;"a;b,1,2";\'Лист;1\'!B2:B9)')).toBe(
      '=TA.RFM(A2:A9,"a;b,1,2",\'Лист;1\'!B2:B9)'
    );
  });

  it('leaves alone what is not a TA.* formula with ";" (nothing to rewrite)', () => {
    expect(fromRussianExcel('=TA.ПРОХОД(B2:B5,C2:C5)')).toBeNull();
    expect(fromRussianExcel('=SUM(A1;A2)')).toBeNull();
    expect(fromRussianExcel('TA.ПРОХОД(B2;C2)')).toBeNull();
    expect(fromRussianExcel('=TA.RFM(A2:A9,"a;b")')).toBeNull();
  });
});
