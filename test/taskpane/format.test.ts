import { numberFormats } from '../../src/taskpane/format';
import { numberSettingsOf, parseTypedNumber } from '../../src/workbook/typedNumber';

describe('numberFormats', () => {
  it('groups thousands and keeps up to two decimals, in the display language', () => {
    expect(numberFormats('en').money(1234567.891)).toBe('1,234,567.89');
    expect(numberFormats('ru').money(1234567.891).replace(/\s/g, ' ')).toBe('1 234 567,89');
  });

  it('writes percentages the way each language does', () => {
    expect(numberFormats('en').percent(0.9234)).toBe('92.3%');
    expect(numberFormats('ru').percent(1).replace(/\s/g, ' ')).toBe('100 %');
  });

  it("shows numbers with Excel's separators, not the display language's", () => {
    const german = numberFormats('en', numberSettingsOf('de-DE'));
    expect(german.money(1234.5)).toBe('1.234,5');
    expect(german.percent(0.125)).toBe('12,5%');
    const englishOnRussianSettings = numberFormats('en', numberSettingsOf('ru-RU'));
    expect(englishOnRussianSettings.money(2400.5).replace(/\s/g, ' ')).toBe('2 400,5');
  });

  it('writes a number back into a field so that it reads back the same', () => {
    for (const region of ['en-US', 'ru-RU', 'de-DE']) {
      const settings = numberSettingsOf(region);
      const text = numberFormats('en', settings).editable(2400.125);
      expect(parseTypedNumber(text, settings)).toEqual({ status: 'number', value: 2400.125 });
    }
  });
});
