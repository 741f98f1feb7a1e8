import { screen, waitFor, within } from '@testing-library/react';
import { FakeGateway } from './fakeGateway';
import { enterPeriod, pqTable, renderPane } from './renderPane';

async function readyPane(gateway: FakeGateway) {
  const pane = await renderPane(gateway);
  await enterPeriod(pane.user, { capacity: '2400', operatingExpense: '6000' });
  return pane;
}

describe('Writing the report', () => {
  it('disables the write button while the report is being written, with progress', async () => {
    const gateway = new FakeGateway('en-US', [pqTable]);
    gateway.holdWrites = true;
    const { user } = await readyPane(gateway);
    const button = screen.getByRole('button', { name: 'Write the report' });
    await user.click(button);
    await waitFor(() => expect(button).toBeDisabled());
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(1 / 3));
    gateway.release();
    expect(await screen.findByText('Report written')).toBeInTheDocument();
    expect(gateway.writes.map((w) => w.mode)).toEqual(['newSheet']);
    expect(screen.getByRole('button', { name: 'Refresh the report' })).toBeEnabled();
  });

  it.each([
    ['workbookReadOnly', /The workbook is open read-only/],
    ['workbookStructureProtected', /The workbook structure is protected: unprotect it/],
    ['cellEditMode', /A cell is being edited: finish editing \(Enter or Esc\)/],
  ] as const)('writes nothing and says why when blocked by %s', async (blocker, message) => {
    const gateway = new FakeGateway('en-US', [pqTable]);
    gateway.blocker = blocker;
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText('Nothing was written')).toBeInTheDocument();
    expect(gateway.writes).toEqual([]);
  });

  it('says the report sheet is protected when the gateway refuses to write on it', async () => {
    const gateway = new FakeGateway('en-US', [pqTable]);
    gateway.refuseWrite = { status: 'blocked', reason: 'sheetProtected' };
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    expect(await screen.findByText(/The report sheet is protected/)).toBeInTheDocument();
    expect(gateway.writes).toEqual([]);
  });

  it('replaces its own report in place on refresh', async () => {
    const gateway = new FakeGateway('en-US', [pqTable]);
    gateway.report = { status: 'ours', sheetId: 's1', sheetName: 'Product mix' };
    const { user } = await readyPane(gateway);
    await user.click(await screen.findByRole('button', { name: 'Refresh the report' }));
    await screen.findByText('Report written');
    expect(gateway.writes.map((w) => w.mode)).toEqual(['replace']);
  });

  it('asks before touching an edited report, with "create a new sheet" as the default', async () => {
    const gateway = new FakeGateway('en-US', [pqTable]);
    gateway.report = { status: 'edited', sheetId: 's1', sheetName: 'Product mix' };
    const { user } = await readyPane(gateway);
    await user.click(await screen.findByRole('button', { name: 'Refresh the report' }));
    const dialog = await screen.findByRole('dialog');
    const create = within(dialog).getByRole('button', { name: 'Create a new sheet' });
    expect(within(dialog).getAllByRole('button')[0]).toBe(create);
    await waitFor(() => expect(create).toHaveFocus());
    expect(gateway.writes).toEqual([]);
    await user.keyboard('{Enter}');
    await screen.findByText('Report written');
    expect(gateway.writes.map((w) => w.mode)).toEqual(['newSheet']);
  });

  it('offers to remove an incomplete report before writing again', async () => {
    const gateway = new FakeGateway('en-US', [pqTable]);
    gateway.report = { status: 'incomplete', sheetId: 's9', sheetName: 'Product mix' };
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    await user.click(await screen.findByRole('button', { name: 'Remove it' }));
    expect(await screen.findByText('The unfinished sheet was removed.')).toBeInTheDocument();
    expect(gateway.removed).toEqual(['s9']);
    expect(gateway.writes).toEqual([]);
  });
});
