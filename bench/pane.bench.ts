/**
 * The pane's preview update when the owner types into an input (a capacity, OE): the table was
 * read once, so the update re-plans from the read table (plan + constraint + the preview's rows).
 * Side by side with the path that parses the sheet's values again before planning. Goal: < 200 ms
 * at 10,000 products (the preview lists 50 rows whatever the table's size).
 */
import type { ColumnMapping } from '../src/workbook/columnMapping';
import type { CellKind, CellValue, SourceData } from '../src/workbook/gateway';
import { numberSettingsOf } from '../src/workbook/typedNumber';
import { computeMix, planTable, readTable } from '../src/taskpane/mixModel';
import { initialInputs, type PlanInputs } from '../src/taskpane/planInputs';
import { round, sideBySide, type BenchRow } from './measure';
import { seededRandom } from './random';

const HEADERS = ['Product', 'Price', 'TVC', 'Time: Master, h', 'Demand'];
const MAPPING: ColumnMapping = {
  name: 'Product',
  price: 'Price',
  tvc: 'TVC',
  demand: 'Demand',
  minimum: null,
  resources: [{ resource: 'Master', header: 'Time: Master, h' }],
};

/** A products table of `n` rows as a gateway reads it, demand about twice the capacity. */
export function paneSource(n: number, seed = 7): { data: SourceData; capacity: number } {
  const random = seededRandom(seed);
  const rows: CellValue[][] = [];
  let load = 0;
  for (let i = 0; i < n; i++) {
    const price = 100 + Math.floor(random() * 9900);
    const time = 0.25 + Math.floor(random() * 16) / 4;
    const demand = 1 + Math.floor(random() * 60);
    load += time * demand;
    rows.push([`Product ${i + 1}`, price, Math.floor(random() * price), time, demand]);
  }
  const kinds: CellKind[][] = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? 'number' : 'string'))
  );
  const data: SourceData = {
    ref: { kind: 'table', name: 'Products' },
    address: `Products!A1:E${n + 1}`,
    label: 'Products',
    headers: HEADERS,
    rows,
    kinds,
  };
  return { data, capacity: Math.round(load / 2) };
}

export async function runPaneBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const sizes = opts.quick ? [10_000] : [2_000, 10_000];
  const settings = numberSettingsOf('en-US');
  return sizes.map((n) => {
    const { data, capacity } = paneSource(n);
    const table = readTable(data, MAPPING);
    let typed = 0;
    // Each run is a new keystroke: a capacity the plan has not seen.
    const inputs = (): PlanInputs => ({
      ...initialInputs,
      timeUnit: 'hours',
      capacities: { Master: String(capacity + (typed++ % 97)) },
      operatingExpense: '1000000',
    });
    let sink = 0;
    const check = (view: { throughput: number } | null) => {
      if (view === null) throw new Error('the bench table did not plan');
      sink += view.throughput;
    };
    const { ms, baselineMs } = sideBySide(
      opts.quick ? 5 : 9,
      () => check(planTable(table, inputs(), settings, {}).view),
      () => check(computeMix(data, MAPPING, inputs(), settings).view)
    );
    if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work observable');
    return {
      name: 'pane: preview update after an input edit (goal < 200 ms) vs re-reading the table first (ratio = ours ÷ re-read)',
      n,
      ms: round(ms),
      baseline: 'read the sheet values again, then plan',
      baselineMs: round(baselineMs),
      ratio: round(ms / baselineMs, 2),
    };
  });
}
