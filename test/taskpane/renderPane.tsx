import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { WorkbookGateway } from '../../src/workbook/gateway';

/** Renders the pane and waits until the source is read and its columns are shown. */
export async function renderPane(gateway: WorkbookGateway) {
  const user = userEvent.setup();
  const view = render(<App gateway={gateway} />);
  await screen.findByRole('region', { name: /^(Columns|Столбцы)$/ });
  return { user, ...view };
}

/** Types the period's numbers (as the user would, field by field). */
export async function enterPeriod(
  user: ReturnType<typeof userEvent.setup>,
  values: { capacity: string; operatingExpense?: string; resource?: string }
) {
  const resource = values.resource ?? 'B';
  await user.type(
    screen.getByRole('textbox', {
      name: new RegExp(`^(Capacity of |Мощность ресурса «)${resource}`),
    }),
    values.capacity
  );
  if (values.operatingExpense !== undefined) {
    await user.type(
      screen.getByRole('textbox', { name: /^(Operating expense|Операционные расходы)/ }),
      values.operatingExpense
    );
  }
}

export function planTable() {
  return screen.getByRole('table', { name: /^(Plan|План)$/ });
}

export function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? '')
    );
}
