import { screen, waitFor } from '@testing-library/react';
import { renderPane } from './renderPane';
import { pqTable, pqTableRu, workbookWith } from './workbooks';

const shownColumn = (label: string | RegExp) => screen.getByRole('combobox', { name: label });

describe('Column mapping', () => {
  it('detects every field from English headers', async () => {
    await renderPane(workbookWith(pqTable, 'en-US'));
    expect(shownColumn('Product')).toHaveTextContent('Product');
    expect(shownColumn('Price')).toHaveTextContent('Price');
    expect(shownColumn('Totally variable cost (TVC)')).toHaveTextContent('TVC');
    expect(shownColumn('Demand')).toHaveTextContent('Demand');
    expect(shownColumn('Minimum quantity')).toHaveTextContent('(not used)');
    expect(shownColumn('Time on B')).toHaveTextContent('Time: B, min');
  });

  it('detects every field from Russian headers', async () => {
    await renderPane(workbookWith(pqTableRu, 'ru-RU'));
    expect(shownColumn('Продукт')).toHaveTextContent('Наименование');
    expect(shownColumn('Цена')).toHaveTextContent('Цена, руб.');
    expect(shownColumn('Абсолютно переменные затраты (АПЗ)')).toHaveTextContent(
      'Абсолютно переменные затраты'
    );
    expect(shownColumn('Спрос')).toHaveTextContent('Спрос');
    expect(shownColumn('Время на ресурсе «B»')).toHaveTextContent('Время: B, мин');
  });

  it('says which field has no column when a header is not recognised', async () => {
    const table = { ...pqTable, headers: ['Product', 'Cost to us', 'TVC', 'Demand', 'Time: B'] };
    await renderPane(workbookWith(table, 'en-US'));
    expect(screen.getByText('No column for price: choose it in Columns.')).toBeInTheDocument();
  });

  it('keeps the user’s choice of column in the workbook settings and restores it', async () => {
    const table = { ...pqTable, headers: ['Product', 'Cost to us', 'TVC', 'Demand', 'Time: B'] };
    const gateway = workbookWith(table, 'en-US');
    const { user, unmount } = await renderPane(gateway);
    await user.click(shownColumn('Price'));
    await user.click(screen.getByRole('option', { name: 'Cost to us' }));
    await waitFor(async () =>
      expect((await gateway.readSettings())['mapping:table:Products']).toMatchObject({
        price: 'Cost to us',
      })
    );
    expect(screen.queryByText(/No column for price/)).not.toBeInTheDocument();
    unmount();
    await renderPane(gateway);
    expect(shownColumn('Price')).toHaveTextContent('Cost to us');
  });

  it('asks before taking «Себестоимость» as TVC: it carries allocated costs', async () => {
    const table = {
      ...pqTableRu,
      headers: ['Товар', 'Цена', 'Себестоимость', 'Спрос', 'Время: B, мин'],
    };
    const gateway = workbookWith(table, 'ru-RU');
    const { user } = await renderPane(gateway);
    expect(
      await screen.findByText(/^«Себестоимость» взят как абсолютно переменные затраты/)
    ).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: /^Мощность ресурса «B»/ }), '2400');
    expect(screen.queryByRole('table', { name: 'План' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Да, это АПЗ' }));
    expect(await screen.findByRole('table', { name: 'План' })).toBeInTheDocument();
    await waitFor(async () =>
      expect((await gateway.readSettings())['mapping:table:Товары']).toMatchObject({
        tvc: 'Себестоимость',
      })
    );
  });
});
