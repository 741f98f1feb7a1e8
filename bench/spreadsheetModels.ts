/**
 * The two workbooks of the spreadsheet benchmark over the same products: the add-in's functions
 * (one spilled TA.CCRRANK or TA.MIX) and the native formulas an owner would write instead.
 *
 * Sheet "Products": A name, B price, C TVC, D CCR hours per unit, E demand; K1 holds the CCR's
 * capacity. The native model adds F T, G T per CCR hour, H rank and I planned quantity, and a
 * sheet "Plan" that walks the products in rank order (a sorted helper) with a running CCR time.
 */
import { HyperFormula, type ConfigParams } from 'hyperformula';
import { seededRandom } from './random';
import { registerThroughputPlugin } from './spreadsheetPlugin';

export type Product = {
  readonly price: number;
  readonly tvc: number;
  readonly hours: number;
  readonly demand: number;
};

export type Products = { readonly rows: Product[]; readonly capacity: number };

/**
 * `countif`: RANK + COUNTIF; `sumproduct`: the same rank counted by SUMPRODUCT (both compare every
 * product with every other: n²); `sort`: an expert's n log n model on a helper sheet "Order" — one
 * SORT of (T per CCR hour, product number) puts the products in rank order (a stable sort: ties
 * keep row order), a second SORT of (product number, place) by product number gives each product
 * its place back in row order.
 */
export type RankFormula = 'countif' | 'sumproduct' | 'sort';
export type Model = 'rank' | 'mix';
type Cell = string | number | null;

// GPL-3.0 licence key of HyperFormula: the benchmark runs in Node and is never shipped.
const CONFIG: Partial<ConfigParams> = { licenseKey: 'gpl-v3' };

/**
 * Every product earns (T ≥ 10 % of price) and takes CCR time (¼ h steps), so the owner's plain
 * T ÷ hours is right without IFs and the baseline is not slowed by special cases. Hours and
 * demand keep every CCR time a multiple of ⅛ h, exact in binary, so INT never meets float noise.
 * Capacity is half the time full demand needs: the CCR binds and the plan stops part-way.
 */
export function randomProducts(n: number, seed = 7): Products {
  const random = seededRandom(seed);
  let load = 0;
  const rows = Array.from({ length: n }, () => {
    const price = 100 + Math.floor(random() * 9900);
    const tvc = Math.floor(random() * price * 0.9);
    const hours = 0.25 + Math.floor(random() * 40) / 4;
    const demand = 1 + Math.floor(random() * 200);
    load += hours * demand;
    return { price, tvc, hours, demand };
  });
  return { rows, capacity: load / 2 };
}

const last = (n: number): number => n + 1;

function dataSheet(products: Products): Cell[][] {
  const header = [
    'Product',
    'Price',
    'TVC',
    'CCR hours',
    'Demand',
    null,
    null,
    null,
    null,
    'Capacity',
  ];
  return [
    [...header, products.capacity],
    ...products.rows.map((p, i) => [`Product ${i + 1}`, p.price, p.tvc, p.hours, p.demand]),
  ];
}

/**
 * Excel's RANK(G2,G$2:G$N) is 1 + COUNTIF(G$2:G$N,">"&G2); HyperFormula 3.5 has no RANK. The
 * SUMPRODUCT form counts the same; ARRAYFORMULA gives it the array evaluation Excel's has.
 */
function rankFormula(rank: RankFormula, r: number, end: number): string {
  if (rank === 'sort') return `=Order!G${r}`;
  return rank === 'countif'
    ? `=COUNTIF(G$2:G$${end},">"&G${r})+COUNTIF(G$2:G${r},G${r})`
    : `=ARRAYFORMULA(SUMPRODUCT((G$2:G$${end}>G${r})*1)+SUMPRODUCT((G$2:G${r}=G${r})*1))`;
}

/**
 * The `sort` rank's helper: A T per CCR hour, B product number; C:D = SORT(A:B, 1, −1), the
 * products in rank order; E the place; F:G = SORT(D:E, 1, 1), so G holds product i's place.
 */
function orderSheet(n: number): Cell[][] {
  const end = last(n);
  const rows: Cell[][] = [
    ['T per CCR hour', 'Product', 'Sorted', 'Product', 'Place', 'Product', 'Rank'],
  ];
  for (let i = 1; i <= n; i++) {
    const r = i + 1;
    const sorted = i === 1 ? [`=SORT(A2:B${end},1,-1)`, null] : [null, null];
    const back = i === 1 ? [`=SORT(D2:E${end},1,1)`, null] : [null, null];
    rows.push([`=Products!G${r}`, i, ...sorted, i, ...back]);
  }
  return rows;
}

