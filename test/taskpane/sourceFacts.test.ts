import type { SourceData } from '../../src/workbook/gateway';
import { moneyFormatOf, sheetOfAddress, touchesSource } from '../../src/taskpane/sourceFacts';

const source: SourceData = {
  ref: { kind: 'table', name: 'Services' },
  address: 'Salon!A1:F5',
  label: 'Services',
  headers: ['Service', 'Price', 'TVC', 'Time: Master, h', 'Demand', 'Minimum'],
  rows: [],
  kinds: [],
  columnFormats: ['General', '#,##0 "₽"', '0.00', '0.0', '0', 'General'],
  sheetId: 's1',
};

describe('what a change event touches', () => {
  it('touches the table when it overlaps it on its sheet', () => {
    expect(touchesSource({ sheetId: 's1', address: 'B2' }, source)).toBe(true);
    expect(touchesSource({ sheetId: 's1', address: 'E5:H9' }, source)).toBe(true);
    expect(touchesSource({ sheetId: 's1', address: 'H1:H9, C3' }, source)).toBe(true);
  });

  it('leaves it alone for other cells and other sheets', () => {
    expect(touchesSource({ sheetId: 's1', address: 'B7' }, source)).toBe(false);
    expect(touchesSource({ sheetId: 's1', address: 'G1:K5' }, source)).toBe(false);
    expect(touchesSource({ sheetId: 's2', address: 'B2' }, source)).toBe(false);
  });

  it('assumes the worst when the host does not say where', () => {
    expect(touchesSource({ sheetId: null, address: null }, source)).toBe(true);
    expect(touchesSource({ sheetId: 's1', address: null }, source)).toBe(true);
    expect(touchesSource({ sheetId: 's1', address: 'B7' }, { ...source, sheetId: undefined })).toBe(
      true
    );
  });
});

describe('facts of a source', () => {
  it('names the sheet of an address, quoted or not', () => {
    expect(sheetOfAddress('Salon!A1:F5')).toBe('Salon');
    expect(sheetOfAddress("'P&Q'!A1:F3")).toBe('P&Q');
    expect(sheetOfAddress('A1:F3')).toBeNull();
  });

  it("takes the price column's money format for the report, roubles included", () => {
    const mapping = {
      name: 'Service',
      price: 'Price',
      tvc: 'TVC',
      demand: null,
      minimum: null,
      resources: [],
    };
    expect(moneyFormatOf(source, mapping)).toBe('#,##0 "₽"');
    const plain = { ...source, columnFormats: ['General', 'General'] };
    expect(moneyFormatOf(plain, mapping)).toBeNull();
  });
});
