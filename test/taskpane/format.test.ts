import { editableNumber, numberFormats, parseNumber } from '../../src/taskpane/format';

describe('pane number formats', () => {
  it('groups money without a currency symbol, in the display language', () => {
    expect(numberFormats('en').money(1234567.891)).toBe('1,234,567.89');
    expect(numberFormats('ru').money(1234567.891).replace(/\s/g, ' ')).toBe('1 234 567,89');
  });

  it('shows shares as percentages with at most one decimal', () => {
    expect(numberFormats('en').percent(0.9234)).toBe('92.3%');
    expect(numberFormats('ru').percent(1).replace(/\s/g, ' ')).toBe('100 %');
  });
});

describe('parseNumber', () => {
  it('reads a Russian decimal comma and spaces between thousands', () => {
    expect(parseNumber('2 400,5', 'ru')).toBe(2400.5);
    expect(parseNumber('6\u00a0000', 'ru')).toBe(6000);
  });

  it('reads English thousands commas', () => {
    expect(parseNumber('6,000.25', 'en')).toBe(6000.25);
  });

  it('tells blank (null) from not a number (NaN)', () => {
    expect(parseNumber('  ', 'en')).toBeNull();
    expect(parseNumber('12abc', 'en')).toBeNaN();
    expect(parseNumber('1e', 'en')).toBeNaN();
    expect(parseNumber('-5', 'en')).toBe(-5);
  });

  it('gives back what the user would type', () => {
    expect(editableNumber(2400.5, 'ru')).toBe('2400,5');
    expect(parseNumber(editableNumber(0.125, 'ru'), 'ru')).toBe(0.125);
  });
});
