import {
  excelNumberSettings,
  exampleNumber,
  numberSettingsOf,
  parseTypedNumber,
  typedText,
  type NumberSettings,
} from '../../src/workbook/typedNumber';

const ruRU = numberSettingsOf('ru-RU');
const enUS = numberSettingsOf('en-US');
const deDE = numberSettingsOf('de-DE');
const deCH: NumberSettings = { decimal: '.', group: '\u2019', source: 'excel' };

const read = (text: string, settings: NumberSettings) => parseTypedNumber(text, settings);
const value = (text: string, settings: NumberSettings) => {
  const result = read(text, settings);
  return result.status === 'number' ? result.value : result.status;
};

describe('regional settings', () => {
  it('learns the separators of a display language', () => {
    expect(ruRU).toMatchObject({ decimal: ',', source: 'language' });
    expect(ruRU.group.trim()).toBe('');
    expect(enUS).toMatchObject({ decimal: '.', group: ',' });
    expect(deDE).toMatchObject({ decimal: ',', group: '.' });
  });

  it("takes Excel's separators, and falls back where Excel gives none usable", () => {
    expect(excelNumberSettings(',', '\u00a0', enUS)).toEqual({
      decimal: ',',
      group: '\u00a0',
      source: 'excel',
    });
    expect(excelNumberSettings('', ',', enUS)).toBe(enUS);
    expect(excelNumberSettings('.', '.', enUS)).toBe(enUS);
    expect(excelNumberSettings(undefined, undefined, ruRU)).toBe(ruRU);
  });
});

describe('numbers typed under ru-RU settings', () => {
  it.each([
    ['1,5', 1.5],
    ['2400,5', 2400.5],
    ['1 500', 1500],
    ['1\u00a0500,25', 1500.25],
    ['60000', 60000],
    ['-7', -7],
    ['\u22127,5', -7.5],
    [',5', 0.5],
    ['1e3', 1000],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text, ruRU)).toBe(expected);
  });

  it.each(['1.5', '1.500', '2400.5', '1,5,5', '1 50', '12 34'])(
    'refuses %s as ambiguous: a point is not a separator there',
    (text) => {
      expect(value(text, ruRU)).toBe('ambiguous');
    }
  );
});

describe('numbers typed under en-US settings', () => {
  it.each([
    ['1.5', 1.5],
    ['2400.5', 2400.5],
    ['1,500', 1500],
    ['12,345,678.9', 12345678.9],
    ['1 500', 1500],
    ['.5', 0.5],
    ['+3', 3],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text, enUS)).toBe(expected);
  });

  it.each(['1,5', '2400,5', '1,50', '12,34,567', '1.2.3', ',5', "1'000"])(
    'refuses %s as ambiguous, never as another number',
    (text) => {
      expect(value(text, enUS)).toBe('ambiguous');
    }
  );
});

describe('numbers typed under de-DE settings', () => {
  it.each([
    ['1,5', 1.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['2400,5', 2400.5],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text, deDE)).toBe(expected);
  });

  it.each(['1.5', '2400.5', '1,234,567', '1.23,4'])('refuses %s as ambiguous', (text) => {
    expect(value(text, deDE)).toBe('ambiguous');
  });
});

describe('what is not a number anywhere', () => {
  it.each(['abc', '12abc', '₽100', '100 ₽', '1e', '--1', '.', ''])('%s', (text) => {
    const expected = text === '' ? 'blank' : 'invalid';
    for (const settings of [ruRU, enUS, deDE]) expect(value(text, settings)).toBe(expected);
  });

  it('reads a Swiss apostrophe group, typed as either apostrophe', () => {
    expect(value("1'234.5", deCH)).toBe(1234.5);
    expect(value('1\u2019234', deCH)).toBe(1234);
  });
});

describe('numbers written back into a field', () => {
  it('use the decimal mark of the settings and read back the same', () => {
    for (const settings of [ruRU, enUS, deDE, deCH]) {
      for (const n of [1500.25, -0.5, 380, 1e-7]) {
        expect(value(typedText(n, settings), settings)).toBe(n);
      }
    }
  });

  it('give an example in the settings’ own spelling', () => {
    expect(exampleNumber(enUS)).toBe('1,234.5');
    expect(exampleNumber(ruRU)).toBe('1 234,5');
    expect(exampleNumber(deDE)).toBe('1.234,5');
  });
});
