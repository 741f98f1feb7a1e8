/**
 * The plan-against-fact functions called as Excel calls them, on the salon of the talk
 * (test/fixtures/salonSales.ts): ten haircuts in January, a full month in February.
 */
import { serialOfDate } from '../../src/core/fact';
import { factBonus } from '../../src/functions/factBonusFunctions';
import { factCcr, lostToMix, planFact } from '../../src/functions/factConstraintFunctions';
import { factNp, factT, saleT } from '../../src/functions/factThroughputFunctions';
import { expenses, february, salonLog, salonProducts, type Sale } from '../fixtures/salonSales';
import { column, excelErrorOf, OMITTED } from './excel';

const JAN = serialOfDate(2026, 1, 1);
const FEB = serialOfDate(2026, 2, 1);

/** The log's columns as ranges, two blank rows at the end as a whole-column range passes them. */
function logRanges(log: readonly Sale[]) {
  const tail = (values: unknown[], blank: unknown) => column(...values, blank, null);
  return {
    dates: tail(
      log.map((s) => s.date),
      0
    ),
    products: tail(
      log.map((s) => s.product),
      ''
    ),
    quantities: tail(
      log.map((s) => s.quantity),
      0
    ),
    amounts: tail(
      log.map((s) => s.amount),
      0
    ),
    masters: tail(
      log.map((s) => s.master),
      ''
    ),
  };
}

const table = {
  names: column(...salonProducts.names),
  price: column(...salonProducts.price),
  tvc: column(...salonProducts.tvc),
  time: column(...(salonProducts.usage[0] as Float64Array)),
  demand: column(...salonProducts.demand),
};

const all = logRanges(salonLog);

describe('TA.FACTT', () => {
  it('sums revenue and T by month: T 50 in January, 958 in February', () => {
    expect(
      factT(all.dates, all.products, all.quantities, all.amounts, table.names, table.tvc)
    ).toEqual([
      [JAN, 100, 50],
      [FEB, 1778, 958],
    ]);
  });

  it('sums by master when a group column is given, groups in order of first sale', () => {
    const rows = factT(
      all.dates,
      all.products,
      all.quantities,
      all.amounts,
      table.names,
      table.tvc,
      all.masters
    );
    expect(rows).toEqual([
      [JAN, 'Anna', 100, 50],
      [FEB, 'Anna', 880, 450],
      [FEB, 'Boris', 898, 508],
    ]);
  });

  it('sums by quarter when asked in Russian', () => {
    const rows = factT(
      all.dates,
      all.products,
      all.quantities,
      all.amounts,
      table.names,
      table.tvc,
      OMITTED,
      [['квартал']]
    );
    expect(rows).toEqual([[JAN, 1878, 1008]]);
  });

  it('reads ISO text dates and names the row of text that is not a date', () => {
    const dates = column('2026-01-05', '2026-02-10 12:00', 'вчера');
    const products = column('Classic haircut', 'Classic haircut', 'Classic haircut');
    const ones = column(1, 1, 1);
    const tens = column(10, 10, 10);
    expect(excelErrorOf(() => factT(dates, products, ones, tens, table.names, table.tvc))).toEqual({
      code: '#VALUE!',
      message:
        "saleDates, row 3: text 'вчера' is not a date; give a date cell or text as 2026-03-31",
    });
    const two = (range: unknown[][]) => range.slice(0, 2);
    expect(factT(two(dates), two(products), two(ones), two(tens), table.names, table.tvc)).toEqual([
      [JAN, 10, 5],
      [FEB, 10, 5],
    ]);
  });

  it('answers #VALUE! naming the row of a product the table lacks, never summing without it', () => {
    const error = excelErrorOf(() =>
      factT(
        column(JAN + 3, JAN + 4, JAN + 5),
        column('Classic haircut', 'Manicure', 'Pedicure'),
        column(1, 1, 1),
        column(10, 25, 30),
        table.names,
        table.tvc
      )
    );
    expect(error).toEqual({
      code: '#VALUE!',
      message: "saleProducts, row 2: 'Manicure' is not in names (the products table) (and 1 more)",
    });
  });

  it('names a required argument left out and ranges of different sizes', () => {
    expect(
      excelErrorOf(() =>
        factT(all.dates, all.products, all.quantities, OMITTED as never, table.names, table.tvc)
      ).message
    ).toBe('saleAmounts is missing: give a value or a cell (an empty cell counts as 0)');
    expect(
      excelErrorOf(() =>
        factT(all.dates, all.products, column(1), all.amounts, table.names, table.tvc)
      ).message
    ).toBe(
      `saleDates has ${all.dates.length} rows, saleQuantities has 1: give ranges of the same size`
    );
  });

  it('refuses a period it does not know, listing the ones it does', () => {
    expect(
      excelErrorOf(() =>
        factT(
          all.dates,
          all.products,
          all.quantities,
          all.amounts,
          table.names,
          table.tvc,
          OMITTED,
          [['fortnight']]
        )
      ).message
    ).toBe("period: 'fortnight' is not a period; give month, quarter, year, week or day");
  });

  it('speaks Russian in Russian Excel', () => {
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { displayLanguage: 'ru-RU' } };
    try {
      const error = excelErrorOf(() =>
        factT(column(JAN), column('Маникюр'), column(1), column(25), table.names, table.tvc)
      );
      expect(error.message).toBe(
        "товары_продаж, строка 1: 'Маникюр' нет в таблице товаров (названия)"
      );
    } finally {
      delete global.Office;
    }
  });
});

