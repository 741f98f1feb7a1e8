import { screen, within } from '@testing-library/react';
import { planTable, renderPane, rowsOf } from './renderPane';
import { workbookWith } from './workbooks';

const rateCell = (name: string) => {
  const row = within(planTable())
    .getAllByRole('row')
    .find((r) => within(r).queryByText(name, { exact: true }) !== null);
  if (row === undefined) throw new Error(`no row for ${name}`);
  return within(row).getAllByRole('cell')[2] as HTMLElement;
};

describe('rates at the edge of a double, in the preview', () => {
  it('shows a denormal time as no time of the resource, as Excel stores it as 0', async () => {
    const table = {
      name: 'Edge',
      headers: ['Product', 'Price', 'TVC', 'Demand', 'Time: Master, h'],
      rows: [
        ['Tiny', 10, 5, 3, 1e-320],
        ['Cut', 10, 5, 3, 1],
      ],
    };
    const { user } = await renderPane(workbookWith(table));
    await user.type(screen.getByRole('textbox', { name: 'Capacity of Master, hours' }), '2');
    await screen.findByRole('table', { name: 'Plan' });
    expect(
      within(rateCell('Tiny')).getByLabelText('Takes no time of Master: sold first')
    ).toHaveTextContent('∞');
    expect(screen.getByRole('button', { name: 'Write the report' })).toBeEnabled();
  });

  it('says “too large” for a T per hour that overflows, and the report waits for a fix', async () => {
    const table = {
      name: 'Edge',
      headers: ['Product', 'Price', 'TVC', 'Demand', 'Time: Master, h'],
      rows: [
        ['Huge', 1e300, 0, 1, 1e-10],
        ['Cut', 10, 5, 3, 1],
      ],
    };
    const { user } = await renderPane(workbookWith(table));
    await user.type(screen.getByRole('textbox', { name: 'Capacity of Master, hours' }), '2');
    await screen.findByRole('table', { name: 'Plan' });
    expect(rateCell('Huge')).toHaveTextContent('too large');
    expect(rowsOf(planTable()).flat().join(' ')).not.toMatch(/Infinity|∞/);
    expect(screen.getByText(/^T per hour is too large to compute for Huge:/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Write the report' })).toBeDisabled();
  });
});
