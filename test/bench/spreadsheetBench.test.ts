/**
 * The spreadsheet benchmark is only worth its ratio if the native formulas compute what TA.CCRRANK
 * and TA.MIX compute: these run both in HyperFormula on small tables and compare every row.
 */
import type { HyperFormula } from 'hyperformula';
import { assertIdentical } from '../../bench/spreadsheet.bench';
import {
  NATIVE_COLUMN,
  OURS_COLUMN,
  addNativePlan,
  buildNative,
  buildOurs,
  randomProducts,
  resultColumn,
  setPrice,
  type Products,
  type RankFormula,
} from '../../bench/spreadsheetModels';

const RANK_FORMULAS: RankFormula[] = ['countif', 'sumproduct', 'sort'];

function ranksAndQuantities(products: Products, rank: RankFormula) {
  const n = products.rows.length;
  const native = buildNative(products, rank);
  const nativeRanks = resultColumn(native, n, NATIVE_COLUMN.rank);
  addNativePlan(native, n, rank);
  return {
    native,
    ours: { rank: buildOurs(products, 'rank'), mix: buildOurs(products, 'mix') },
    nativeRanks,
    nativeQuantities: resultColumn(native, n, NATIVE_COLUMN.mix),
  };
}

const column = (hf: HyperFormula, n: number) => resultColumn(hf, n, OURS_COLUMN);

describe.each(RANK_FORMULAS)('native formulas with the %s rank', (rank) => {
  it('rank 50 random products exactly as TA.CCRRANK does', () => {
    const products = randomProducts(50, 11);
    const { ours, nativeRanks } = ranksAndQuantities(products, rank);
    const ranks = column(ours.rank, 50);
    expect(new Set(ranks)).toEqual(new Set(Array.from({ length: 50 }, (_, i) => i + 1)));
    expect(nativeRanks).toEqual(ranks);
  });

  it('plan the same whole units as TA.MIX, and stop where the CCR runs out', () => {
    const products = randomProducts(50, 11);
    const { ours, nativeQuantities } = ranksAndQuantities(products, rank);
    const quantities = column(ours.mix, 50) as number[];
    expect(nativeQuantities).toEqual(quantities);
    const used = quantities.reduce((sum, q, i) => sum + q * (products.rows[i]?.hours ?? 0), 0);
    expect(used).toBeLessThanOrEqual(products.capacity);
    expect(quantities.filter((q) => q === 0).length).toBeGreaterThan(0);
  });

  it('still agree after a price edit moves a product to the top', () => {
    const products = randomProducts(50, 3);
    const { native, ours } = ranksAndQuantities(products, rank);
    for (const hf of [native, ours.rank, ours.mix]) setPrice(hf, 0, 1e6);
    expect(column(ours.rank, 50)[0]).toBe(1);
    expect(resultColumn(native, 50, NATIVE_COLUMN.rank)).toEqual(column(ours.rank, 50));
    expect(resultColumn(native, 50, NATIVE_COLUMN.mix)).toEqual(column(ours.mix, 50));
  });

  it('break ties by row order and fill leftover hours with a later, shorter product', () => {
    // T per CCR hour: 10, 10 (tie), 5, 25. Capacity 7: P4 takes 4 h, P1 one unit (2 h),
    // P2 none (1 h left < 2 h), P3 one unit in the last hour.
    const products: Products = {
      capacity: 7,
      rows: [
        { price: 30, tvc: 10, hours: 2, demand: 2 },
        { price: 30, tvc: 10, hours: 2, demand: 5 },
        { price: 15, tvc: 10, hours: 1, demand: 10 },
        { price: 100, tvc: 0, hours: 4, demand: 1 },
      ],
    };
    const { ours, nativeRanks, nativeQuantities } = ranksAndQuantities(products, rank);
    expect(column(ours.rank, 4)).toEqual([2, 3, 4, 1]);
    expect(nativeRanks).toEqual([2, 3, 4, 1]);
    expect(column(ours.mix, 4)).toEqual([1, 0, 1, 1]);
    expect(nativeQuantities).toEqual([1, 0, 1, 1]);
  });
});

it('fails loudly when the two models disagree', () => {
  expect(() => assertIdentical('check', [1, 2, 3], [1, 2, 4])).toThrow(/product 3: 3 vs 4/);
  expect(() => assertIdentical('check', [1, 2], [1, 2, 3])).toThrow(/disagree/);
  expect(() => assertIdentical('check', ['#VALUE!'], ['#VALUE!'])).toThrow(/product 1/);
  expect(() => assertIdentical('check', [1, 2], [1, 2])).not.toThrow();
});
