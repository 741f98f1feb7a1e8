import { initialFactInputs, parseFactInputs } from '../../src/taskpane/fact/factInputs';
import { numberSettingsOf } from '../../src/workbook/typedNumber';

const parse = (capacity: string, operatingExpense: string, region: string) =>
  parseFactInputs({ ...initialFactInputs, capacity, operatingExpense }, numberSettingsOf(region));

describe('numbers typed into the Plan vs fact tab', () => {
  it('are read by the regional settings, as in the rest of the pane', () => {
    expect(parse('160,5', '2 400,5', 'ru-RU')).toMatchObject({
      capacity: 160.5,
      operatingExpense: 2400.5,
    });
    expect(parse('160.5', '2,400.5', 'en-US')).toMatchObject({
      capacity: 160.5,
      operatingExpense: 2400.5,
    });
  });

  it('refuses an entry the settings read ambiguously instead of reading another number', () => {
    const parsed = parse('1,5', '2400,5', 'en-US');
    expect(parsed.capacity).toBeNull();
    expect(parsed.operatingExpense).toBeNull();
    expect(parsed.errors).toMatchObject({ capacity: 'notNumber', operatingExpense: 'notNumber' });
  });

  it('refuses a negative OE, as the functions and the CLI do', () => {
    expect(parse('160', '-1', 'en-US').errors).toMatchObject({ operatingExpense: 'negative' });
  });
});