describe('TA.SALET', () => {
  const products = column('Classic haircut', '', '"Gold Star" haircut');

  it('gives T of each sale beside the log, its own TVC where given, blank rows blank', () => {
    expect(
      saleT(products, column(1, 0, 1), column(8, 0, 30), table.names, table.tvc, column(0, 0, 14))
    ).toEqual([[3], [''], [16]]);
  });

  it('names the row of a product the table lacks', () => {
    const error = excelErrorOf(() =>
      saleT(
        column('Classic haircut', 'Manicure'),
        column(1, 1),
        column(10, 25),
        table.names,
        table.tvc
      )
    );
    expect(error).toEqual({
      code: '#VALUE!',
      message: "saleProducts, row 2: 'Manicure' is not in names (the products table)",
    });
  });
});

describe('TA.FACTNP', () => {
  it('gives NP 0 for ten haircuts at T 5 against OE 50, as in the talk', () => {
    const jan = logRanges(salonLog.slice(0, 10));
    expect(
      factNp(jan.dates, jan.products, jan.quantities, jan.amounts, table.names, table.tvc, [[50]])
    ).toEqual([[JAN, 50, 50, 0]]);
  });

  it('sums OE by month from an expense log', () => {
    const rows = factNp(
      all.dates,
      all.products,
      all.quantities,
      all.amounts,
      table.names,
      table.tvc,
      column(...expenses.map((e) => e.amount)),
      column(...expenses.map((e) => e.date))
    );
    expect(rows).toEqual([
      [JAN, 50, 50, 0],
      [FEB, 958, 900, 58],
    ]);
  });
});

describe('TA.FACTCCR and TA.LOSTTOMIX', () => {
  it('shows the masters’ 100 hours full in February', () => {
    expect(
      factCcr(all.dates, all.products, all.quantities, table.names, table.time, [[100]])
    ).toEqual([
      [JAN, 5, 100, 0.05],
      [FEB, 100, 100, 1],
    ]);
  });

  it('loses 20 of T in February: 20 master hours went to 9 an hour instead of 10', () => {
    expect(
      lostToMix(
        all.dates,
        all.products,
        all.quantities,
        table.names,
        table.price,
        table.tvc,
        table.time,
        table.demand
      )
    ).toEqual([
      [JAN, 5, 50, 50, 0],
      [FEB, 100, 960, 940, 20],
    ]);
  });

  it('refuses a capacity of 0', () => {
    expect(
      excelErrorOf(() =>
        factCcr(all.dates, all.products, all.quantities, table.names, table.time, [[0]])
      ).message
    ).toBe('capacity must be > 0 (got 0)');
  });
});

describe('TA.PLANFACT', () => {
  const planned = column(120, 20, 50);

  it('compares February with the plan, product by product', () => {
    const rows = planFact(
      all.dates,
      all.products,
      all.quantities,
      all.amounts,
      table.names,
      table.price,
      table.tvc,
      planned,
      [[FEB]],
      [[FEB + 27]]
    );
    expect(rows).toEqual([
      [120, 80, 600, 398, -202],
      [20, 30, 360, 540, 180],
      [50, 20, 50, 20, -30],
    ]);
  });

  it('refuses a last day before the first', () => {
    const feb = logRanges(february);
    expect(
      excelErrorOf(() =>
        planFact(
          feb.dates,
          feb.products,
          feb.quantities,
          feb.amounts,
          table.names,
          table.price,
          table.tvc,
          planned,
          [[FEB + 5]],
          [[FEB]]
        )
      ).message
    ).toBe('toDate is before fromDate');
  });
});

describe('TA.FACTBONUS', () => {
  const thresholds = column(0, 300, 500);
  const bonuses = column(0, 20, 50);

  it('pays each master by the ladder: Anna 20 (50 short of 500), Boris 50 (top step)', () => {
    const rows = factBonus(
      all.dates,
      all.products,
      all.quantities,
      all.amounts,
      all.masters,
      table.names,
      table.tvc,
      thresholds,
      bonuses
    );
    expect(rows).toEqual([
      [JAN, 'Anna', 50, 0, 250],
      [FEB, 'Anna', 450, 20, 50],
      [FEB, 'Boris', 508, 50, ''],
    ]);
  });

  it('names a ladder step given twice and a log where no sale names a seller', () => {
    expect(
      excelErrorOf(() =>
        factBonus(
          all.dates,
          all.products,
          all.quantities,
          all.amounts,
          all.masters,
          table.names,
          table.tvc,
          column(0, 300, 300),
          bonuses
        )
      ).message
    ).toBe('thresholds, row 3: the same value appears on an earlier row');
    const nobody = all.masters.map(() => ['']);
    expect(
      excelErrorOf(() =>
        factBonus(
          all.dates,
          all.products,
          all.quantities,
          all.amounts,
          nobody,
          table.names,
          table.tvc,
          thresholds,
          bonuses
        )
      )
    ).toEqual({
      code: '#N/A',
      message: 'sellers: no sale names a seller',
    });
  });
});
