import { screen, within } from '@testing-library/react';
import { enterPeriod, planTable, renderPane, rowsOf } from './renderPane';
import { pqTable, workbookWith } from './workbooks';

describe('Product mix preview', () => {
  it('plans Goldratt’s P&Q: 100 P, then 30 Q on what is left of B, NP 300', async () => {
    const { user } = await renderPane(workbookWith(pqTable, 'en-US'));
    await enterPeriod(user, { capacity: '2400', operatingExpense: '6000' });
    expect(rowsOf(planTable())).toEqual([
      ['1', 'P', '180', '100', '62.5%'],
      ['2', 'Q', '120', '30', '100%'],
    ]);
    const totals = screen.getByRole('region', { name: 'Plan' });
    expect(within(totals).getByText('6,300')).toBeInTheDocument();
    expect(within(totals).getByText('6,000')).toBeInTheDocument();
    expect(within(totals).getByText('300')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /T per CCR hour/ })).toBeInTheDocument();
  });

  it('names the row and the column of text in the price column', async () => {
    const table = { ...pqTable, rows: [pqTable.rows[0] ?? [], ['Q', '12,50', 40, 50, 30]] };
    const { user } = await renderPane(workbookWith(table, 'en-US'));
    await enterPeriod(user, { capacity: '2400' });
    expect(
      screen.getByText('Row 3, column “Price”: text “12,50” where a number is expected.')
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Plan' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Write the report' })).toBeDisabled();
  });

  it('shows a product named like markup as literal text, never as HTML', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const table = { ...pqTable, rows: [[name, 90, 45, 100, 15]] };
    const { user, container } = await renderPane(workbookWith(table, 'en-US'));
    await enterPeriod(user, { capacity: '2400' });
    expect(within(planTable()).getByText(name)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('warns that demand binds when no resource is overloaded', async () => {
    const { user } = await renderPane(workbookWith(pqTable, 'en-US'));
    await enterPeriod(user, { capacity: '100000' });
    expect(
      screen.getByText(/No internal constraint: demand \(the market\) binds/)
    ).toBeInTheDocument();
    expect(rowsOf(planTable()).map((row) => row[3])).toEqual(['100', '50']);
  });
});
