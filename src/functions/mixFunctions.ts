/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes `any` so text reaches the parser */
/**
 * TA.MIX, TA.CCRLOAD and TA.MIXTABLE: the classic TOC product mix on one capacity-constrained
 * resource (CCR). The JSDoc of each function is its Excel help, generated into functions.json.
 */
import { planProductMix, type MixPlan, type ProductTable } from '../core';
import { isOmitted, numberColumn, numberValue, optionalBoolean, positiveValue } from './arguments';
import { oneResourceNames, planOrThrow } from './mixOutcome';
import { mixTableRows } from './mixTable';
import { MIX_TABLE_LABELS } from './mixTableLabels';
import { mixTable, productColumns, readMixColumns, type MixColumns } from './productArguments';
import { resultLanguage } from './resultLanguage';
import { spillNumbers } from './results';

type Planned = { readonly table: ProductTable; readonly plan: MixPlan; readonly capacity: number };

function plan(
  columns: MixColumns,
  capacityArg: unknown,
  operatingExpense: number | null,
  wholeUnits: boolean
): Planned {
  const capacity = positiveValue(capacityArg, 'capacity');
  const table = mixTable(columns);
  const outcome = planProductMix({
    products: table,
    resources: [{ name: 'CCR', capacity }],
    operatingExpense,
    wholeUnits,
  });
  return { table, plan: planOrThrow(outcome, oneResourceNames(columns.orientation)), capacity };
}

/**
 * Planned quantity of each product: go down the ranking by throughput per CCR hour and plan each product up to its demand while CCR hours remain; minimums are planned first. Example: =TA.MIX(B2:B10, C2:C10, D2:D10, E2:E10, 2400) or =TA.MIX(B2:B10; C2:C10; D2:D10; E2:E10; 2400).
 * @customfunction MIX
 * @param price Selling price per unit, money; one column (or row) of products.
 * @param tvc Totally variable cost per unit, money; same size as price.
 * @param ccrTime CCR hours (or minutes, as capacity) one unit takes; same size as price.
 * @param demand Units the market will take in the period; blank = 0; same size as price.
 * @param capacity CCR hours (or minutes) available in the period; > 0.
 * @param [minimum] Units that must be sold whatever they earn ("political" minimum); omitted: none.
 * @param [wholeUnits] TRUE plans whole units, FALSE allows fractions; omitted: TRUE.
 * @returns Planned quantity of each product, in input order, spilled beside the input.
 */
export function mix(
  price: any[][],
  tvc: any[][],
  ccrTime: any[][],
  demand: any[][],
  capacity: any[][],
  minimum?: any[][],
  wholeUnits?: any[][]
): any[][] {
  const columns = readMixColumns({ price, tvc, ccrTime, demand, minimum });
  const whole = optionalBoolean(wholeUnits, 'wholeUnits', true);
  const planned = plan(columns, capacity, null, whole);
  return spillNumbers(planned.plan.quantity, columns.orientation);
}

/**
 * Cumulative load of the CCR after each row, in row order: Σ quantity × CCR time ÷ capacity (1 = 100 %; above 1 the CCR is overloaded). Example: =TA.CCRLOAD(D2:D10, F2:F10, 2400) or =TA.CCRLOAD(D2:D10; F2:F10; 2400).
 * @customfunction CCRLOAD
 * @param ccrTime CCR hours (or minutes) one unit takes; one column (or row) of products.
 * @param quantity Units planned of each product; same size as ccrTime.
 * @param capacity CCR hours (or minutes) available in the period; > 0.
 * @returns The share of the CCR used up to and including each row, spilled beside the input.
 */
export function ccrLoad(ccrTime: any[][], quantity: any[][], capacity: any[][]): any[][] {
  const [time, q] = productColumns(
    numberColumn(ccrTime, 'ccrTime'),
    numberColumn(quantity, 'quantity')
  );
  const hours = positiveValue(capacity, 'capacity');
  let used = 0;
  const loads = Array.from(time.values, (t, i) => {
    used += t * (q.values[i] as number);
    return used / hours;
  });
  return spillNumbers(loads, time.orientation);
}

/**
 * The product-mix report: a header row, the products in ranking order with T per unit, T per CCR hour, demand, minimum, planned quantity, CCR time, cumulative load and T, then ΣT, OE, NP, CCR time used and left and the T lost to minimums. Example: =TA.MIXTABLE(A2:A10, B2:B10, C2:C10, D2:D10, E2:E10, 2400, , 6000) or with ; separators =TA.MIXTABLE(A2:A10; B2:B10; C2:C10; D2:D10; E2:E10; 2400; ; 6000).
 * @customfunction MIXTABLE
 * @param names Product names; one column (or row), the same size as price.
 * @param price Selling price per unit, money.
 * @param tvc Totally variable cost per unit, money.
 * @param ccrTime CCR hours (or minutes, as capacity) one unit takes.
 * @param demand Units the market will take in the period; blank = 0.
 * @param capacity CCR hours (or minutes) available in the period; > 0.
 * @param [minimum] Units that must be sold whatever they earn; omitted: none.
 * @param [operatingExpense] Operating expense (OE) of the period, money; omitted: NP is not computed.
 * @param [wholeUnits] TRUE plans whole units, FALSE allows fractions; omitted: TRUE.
 * @returns A table of 10 columns and (products + 8) rows; headers in the workbook's result language (see the README).
 */
export async function mixTableReport(
  names: any[][],
  price: any[][],
  tvc: any[][],
  ccrTime: any[][],
  demand: any[][],
  capacity: any[][],
  minimum?: any[][],
  operatingExpense?: any[][],
  wholeUnits?: any[][]
): Promise<any[][]> {
  const columns = readMixColumns({ names, price, tvc, ccrTime, demand, minimum });
  const oe = isOmitted(operatingExpense) ? null : numberValue(operatingExpense, 'operatingExpense');
  const whole = optionalBoolean(wholeUnits, 'wholeUnits', true);
  const planned = plan(columns, capacity, oe, whole);
  const labels = MIX_TABLE_LABELS[await resultLanguage()];
  return mixTableRows(planned.table, planned.plan, planned.capacity, labels);
}
