import {
  excelCell,
  formatBytesPerRow,
  halve,
  planSlices,
  rowBytes,
  utf8Bytes,
} from '../../src/workbook/writePlan';
import { manyProducts, reportOf } from './reports';

describe('write plan', () => {
  it('counts request bytes as UTF-8: Cyrillic is 2 bytes, emoji 4', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('Цена')).toBe(8);
    expect(utf8Bytes('😀')).toBe(4);
  });

  it('sends every text with the quote prefix and never a non-finite number', () => {
    expect(excelCell('=Promo')).toBe("'=Promo");
    expect(excelCell(null)).toBe('');
    expect(excelCell(12.5)).toBe(12.5);
    expect(() => excelCell(Number.POSITIVE_INFINITY)).toThrow();
  });

  it('groups rows into requests within the byte budget, in order, covering every row once', () => {
    const { blocks } = reportOf(manyProducts(2000));
    const budget = 40_000;
    const requests = planSlices(blocks, budget);
    expect(requests.length).toBeGreaterThan(5);
    const seen = blocks.map((b) => new Array<number>(b.values.length).fill(0));
    for (const slices of requests) {
      let bytes = 0;
      for (const { block, start, end } of slices) {
        const b = blocks[block]!;
        for (let i = start; i < end; i++) {
          seen[block]![i]! += 1;
          bytes += rowBytes(b, i, formatBytesPerRow(b));
        }
      }
      expect(bytes).toBeLessThanOrEqual(budget);
    }
    expect(seen.flat().every((n) => n === 1)).toBe(true);
  });

  it('halves a request by rows and refuses to halve a single row', () => {
    expect(
      halve([
        { block: 1, start: 0, end: 10 },
        { block: 2, start: 0, end: 4 },
      ])
    ).toEqual([
      [{ block: 1, start: 0, end: 7 }],
      [
        { block: 1, start: 7, end: 10 },
        { block: 2, start: 0, end: 4 },
      ],
    ]);
    expect(halve([{ block: 1, start: 3, end: 4 }])).toBeNull();
  });
});
