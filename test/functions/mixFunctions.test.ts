import { ccrLoad, mix, mixTableReport } from '../../src/functions/mixFunctions';
import { asyncExcelErrorOf, column, excelErrorOf, firstColumn, OMITTED, row } from './excel';
import { closeWorkbook, openWorkbookIn } from './host';

// P&Q reduced to its constraint B: 2,400 minutes a week, OE 6,000.
const names = column('P', 'Q');
const price = column(90, 100);
const tvc = column(45, 40);
const time = column(15, 30);
const demand = column(100, 50);

function report(options: { minimum?: unknown[][]; oe?: number; whole?: boolean } = {}) {
  return mixTableReport(
    names,
    price,
    tvc,
    time,
    demand,
    [[2400]],
    options.minimum ?? OMITTED,
    options.oe === undefined ? OMITTED : [[options.oe]],
    options.whole === undefined ? OMITTED : [[options.whole]]
  );
}

/** The value under `header` in the totals row labelled `label`. */
function total(table: unknown[][], label: string, header: string): unknown {
  const columnIndex = (table[0] as string[]).indexOf(header);
  return table.find((cells) => cells[1] === label)?.[columnIndex];
}

describe('TA.MIX', () => {
  it('plans 100 P and 30 Q on P&Q, in input order', () => {
    expect(firstColumn(mix(price, tvc, time, demand, [[2400]], OMITTED, OMITTED))).toEqual([
      100, 30,
    ]);
  });

  it('plans whole units by default and fractions with wholeUnits FALSE', () => {
    expect(firstColumn(mix(price, tvc, time, demand, [[2410]], OMITTED, OMITTED))).toEqual([
      100, 30,
    ]);
    const fractional = firstColumn(mix(price, tvc, time, demand, [[2410]], OMITTED, [[false]]));
    expect(fractional[1]).toBeCloseTo(910 / 30, 12);
  });

  it('takes a political minimum first: 60 P and 50 Q', () => {
    expect(firstColumn(mix(price, tvc, time, demand, [[2400]], column(0, 50), [[true]]))).toEqual([
      60, 50,
    ]);
  });

  it('answers #N/A naming the shortfall when the minimums alone overload the CCR', () => {
    const error = excelErrorOf(() =>
      mix(price, tvc, time, column(100, 100), [[2400]], column(0, 100), OMITTED)
    );
    expect(error.code).toBe('#N/A');
    expect(error.message).toContain(
      'the minimums need 3000 of the CCR (capacity is 2400): short by 600'
    );
  });

  it('refuses a minimum above the demand, naming the row', () => {
    const error = excelErrorOf(() =>
      mix(price, tvc, time, demand, [[2400]], column(0, 60), OMITTED)
    );
    expect(error).toEqual({
      code: '#VALUE!',
      message: 'minimum, row 2: the minimum is above the demand (demand)',
    });
  });

  it('spills across when the products are given as rows', () => {
    const result = mix(
      row(90, 100),
      row(45, 40),
      row(15, 30),
      row(100, 50),
      [[2400]],
      OMITTED,
      OMITTED
    );
    expect(result).toEqual([[100, 30]]);
  });
});

describe('TA.CCRLOAD', () => {
  it('gives the cumulative share of the CCR in row order: 62.5 % after P, 100 % after Q', () => {
    expect(firstColumn(ccrLoad(time, column(100, 30), [[2400]]))).toEqual([0.625, 1]);
  });

  it('shows an overload above 1 instead of hiding it', () => {
    expect(firstColumn(ccrLoad(time, column(100, 50), [[2400]]))).toEqual([0.625, 1.25]);
  });
});

