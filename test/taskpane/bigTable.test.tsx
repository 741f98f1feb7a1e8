import { screen, within } from '@testing-library/react';
import { planTable, renderPane } from './renderPane';
import { workbookWith } from './workbooks';

/** 2,000 products on one master: demand far above the 1,000 hours. */
const bigTable = {
  name: 'Catalogue',
  headers: ['Product', 'Price', 'TVC', 'Demand', 'Time: Master, h'],
  rows: Array.from({ length: 2000 }, (_, i) => [
    `Item ${i + 1}`,
    100 + (i % 97),
    40,
    10,
    1 + (i % 3),
  ]),
};

describe('a table of 2,000 products', () => {
  it('lists the top 50 rows, counts the rest and keeps the write button in reach', async () => {
    const { user } = await renderPane(workbookWith(bigTable));
    await user.type(screen.getByRole('textbox', { name: 'Capacity of Master, hours' }), '1000');
    const table = await screen.findByRole('table', { name: 'Plan' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 50);
    expect(screen.getByText('And 1,950 more products: the report lists them all.')).toBeVisible();
    expect(screen.getByText('First 20 of 2,000 products.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Write the report' })).toBeEnabled();
    expect(planTable()).toBe(table);
  });
});