/** T, T per CCR hour and the rank (ties keep row order) beside the data. */
function nativeProducts(products: Products, rank: RankFormula): Cell[][] {
  const end = last(products.rows.length);
  return dataSheet(products).map((row, i) => {
    if (i === 0) return row;
    const r = i + 1;
    return [...row, `=B${r}-C${r}`, `=F${r}/D${r}`, rankFormula(rank, r, end)];
  });
}

/**
 * Rank order as a sorted helper: place k finds its product by MATCH on the rank, takes its hours
 * and demand by INDEX, plans MAX(0, MIN(demand, INT((capacity − time used before) ÷ hours)))
 * whole units and carries the running CCR time used.
 */
function planSheet(n: number, rank: RankFormula): Cell[][] {
  const end = last(n);
  const rows: Cell[][] = [['Place', 'Row', 'CCR hours', 'Demand', 'Quantity', 'Used']];
  for (let k = 1; k <= n; k++) {
    const r = k + 1;
    const before = k === 1 ? '0' : `F${r - 1}`;
    rows.push([
      k,
      // The sort model already has the products in rank order: no search.
      rank === 'sort' ? `=Order!D${r}` : `=MATCH(A${r},Products!H$2:H$${end},0)`,
      `=INDEX(Products!D$2:D$${end},B${r})`,
      `=INDEX(Products!E$2:E$${end},B${r})`,
      `=MAX(0,MIN(D${r},INT((Products!$K$1-${before})/C${r})))`,
      `=${before}+E${r}*C${r}`,
    ]);
  }
  return rows;
}

/** The native ranking model: T, T per CCR hour and rank columns. */
export function buildNative(products: Products, rank: RankFormula): HyperFormula {
  const sheets: Record<string, Cell[][]> = { Products: nativeProducts(products, rank) };
  if (rank === 'sort') sheets.Order = orderSheet(products.rows.length);
  return HyperFormula.buildFromSheets(sheets, CONFIG);
}

/**
 * Turns the native ranking model into the native plan: the sorted helper sheet and, beside each
 * product, its planned quantity read back from its place (=INDEX(Plan!E$2:E$N,H2)).
 */
export function addNativePlan(hf: HyperFormula, n: number, rank: RankFormula): void {
  const end = last(n);
  const products = hf.getSheetId('Products') as number;
  const quantities = Array.from({ length: n }, (_, i) => [`=INDEX(Plan!E$2:E$${end},H${i + 2})`]);
  hf.batch(() => {
    hf.addSheet('Plan');
    hf.setSheetContent(hf.getSheetId('Plan') as number, planSheet(n, rank));
    hf.setCellContents({ sheet: products, col: 8, row: 1 }, quantities);
  });
}

/** One spilled formula in F2 over the same columns. */
export function buildOurs(products: Products, model: Model): HyperFormula {
  registerThroughputPlugin();
  const end = last(products.rows.length);
  const args = `B2:B${end},C2:C${end},D2:D${end}`;
  const formula = model === 'rank' ? `=TA.CCRRANK(${args})` : `=TA.MIX(${args},E2:E${end},K1)`;
  const sheet = dataSheet(products);
  sheet[1] = [...(sheet[1] as Cell[]), formula];
  return HyperFormula.buildFromSheets({ Products: sheet }, CONFIG);
}

/** The column of results: ranks (native H, ours F) or planned quantities (native I, ours F). */
export function resultColumn(hf: HyperFormula, n: number, column: number): unknown[] {
  const sheet = hf.getSheetId('Products') as number;
  const values = hf.getRangeValues({
    start: { sheet, col: column, row: 1 },
    end: { sheet, col: column, row: n },
  });
  return values.map((row) => row[0]);
}

export const NATIVE_COLUMN: Record<Model, number> = { rank: 7, mix: 8 };
export const OURS_COLUMN = 5;

/** Sets the price of product `index` (0-based) and recalculates what depends on it. */
export function setPrice(hf: HyperFormula, index: number, price: number): void {
  const sheet = hf.getSheetId('Products') as number;
  hf.setCellContents({ sheet, col: 1, row: index + 1 }, [[price]]);
}
