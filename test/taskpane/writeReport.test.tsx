import { screen, waitFor, within } from '@testing-library/react';
import type { MemoryGateway } from '../../src/workbook/memoryGateway';
import { enterPeriod, renderPane } from './renderPane';
import { heldWorkbookWith, pqTable, workbookWith } from './workbooks';

async function readyPane(gateway: MemoryGateway) {
  const pane = await renderPane(gateway);
  await enterPeriod(pane.user, { capacity: '2400', operatingExpense: '6000' });
  return pane;
}

const sheetNames = (gateway: MemoryGateway) => gateway.workbook.sheets.map((s) => s.name);

/** Writes a first report and waits for it, so the next click refreshes it. */
async function writeFirstReport(pane: Awaited<ReturnType<typeof readyPane>>) {
  await pane.user.click(screen.getByRole('button', { name: 'Write the report' }));
  await screen.findByText('Report written');
  return screen.findByRole('button', { name: 'Refresh the report' });
}

describe('Writing the report', () => {
  it('disables the write button while the report is being written, with progress', async () => {
    const gateway = heldWorkbookWith(pqTable);
    const { user } = await readyPane(gateway);
    const button = screen.getByRole('button', { name: 'Write the report' });
    await user.click(button);
    await waitFor(() => expect(button).toBeDisabled());
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    gateway.release();
    expect(await screen.findByText('Report written')).toBeInTheDocument();
    expect(sheetNames(gateway)).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Refresh the report' })).toBeEnabled();
  });

  it.each([
    ['read-only', { readOnly: true }, /The workbook is open read-only/],
    ['structure-protected', { structureProtected: true }, /The workbook structure is protected/],
  ] as const)('writes nothing to a %s workbook and says why', async (_, options, message) => {
    const gateway = workbookWith(pqTable, 'en-US', options);
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText('Nothing was written')).toBeInTheDocument();
    expect(sheetNames(gateway)).toEqual(['Data']);
  });

  it('writes nothing while a cell is being edited and says how to finish', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    gateway.workbook.editingCell = true;
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    expect(await screen.findByText(/A cell is being edited: finish editing/)).toBeInTheDocument();
    expect(sheetNames(gateway)).toEqual(['Data']);
  });

  it('replaces its own report in place on refresh, and refuses a protected one', async () => {
    const gateway = workbookWith(pqTable);
    const pane = await readyPane(gateway);
    const refresh = await writeFirstReport(pane);
    await pane.user.click(refresh);
    await waitFor(() => expect(screen.getByText('Report written')).toBeInTheDocument());
    expect(sheetNames(gateway)).toHaveLength(2);
    (gateway.workbook.sheets[1] as { protected: boolean }).protected = true;
    await pane.user.click(refresh);
    expect(await screen.findByText(/The report sheet is protected/)).toBeInTheDocument();
  });

  it('asks before touching an edited report, with "create a new sheet" as the default', async () => {
    const gateway = workbookWith(pqTable);
    const pane = await readyPane(gateway);
    const refresh = await writeFirstReport(pane);
    const report = gateway.workbook.sheets[1];
    report?.cells[0]?.splice(0, 1, 'my note');
    await pane.user.click(refresh);
    const dialog = await screen.findByRole('dialog');
    const create = within(dialog).getByRole('button', { name: 'Create a new sheet' });
    expect(within(dialog).getAllByRole('button')[0]).toBe(create);
    await waitFor(() => expect(create).toHaveFocus());
    await pane.user.keyboard('{Enter}');
    await waitFor(() => expect(sheetNames(gateway)).toHaveLength(3));
    expect(report?.cells[0]?.[0]).toBe('my note');
  });

  it('offers to remove a report left incomplete by a failed write', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    gateway.fault = { afterRequests: 0, code: 'GeneralException' };
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    expect(
      await screen.findByText(/Writing the report failed \(GeneralException\)/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove it' }));
    expect(await screen.findByText('The unfinished sheet was removed.')).toBeInTheDocument();
    expect(sheetNames(gateway)).toEqual(['Data']);
  });
});
