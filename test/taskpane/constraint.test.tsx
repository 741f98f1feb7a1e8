import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { planTable, renderPane, rowsOf } from './renderPane';
import { pqFullTable, pqTable, workbookWith, type ProductsTable } from './workbooks';

type User = ReturnType<typeof userEvent.setup>;

async function capacities(user: User, values: Readonly<Record<string, string>>) {
  for (const [resource, value] of Object.entries(values)) {
    await user.type(
      screen.getByRole('textbox', { name: `Capacity of ${resource}, minutes` }),
      value
    );
  }
}

const productsInOrder = () => rowsOf(planTable()).map((row) => row[1]);
const all2400 = { A: '2400', B: '2400', C: '2400', D: '2400' };

describe('The constraint (CCR)', () => {
  it('detects the most overloaded resource and shows its load at full demand', async () => {
    const { user } = await renderPane(workbookWith(pqFullTable));
    await capacities(user, all2400);
    expect(screen.getByText('Detected CCR: B, load at full demand 125%')).toBeInTheDocument();
    expect(productsInOrder()).toEqual(['P', 'Q']);
  });

  it('ranks by the resource the owner chooses instead of the detected one', async () => {
    const { user } = await renderPane(workbookWith(pqFullTable));
    await capacities(user, all2400);
    await user.click(screen.getByRole('combobox', { name: 'Rank by resource' }));
    await user.click(screen.getByRole('option', { name: 'A — 83.3%' }));
    expect(productsInOrder()).toEqual(['Q', 'P']);
    expect(screen.getByRole('columnheader', { name: 'T per A hour' })).toBeInTheDocument();
  });

  it('warns when several resources are overloaded', async () => {
    const { user } = await renderPane(workbookWith(pqFullTable));
    await capacities(user, { ...all2400, A: '1900' });
    expect(screen.getByText(/Several resources are overloaded \(B, A\)/)).toBeInTheDocument();
  });
});

describe('What the plan costs and loses', () => {
  it('shows what a forced minimum costs against the best mix', async () => {
    const table: ProductsTable = {
      ...pqTable,
      headers: [...pqTable.headers, 'Minimum'],
      rows: [
        ['P', 90, 45, 100, 15, null],
        ['Q', 100, 40, 50, 30, 40],
      ],
    };
    const { user } = await renderPane(workbookWith(table));
    await capacities(user, { B: '2400' });
    expect(rowsOf(planTable()).map((row) => row[3])).toEqual(['80', '40']);
    expect(screen.getByText(/The minimum quantities cost 300 of ΣT/)).toBeInTheDocument();
  });

  it('warns about a product that loses money on each unit', async () => {
    const table: ProductsTable = { ...pqTable, rows: [...pqTable.rows, ['R', 10, 20, 5, 1]] };
    const { user } = await renderPane(workbookWith(table));
    await capacities(user, { B: '2400' });
    expect(screen.getByText('Loses money on each unit (price below TVC): R.')).toBeInTheDocument();
  });
});
