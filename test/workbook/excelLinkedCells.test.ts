import type { ExcelHost } from '../../src/workbook/excelHost';
import {
  readExcelNumberSettings,
  readExcelRanges,
  watchExcelChanges,
} from '../../src/workbook/excelLinkedCells';

/** Just enough of Excel's Application for the separators (loaded only after sync). */
function hostWith(
  application: {
    decimalSeparator: string;
    thousandsSeparator: string;
    useSystemSeparators: boolean;
    culture: [string, string];
  },
  version = 11,
  displayLanguage = 'en-US'
): ExcelHost {
  return {
    displayLanguage,
    isSetSupported: (v) => Number(v.split('.')[1]) <= version,
    run: async (_, batch) => {
      let synced = false;
      // Properties exist only after load + sync, as in Office.js.
      const loaded = <T extends object>(values: T) =>
        new Proxy(values, {
          get: (target, key) => {
            if (key === 'load') return () => undefined;
            if (key === 'cultureInfo') return target[key as keyof T];
            if (!synced) throw new Error('property read before sync');
            return target[key as keyof T];
          },
        });
      const numberFormat = loaded({
        numberDecimalSeparator: application.culture[0],
        numberGroupSeparator: application.culture[1],
      });
      const context = {
        sync: async () => {
          synced = true;
        },
        workbook: { application: loaded({ ...application, cultureInfo: { numberFormat } }) },
      };
      return batch(context as unknown as Excel.RequestContext);
    },
  };
}

describe("Excel's separators for typed numbers", () => {
  it('takes the culture’s separators when Excel uses the system ones', async () => {
    const host = hostWith({
      decimalSeparator: '.',
      thousandsSeparator: ',',
      useSystemSeparators: true,
      culture: [',', '\u00a0'],
    });
    expect(await readExcelNumberSettings(host)).toEqual({
      decimal: ',',
      group: '\u00a0',
      source: 'excel',
    });
  });

  it('takes the separators set in Excel’s options over the system’s', async () => {
    const host = hostWith({
      decimalSeparator: '.',
      thousandsSeparator: "'",
      useSystemSeparators: false,
      culture: [',', '.'],
    });
    expect(await readExcelNumberSettings(host)).toMatchObject({ decimal: '.', group: "'" });
  });

  it('falls back to the display language where ExcelApi 1.11 is missing', async () => {
    const host = hostWith(
      {
        decimalSeparator: '.',
        thousandsSeparator: ',',
        useSystemSeparators: true,
        culture: ['.', ','],
      },
      10,
      'ru-RU'
    );
    expect(await readExcelNumberSettings(host)).toMatchObject({ decimal: ',', source: 'language' });
  });
});

describe('linked cells read from Excel', () => {
  /** A workbook with one sheet "Salon" and one name "MasterHours" = Salon!B7 (value 100). */
  function context() {
    let syncs = 0;
    const range = (rowIndex: number, columnIndex: number, value: unknown, type: string) => ({
      load: () => undefined,
      values: [[value]],
      valueTypes: [[type]],
      rowIndex,
      columnIndex,
      rowCount: 1,
      columnCount: 1,
      worksheet: { load: () => ({ id: '{s1}', name: 'Salon' }) },
    });
    const salon = {
      isNullObject: false,
      load: () => undefined,
      getRangeByIndexes: (r: number, c: number) =>
        r === 6 && c === 1 ? range(6, 1, 100, 'Double') : range(r, c, '', 'Empty'),
    };
    const missing = { isNullObject: true, load: () => undefined };
    return {
      syncs: () => syncs,
      value: {
        sync: async () => {
          syncs++;
        },
        workbook: {
          worksheets: {
            getItemOrNullObject: (name: string) => (name === 'Salon' ? salon : missing),
          },
          names: {
            getItemOrNullObject: (name: string) => ({
              getRangeOrNullObject: () =>
                name === 'MasterHours'
                  ? { isNullObject: false, ...range(6, 1, 100, 'Double') }
                  : { ...missing, ...range(0, 0, '', 'Empty'), isNullObject: true },
            }),
          },
        },
      },
    };
  }

  it('reads cells, bare cells and names in two syncs, and says what it cannot find', async () => {
    const fake = context();
    const reads = await readExcelRanges(
      fake.value as unknown as Excel.RequestContext,
      ['Salon!B7', 'B8', 'MasterHours', 'Nowhere', 'Other!A1', '1,5'],
      'Salon'
    );
    expect(reads.map((r) => (r.status === 'read' ? [r.address, r.values] : r.status))).toEqual([
      ['Salon!B7', [[100]]],
      ['Salon!B8', [[null]]],
      ['Salon!B7', [[100]]],
      'notFound',
      'notFound',
      'notFound',
    ]);
    expect(fake.syncs()).toBe(2);
  });
});

describe("Excel's change events", () => {
  it('passes the sheet and address of each edit, and stops when asked', async () => {
    const handlers: ((event: { worksheetId: string; address: string }) => Promise<void>)[] = [];
    let removed = false;
    const host: ExcelHost = {
      displayLanguage: 'en-US',
      isSetSupported: () => true,
      run: async (_, batch) =>
        batch({
          sync: async () => undefined,
          workbook: {
            worksheets: {
              onChanged: {
                add: (handler: (typeof handlers)[number]) => {
                  handlers.push(handler);
                  return {
                    remove: () => (removed = true),
                    context: { sync: async () => undefined },
                  };
                },
              },
            },
          },
        } as unknown as Excel.RequestContext),
    };
    const seen: unknown[] = [];
    const stop = watchExcelChanges(host, (change) => seen.push(change));
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await handlers[0]?.({ worksheetId: '{s1}', address: 'B2' });
    expect(seen).toEqual([{ sheetId: '{s1}', address: 'B2' }]);
    stop();
    expect(removed).toBe(true);
  });
});
