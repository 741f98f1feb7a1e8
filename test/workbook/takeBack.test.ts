/**
 * Taking a report back (#46): where ExcelApi 1.20 is there, the write is one undo group and one
 * Ctrl+Z removes it; elsewhere (and in memory) "Remove the report" deletes our sheet only.
 * Also long names (#31): cut to Excel's limit, and said so.
 */
import { FakeExcel } from './fakeExcel';
import { excelHarness, memoryHarness, type Harness } from './harness';
import { manyProducts, PRODUCTS, pqReport, reportOf } from './reports';

const REPORT = 'TA Report';

describe('ExcelGateway and Ctrl+Z', () => {
  it('writes the report as one undo group where ExcelApi 1.20 exists: one Ctrl+Z removes it', async () => {
    const { fake, gateway } = excelHarness();
    const before = JSON.stringify(fake.state.settings.get('TA.reports') ?? null);
    const outcome = await gateway.writeReport(await pqReport(gateway), 'newSheet');
    expect(outcome).toMatchObject({ status: 'written', undo: 'grouped' });
    expect(fake.undo()).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Data']);
    expect(fake.state.names).toEqual([]);
    expect(JSON.stringify(fake.state.settings.get('TA.reports') ?? null)).toBe(before);
    expect(await gateway.findReport(PRODUCTS)).toEqual({ status: 'none' });
  });

  it('does not group where ExcelApi 1.20 is missing, and offers "Remove the report"', async () => {
    const fake = new FakeExcel();
    fake.apiVersion = 19;
    const { gateway } = excelHarness(fake);
    const outcome = await gateway.writeReport(await pqReport(gateway), 'newSheet');
    expect(outcome).toMatchObject({ status: 'written', undo: 'none' });
    expect(fake.groupedRuns.some(Boolean)).toBe(false);
    expect(fake.undo()).toBe(false);
    expect(await gateway.removeReport(PRODUCTS)).toBe('removed');
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Data']);
    expect(await gateway.findReport(PRODUCTS)).toEqual({ status: 'none' });
  });

  it('writes again without the group when Excel says UndoNotSupported, finishing the same sheet', async () => {
    const { fake, gateway } = excelHarness();
    fake.state.notUndoable.add('customProperties.add');
    const outcome = await gateway.writeReport(await pqReport(gateway), 'newSheet');
    expect(outcome).toMatchObject({ status: 'written', sheetName: REPORT, undo: 'none' });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Data', REPORT]);
    expect(await gateway.findIncompleteReports()).toEqual([]);
    expect(await gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours' });
  });

  it('never groups the removal of a sheet: Worksheet.delete cannot be undone', async () => {
    const { fake, gateway } = excelHarness();
    await gateway.writeReport(await pqReport(gateway), 'newSheet');
    const runs = fake.groupedRuns.length;
    expect(await gateway.removeReport(PRODUCTS)).toBe('removed');
    expect(fake.groupedRuns.slice(runs).some(Boolean)).toBe(false);
  });
});

describe.each([
  ['MemoryGateway', memoryHarness],
  ['ExcelGateway', excelHarness],
] as [string, () => Harness][])('%s: Remove the report and long names', (_name, make) => {
  it('removes only our report, complete or not, and never a user sheet of the same name', async () => {
    const h = make();
    h.addSheet(REPORT, [['mine']]);
    expect(await h.gateway.removeReport(PRODUCTS)).toBe('none');
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    expect(h.sheetNames()).toEqual(['Data', REPORT, `${REPORT} (2)`]);
    expect(await h.gateway.removeReport(PRODUCTS)).toBe('removed');
    expect(h.sheetNames()).toEqual(['Data', REPORT]);
    expect(h.values(REPORT)).toEqual([['mine']]);
  });

  it('refuses to remove while the workbook is read-only', async () => {
    const h = make();
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    h.setReadOnly();
    expect(await h.gateway.removeReport(PRODUCTS)).toBe('workbookReadOnly');
    expect(h.sheetNames()).toEqual(['Data', REPORT]);
  });

  it('#31: cuts a name over 32,767 characters to the limit, ending with "…", and says so', async () => {
    const h = make();
    const long = 'N'.repeat(40_000);
    const report = reportOf(manyProducts(2, (i) => (i === 0 ? long : 'Short')));
    expect(report.notices).toEqual([{ kind: 'namesCut', count: 1 }]);
    const outcome = await h.gateway.writeReport(report, 'newSheet');
    expect(outcome).toMatchObject({ status: 'written', notices: [{ kind: 'namesCut', count: 1 }] });
    const names = h.values(REPORT).map((row) => row[1]);
    const cut = names.find((name) => typeof name === 'string' && name.startsWith('NNN')) as string;
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('ExcelGateway with the source check', () => {
  it('costs 4 syncs for the P&Q report, the source read twice included', async () => {
    const fake = new FakeExcel();
    const { gateway } = excelHarness(fake);
    const report = await pqReport(gateway);
    const spies: jest.SpyInstance[] = [];
    fake.onContext = (context) => spies.push(jest.spyOn(context, 'sync'));
    expect(await gateway.writeReport(report, 'newSheet')).toMatchObject({ status: 'written' });
    expect(spies[0]?.mock.calls.length).toBe(4);
  });
});
