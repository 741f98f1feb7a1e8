import { screen, waitFor } from '@testing-library/react';
import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { setCell } from '../../src/workbook/memoryWorkbook';
import { planTable, renderPane, rowsOf } from './renderPane';
import { pqTable } from './workbooks';

/** P&Q on "Data" with the week's numbers below it, as an owner keeps them. */
function workbookWithParameters(
  labels: readonly [string, string] = ['Minutes of B a week', 'OE a week']
) {
  return new MemoryGateway({
    sheets: [
      {
        name: 'Data',
        cells: [
          pqTable.headers,
          ...pqTable.rows,
          [],
          [labels[0], 2400],
          [labels[1], 6000],
          [],
          ['Spare', 1200, 'text', '1 500'],
        ],
      },
    ],
    tables: [{ name: 'Products', sheet: 'Data', row: 0, column: 0, rows: 3, columns: 5 }],
    names: { SpareMinutes: 'Data!B8' },
  });
}

const capacity = () => screen.getByRole('textbox', { name: 'Capacity of B, minutes' });
const oe = () => screen.getByRole('textbox', { name: /^Operating expense/ });

describe('inputs linked to cells', () => {
  it('picks up the labelled capacity and OE beside the table the first time', async () => {
    await renderPane(workbookWithParameters());
    await waitFor(() => expect(capacity()).toHaveValue('Data!B5'));
    expect(oe()).toHaveValue('Data!B6');
    expect(await screen.findByText('From Data!B5: 2,400')).toBeVisible();
    expect(screen.getByText('From Data!B6: 6,000')).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Plan' });
    expect(rowsOf(table).map((row) => row[3])).toEqual(['100', '30']);
  });

  it('follows the linked cell when it changes, without a keystroke in the pane', async () => {
    const gateway = workbookWithParameters();
    await renderPane(gateway);
    await screen.findByText('From Data!B5: 2,400');
    setCell(gateway.sheetNamed('Data'), 4, 1, 1500);
    gateway.emitChange('Data', 'B5');
    await waitFor(() => expect(rowsOf(planTable()).map((row) => row[3])).toEqual(['100', '0']));
  });

  it('takes a typed reference, a bare cell or a workbook name', async () => {
    const { user } = await renderPane(workbookWithParameters(['Notes', 'More notes']));
    for (const [typed, shown] of [
      ['=Data!B8', 'From Data!B8: 1,200'],
      ['b5', 'From Data!B5: 2,400'],
      ['SpareMinutes', 'From Data!B8: 1,200'],
    ]) {
      await user.clear(capacity());
      await user.type(capacity(), typed as string);
      expect(await screen.findByText(shown as string)).toBeVisible();
    }
  });

  it('says what is wrong with a link instead of planning with it', async () => {
    const { user } = await renderPane(workbookWithParameters(['Notes', 'More notes']));
    for (const [typed, message] of [
      ['Nowhere', 'No cell or name “Nowhere” in the workbook.'],
      ['Data!C8', 'The cell Data!C8 holds “text”, not a number.'],
      ['Data!D8', 'The cell Data!D8 holds “1 500”, not a number.'],
      ['Data!Z99', 'The cell Data!Z99 is blank.'],
      ['Data!B5:B6', 'Data!B5:B6 is more than one cell: link a single cell.'],
    ]) {
      await user.clear(capacity());
      await user.type(capacity(), typed as string);
      expect(await screen.findByText(message as string)).toBeVisible();
      expect(screen.queryByRole('table', { name: 'Plan' })).not.toBeInTheDocument();
    }
  });
});
