import { reportGrid } from '../../src/workbook/fingerprint';
import { excelHarness, memoryHarness, type Harness } from './harness';
import { manyProducts, PRODUCTS, pqReport, reportOf } from './reports';

const REPORT = 'TA Report';

describe.each([
  ['MemoryGateway', memoryHarness],
  ['ExcelGateway', excelHarness],
] as [string, () => Harness][])('%s safety rules', (_name, make) => {
  let h: Harness;
  beforeEach(() => {
    h = make();
  });

  it('writes the P&Q report on a new sheet: 100 P and 30 Q, NP 300, values read back identical', async () => {
    const report = await pqReport(h.gateway);
    const outcome = await h.gateway.writeReport(report, 'newSheet');
    expect(outcome).toMatchObject({ status: 'written', sheetName: REPORT, chart: 'added' });
    const values = h.values(REPORT);
    expect(values).toEqual(
      reportGrid(report.blocks).map((row) =>
        Array.from({ length: values[0]!.length }, (_, c) => row[c] ?? null)
      )
    );
    expect(values[3]!.slice(0, 2).concat(values[3]![9]!)).toEqual([1, 'P', 100]);
    expect(values[4]!.slice(0, 2).concat(values[4]![9]!)).toEqual([2, 'Q', 30]);
    expect(await h.gateway.findReport(PRODUCTS)).toEqual({
      status: 'ours',
      sheetId: h.sheetId(REPORT),
      sheetName: REPORT,
    });
  });

  it('leaves the source table byte-for-byte unchanged after writing', async () => {
    const before = h.sourceSnapshot();
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    expect(h.sourceSnapshot()).toBe(before);
  });

  it('reads formula-looking and number-looking names back as the identical text', async () => {
    const names = [
      '=Promo',
      '-Widget',
      '+1 pack',
      '@home',
      '001234',
      '1/2',
      '1E5',
      'TRUE',
      "'quoted",
      '=HYPERLINK("x")',
    ];
    const report = reportOf(manyProducts(names.length, (i) => names[i]!));
    expect(await h.gateway.writeReport(report, 'newSheet')).toMatchObject({ status: 'written' });
    const written = h
      .values(REPORT)
      .slice(3, 3 + names.length)
      .map((row) => row[1]);
    expect(new Set(written)).toEqual(new Set(names));
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours' });
  });

  it('refreshes an unedited report in place: same sheet, no new sheet', async () => {
    const report = await pqReport(h.gateway);
    await h.gateway.writeReport(report, 'newSheet');
    const id = h.sheetId(REPORT);
    const sheets = h.sheetNames();
    const outcome = await h.gateway.writeReport(
      reportOf(undefined, { targetProfit: 100 }),
      'replace'
    );
    expect(outcome).toMatchObject({ status: 'written', sheetId: id, sheetName: REPORT });
    expect(h.sheetNames()).toEqual(sheets);
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours', sheetId: id });
  });

  it('reports a hand-edited report as edited, and replaces it only when asked', async () => {
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    h.edit(REPORT, 3, 9, 99);
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({
      status: 'edited',
      sheetName: REPORT,
    });
    const fresh = await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    expect(fresh).toMatchObject({ status: 'written', sheetName: `${REPORT} (2)` });
    expect(h.values(REPORT)[3]![9]).toBe(99);
  });

  it('replaces an edited report on the same sheet once the user confirms', async () => {
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    const id = h.sheetId(REPORT);
    h.edit(REPORT, 3, 9, 99);
    h.edit(REPORT, 40, 40, 'a note far away');
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({ status: 'edited' });
    const outcome = await h.gateway.writeReport(await pqReport(h.gateway), 'replace');
    expect(outcome).toMatchObject({ status: 'written', sheetId: id, sheetName: REPORT });
    expect(h.values(REPORT)[3]![9]).toBe(100);
    expect(h.values(REPORT).length).toBeLessThan(40);
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours', sheetId: id });
  });

  it('never touches a foreign sheet with our name: writes "TA Report (2)"', async () => {
    h.addSheet(REPORT, [['my own notes', 42]]);
    expect(await h.gateway.findReport(PRODUCTS)).toEqual({ status: 'none' });
    const outcome = await h.gateway.writeReport(await pqReport(h.gateway), 'replace');
    expect(outcome).toMatchObject({ status: 'written', sheetName: `${REPORT} (2)` });
    expect(h.values(REPORT)).toEqual([['my own notes', 42]]);
  });

  it('finds a renamed report by id and marker, not by name', async () => {
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    h.rename(REPORT, 'Mix for Monday');
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({
      status: 'ours',
      sheetName: 'Mix for Monday',
    });
  });

  it('treats a registered sheet without our marker as a user sheet (Mac id reuse)', async () => {
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    h.dropMarker(REPORT);
    expect(await h.gateway.findReport(PRODUCTS)).toEqual({ status: 'none' });
    const outcome = await h.gateway.writeReport(await pqReport(h.gateway), 'replace');
    expect(outcome).toMatchObject({ status: 'written', sheetName: `${REPORT} (2)` });
  });

  it('blocks a protected workbook structure with nothing written', async () => {
    const report = await pqReport(h.gateway);
    h.setStructureProtected();
    const sheets = h.sheetNames();
    expect(await h.gateway.checkWritable()).toBe('workbookStructureProtected');
    expect(await h.gateway.writeReport(report, 'newSheet')).toEqual({
      status: 'blocked',
      reason: 'workbookStructureProtected',
    });
    expect(h.sheetNames()).toEqual(sheets);
  });

  it('blocks a read-only workbook with nothing written', async () => {
    const report = await pqReport(h.gateway);
    h.setReadOnly();
    expect(await h.gateway.checkWritable()).toBe('workbookReadOnly');
    expect(await h.gateway.writeReport(report, 'newSheet')).toEqual({
      status: 'blocked',
      reason: 'workbookReadOnly',
    });
    expect(h.sheetNames()).toEqual(['Data']);
  });

  it('blocks a protected report sheet on refresh, with nothing written', async () => {
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    const before = h.values(REPORT);
    h.protectSheet(REPORT);
    expect(
      await h.gateway.writeReport(reportOf(undefined, { targetProfit: 1 }), 'replace')
    ).toEqual({ status: 'blocked', reason: 'sheetProtected' });
    expect(h.values(REPORT)).toEqual(before);
  });

  it('says a cell is being edited before anything is written', async () => {
    h.setEditingCell();
    expect(await h.gateway.checkWritable()).toBe('cellEditMode');
  });

  it('marks a report that failed part-way incomplete, and removes only that sheet', async () => {
    const report = await pqReport(h.gateway);
    h.failNextWrite('GeneralException');
    const outcome = await h.gateway.writeReport(report, 'newSheet');
    expect(outcome).toMatchObject({ status: 'failed', code: 'GeneralException', incomplete: true });
    const sheetId = outcome.status === 'failed' ? (outcome.sheetId as string) : '';
    expect(sheetId).toBe(h.sheetId(REPORT));
    expect(await h.gateway.findReport(PRODUCTS)).toEqual({
      status: 'incomplete',
      sheetId,
      sheetName: REPORT,
    });
    expect(await h.gateway.removeIncompleteReport(h.sheetId('Data'))).toBe(false);
    expect(await h.gateway.removeIncompleteReport(sheetId)).toBe(true);
    expect(h.sheetNames()).toEqual(['Data']);
    expect(await h.gateway.findReport(PRODUCTS)).toEqual({ status: 'none' });
  });

  it('never removes a complete report as incomplete', async () => {
    const outcome = await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    expect(
      await h.gateway.removeIncompleteReport(outcome.status === 'written' ? outcome.sheetId : '')
    ).toBe(false);
    expect(h.sheetNames()).toContain(REPORT);
  });

  it('keeps the pane settings apart from our report registry', async () => {
    await h.gateway.writeReport(await pqReport(h.gateway), 'newSheet');
    await h.gateway.writeSettings({ 'mapping:table:Products': { name: 'Product' } });
    expect(await h.gateway.readSettings()).toEqual({
      'mapping:table:Products': { name: 'Product' },
    });
    expect(await h.gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours' });
  });

  it('lists the tables with their address and row count', async () => {
    expect(await h.gateway.listTables()).toEqual([
      { name: 'Products', sheet: 'Data', address: 'Data!A1:F3', rowCount: 2 },
    ]);
  });
});
