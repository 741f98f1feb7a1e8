import { MemoryGateway } from '../../src/workbook/memoryGateway';
import { isWorkbookError } from '../../src/workbook/workbookError';
import { manyProducts, PRODUCTS, reportOf } from './reports';

function gatewayWith(cells: ConstructorParameters<typeof MemoryGateway>[0] = {}) {
  return new MemoryGateway({
    sheets: [
      {
        name: 'Data',
        cells: [
          [null],
          [null, 'Product', 'Price'],
          [null, 'P', { error: '#N/A' }],
          [null, 'Q', null],
        ],
        merged: [[10, 10, 2, 2]],
      },
    ],
    tables: [{ name: 'Products', sheet: 'Data', row: 1, column: 1, rows: 3, columns: 2 }],
    selection: { sheet: 'Data', row: 1, column: 1, rows: 3, columns: 2 },
    ...cells,
  });
}

describe('MemoryGateway', () => {
  it('reads a table as Excel would: address, kinds, errors as their text, blanks as null', async () => {
    const source = await gatewayWith().readSource(PRODUCTS);
    expect(source).toMatchObject({
      address: 'Data!B2:C4',
      label: 'Products',
      headers: ['Product', 'Price'],
      rows: [
        ['P', '#N/A'],
        ['Q', null],
      ],
      kinds: [
        ['string', 'error'],
        ['string', 'empty'],
      ],
      hasMergedCells: false,
    });
    expect((await gatewayWith().readSource({ kind: 'selection' })).label).toBe('Data!B2:C4');
  });

  it('says which table is missing', async () => {
    const error = await gatewayWith()
      .readSource({ kind: 'table', name: 'Gone' })
      .catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.code === 'sourceNotFound').toBe(true);
  });

  it('reports progress request by request, as Excel on the web splits them', async () => {
    const gateway = gatewayWith({ blockBytes: 20_000 });
    const progress: [number, number][] = [];
    const outcome = await gateway.writeReport(
      reportOf(manyProducts(500)),
      'newSheet',
      (done, total) => progress.push([done, total])
    );
    expect(outcome).toMatchObject({ status: 'written' });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.map(([done]) => done)).toEqual(progress.map((_, i) => i + 1));
  });

  it('writes no chart where the host cannot draw one', async () => {
    const gateway = gatewayWith({ supportsCharts: false });
    expect(await gateway.writeReport(reportOf(), 'newSheet')).toMatchObject({
      chart: 'notSupported',
    });
    expect(gateway.sheetNamed('TA Report').charts).toEqual([]);
  });
});
