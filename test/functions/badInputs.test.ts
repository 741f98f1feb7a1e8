/**
 * The custom-function cases of the reliability checklist (§6 C, 48–60), each through a public
 * function, as Excel would call it: the code Excel shows and a message naming argument and row.
 */
import { breakEven, netProfit } from '../../src/functions/profitFunctions';
import { ccrLoad, mix, mixTableReport } from '../../src/functions/mixFunctions';
import { throughput, totalT, tPerCcr } from '../../src/functions/throughputFunctions';
import { column, excelErrorOf, firstColumn, OMITTED, row } from './excel';

const nine = (value: number) => column(...Array.from({ length: 9 }, () => value));
const eight = (value: number) => column(...Array.from({ length: 8 }, () => value));

describe('bad inputs to the TA.* functions', () => {
  it('refuses ranges of different sizes, naming both and their row counts (48)', () => {
    const error = excelErrorOf(() => throughput(nine(10), eight(5)));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('price has 9 rows, tvc has 8');
  });

  it('refuses a 2-D range where a single column is expected (49)', () => {
    const error = excelErrorOf(() =>
      tPerCcr(column(90, 100), column(45, 40), [
        [15, 1],
        [30, 2],
      ])
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('ccrTime: expected a single column');
    expect(error.message).toContain('2 rows × 2 columns');
  });

  it('names row 1 when a header row is included in a numeric range (50)', () => {
    const error = excelErrorOf(() => throughput(column('Price', 90, 100), column('TVC', 45, 40)));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toBe("price, row 1: text 'Price' where a number is expected");
  });

  it('gives the same result for blank cells passed as 0 (desktop) and as null (web) (51)', () => {
    // A blank row inside the data, and two spare rows at the end (a table or B:B).
    const plan = (b: unknown) =>
      mix(
        column(90, b, 100, b, b),
        column(45, b, 40, b, b),
        column(15, b, 30, b, b),
        column(100, b, 50, b, b),
        [[2400]],
        OMITTED,
        OMITTED
      );
    expect(plan(null)).toEqual(plan(0));
    expect(plan('')).toEqual(plan(0));
    expect(firstColumn(plan(0))).toEqual([100, 0, 30]);
  });

  it('spills a whole-column reference only as far as the data', async () => {
    const rows = 1_048_576;
    const whole = (...values: unknown[]) =>
      Array.from({ length: rows }, (_, i) => [i < values.length ? values[i] : null]);
    expect(throughput(whole('', 90, 100), whole('', 45, 40))).toEqual([[0], [45], [60]]);
    const report = await mixTableReport(
      whole('P', 'Q'),
      whole(90, 100),
      whole(45, 40),
      whole(15, 30),
      whole(100, 50),
      [[2400]],
      OMITTED,
      [[6000]],
      OMITTED
    );
    expect(report).toHaveLength(1 + 2 + 7);
  });

  it('passes an error cell on with its own code and names the row (52)', () => {
    const na = excelErrorOf(() =>
      throughput(
        column(90, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)),
        column(45, 40)
      )
    );
    expect(na.code).toBe('#N/A');
    expect(na.message).toBe('price, row 2 holds #N/A');
    const div = excelErrorOf(() =>
      throughput(
        column(90, 100),
        column(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero), 40)
      )
    );
    expect(div.code).toBe('#DIV/0!');
    const ref = excelErrorOf(() =>
      throughput(
        column(90, 100),
        column(45, new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference))
      )
    );
    // #REF! is not a valid output of a custom function: #VALUE! says where it came from.
    expect(ref.code).toBe('#VALUE!');
    expect(ref.message).toBe('tvc, row 2 holds #REF!');
  });

  it('applies the documented defaults when optional arguments arrive as null (53)', async () => {
    const omitted = mix(
      column(90, 100),
      column(45, 40),
      column(15, 30),
      column(100, 50),
      [[2400]],
      OMITTED,
      OMITTED
    );
    const explicit = mix(
      column(90, 100),
      column(45, 40),
      column(15, 30),
      column(100, 50),
      [[2400]],
      column(0, 0),
      [[true]]
    );
    expect(omitted).toEqual(explicit);
    const report = await mixTableReport(
      column('P', 'Q'),
      column(90, 100),
      column(45, 40),
      column(15, 30),
      column(100, 50),
      [[2400]],
      OMITTED,
      OMITTED,
      OMITTED
    );
    const npRow = report.find((cells) => cells[1] === 'Net profit NP = ΣT − OE');
    expect(npRow?.[9]).toBe('');
  });

  it('refuses a negative price, TVC, time or demand, naming the row', () => {
    const cases: [string, () => unknown][] = [
      ['price, row 2', () => throughput(column(90, -1), column(45, 40))],
      ['tvc, row 1', () => throughput(column(90, 100), column(-45, 40))],
      ['ccrTime, row 2', () => tPerCcr(column(90, 100), column(45, 40), column(15, -30))],
      [
        'demand, row 1',
        () => mix(column(90), column(45), column(15), column(-100), [[2400]], OMITTED, OMITTED),
      ],
    ];
    for (const [where, call] of cases) {
      const error = excelErrorOf(call);
      expect(error.code).toBe('#VALUE!');
      expect(error.message).toContain(`${where}:`);
      expect(error.message).toContain('negative');
    }
  });

  it('refuses a zero or blank capacity with "capacity must be > 0"', () => {
    for (const capacity of [0, null, '', -5]) {
      const error = excelErrorOf(() =>
        mix(column(90), column(45), column(15), column(100), [[capacity]], OMITTED, OMITTED)
      );
      expect(error.code).toBe('#VALUE!');
      expect(error.message).toMatch(/^capacity must be > 0/);
    }
    expect(excelErrorOf(() => ccrLoad(column(15), column(100), [[0]])).message).toMatch(
      /^capacity must be > 0/
    );
  });

  it('gives #NUM!, never Infinity, when a result is too large for a double (55)', () => {
    const rates = tPerCcr(column(1e308, 10), column(0, 5), column(0.5, 1));
    expect((rates[0]?.[0] as CustomFunctions.Error).code).toBe('#NUM!');
    expect(rates[1]?.[0]).toBe(5);
    expect(excelErrorOf(() => totalT(column(1e308, 1e308), column(0, 0), column(1, 1))).code).toBe(
      '#NUM!'
    );
    expect(excelErrorOf(() => netProfit([[1e308, 1e308]], [[0]])).code).toBe('#NUM!');
    expect(
      excelErrorOf(() =>
        mix(
          column(1e308, 1e308),
          column(0, 0),
          column(1, 1),
          column(1e308, 1e308),
          [[1e308]],
          OMITTED,
          [[false]]
        )
      ).code
    ).toBe('#NUM!');
  });

  it('refuses TRUE/FALSE in a numeric range instead of reading it as 1/0', () => {
    const error = excelErrorOf(() => throughput(column(90, true), column(45, 40)));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toBe('price, row 2: TRUE where a number is expected');
  });

  it('refuses a typo where TRUE or FALSE is expected, listing the allowed values (58)', () => {
    const error = excelErrorOf(() =>
      mix(column(90), column(45), column(15), column(100), [[2400]], OMITTED, [['yes']])
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toBe("wholeUnits: expected TRUE or FALSE, got text 'yes'");
  });

  it('refuses text stored as a number with a decimal comma, never parsing it (60)', () => {
    const error = excelErrorOf(() => throughput(column('12,50'), column(5)));
    expect(error.message).toBe("price, row 1: text '12,50' where a number is expected");
  });

  it('accepts a single row as a product range and spills across', () => {
    expect(throughput(row(90, 100), row(45, 40))).toEqual([[45, 60]]);
    const error = excelErrorOf(() => throughput(row(90, 'x'), row(45, 40)));
    expect(error.message).toBe("price, cell 2: text 'x' where a number is expected");
  });

  it('refuses a negative operating expense and text in a single-value argument', () => {
    expect(excelErrorOf(() => breakEven([[-1]], [[5]])).message).toContain(
      'operatingExpense: -1 is negative'
    );
    expect(excelErrorOf(() => breakEven([['fifty']], [[5]])).message).toBe(
      "operatingExpense: text 'fifty' where a number is expected"
    );
  });
});
