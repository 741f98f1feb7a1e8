import fc from 'fast-check';
import { rankProducts, singleResourceTable } from '../../src/core';
import { sortRowsDescending } from '../../src/core/sortDescending';

const table = (price: number[], tvc: number[], time: number[]) =>
  singleResourceTable({ price, tvc, constraintTime: time });

describe('rankProducts', () => {
  it('ranks by throughput per constraint minute, not per unit (P before Q)', () => {
    expect(Array.from(rankProducts(table([90, 100], [45, 40], [15, 30]), 0).rank)).toEqual([1, 2]);
  });

  it('puts products that take no constraint time first', () => {
    const { order } = rankProducts(table([90, 10], [45, 5], [15, 0]), 0);
    expect(Array.from(order)).toEqual([1, 0]);
  });

  it('puts products that earn nothing or lose money last, least loss first', () => {
    const { order } = rankProducts(table([5, 90, 1, 10], [10, 45, 1, 12], [1, 15, 1, 1]), 0);
    expect(Array.from(order)).toEqual([1, 2, 3, 0]);
  });

  it('breaks ties by input order', () => {
    const { order } = rankProducts(table([2, 4, 6], [0, 0, 0], [1, 2, 3]), 0);
    expect(Array.from(order)).toEqual([0, 1, 2]);
  });

  it('treats rates that differ only by floating-point noise as a tie (0.1 + 0.2 against 0.3)', () => {
    const { order } = rankProducts(table([0.3, 0.1 + 0.2], [0, 0], [1, 1]), 0);
    expect(Array.from(order)).toEqual([0, 1]);
    const reversed = rankProducts(table([0.1 + 0.2, 0.3], [0, 0], [1, 1]), 0);
    expect(Array.from(reversed.order)).toEqual([0, 1]);
  });

  it('ranks by throughput per unit when there is no constraint resource', () => {
    const { order } = rankProducts(table([10, 30, 20], [0, 0, 0], [1, 1, 1]), null);
    expect(Array.from(order)).toEqual([1, 2, 0]);
  });
});

describe('sortRowsDescending', () => {
  const key = (values: number[]) => Float64Array.from(values);
  const reference = (keys: Float64Array) =>
    Array.from(keys.keys()).sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);

  it('sorts large inputs with the radix path exactly as a stable comparison sort does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
            fc.integer({ min: -5, max: 5 })
          ),
          {
            minLength: 2048,
            maxLength: 4000,
          }
        ),
        (values) => {
          const keys = key(values.map((v) => Math.round(v * 64) / 64));
          const rows = Uint32Array.from(keys.keys());
          expect(Array.from(sortRowsDescending(rows, keys))).toEqual(reference(keys));
        }
      ),
      { numRuns: 15 }
    );
  });

  it('orders negative, zero and positive keys, and −0 ties with +0', () => {
    const keys = key([-1, 0, 2, -0, -3.5, 1e300, -1e300]);
    expect(Array.from(sortRowsDescending(Uint32Array.from(keys.keys()), keys))).toEqual([
      5, 2, 1, 3, 0, 4, 6,
    ]);
  });
});
