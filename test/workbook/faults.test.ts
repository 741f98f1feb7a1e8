/**
 * The faults of issue 11 on both gateways: a pane that dies between batches, a co-author's edit
 * between the read and the write (and during it), two writers at once, numbers Excel cannot
 * store. Each ends with no user cell changed and no orphan sheet.
 */
import { planProductMix, productTableFromRows } from '../../src/core';
import type { WorkbookGateway } from '../../src/workbook/gateway';
import { buildReport } from '../../src/workbook/reportLayout';
import { STALE_AGE_MS, STALE_UNCHANGED_MS } from '../../src/workbook/writeLock';
import { excelHarness, memoryHarness, type Harness } from './harness';
import { DATE, PRODUCTS, pqReport } from './reports';

const REPORT = 'TA Report';

describe.each([
  ['MemoryGateway', memoryHarness],
  ['ExcelGateway', excelHarness],
] as [string, () => Harness][])('%s under faults', (_name, make) => {
  let h: Harness;
  let before: string;
  beforeEach(() => {
    h = make();
    before = h.sourceSnapshot();
  });

  /** No user cell changed, no sheet but the user's and `reports`, no lock left behind. */
  async function clean(gateway: WorkbookGateway, reports: string[] = []): Promise<void> {
    expect(h.sourceSnapshot()).toBe(before);
    expect(h.sheetNames()).toEqual(['Data', ...reports]);
    expect(await gateway.findIncompleteReports()).toEqual([]);
    expect(h.names()).toEqual([]);
  }

  it('#47: a pane that dies right after adding the sheet leaves it marked ours and incomplete', async () => {
    const report = await pqReport(h.gateway);
    h.crashAfterFirstRequest();
    void h.gateway.writeReport(report, 'newSheet');
    await waitFor(() => h.sheetNames().includes(REPORT));
    const relaunched = h.otherPane();
    const sheetId = h.sheetId(REPORT);
    expect(await relaunched.findIncompleteReports()).toEqual([
      { sheetId, sheetName: REPORT, source: 'table:Products' },
    ]);
    expect(await relaunched.findReport(PRODUCTS)).toEqual({
      status: 'incomplete',
      sheetId,
      sheetName: REPORT,
    });
    // The dead pane's lock goes stale; then the incomplete sheet can go.
    h.advanceClock(STALE_AGE_MS);
    expect(await relaunched.removeIncompleteReport(sheetId)).toBe(true);
    await clean(relaunched);
  });

  it('#47: a later launch finishes the incomplete report on the same sheet, not "TA Report (2)"', async () => {
    const report = await pqReport(h.gateway);
    h.crashAfterFirstRequest();
    void h.gateway.writeReport(report, 'newSheet');
    await waitFor(() => h.sheetNames().includes(REPORT));
    const relaunched = h.otherPane();
    h.advanceClock(STALE_AGE_MS);
    const outcome = await relaunched.writeReport(await pqReport(relaunched), 'replace');
    expect(outcome).toMatchObject({ status: 'written', sheetName: REPORT });
    expect(await relaunched.findReport(PRODUCTS)).toMatchObject({ status: 'ours' });
    await clean(relaunched, [REPORT]);
  });

  it('#41: a lock left by a pane that died before writing is taken over once stale', async () => {
    const report = await pqReport(h.gateway);
    h.crashAfterLock();
    void h.gateway.writeReport(report, 'newSheet');
    await waitFor(() => h.names().length === 1);
    const other = h.otherPane();
    expect(await other.writeReport(report, 'newSheet')).toEqual({
      status: 'blocked',
      reason: 'busy',
    });
    h.advanceClock(STALE_UNCHANGED_MS - 1);
    expect(await other.writeReport(report, 'newSheet')).toMatchObject({ reason: 'busy' });
    h.advanceClock(1);
    expect(await other.writeReport(report, 'newSheet')).toMatchObject({ status: 'written' });
    await clean(other, [REPORT]);
  });

  it('#40: a table edited between the read and the write: nothing is written', async () => {
    const report = await pqReport(h.gateway);
    h.edit('Data', 1, 1, 95);
    before = h.sourceSnapshot();
    expect(await h.gateway.writeReport(report, 'newSheet')).toEqual({
      status: 'blocked',
      reason: 'sourceChanged',
    });
    await clean(h.gateway);
    expect(await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet')).toMatchObject({
      status: 'written',
    });
  });

  it('#40: a table edited during the write: the new sheet goes, nothing stale is left', async () => {
    const report = await pqReport(h.gateway);
    h.editDuringWrite(() => h.edit('Data', 2, 4, 60));
    expect(await h.gateway.writeReport(report, 'newSheet')).toEqual({
      status: 'blocked',
      reason: 'sourceChanged',
    });
    before = h.sourceSnapshot();
    await clean(h.gateway);
  });

  it('#40: an edit during a Refresh leaves the report incomplete, and the next write finishes it', async () => {
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    const id = h.sheetId(REPORT);
    const stale = await pqReport(h.gateway);
    h.editDuringWrite(() => h.edit('Data', 2, 4, 60));
    const refresh = await h.gateway.writeReport(stale, 'replace');
    expect(refresh).toMatchObject({ status: 'failed', code: 'SourceChanged', sheetId: id });
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({ status: 'incomplete' });
    const again = await h.gateway.writeReport(await pqReport(h.gateway), 'replace');
    expect(again).toMatchObject({ status: 'written', sheetId: id, sheetName: REPORT });
    expect(h.values(REPORT)[4]![7]).toBe(60);
    before = h.sourceSnapshot();
    await clean(h.gateway, [REPORT]);
  });

  it('#41: two writers at once: the second is told it is busy, no sheet is orphaned', async () => {
    const report = await pqReport(h.gateway);
    const hold = h.holdAfterFirstRequest();
    const first = h.gateway.writeReport(report, 'newSheet');
    await hold.reached;
    const other = h.otherPane();
    expect(await other.writeReport(report, 'newSheet')).toEqual({
      status: 'blocked',
      reason: 'busy',
    });
    expect(await other.writeReport(report, 'replace')).toMatchObject({ reason: 'busy' });
    hold.release();
    expect(await first).toMatchObject({ status: 'written', sheetName: REPORT });
    expect(await other.writeReport(report, 'replace')).toMatchObject({
      status: 'written',
      sheetName: REPORT,
    });
    await clean(other, [REPORT]);
  });

  it('#41: a double click writes once: the second write of the same pane is busy', async () => {
    const report = await pqReport(h.gateway);
    const [a, b] = await Promise.all([
      h.gateway.writeReport(report, 'newSheet'),
      h.gateway.writeReport(report, 'newSheet'),
    ]);
    expect([a.status, b.status].sort()).toEqual(['blocked', 'written']);
    await clean(h.gateway, [REPORT]);
  });

  it('#18: a rate beyond what Excel can store is refused before anything is written', async () => {
    const report = extremeReport(1e200, 1e-200);
    const outcome = await h.gateway.writeReport(report, 'newSheet');
    expect(outcome).toMatchObject({ status: 'blocked', reason: 'notFinite' });
    expect(outcome.status === 'blocked' && outcome.detail).toBe('“Tiny” · “T per B hour”');
    await clean(h.gateway);
  });

  it('#18: a denormal time (1e-320, which Excel holds as 0) reads "no B time", never Infinity', async () => {
    const outcome = await h.gateway.writeReport(extremeReport(100, 1e-320), 'newSheet');
    expect(outcome).toMatchObject({ status: 'written' });
    const tiny = h.values(REPORT).find((row) => row[1] === 'Tiny');
    expect(tiny?.[6]).toBe('no B time');
  });

  it('asks before Refresh deletes a chart or a highlight the user added', async () => {
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours' });
    h.addChart(REPORT, 'My own chart');
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({
      status: 'edited',
      changes: ['objects'],
    });
    h.fill(REPORT, 4, 1, '#FFFF00');
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({
      changes: ['formats', 'objects'],
    });
    h.edit(REPORT, 4, 9, 1);
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({
      changes: ['values', 'formats', 'objects'],
    });
  });

  it('#24: states how hidden rows were treated, and counts them like the others', async () => {
    h.hideRow('Data', 2);
    const report = await pqReport(h.gateway);
    expect(report.notices).toEqual([{ kind: 'hiddenRows', count: 1 }]);
    const outcome = await h.gateway.writeReport(report, 'newSheet');
    expect(outcome).toMatchObject({ notices: [{ kind: 'hiddenRows', count: 1 }] });
    const summary = h.values(REPORT).flatMap((row) => row.slice(14, 16));
    expect(summary).toContain(
      'Hidden or filtered-out rows of the source (counted like the others)'
    );
    expect(h.values(REPORT)[4]![1]).toBe('Q');
  });
});

/** A product "Tiny" of this price and time on B: T ÷ time may overflow (#18). */
function extremeReport(price: number, time: number) {
  const resources = [{ name: 'B', capacity: 2400 }];
  const rows = [
    { name: 'P', price: 90, tvc: 45, demand: 100, usage: { B: 15 } },
    { name: 'Tiny', price, tvc: 40, demand: 50, usage: { B: time } },
  ];
  const problem = {
    products: productTableFromRows(rows, resources),
    resources,
    operatingExpense: 6000,
    wholeUnits: true,
  };
  const plan = planProductMix(problem);
  if (plan.status !== 'planned') throw new Error('not planned');
  return buildReport({
    problem,
    plan,
    timeUnit: 'minutes',
    targetProfit: null,
    source: PRODUCTS,
    sourceLabel: 'Products',
    date: DATE,
    language: 'en',
  });
}

/** Lets the write that was started run until `done` holds (no wall clock: a bounded number of turns). */
async function waitFor(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !done(); turn++) await new Promise((r) => setImmediate(r));
  expect(done()).toBe(true);
}
