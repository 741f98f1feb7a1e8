import {
  ccrRank,
  throughput,
  totalT,
  tPerCcr,
  tpar,
} from '../../src/functions/throughputFunctions';
import { cellCode, column, excelErrorOf, firstColumn } from './excel';

// P&Q (Goldratt): P 90/45, 15 min of B; Q 100/40, 30 min of B.
const price = column(90, 100);
const tvc = column(45, 40);
const time = column(15, 30);

describe('TA.THROUGHPUT', () => {
  it('gives T = price − TVC per row: the salon haircut earns 10 − 5 = 5', () => {
    expect(throughput(column(10), column(5))).toEqual([[5]]);
    expect(firstColumn(throughput(price, tvc))).toEqual([45, 60]);
  });

  it('gives a negative T where the price is below TVC (it is not an input error)', () => {
    expect(throughput(column(4), column(5))).toEqual([[-1]]);
  });
});

describe('TA.TPERCCR', () => {
  it('ranks P above Q per minute of B although Q earns more per unit', () => {
    expect(firstColumn(tPerCcr(price, tvc, time))).toEqual([3, 2]);
  });

  it('puts #DIV/0! in the cell of a product that takes no CCR time, and values elsewhere', () => {
    const result = tPerCcr(column(10, 10), column(5, 5), column(0, 2));
    expect(cellCode(result[0]?.[0])).toBe('#DIV/0!');
    expect(result[1]?.[0]).toBe(2.5);
  });
});

describe('TA.CCRRANK', () => {
  it('ranks P first and Q second on P&Q', () => {
    expect(firstColumn(ccrRank(price, tvc, time))).toEqual([1, 2]);
  });

  it('breaks ties by input order and puts products without CCR time first, losers last', () => {
    const ranks = firstColumn(
      ccrRank(column(10, 10, 3, 20, 9), column(5, 5, 1, 5, 10), column(1, 1, 0, 1, 1))
    );
    // T/h: 5, 5, (no time), 15, loses money.
    expect(ranks).toEqual([3, 4, 1, 2, 5]);
  });

  it('treats T per hour equal up to float noise as a tie', () => {
    // 0.3 / 1 and (0.1 + 0.2) / 1 differ in the last bit only.
    const ranks = firstColumn(ccrRank(column(0.3, 0.1 + 0.2), column(0, 0), column(1, 1)));
    expect(ranks).toEqual([1, 2]);
  });
});

describe('TA.TOTALT', () => {
  it('gives ΣT 50 for ten salon haircuts and 6300 for the P&Q plan 100 P, 30 Q', () => {
    expect(totalT(column(10), column(5), column(10))).toBe(50);
    expect(totalT(price, tvc, column(100, 30))).toBe(6300);
  });

  it('checks quantity has as many rows as price', () => {
    expect(excelErrorOf(() => totalT(price, tvc, column(100))).message).toBe(
      'price has 2 rows, quantity has 1: give ranges of the same size'
    );
  });
});

describe('TA.TPAR', () => {
  it('divides return per CCR hour by factory cost per CCR hour (exam rate: 4 units an hour)', () => {
    // Return per hour (60 − 20) ÷ 0.25 = 160; cost per hour 48,000 ÷ 1,600 = 30; TPAR 5.33.
    const ratio = tpar(column(60), column(20), column(1 / 4), [[48000]], [[1600]])[0]?.[0];
    expect(ratio).toBeCloseTo(160 / 30, 12);
  });

  it('gives #DIV/0! for a product without CCR time and #VALUE! for a zero factory cost', () => {
    expect(cellCode(tpar(column(60), column(20), column(0), [[48000]], [[1600]])[0]?.[0])).toBe(
      '#DIV/0!'
    );
    const error = excelErrorOf(() => tpar(column(60), column(20), column(1), [[0]], [[1600]]));
    expect(error).toEqual({ code: '#VALUE!', message: 'factoryCost must be > 0 (got 0)' });
  });
});
