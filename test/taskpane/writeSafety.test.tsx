import { screen, waitFor, within } from '@testing-library/react';
import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { lockFormula, lockName } from '../../src/workbook/writeLock';
import { enterPeriod, renderPane } from './renderPane';
import { pqTable, workbookWith } from './workbooks';

const sheetNames = (gateway: MemoryGateway) => gateway.workbook.sheets.map((s) => s.name);

async function readyPane(gateway: MemoryGateway) {
  const pane = await renderPane(gateway);
  await enterPeriod(pane.user, { capacity: '2400', operatingExpense: '6000' });
  return pane;
}

/** A pane that dies once its write has added the report sheet (#47). */
async function leaveIncompleteSheet(gateway: MemoryGateway) {
  const pane = await readyPane(gateway);
  gateway.crashAt = 'request:1';
  await pane.user.click(screen.getByRole('button', { name: 'Write the report' }));
  await waitFor(() => expect(sheetNames(gateway)).toEqual(['Data', 'TA Report']));
  pane.unmount();
  // The dead pane's lock is stale by the time the pane is opened again.
  delete gateway.workbook.names?.[lockName('table:Products')];
}

describe('Writing the report safely', () => {
  it('offers, on the next launch, to finish the sheet a dead pane left unfinished', async () => {
    const gateway = workbookWith(pqTable);
    await leaveIncompleteSheet(gateway);
    const relaunched = new MemoryGateway({ workbook: gateway.workbook });
    const { user } = await readyPane(relaunched);
    expect(await screen.findByText(/Sheet “TA Report” was left unfinished/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish it' }));
    expect(await screen.findByText('Report written')).toBeInTheDocument();
    expect(sheetNames(relaunched)).toEqual(['Data', 'TA Report']);
    expect(await relaunched.findIncompleteReports()).toEqual([]);
  });

  it('removes the unfinished sheet when asked, and nothing of the user’s', async () => {
    const gateway = workbookWith(pqTable);
    await leaveIncompleteSheet(gateway);
    const relaunched = new MemoryGateway({ workbook: gateway.workbook });
    const { user } = await renderPane(relaunched);
    await user.click(await screen.findByRole('button', { name: 'Remove it' }));
    expect(await screen.findByText('The unfinished sheet was removed.')).toBeInTheDocument();
    expect(sheetNames(relaunched)).toEqual(['Data']);
  });

  it('writes nothing when the table changes during the write, and reads it again', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    // The click reads the table afresh (issue 15); the change lands after that read, under the
    // write's lock, where only the source check in the write can see it.
    gateway.between = async (step) => {
      if (step !== 'locked') return;
      gateway.between = null;
      gateway.sheetNamed('Data').cells[1]![1] = 95;
    };
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    expect(await screen.findByText(/The table changed after the pane read it/)).toBeInTheDocument();
    expect(sheetNames(gateway)).toEqual(['Data']);
    // The pane read the table again: the next click writes the new figures.
    await waitFor(async () => {
      await user.click(screen.getByRole('button', { name: 'Write the report' }));
      expect(screen.getByText('Report written')).toBeInTheDocument();
    });
    expect(gateway.sheetNamed('TA Report').cells[3]?.[2]).toBe(95);
  });

  it('says another writer holds the report, and writes on "Try again" once it is free', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    const names = (gateway.workbook.names ??= {});
    const lock = lockName('table:Products');
    names[lock] = lockFormula({ writer: 'other-pane', beat: 3, at: gateway.now() });
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    expect(await screen.findByText(/Another pane or a co-author is writing/)).toBeInTheDocument();
    delete names[lock];
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Report written')).toBeInTheDocument();
  });

  it('offers "Remove the report" where Ctrl+Z cannot take the write back', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    expect(await screen.findByText(/Ctrl\+Z cannot take it back/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove the report' }));
    expect(await screen.findByText('The report sheet was removed.')).toBeInTheDocument();
    expect(sheetNames(gateway)).toEqual(['Data']);
  });

  it('names the chart the user added before Refresh would delete it', async () => {
    const gateway = workbookWith(pqTable);
    const { user } = await readyPane(gateway);
    await user.click(screen.getByRole('button', { name: 'Write the report' }));
    const refresh = await screen.findByRole('button', { name: 'Refresh the report' });
    gateway.sheetNamed('TA Report').charts.push({ title: 'My chart', rows: 0 });
    await user.click(refresh);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Charts, pictures or comments were added/)).toBeInTheDocument();
  });
});
