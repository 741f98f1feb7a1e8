import { screen } from '@testing-library/react';
import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { numberSettingsOf } from '../../src/workbook/typedNumber';
import { renderPane, rowsOf } from './renderPane';
import { pqTable, pqTableRu } from './workbooks';

function workbook(displayLanguage: string, region: string, table = pqTable) {
  return new MemoryGateway({
    displayLanguage,
    numberSettings: { ...numberSettingsOf(region), source: 'excel' },
    sheets: [{ name: 'Data', cells: [table.headers, ...table.rows] }],
    tables: [{ name: table.name, sheet: 'Data', row: 0, column: 0, rows: 3, columns: 5 }],
  });
}

const capacityField = () =>
  screen.getByRole('textbox', { name: /^(Capacity of|Мощность ресурса)/ });

describe("numbers typed as the user's Excel writes them", () => {
  it('reads 2400,5 as 2,400.5 in an English pane on Russian regional settings', async () => {
    const { user } = await renderPane(workbook('en-US', 'ru-RU'));
    await user.type(capacityField(), '2 400,5');
    const table = await screen.findByRole('table', { name: 'Plan' });
    expect(rowsOf(table).map((row) => row[3])).toEqual(['100', '30']);
  });

  it('refuses 1,5 where a comma groups thousands, and says how to type it', async () => {
    const { user } = await renderPane(workbook('en-US', 'en-US'));
    await user.type(capacityField(), '2400,5');
    expect(
      await screen.findByText(
        'Capacity of B, minutes: this can be read as more than one number. Your Excel marks decimals with “.” and groups thousands with “,”: type it like 1,234.5.'
      )
    ).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Plan' })).not.toBeInTheDocument();
  });

  it('reads German separators: 2.400 is two thousand four hundred, 2.400,5 has a decimal', async () => {
    const { user } = await renderPane(workbook('en-US', 'de-DE'));
    await user.type(capacityField(), '2.400');
    const table = await screen.findByRole('table', { name: 'Plan' });
    expect(rowsOf(table).map((row) => row[3])).toEqual(['100', '30']);
  });

  it('refuses a point where Russian Excel marks decimals with a comma, in Russian', async () => {
    const { user } = await renderPane(workbook('ru-RU', 'ru-RU', pqTableRu));
    await user.type(capacityField(), '2400.5');
    expect(
      await screen.findByText(
        /число можно понять по-разному\. В вашем Excel дробную часть отделяет «,», а разряды — пробел/
      )
    ).toBeVisible();
  });

  it('refuses a negative operating expense, as the functions and the CLI do', async () => {
    const { user } = await renderPane(workbook('en-US', 'en-US'));
    await user.type(capacityField(), '2400');
    await user.type(screen.getByRole('textbox', { name: /^Operating expense/ }), '-6000');
    expect(
      await screen.findByText('Operating expense (OE) of the period: must be 0 or more.')
    ).toBeVisible();
    expect(screen.queryByText(/Net profit/)).not.toBeInTheDocument();
  });

  it('counts rows in Russian by the plural rules: «Товары (2 строки)»', async () => {
    const { user } = await renderPane(workbook('ru-RU', 'ru-RU', pqTableRu));
    await user.click(screen.getByRole('combobox', { name: 'Откуда взять продукты' }));
    expect(await screen.findByRole('option', { name: 'Товары (2 строки)' })).toBeInTheDocument();
  });
});
