/**
 * Properties of the fact side over random products and random logs: sums by period and by group
 * add up to the whole, and the T lost to the mix is 0 when the log follows the ranking and never
 * below 0. Amounts and quantities are whole numbers, so every sum is exact.
 */
import fc from 'fast-check';
import { rankProducts, type ProductTable } from '../../../src/core';
import {
  ccrUtilisation,
  netProfitByPeriod,
  PERIOD_KINDS,
  readSalesLog,
  serialOfDate,
  throughputByGroup,
  throughputByPeriod,
  throughputLostToMix,
  totalThroughputOf,
  type SalesLog,
} from '../../../src/core/fact';

const TIMES = [0, 0.25, 0.5, 1, 1.5, 2, 3];

const productsArb = fc
  .array(
    fc.record({
      price: fc.integer({ min: 0, max: 100 }),
      tvcShare: fc.integer({ min: 0, max: 120 }),
      time: fc.constantFrom(...TIMES),
      demand: fc.integer({ min: 0, max: 40 }),
    }),
    { minLength: 1, maxLength: 8 }
  )
  .map((rows): ProductTable => ({
    count: rows.length,
    names: rows.map((_, i) => `Product ${i + 1}`),
    price: Float64Array.from(rows, (r) => r.price),
    tvc: Float64Array.from(rows, (r) => Math.floor((r.price * r.tvcShare) / 100)),
    demand: Float64Array.from(rows, (r) => r.demand),
    minimum: new Float64Array(rows.length),
    usage: [Float64Array.from(rows, (r) => r.time)],
  }));

type RawSale = { day: number; product: number; quantity: number; discount: number; seller: number };

const FIRST_DAY = serialOfDate(2025, 11, 1);

const saleArb = fc.record({
  day: fc.integer({ min: 0, max: 150 }),
  product: fc.nat(),
  quantity: fc.integer({ min: -1, max: 6 }),
  discount: fc.integer({ min: 0, max: 5 }),
  seller: fc.integer({ min: 0, max: 3 }),
});

const SELLERS = ['Anna', 'Boris', 'Vera', ''];

function logOf(table: ProductTable, sales: readonly RawSale[]): SalesLog {
  const outcome = readSalesLog(
    {
      dates: sales.map((s) => FIRST_DAY + s.day + 0.25),
      products: sales.map((s) => table.names[s.product % table.count] as string),
      quantities: sales.map((s) => s.quantity),
      amounts: sales.map(
        (s) => s.quantity * (table.price[s.product % table.count] as number) - s.discount
      ),
      groups: sales.map((s) => SELLERS[s.seller] as string),
    },
    table
  );
  if (outcome.status !== 'log') throw new Error(JSON.stringify(outcome));
  return outcome.log;
}

const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

describe('sums of the sales log', () => {
  it('T by period, in every kind of period, adds up to T of the whole log', () => {
    fc.assert(
      fc.property(
        productsArb,
        fc.array(saleArb, { minLength: 1, maxLength: 60 }),
        fc.constantFrom(...PERIOD_KINDS),
        (table, sales, kind) => {
          const log = logOf(table, sales);
          const byPeriod = throughputByPeriod(log, kind);
          if (byPeriod.status !== 'periods') throw new Error(byPeriod.status);
          expect(sum(byPeriod.throughput)).toBe(totalThroughputOf(log));
          expect(sum(byPeriod.revenue)).toBe(sum(log.amount));
        }
      )
    );
  });

  it('T by group adds up to T of each period and of the whole log', () => {
    fc.assert(
      fc.property(
        productsArb,
        fc.array(saleArb, { minLength: 1, maxLength: 60 }),
        fc.constantFrom(...PERIOD_KINDS),
        (table, sales, kind) => {
          const log = logOf(table, sales);
          const byPeriod = throughputByPeriod(log, kind);
          const byGroup = throughputByGroup(log, kind);
          if (byPeriod.status !== 'periods' || byGroup.status !== 'groups') throw new Error();
          expect(sum(byGroup.throughput)).toBe(totalThroughputOf(log));
          byPeriod.start.forEach((start, p) => {
            const groups = Array.from(byGroup.throughput).filter(
              (_, k) => byGroup.start[k] === start
            );
            expect(sum(groups)).toBe(byPeriod.throughput[p]);
          });
        }
      )
    );
  });

  it('CCR hours by period add up to the hours of every sale (a refund gives none back), and NP = T − OE in every period', () => {
    fc.assert(
      fc.property(
        productsArb,
        fc.array(saleArb, { minLength: 1, maxLength: 60 }),
        (table, sales) => {
          const log = logOf(table, sales);
          const use = ccrUtilisation(log, 0, 100, 'month');
          const np = netProfitByPeriod(log, 'month', { kind: 'perPeriod', amount: 30 });
          if (use.status !== 'periods' || np.status !== 'periods') throw new Error();
          const time = table.usage[0] as Float64Array;
          const hours = Array.from(
            log.quantity,
            (q, s) => Math.max(0, q) * (time[log.product[s] as number] as number)
          );
          expect(sum(use.hours)).toBeCloseTo(sum(hours), 9);
          np.netProfit.forEach((value, p) => expect(value).toBe((np.throughput[p] as number) - 30));
        }
      )
    );
  });
});

