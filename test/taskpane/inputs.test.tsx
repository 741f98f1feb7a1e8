import { screen, waitFor } from '@testing-library/react';
import { enterPeriod, renderPane } from './renderPane';
import { pqTable, workbookWith } from './workbooks';

describe('Period inputs', () => {
  it('guesses the time unit from the time headers', async () => {
    const table = { ...pqTable, headers: ['Product', 'Price', 'TVC', 'Demand', 'Time: B, h'] };
    await renderPane(workbookWith(table));
    expect(screen.getByRole('radio', { name: 'hours' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Capacity of B, hours' })).toBeInTheDocument();
  });

  it('remembers the inputs in the workbook for the next time the pane opens', async () => {
    const gateway = workbookWith(pqTable);
    const { user, unmount } = await renderPane(gateway);
    await enterPeriod(user, { capacity: '2400', operatingExpense: '6000' });
    await waitFor(async () =>
      expect((await gateway.readSettings())['inputs:table:Products']).toMatchObject({
        capacities: { B: '2400' },
        operatingExpense: '6000',
      })
    );
    unmount();
    await renderPane(gateway);
    expect(screen.getByRole('textbox', { name: 'Capacity of B, minutes' })).toHaveValue('2400');
    expect(await screen.findByRole('table', { name: 'Plan' })).toBeInTheDocument();
  });

  it('says what is wrong with a capacity instead of planning with it', async () => {
    const { user } = await renderPane(workbookWith(pqTable));
    await enterPeriod(user, { capacity: '-5' });
    expect(
      await screen.findByText('The capacity of B must be a number above 0.')
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Plan' })).not.toBeInTheDocument();
  });

  it('shows no red error before anything is typed, only what to enter', async () => {
    await renderPane(workbookWith(pqTable));
    expect(
      screen.getByText('Enter the capacity of B (minutes), or link a cell.')
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