describe('TA.MIXTABLE', () => {
  it('spills the header, the products in rank order and the totals with NP 300', async () => {
    const table = await report({ oe: 6000 });
    expect(table[0]).toEqual([
      'Rank',
      'Product',
      'T/unit',
      'T per CCR hour',
      'Demand',
      'Minimum',
      'Quantity',
      'CCR time',
      'Cumulative load',
      'T',
    ]);
    expect(table[1]).toEqual([1, 'P', 45, 3, 100, 0, 100, 1500, 0.625, 4500]);
    expect(table[2]).toEqual([2, 'Q', 60, 2, 50, 0, 30, 900, 1, 1800]);
    expect(total(table, 'Throughput ΣT', 'T')).toBe(6300);
    expect(total(table, 'Operating expense OE', 'T')).toBe(6000);
    expect(total(table, 'Net profit NP = ΣT − OE', 'T')).toBe(300);
    expect(total(table, 'CCR time used', 'CCR time')).toBe(2400);
    expect(total(table, 'CCR time left', 'CCR time')).toBe(0);
    expect(total(table, 'T lost to minimums', 'T')).toBe(0);
    expect(table.every((cells) => cells.length === 10)).toBe(true);
    expect(table.flat()).not.toContain(null);
  });

  it('shows the T a political minimum costs: 600 for 50 Q', async () => {
    const table = await report({ minimum: column(0, 50), oe: 6000 });
    expect(total(table, 'Throughput ΣT', 'T')).toBe(5700);
    expect(total(table, 'T lost to minimums', 'T')).toBe(600);
    expect(total(table, 'Net profit NP = ΣT − OE', 'T')).toBe(-300);
  });

  it('leaves OE and NP blank ("") when the operating expense is omitted', async () => {
    const table = await report();
    expect(total(table, 'Operating expense OE', 'T')).toBe('');
    expect(total(table, 'Net profit NP = ΣT − OE', 'T')).toBe('');
  });

  it('names a product with a blank name by its row and leaves T per CCR hour blank without CCR time', async () => {
    const table = await mixTableReport(
      column('Cut', ''),
      column(10, 30),
      column(5, 10),
      column(1, 0),
      column(10, 5),
      [[100]],
      OMITTED,
      OMITTED,
      OMITTED
    );
    expect(table[1]?.slice(0, 4)).toEqual([1, '#2', 20, '']);
  });

  it('labels an empty name cell #<row> whether Excel passes it as 0 (desktop) or null (web)', async () => {
    const labels = async (blank: unknown) =>
      (
        await mixTableReport(
          column('P', blank),
          price,
          tvc,
          time,
          demand,
          [[2400]],
          OMITTED,
          OMITTED,
          OMITTED
        )
      )
        .slice(1, 3)
        .map((cells) => cells[1]);
    expect(await labels(0)).toEqual(['P', '#2']);
    expect(await labels(null)).toEqual(['P', '#2']);
    expect(await labels(1001)).toEqual(['P', '1001']);
  });

  it('checks price and names have the same number of rows', async () => {
    const error = await asyncExcelErrorOf(() =>
      mixTableReport(column('P'), price, tvc, time, demand, [[2400]], OMITTED, OMITTED, OMITTED)
    );
    expect(error.message).toBe('price has 2 rows, names has 1: give ranges of the same size');
  });

  describe('in the workbook’s language', () => {
    const office = globalThis as { Office?: unknown };
    afterEach(closeWorkbook);

    it('writes the headers and totals of a Russian workbook in Russian, even in English Excel', async () => {
      openWorkbookIn('en-US', 'ru');
      const table = await report({ oe: 6000 });
      expect(table[0]?.[0]).toBe('Место');
      expect(table[0]?.[3]).toBe('Проход за час РОМ');
      expect(total(table, 'Чистая прибыль ЧП = ΣT − ОЕ', 'Проход')).toBe(300);
    });

    it('writes an English workbook in English, even in Russian Excel', async () => {
      openWorkbookIn('ru-RU', 'en');
      expect((await report())[0]?.[0]).toBe('Rank');
    });

    it('stays in English when Office.context throws before Office is ready', async () => {
      office.Office = {
        get context(): never {
          throw new Error('Office.js has not been initialized');
        },
      };
      expect((await report())[0]?.[0]).toBe('Rank');
    });
  });
});
