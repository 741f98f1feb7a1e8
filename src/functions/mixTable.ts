/**
 * The TA.MIXTABLE report as a spilled block: a header row, one row per product in ranking order,
 * a blank row, then the totals, each under the column it totals (money under T, hours under CCR
 * time). Cells that are not computed are "" so they look blank instead of 0.
 */
import type { MixPlan, ProductTable } from '../core';
import { finiteOrError } from './excelErrors';
import type { MixTableLabels } from './mixTableLabels';
import type { ResultCell } from './results';

const WIDTH = 10;
const PRODUCT = 1;
const CCR_TIME = 7;
const T = 9;

/** The report of `plan` for `products` with one resource of `capacity`. */
export function mixTableRows(
  products: ProductTable,
  plan: MixPlan,
  capacity: number,
  labels: MixTableLabels
): ResultCell[][] {
  const rows: ResultCell[][] = [[...labels.headers]];
  for (const i of plan.order) rows.push(productRow(products, plan, i));
  const used = plan.used[0] as number;
  const oe = plan.operatingExpense;
  rows.push(totalRow('', T, ''));
  rows.push(totalRow(labels.totalThroughput, T, plan.throughput));
  rows.push(totalRow(labels.operatingExpense, T, oe ?? ''));
  rows.push(totalRow(labels.netProfit, T, plan.netProfit ?? ''));
  rows.push(totalRow(labels.ccrUsed, CCR_TIME, used));
  rows.push(totalRow(labels.ccrLeft, CCR_TIME, Math.max(0, capacity - used)));
  rows.push(totalRow(labels.lostToMinimums, T, plan.lostToMinimums));
  return rows;
}

function cell(value: number | string): ResultCell {
  return typeof value === 'number' ? finiteOrError(value) : value;
}

function productRow(products: ProductTable, plan: MixPlan, i: number): ResultCell[] {
  const t = (products.price[i] as number) - (products.tvc[i] as number);
  const time = (products.usage[0] as Float64Array)[i] as number;
  const quantity = plan.quantity[i] as number;
  // A product that takes no CCR time has no rate per CCR hour: blank, not a huge number.
  const rate = time === 0 ? '' : t / time;
  return [
    plan.rank[i] as number,
    products.names[i] as string,
    t,
    rate,
    products.demand[i] as number,
    products.minimum[i] as number,
    quantity,
    quantity * time,
    plan.rankingResource === null ? '' : (plan.cumulativeLoad[i] as number),
    quantity * t,
  ].map(cell);
}

function totalRow(label: string, column: number, value: number | string): ResultCell[] {
  const row: ResultCell[] = new Array<ResultCell>(WIDTH).fill('');
  row[PRODUCT] = label;
  row[column] = cell(value);
  return row;
}
