import { screen, within } from '@testing-library/react';
import { enterPeriod, planTable, renderPane, rowsOf } from './renderPane';
import { pqTableRu, workbookWith } from './workbooks';

describe('Pane language', () => {
  it('labels everything in Russian when Office speaks ru-RU', async () => {
    const { user } = await renderPane(workbookWith(pqTableRu, 'ru-RU'));
    expect(screen.getByRole('tab', { name: 'Ассортимент' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Откуда взять продукты' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'минуты' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Целые единицы' })).toBeChecked();
    await enterPeriod(user, { capacity: '2 400', operatingExpense: '6 000' });
    expect(
      screen.getByRole('columnheader', { name: 'Проход за час ресурса «B»' })
    ).toBeInTheDocument();
    expect(rowsOf(planTable())[0]?.[4]?.replace(/\s/g, ' ')).toBe('62,5 %');
    const plan = screen.getByRole('region', { name: 'План' });
    expect(within(plan).getByText('Чистая прибыль ЧП = ΣT − ОЕ')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Записать отчёт' })).toBeEnabled();
    expect(screen.queryByText(/Write the report|Product mix/)).not.toBeInTheDocument();
  });
});
