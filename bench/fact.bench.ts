/**
 * The sales log aggregated by month and seller, through the function Excel calls (TA.FACTT: the
 * cells parsed, products looked up, T of every sale, months, the group-by) against a plain
 * Map-based group-by of the same rows written the obvious way (a Date per row, a string key per
 * row, Maps of names). Both must give the same totals.
 */
import { factT } from '../src/functions/factThroughputFunctions';
import { round, sideBySide, type BenchRow } from './measure';
import { seededRandom } from './random';

const PRODUCTS = 200;
const SELLERS = 50;
// 2025-01-01 as an Excel serial; sales spread over two years.
const FIRST_DAY = 45658;

type Cells = unknown[][];

/** n sales as Excel passes the log's ranges (one inner array per row) and the products table. */
export function randomSalesLog(n: number, seed = 7) {
  const random = seededRandom(seed);
  const names = Array.from({ length: PRODUCTS }, (_, i) => `Service ${i + 1}`);
  const price = names.map(() => 500 + Math.floor(random() * 4500));
  const tvc = price.map((p) => Math.floor(p * random() * 0.6));
  const sellers = Array.from({ length: SELLERS }, (_, i) => `Master ${i + 1}`);
  const column = (make: (i: number) => unknown): Cells =>
    Array.from({ length: n }, (_, i) => [make(i)]);
  const product = Array.from({ length: n }, () => Math.floor(random() * PRODUCTS));
  const quantity = Array.from({ length: n }, () => 1 + Math.floor(random() * 3));
  return {
    dates: column((i) => FIRST_DAY + Math.floor((i / n) * 730) + 0.4),
    products: column((i) => names[product[i] as number]),
    quantities: column((i) => quantity[i]),
    amounts: column((i) => (quantity[i] as number) * (price[product[i] as number] as number)),
    sellers: column(() => sellers[Math.floor(random() * SELLERS)]),
    names: names.map((name) => [name]),
    tvc: tvc.map((value) => [value]),
  };
}

type Log = ReturnType<typeof randomSalesLog>;

/** The same totals the obvious way: Date objects, "month|seller" keys, Maps. */
export function mapGroupBy(log: Log): Map<string, number> {
  const tvcByName = new Map<string, number>();
  log.names.forEach(([name], i) => tvcByName.set(name as string, log.tvc[i]?.[0] as number));
  const totals = new Map<string, number>();
  for (let i = 0; i < log.dates.length; i++) {
    const date = new Date(((log.dates[i]?.[0] as number) - 25569) * 86400000);
    const key = `${date.getUTCFullYear()}-${date.getUTCMonth()}|${log.sellers[i]?.[0] as string}`;
    const product = log.products[i]?.[0] as string;
    const quantity = log.quantities[i]?.[0] as number;
    const t = (log.amounts[i]?.[0] as number) - quantity * (tvcByName.get(product) ?? 0);
    totals.set(key, (totals.get(key) ?? 0) + t);
  }
  return totals;
}

function ours(log: Log): unknown[][] {
  return factT(
    log.dates,
    log.products,
    log.quantities,
    log.amounts,
    log.names,
    log.tvc,
    log.sellers
  );
}

/** Ours and the Map group-by must agree on every month and seller before anything is timed. */
function checkSame(log: Log): void {
  const theirs = mapGroupBy(log);
  const rows = ours(log);
  if (rows.length !== theirs.size) throw new Error(`${rows.length} rows against ${theirs.size}`);
  let total = 0;
  for (const row of rows) total += row[3] as number;
  let expected = 0;
  for (const value of theirs.values()) expected += value;
  if (Math.abs(total - expected) > 1e-6 * Math.abs(expected)) {
    throw new Error(`ΣT ${total} against ${expected}`);
  }
}

export async function runFactBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const sizes = opts.quick ? [100_000] : [100_000, 1_000_000];
  return sizes.map((n) => {
    const log = randomSalesLog(n);
    checkSame(log);
    let sink = 0;
    const { ms, baselineMs } = sideBySide(
      n >= 1_000_000 ? 5 : 9,
      () => {
        sink += ours(log).length;
      },
      () => {
        sink += mapGroupBy(log).size;
      }
    );
    if (sink < 0) throw new Error('unreachable: keeps the work observable');
    return {
      name: 'fact: TA.FACTT by month and seller (Excel-shaped cells in) vs a Map group-by (ratio = ours ÷ Map)',
      n,
      ms: round(ms),
      baseline: 'plain Map group-by: Date per row, "month|seller" string keys',
      baselineMs: round(baselineMs),
      ratio: round(ms / baselineMs, 2),
    };
  });
}
