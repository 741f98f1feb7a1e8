import { screen } from '@testing-library/react';
import { renderPane } from './renderPane';
import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { workbookWith, type ProductsTable } from './workbooks';

/** P&Q with B's times in hours, as the playground's example sheet keeps them. */
const pqHours: ProductsTable = {
  name: 'PQ',
  headers: ['Product', 'Price', 'TVC', 'Time: B, h', 'Demand'],
  rows: [
    ['P', 90, 45, 0.25, 100],
    ['Q', 100, 40, 0.5, 50],
  ],
};

describe('the time unit the owner chose', () => {
  it('survives Write the report, even when the header says another unit', async () => {
    const { user } = await renderPane(workbookWith(pqHours));
    expect(screen.getByRole('radio', { name: 'hours' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'minutes' }));
    await user.type(screen.getByRole('textbox', { name: /^Capacity of B, minutes/ }), '2400');
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    expect(screen.getByRole('radio', { name: 'minutes' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /^Capacity of B, minutes/ })).toHaveValue('2400');
  });

  it('survives Write when the capacity was linked to a labelled cell first', async () => {
    const gateway = new MemoryGateway({
      displayLanguage: 'en-US',
      sheets: [
        {
          name: 'PQ sheet',
          cells: [
            pqHours.headers,
            ...pqHours.rows,
            [],
            ['Hours of B a week', 40],
            ['OE a week', 6000],
          ],
        },
      ],
      tables: [{ name: 'PQ', sheet: 'PQ sheet', row: 0, column: 0, rows: 3, columns: 5 }],
    });
    const { user } = await renderPane(gateway);
    const capacity = () => screen.getByRole('textbox', { name: /^Capacity of B/ });
    await screen.findByText("From 'PQ sheet'!B5: 40");
    await user.click(screen.getByRole('radio', { name: 'minutes' }));
    await user.clear(capacity());
    await user.type(capacity(), '2400');
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    expect(screen.getByRole('radio', { name: 'minutes' })).toBeChecked();
    expect(capacity()).toHaveValue('2400');
  });
});
