/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.THROUGHPUT, TA.TPERCCR, TA.CCRRANK, TA.TOTALT and TA.TPAR: throughput per product and the
 * ranking by throughput per hour of the capacity-constrained resource (CCR). The JSDoc of each
 * function is its Excel help (Insert Function dialog), generated into functions.json.
 */
import {
  rankProducts,
  singleResourceTable,
  throughputAccountingRatio,
  throughputPerConstraintUnit,
  throughputPerUnit,
  totalThroughput,
} from '../core';
import { numberColumn, positiveValue } from './arguments';
import { divisionByZero, finiteOrError, finiteOrThrow } from './excelErrors';
import { productColumns, readConstrained, readPriceTvc } from './productArguments';
import { spill, spillNumbers, type ResultCell } from './results';

/**
 * Throughput per unit (T = price − totally variable cost) for each product. Example: =TA.THROUGHPUT(B2:B10, C2:C10), or =TA.THROUGHPUT(B2:B10; C2:C10) where ; separates arguments.
 * @customfunction THROUGHPUT
 * @param price Selling price per unit, money; one column (or row) of products, e.g. B2:B10.
 * @param tvc Totally variable cost per unit (materials, piece rate, per-sale tax), money; same size as price.
 * @returns T per unit for each product, spilled beside the input.
 */
export function throughput(price: any[][], tvc: any[][]): any[][] {
  const columns = readPriceTvc(price, tvc);
  const t = Array.from(columns.price, (p, i) => throughputPerUnit(p, columns.tvc[i] as number));
  return spillNumbers(t, columns.orientation);
}

/**
 * Throughput per CCR hour, (price − TVC) ÷ CCR time per unit, for each product; #DIV/0! where a product takes no CCR time. Example: =TA.TPERCCR(B2:B10, C2:C10, D2:D10) or =TA.TPERCCR(B2:B10; C2:C10; D2:D10).
 * @customfunction TPERCCR
 * @param price Selling price per unit, money; one column (or row) of products.
 * @param tvc Totally variable cost per unit, money; same size as price.
 * @param ccrTime Time one unit takes on the capacity-constrained resource (CCR), in hours (or the unit you use for capacity); same size as price.
 * @returns T per CCR hour for each product, spilled beside the input.
 */
export function tPerCcr(price: any[][], tvc: any[][], ccrTime: any[][]): any[][] {
  const { price: p, tvc: c, ccrTime: time, orientation } = readConstrained(price, tvc, ccrTime);
  const rates: ResultCell[] = Array.from(p, (pi, i) => {
    const rate = throughputPerConstraintUnit(pi, c[i] as number, time[i] as number);
    return rate === null ? divisionByZero() : finiteOrError(rate);
  });
  return spill(rates, orientation);
}

/**
 * Selling order of each product by throughput per CCR hour: 1 = sell first. Products that take no CCR time come first; products that earn nothing come last; ties keep row order. Example: =TA.CCRRANK(B2:B10, C2:C10, D2:D10) or =TA.CCRRANK(B2:B10; C2:C10; D2:D10).
 * @customfunction CCRRANK
 * @param price Selling price per unit, money; one column (or row) of products.
 * @param tvc Totally variable cost per unit, money; same size as price.
 * @param ccrTime CCR hours one unit takes; same size as price.
 * @returns The rank (1, 2, 3…) of each product, spilled beside the input.
 */
export function ccrRank(price: any[][], tvc: any[][], ccrTime: any[][]): any[][] {
  const columns = readConstrained(price, tvc, ccrTime);
  const table = singleResourceTable({ ...columns, constraintTime: columns.ccrTime });
  return spillNumbers(rankProducts(table, 0).rank, columns.orientation);
}

/**
 * Total throughput of a plan, ΣT = Σ quantity × (price − TVC). Example: =TA.TOTALT(B2:B10, C2:C10, E2:E10) or =TA.TOTALT(B2:B10; C2:C10; E2:E10).
 * @customfunction TOTALT
 * @param price Selling price per unit, money; one column (or row) of products.
 * @param tvc Totally variable cost per unit, money; same size as price.
 * @param quantity Units sold (or planned) of each product; same size as price.
 * @returns ΣT, money.
 */
export function totalT(price: any[][], tvc: any[][], quantity: any[][]): number {
  const [p, c, q] = productColumns(
    numberColumn(price, 'price'),
    numberColumn(tvc, 'tvc'),
    numberColumn(quantity, 'quantity')
  );
  return finiteOrThrow(totalThroughput(q.values, p.values, c.values));
}

/**
 * Throughput accounting ratio (TPAR) of each product: return per CCR hour ÷ factory cost per CCR hour; above 1 the product earns more than the factory costs. Exam problems give output as units per hour: enter ccrTime = 1 ÷ units per hour. Example: =TA.TPAR(B2, C2, 1/4, 48000, 1600) or =TA.TPAR(B2; C2; 1/4; 48000; 1600).
 * @customfunction TPAR
 * @param price Selling price per unit, money; one value or a column (or row) of products.
 * @param tvc Totally variable cost per unit (in exams: materials only), money; same size as price.
 * @param ccrTime CCR hours per unit (1 ÷ units per hour when the problem gives a rate); same size as price.
 * @param factoryCost Total factory cost of the period (all costs except totally variable ones), money; > 0.
 * @param ccrCapacity CCR hours available in the period; > 0.
 * @returns TPAR of each product; #DIV/0! where a product takes no CCR time.
 */
export function tpar(
  price: any[][],
  tvc: any[][],
  ccrTime: any[][],
  factoryCost: any[][],
  ccrCapacity: any[][]
): any[][] {
  const { price: p, tvc: c, ccrTime: time, orientation } = readConstrained(price, tvc, ccrTime);
  const cost = positiveValue(factoryCost, 'factoryCost');
  const hours = positiveValue(ccrCapacity, 'ccrCapacity');
  const ratios: ResultCell[] = Array.from(p, (pi, i) => {
    const outcome = throughputAccountingRatio(pi, c[i] as number, time[i] as number, cost, hours);
    return outcome.status === 'ratio' ? finiteOrError(outcome.ratio) : divisionByZero();
  });
  return spill(ratios, orientation);
}
