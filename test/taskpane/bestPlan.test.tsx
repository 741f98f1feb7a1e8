import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { planTable, renderPane, rowsOf } from './renderPane';
import { pqTable, workbookWith, type ProductsTable } from './workbooks';

/** While `hold` is on, every solve waits until it is cancelled: a test can click Cancel. */
const mockGate = { hold: false };
jest.mock('../../src/taskpane/solveMix', () => {
  const actual = jest.requireActual('../../src/taskpane/solveMix');
  return {
    ...actual,
    solveMix: async (problem: unknown, signal: AbortSignal) => {
      if (mockGate.hold && !signal.aborted) {
        await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      }
      return actual.solveMix(problem, signal);
    },
  };
});

type User = ReturnType<typeof userEvent.setup>;

/** ACCA's Cut and Stitch: work suits (W) and lounge suits (L) on tailor hours and fabric. */
const cutAndStitch: ProductsTable = {
  name: 'Suits',
  headers: ['Product', 'Price', 'TVC', 'Demand', 'Time: Tailors, h', 'Time: Fabric'],
  rows: [
    ['W', 48, 0, 400, 7, 2],
    ['L', 40, 0, 1000, 5, 2],
  ],
};

async function enterCutAndStitch(user: User, language: 'en' | 'ru' = 'en') {
  const capacity = language === 'en' ? 'Capacity of ' : 'Мощность ресурса «';
  await user.type(screen.getByRole('textbox', { name: new RegExp(`^${capacity}Tailors`) }), '3500');
  await user.type(screen.getByRole('textbox', { name: new RegExp(`^${capacity}Fabric`) }), '1200');
  // The preview has caught up with the last keystroke: a search shown from now on is the final
  // problem's (Cancel stops that one, not a superseded one).
  const preview = screen.getByRole('region', { name: /^(Plan|План)$/ });
  await waitFor(() => expect(preview).not.toHaveAttribute('aria-busy'));
}

const bestTable = (name = 'Best plan') => screen.findByRole('table', { name });
const plan = () => screen.getByRole('region', { name: 'Plan' });

