import { parseReference, referenceText } from '../../src/workbook/cellReference';

describe('references typed into an input', () => {
  it('reads a cell on a named sheet, with or without = and $', () => {
    for (const text of ['Salon!B7', '=Salon!B7', ' = Salon!$B$7 ']) {
      expect(parseReference(text)).toEqual({
        kind: 'range',
        sheet: 'Salon',
        row: 6,
        column: 1,
        rows: 1,
        columns: 1,
      });
    }
  });

  it('reads quoted sheet names, Cyrillic ones and ranges', () => {
    expect(parseReference("'P&Q'!B6")).toMatchObject({ sheet: 'P&Q', row: 5, column: 1 });
    expect(parseReference("'It''s'!A1")).toMatchObject({ sheet: "It's" });
    expect(parseReference('Салон!B7')).toMatchObject({ sheet: 'Салон', row: 6 });
    expect(parseReference('Data!C3:A1')).toMatchObject({ row: 0, column: 0, rows: 3, columns: 3 });
  });

  it('reads a bare cell as one on the products sheet', () => {
    expect(parseReference('b7')).toMatchObject({ kind: 'range', sheet: null, row: 6 });
  });

  it('reads workbook names, in any script', () => {
    expect(parseReference('MasterHours')).toEqual({ kind: 'name', name: 'MasterHours' });
    expect(parseReference('=ОЕ_месяц')).toEqual({ kind: 'name', name: 'ОЕ_месяц' });
  });

  it('is no reference for numbers, typos and impossible cells', () => {
    for (const text of [
      '100',
      '1,5',
      '1o0',
      'XFE1',
      'A0',
      'A1048577',
      'Sheet!',
      '!A1',
      'TRUE',
      'a b',
    ])
      expect(parseReference(text)).toBeNull();
  });

  it('writes a reference back as Excel would', () => {
    const reference = parseReference('B7');
    if (reference?.kind !== 'range') throw new Error('a range');
    expect(referenceText(reference, 'Salon')).toBe('Salon!B7');
    expect(referenceText(reference, 'P&Q')).toBe("'P&Q'!B7");
  });
});
