import { ExcelGateway } from '../../src/workbook/excelGateway';
import { reportGrid } from '../../src/workbook/fingerprint';
import { isWorkbookError } from '../../src/workbook/workbookError';
import { FakeExcel } from './fakeExcel';
import { excelHarness } from './harness';
import { manyProducts, PRODUCTS, reportOf } from './reports';

const FIVE_MB = 5 * 1024 * 1024;

/** Counts the syncs of every Excel.run started while `action` runs. */
async function countSyncs<T>(
  fake: FakeExcel,
  action: () => Promise<T>
): Promise<{ result: T; syncs: number }> {
  const spies: jest.SpyInstance[] = [];
  fake.onContext = (context) => spies.push(jest.spyOn(context, 'sync'));
  const result = await action();
  fake.onContext = null;
  return { result, syncs: spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0) };
}

describe('ExcelGateway over Office.js', () => {
  it.each([2, 2000])('builds a report of %i products with at most 4 syncs', async (count) => {
    const { fake, gateway } = excelHarness();
    const report = reportOf(manyProducts(count));
    const first = await countSyncs(fake, () => gateway.writeReport(report, 'newSheet'));
    expect(first.result).toMatchObject({ status: 'written' });
    expect(first.syncs).toBeLessThanOrEqual(4);
    const refresh = await countSyncs(fake, () => gateway.writeReport(report, 'replace'));
    expect(refresh.result).toMatchObject({ status: 'written', sheetName: 'TA Report' });
    expect(refresh.syncs).toBeLessThanOrEqual(4);
  });

  it('writes 10,000 products in requests that each stay under 5 MB', async () => {
    const { fake, gateway } = excelHarness();
    const report = reportOf(manyProducts(10000, (i) => `Product ${i} ${'x'.repeat(300)}`));
    const progress: [number, number][] = [];
    const { result, syncs } = await countSyncs(fake, () =>
      gateway.writeReport(report, 'newSheet', (done, total) => progress.push([done, total]))
    );
    expect(result).toMatchObject({ status: 'written' });
    const requests = fake.state.requestBytes;
    expect(Math.max(...requests)).toBeLessThan(FIVE_MB);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toEqual([progress.length, progress.length]);
    // One sync per request of values (the first adds the sheet), plus the read and the complete
    // marker.
    expect(syncs).toBe(progress.length + 2);
    const values = fake.values(fake.sheet('TA Report'));
    expect(values[10002]?.[1]).toBe(reportGrid(report.blocks)[10002]?.[1]);
    expect(await gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours' });
  });

  it('halves a request Excel refuses as too large, and completes the report', async () => {
    const { fake, gateway } = excelHarness();
    fake.state.payloadLimit = 150_000;
    const report = reportOf(manyProducts(3000));
    const outcome = await gateway.writeReport(report, 'newSheet');
    expect(outcome).toMatchObject({ status: 'written' });
    expect(fake.state.requestBytes.some((bytes) => bytes > 150_000)).toBe(true);
    expect(await gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours' });
  });

  it('halves a refused request during a refresh too, keeping the same sheet', async () => {
    const { fake, gateway } = excelHarness();
    const first = await gateway.writeReport(reportOf(manyProducts(3000)), 'newSheet');
    fake.state.payloadLimit = 150_000;
    const refresh = await gateway.writeReport(
      reportOf(manyProducts(3000), { targetProfit: 5 }),
      'replace'
    );
    expect(refresh).toEqual({ ...first, status: 'written' });
    expect(await gateway.findReport(PRODUCTS)).toMatchObject({ status: 'ours' });
  });

  it('waits for a cell edit to end before writing (delayForCellEdit)', async () => {
    const { fake, gateway } = excelHarness();
    fake.state.editingCell = true;
    const pending = gateway.writeReport(reportOf(), 'newSheet');
    await fake.batchWaitingForEdit();
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Data']);
    fake.finishEditing();
    expect(await pending).toMatchObject({ status: 'written' });
  });

  it('blocks with cellEditMode and writes nothing where Excel cannot delay the batch', async () => {
    const { fake, gateway } = excelHarness();
    fake.state.editingCell = true;
    fake.state.supportsDelay = false;
    expect(await gateway.writeReport(reportOf(), 'newSheet')).toEqual({
      status: 'blocked',
      reason: 'cellEditMode',
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Data']);
  });

  it('refuses to write where worksheet custom properties (ExcelApi 1.12) are missing', async () => {
    const fake = new FakeExcel();
    fake.apiVersion = 11;
    const gateway = new ExcelGateway(fake.host());
    expect(await gateway.checkWritable()).toBe('unsupportedHost');
    expect(await gateway.writeReport(reportOf(), 'newSheet')).toEqual({
      status: 'blocked',
      reason: 'unsupportedHost',
    });
    expect(gateway.supportsCharts).toBe(true);
  });

  it('adds the table and a combo chart: T per CCR hour bars, cumulative load line on a secondary axis', async () => {
    const { fake, gateway } = excelHarness();
    await gateway.writeReport(reportOf(manyProducts(50)), 'newSheet');
    const sheet = fake.sheet('TA Report');
    expect(fake.state.tables.find((t) => t.sheetId === sheet.id)).toMatchObject({
      name: 'TA_ProductMix',
      area: { row: 2, column: 0, rows: 51, columns: 13 },
    });
    const [chart] = sheet.charts;
    expect(chart?.type).toBe('ColumnClustered');
    expect(chart?.series).toEqual([
      expect.objectContaining({
        values: { row: 3, column: 6, rows: 30, columns: 1 },
        xValues: { row: 3, column: 1, rows: 30, columns: 1 },
      }),
      expect.objectContaining({
        values: { row: 3, column: 11, rows: 30, columns: 1 },
        chartType: 'Line',
        axisGroup: 'Secondary',
      }),
    ]);
    await gateway.writeReport(reportOf(manyProducts(50)), 'replace');
    expect(sheet.charts).toHaveLength(1);
    expect(fake.state.tables.filter((t) => t.sheetId === sheet.id).map((t) => t.name)).toEqual([
      'TA_ProductMix',
    ]);
  });

  it('writes every text with the quote prefix: without it Excel would make a formula', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Raw', [['=Promo', '001234', "'=Promo"]]);
    expect(fake.values(sheet)).toEqual([['#NAME?', 1234, '=Promo']]);
  });
});

describe('ExcelGateway reading the source', () => {
  it('reads values with their kinds: error cells by type, blanks as null, "#N/A" text as text', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet(
      'Data',
      [
        ['Product', 'Price'],
        ['#N/A', { error: '#N/A' }],
        ['Q', null],
      ],
      { row: 3, column: 1 }
    );
    fake.addTable('Products', sheet, { row: 3, column: 1, rows: 3, columns: 2 });
    const source = await new ExcelGateway(fake.host()).readSource(PRODUCTS);
    expect(source).toMatchObject({
      address: 'Data!B4:C6',
      label: 'Products',
      headers: ['Product', 'Price'],
      rows: [
        ['#N/A', '#N/A'],
        ['Q', null],
      ],
      kinds: [
        ['string', 'error'],
        ['string', 'empty'],
      ],
      columnFormats: ['General', 'General'],
      hasMergedCells: false,
    });
  });

  it('reads big sources in blocks of rows', async () => {
    const fake = new FakeExcel();
    const rows = [['Product', 'Price'], ...Array.from({ length: 999 }, (_, i) => [`P${i}`, i])];
    fake.addTable('Products', fake.addSheet('Data', rows), {
      row: 0,
      column: 0,
      rows: 1000,
      columns: 2,
    });
    const gateway = new ExcelGateway(fake.host({ readCells: 300 }));
    const { result, syncs } = await countSyncs(fake, () => gateway.readSource(PRODUCTS));
    expect(result.rows).toHaveLength(999);
    expect(result.rows[998]).toEqual(['P998', 998]);
    expect(syncs).toBe(2 + Math.ceil(1000 / 150));
  });

  it('flags merged cells in the source', async () => {
    const { fake, gateway } = excelHarness();
    fake.sheet('Data').merged.push({ row: 1, column: 0, rows: 2, columns: 1 });
    expect((await gateway.readSource(PRODUCTS)).hasMergedCells).toBe(true);
  });

  it('says which table is missing instead of reading an empty one', async () => {
    const { gateway } = excelHarness();
    const error = await gateway
      .readSource({ kind: 'table', name: 'Gone' })
      .catch((e: unknown) => e);
    expect(
      isWorkbookError(error) && error.code === 'sourceNotFound' && error.detail === 'Gone'
    ).toBe(true);
  });

  it('reads the used part of the selection, headers first', async () => {
    const { fake, gateway } = excelHarness();
    const data = fake.sheet('Data');
    fake.state.selection = {
      sheetId: data.id,
      area: { row: 0, column: 0, rows: 1048576, columns: 6 },
    };
    const source = await gateway.readSource({ kind: 'selection' });
    expect(source.address).toBe('Data!A1:F3');
    expect(source.label).toBe('Data!A1:F3');
    expect(source.rows).toHaveLength(2);
  });
});