describe('The method switch: best plan or ranking by the constraint', () => {
  it('defaults to the best plan when tailor hours and fabric are both overloaded', async () => {
    const { user } = await renderPane(workbookWith(cutAndStitch));
    await enterCutAndStitch(user);
    expect(screen.getByRole('radio', { name: 'Best plan (all resources)' })).toBeChecked();
    expect(rowsOf(await bestTable())).toEqual([
      ['W', '250', '400'],
      ['L', '350', '140'],
    ]);
    expect(within(plan()).getByText('Proven best plan.')).toBeInTheDocument();
    const totals = (label: string) => within(plan()).getByText(label).nextElementSibling;
    expect(totals('ΣT, best plan')).toHaveTextContent('26,000');
    expect(totals('ΣT, ranking by the constraint')).toHaveTextContent('24,800');
    expect(totals('Difference')).toHaveTextContent('1,200');
    expect(within(plan()).getByText(/^Several resources bind/)).toBeInTheDocument();
    const prices = within(plan()).getByRole('list', { name: /One more hour/ });
    expect(
      within(prices)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      'Tailors: one more hour adds 4 to ΣT (while its capacity is 3,000–3,800 hours)',
      'Fabric: one more hour adds 10 to ΣT (while its capacity is 1,080–1,400 hours)',
    ]);
  });

  it('defaults to the ranking with one overloaded resource, where both plans agree on P&Q', async () => {
    const { user } = await renderPane(workbookWith(pqTable));
    await user.type(screen.getByRole('textbox', { name: /^Capacity of B/ }), '2400');
    expect(screen.getByRole('radio', { name: 'Ranking by the constraint' })).toBeChecked();
    expect(rowsOf(planTable()).map((row) => row[3])).toEqual(['100', '30']);
    await user.click(screen.getByRole('radio', { name: 'Best plan (all resources)' }));
    expect(rowsOf(await bestTable())).toEqual([
      ['P', '100', '100'],
      ['Q', '30', '30'],
    ]);
    expect(within(plan()).getByText('Both plans earn the same.')).toBeInTheDocument();
    // 2 of T per minute of B is 120 per hour.
    expect(within(plan()).getByText(/^B: one more hour adds 120 to ΣT/)).toBeInTheDocument();
  });

  it('switches the preview back to the ranked table and remembers the choice', async () => {
    const workbook = workbookWith(cutAndStitch);
    const { user, unmount } = await renderPane(workbook);
    await enterCutAndStitch(user);
    await bestTable();
    await user.click(screen.getByRole('radio', { name: 'Ranking by the constraint' }));
    expect(screen.queryByRole('table', { name: 'Best plan' })).not.toBeInTheDocument();
    expect(rowsOf(planTable()).map((row) => [row[1], row[3]])).toEqual([
      ['W', '400'],
      ['L', '140'],
    ]);
    await screen.findByRole('radio', { name: 'Ranking by the constraint', checked: true });
    await waitFor(async () =>
      expect(JSON.stringify(await workbook.readSettings())).toContain('"method":"ranking"')
    );
    unmount();
    await renderPane(workbook);
    expect(
      await screen.findByRole('radio', { name: 'Ranking by the constraint', checked: true })
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Plan' });
    expect(rowsOf(table).map((row) => row[3])).toEqual(['400', '140']);
  });

  it('gives NP and the gap to the target profit of the best plan', async () => {
    const { user } = await renderPane(workbookWith(cutAndStitch));
    await enterCutAndStitch(user);
    await user.type(screen.getByRole('textbox', { name: /^Operating expense/ }), '20000');
    await user.type(screen.getByRole('textbox', { name: /^Target profit/ }), '10000');
    await bestTable();
    const totals = (label: string) => within(plan()).getByText(label).nextElementSibling;
    expect(totals('Net profit NP = ΣT − OE')).toHaveTextContent('6,000');
    expect(totals('Required T = OE + target profit')).toHaveTextContent('30,000');
    expect(
      within(plan()).getByText('The plan falls short of the target by 4,000.')
    ).toBeInTheDocument();
  });

  it('names the resource the minimums overload, and by how much', async () => {
    const table: ProductsTable = {
      ...cutAndStitch,
      headers: [...cutAndStitch.headers, 'Minimum'],
      rows: [
        ['W', 48, 0, 400, 7, 2, 400],
        ['L', 40, 0, 1000, 5, 2, 200],
      ],
    };
    const { user } = await renderPane(workbookWith(table));
    await enterCutAndStitch(user);
    await user.click(screen.getByRole('radio', { name: 'Best plan (all resources)' }));
    expect(
      await within(plan()).findByText(
        'The minimum quantities alone need 3,800 hours of Tailors, 300 more than its capacity of 3,500.'
      )
    ).toBeInTheDocument();
  });

  it('cancels the search and offers to start it again', async () => {
    const { user } = await renderPane(workbookWith(cutAndStitch));
    mockGate.hold = true;
    try {
      await enterCutAndStitch(user);
      await user.click(await screen.findByRole('button', { name: 'Cancel' }));
      expect(
        within(plan()).getByText('The search for the best plan was cancelled.')
      ).toBeInTheDocument();
    } finally {
      mockGate.hold = false;
    }
    await user.click(screen.getByRole('button', { name: 'Find the best plan again' }));
    expect(rowsOf(await bestTable()).map((row) => row[1])).toEqual(['250', '350']);
  });

  it('speaks Russian', async () => {
    const { user } = await renderPane(workbookWith(cutAndStitch, 'ru-RU'));
    await enterCutAndStitch(user, 'ru');
    expect(screen.getByRole('radio', { name: 'Лучший план (все ресурсы)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Ранжирование по ограничению' })).not.toBeChecked();
    expect(rowsOf(await bestTable('Лучший план'))).toEqual([
      ['W', '250', '400'],
      ['L', '350', '140'],
    ]);
    expect(screen.getByText('ΣT, лучший план').nextElementSibling).toHaveTextContent('26 000');
    expect(screen.getByText(/^Tailors: ещё один час добавляет 4 к ΣT/)).toBeInTheDocument();
  });

  it('writes a report with both plans’ quantities, ΣT of each and the difference', async () => {
    const workbook = workbookWith(cutAndStitch);
    const { user } = await renderPane(workbook);
    await enterCutAndStitch(user);
    await bestTable();
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    const cells = (workbook.workbook.sheets[1]?.cells ?? []).map((row) => [...row]);
    const header = cells[2] ?? [];
    expect(header).toEqual(
      expect.arrayContaining(['Quantity by the ranking', 'Quantity in the best plan'])
    );
    const best = header.indexOf('Quantity in the best plan');
    const ranking = header.indexOf('Quantity by the ranking');
    expect(cells.slice(3, 5).map((row) => [row[1], row[ranking], row[best]])).toEqual([
      ['W', 400, 250],
      ['L', 140, 350],
    ]);
    const summary = Object.fromEntries(
      cells.filter((row) => typeof row[16] === 'string').map((row) => [row[16], row[17]])
    );
    expect(summary).toMatchObject({
      'Throughput ΣT, best plan': 26000,
      'Throughput ΣT, ranking by Fabric': 24800,
      'ΣT best plan − ΣT ranking': 1200,
      'Why the ranking earns less': 'several resources bind',
    });
  });

  it('writes the ranking report as before when the method is ranking', async () => {
    const workbook = workbookWith(cutAndStitch);
    const { user } = await renderPane(workbook);
    await enterCutAndStitch(user);
    await user.click(screen.getByRole('radio', { name: 'Ranking by the constraint' }));
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    const header = workbook.workbook.sheets[1]?.cells[2] ?? [];
    expect(header).toContain('Planned quantity');
    expect(header).not.toContain('Quantity in the best plan');
  });
});
