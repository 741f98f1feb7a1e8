import { screen } from '@testing-library/react';
import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { enterPeriod, planTable, renderPane, rowsOf } from './renderPane';
import { pqTable, workbookWith } from './workbooks';

describe('Source of products', () => {
  it('reads the current selection with its first row as headers', async () => {
    const gateway = new MemoryGateway({
      sheets: [
        { name: 'Data', cells: [pqTable.headers, ...pqTable.rows] },
        { name: 'Loose', cells: [[], [null, ...pqTable.headers], [null, 'Z', 50, 10, 4, 5]] },
      ],
      tables: [{ name: 'Products', sheet: 'Data', row: 0, column: 0, rows: 3, columns: 5 }],
      selection: { sheet: 'Loose', row: 1, column: 1, rows: 2, columns: 5 },
    });
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole('combobox', { name: 'Source of products' }));
    await user.click(screen.getByRole('option', { name: 'Use current selection' }));
    expect(
      await screen.findByText('The first row of the selection holds the headers.')
    ).toBeVisible();
    await enterPeriod(user, { capacity: '100' });
    expect(rowsOf(planTable()).map((row) => row[1])).toEqual(['Z']);
  });

  it('warns about duplicate names with their rows and keeps the rows apart', async () => {
    const table = { ...pqTable, rows: [...pqTable.rows, ['P', 80, 40, 10, 10]] };
    const { user } = await renderPane(workbookWith(table));
    await enterPeriod(user, { capacity: '2400' });
    expect(
      screen.getByText('Column “Product”: “P” appears in rows 2, 4; the rows are kept apart.')
    ).toBeInTheDocument();
    expect(rowsOf(planTable())).toHaveLength(3);
  });
});
