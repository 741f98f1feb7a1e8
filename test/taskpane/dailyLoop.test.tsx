import { screen, waitFor } from '@testing-library/react';
import type { MemoryGateway } from '../../src/workbook/memoryGateway';
import { setCell } from '../../src/workbook/memoryWorkbook';
import { enterPeriod, planTable, renderPane, rowsOf } from './renderPane';
import { pqTable, workbookWith } from './workbooks';

/** The report sheet's label → value pairs of its summary (column O onwards). */
function summaryOf(gateway: MemoryGateway): Record<string, unknown> {
  const sheet = gateway.workbook.sheets.find((s) => s.name === 'TA Report');
  if (!sheet) throw new Error('no report sheet');
  const pairs: [string, unknown][] = [];
  for (const row of sheet.cells) {
    row?.forEach((cell, c) => {
      if (c >= 14 && typeof cell === 'string') pairs.push([cell, row[c + 1]]);
    });
  }
  return Object.fromEntries(pairs);
}

async function readyPane(gateway: MemoryGateway) {
  const pane = await renderPane(gateway);
  await enterPeriod(pane.user, { capacity: '2400', operatingExpense: '6000' });
  await screen.findByRole('table', { name: 'Plan' });
  return pane;
}

const data = (gateway: MemoryGateway) => gateway.sheetNamed('Data');

describe('the daily loop: change a number in the table, press Refresh, decide', () => {
  it('builds Refresh from the table as it is at the click, with no Read again', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    expect(summaryOf(gateway)['Throughput ΣT']).toBe(6300);
    // Q's price goes from 100 to 160 on the sheet; the host sends no event. Q now earns 240
    // per hour of B against P's 180: 50 Q, then 60 P in the minutes left.
    setCell(data(gateway), 2, 1, 160);
    await user.click(screen.getByRole('button', { name: 'Refresh the report' }));
    await waitFor(() => expect(summaryOf(gateway)['Throughput ΣT']).toBe(50 * 120 + 60 * 45));
    expect(summaryOf(gateway)).toMatchObject({
      'Source table': 'Products',
      'Read from the range': 'Data!A1:E3',
    });
    expect(typeof summaryOf(gateway)['Built on']).toBe('number');
    // The preview shows what the report was built from.
    expect(rowsOf(planTable())[0]).toEqual(['1', 'Q', '240', '50', '62.5%']);
  });

  it('reads the table again when the host says it changed, and the preview follows', async () => {
    const gateway = workbookWith(pqTable);
    await readyPane(gateway);
    setCell(data(gateway), 1, 3, 20);
    gateway.emitChange('Data', 'D2');
    await waitFor(() => expect(rowsOf(planTable())[0]?.[3]).toBe('20'));
  });

  it('says the table changed since it was read when it cannot read it again yet', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    gateway.workbook.editingCell = true;
    gateway.emitChange('Data', 'B2');
    expect(await screen.findByText(/^The table has changed since it was read at/)).toBeVisible();
    gateway.workbook.editingCell = false;
    setCell(data(gateway), 1, 3, 20);
    await user.click(screen.getAllByRole('button', { name: 'Read again' })[0] as HTMLElement);
    await waitFor(() =>
      expect(screen.queryByText(/^The table has changed since/)).not.toBeInTheDocument()
    );
    expect(rowsOf(planTable())[0]?.[3]).toBe('20');
  });

  it('retires "Report written" once the source changes', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    setCell(data(gateway), 1, 1, 95);
    gateway.emitChange('Data', 'B2');
    await waitFor(() => expect(screen.queryByText('Report written')).not.toBeInTheDocument());
  });

  it('retires "Report written" once the report is edited by hand', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await screen.findByText('Report written');
    setCell(gateway.sheetNamed('TA Report'), 0, 0, 'my title');
    gateway.emitChange('TA Report', 'A1');
    await waitFor(() => expect(screen.queryByText('Report written')).not.toBeInTheDocument());
  });

  it('keeps the table, the mapping and the inputs through a trip to the Decision tab', async () => {
    const gateway = workbookWith(pqTable);
    gateway.workbook.tables.unshift({ ...gateway.workbook.tables[0]!, name: 'First' });
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole('combobox', { name: 'Source of products' }));
    await user.click(screen.getByRole('option', { name: /^Products/ }));
    await user.click(await screen.findByRole('combobox', { name: 'Demand' }));
    await user.click(screen.getByRole('option', { name: '(not used)' }));
    await enterPeriod(user, { capacity: '2400', operatingExpense: '6000' });
    await user.click(screen.getByRole('tab', { name: 'Decision' }));
    await user.click(screen.getByRole('tab', { name: 'Product mix' }));
    expect(screen.getByRole('combobox', { name: 'Source of products' })).toHaveTextContent(
      'Products'
    );
    expect(screen.getByRole('combobox', { name: 'Demand' })).toHaveTextContent('(not used)');
    expect(screen.getByRole('textbox', { name: 'Capacity of B, minutes' })).toHaveValue('2400');
    expect(screen.getByRole('textbox', { name: /^Operating expense/ })).toHaveValue('6000');
  });
});