/** A month of sales that goes down the ranking: every product above the last one sold reaches its demand. */
const followingArb = productsArb.chain((table) => {
  const ranking = rankProducts(table, 0);
  const constrained = Array.from(ranking.order.subarray(ranking.unconstrained, ranking.earning));
  return fc
    .record({
      cut: fc.integer({ min: 0, max: constrained.length }),
      lastShare: fc.integer({ min: 0, max: 100 }),
      extras: fc.array(fc.integer({ min: 0, max: 3 }), {
        minLength: table.count,
        maxLength: table.count,
      }),
      free: fc.array(fc.integer({ min: 0, max: 9 }), {
        minLength: table.count,
        maxLength: table.count,
      }),
      splits: fc.array(fc.integer({ min: 1, max: 4 }), {
        minLength: table.count,
        maxLength: table.count,
      }),
    })
    .map(({ cut, lastShare, extras, free, splits }) => {
      const quantity = new Array<number>(table.count).fill(0);
      constrained.forEach((i, k) => {
        const demand = table.demand[i] as number;
        if (k < cut) quantity[i] = demand + (extras[i] as number);
        else if (k === cut) quantity[i] = Math.floor((demand * lastShare) / 100);
      });
      // Products that take no CCR time sell whatever they sell: they use none of the hours.
      for (let i = 0; i < table.count; i++) {
        if ((table.usage[0] as Float64Array)[i] === 0) quantity[i] = free[i] as number;
      }
      const sales: RawSale[] = [];
      quantity.forEach((q, product) => {
        const parts = splits[product] as number;
        for (let p = 0; p < parts; p++) {
          const share = Math.floor(q / parts) + (p < q % parts ? 1 : 0);
          if (share > 0)
            sales.push({
              day: 31 + ((product * 7 + p * 3) % 30),
              product,
              quantity: share,
              discount: 0,
              seller: p % 3,
            });
        }
      });
      return { table, sales };
    });
});

describe('T lost to the mix', () => {
  it('is 0 when the log follows the plan’s ranking', () => {
    fc.assert(
      fc.property(followingArb, ({ table, sales }) => {
        fc.pre(sales.length > 0);
        const loss = throughputLostToMix(logOf(table, sales), 0, 'month');
        if (loss.status !== 'periods') throw new Error(loss.status);
        expect([...loss.lost]).toEqual(Array.from(loss.lost, () => 0));
      })
    );
  });

  it('is never below 0, the CCR full or not, sales above demand included', () => {
    fc.assert(
      fc.property(
        productsArb,
        fc.array(saleArb, { minLength: 1, maxLength: 80 }),
        (table, sales) => {
          const log = logOf(table, sales);
          const loss = throughputLostToMix(log, 0, 'month');
          if (loss.status !== 'periods') throw new Error(loss.status);
          loss.lost.forEach((lost) => expect(lost).toBeGreaterThanOrEqual(0));
        }
      )
    );
  });

  it('is never below 0 in a month the CCR was full', () => {
    fc.assert(
      fc.property(
        productsArb,
        fc.array(saleArb, { minLength: 1, maxLength: 80 }),
        (table, sales) => {
          const log = logOf(table, sales);
          const loss = throughputLostToMix(log, 0, 'month');
          if (loss.status !== 'periods') throw new Error(loss.status);
          loss.hours.forEach((hours, p) => {
            fc.pre(hours > 0);
            // The CCR had exactly the hours the month's sales used: it was full.
            const use = ccrUtilisation(log, 0, hours, 'month');
            if (use.status !== 'periods') throw new Error(use.status);
            expect(use.utilisation[p]).toBeCloseTo(1, 12);
            expect(loss.lost[p]).toBeGreaterThanOrEqual(0);
          });
        }
      )
    );
  });

  it('beats a whole-unit mix the greedy whole-unit fill would miss (a fraction of a unit fills the hours)', () => {
    // A earns 60 in 6 h (10/h, demand 1), B 45 in 5 h (9/h, demand 2). Selling 2 B uses 10 h for
    // 90; whole-unit greedy takes 1 A and no B (60). The fractional fill: A (6 h, 60) + 0.8 B
    // (4 h, 36) = 96, so the loss is 6, never −30.
    const table: ProductTable = {
      count: 2,
      names: ['A', 'B'],
      price: Float64Array.from([60, 45]),
      tvc: new Float64Array(2),
      demand: Float64Array.from([1, 2]),
      minimum: new Float64Array(2),
      usage: [Float64Array.from([6, 5])],
    };
    const loss = throughputLostToMix(
      logOf(table, [{ day: 40, product: 1, quantity: 2, discount: 0, seller: 0 }]),
      0,
      'month'
    );
    if (loss.status !== 'periods') throw new Error(loss.status);
    expect([...loss.rankingThroughput]).toEqual([96]);
    expect([...loss.lost]).toEqual([6]);
  });
});
