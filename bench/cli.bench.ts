import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/ta';
import { round, type BenchRow } from './measure';
import { seededRandom } from './random';

/** Resources one product takes time on: a workshop's routing touches a few of many machines. */
const RESOURCES_PER_PRODUCT = 10;

/**
 * A problem file of n products over `resources` resources, each product on 10 random resources,
 * demand about twice what the busiest resources can serve (so a constraint binds).
 */
export function cliProblemFile(n: number, resources: number, seed = 1): string {
  const random = seededRandom(seed);
  const names = Array.from({ length: resources }, (_, r) => `Resource ${r + 1}`);
  const load = new Float64Array(resources);
  const products = Array.from({ length: n }, (_, i) => {
    const usage: Record<string, number> = {};
    const demand = 1 + Math.floor(random() * 200);
    for (let k = 0; k < RESOURCES_PER_PRODUCT; k++) {
      const r = Math.floor(random() * resources);
      const time = 0.25 + Math.floor(random() * 40) / 4;
      usage[names[r] as string] = time;
      load[r] = (load[r] as number) + time * demand;
    }
    const price = 100 + Math.floor(random() * 9900);
    return { name: `Product ${i + 1}`, price, tvc: Math.floor(random() * price), demand, usage };
  });
  return JSON.stringify({
    operatingExpense: 1e6,
    timeUnit: 'hours',
    resources: names.map((name, r) => ({ name, capacity: Math.max(1, (load[r] as number) / 2) })),
    products,
  });
}

const sink = { out: () => undefined, err: () => undefined };

async function timeMain(argv: string[]): Promise<number> {
  const start = process.hrtime.bigint();
  const code = await main(argv, sink);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (code !== 0) throw new Error(`ta ${argv.join(' ')} exited with ${code}`);
  return ms;
}

function timeParse(file: string): number {
  const start = process.hrtime.bigint();
  JSON.parse(readFileSync(file, 'utf8'));
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * `ta plan` (greedy, JSON) in this process: read, validate, find the CCR, rank, fill, write the
 * report. Baseline: reading and JSON.parse of the same file, the floor of any reader of it.
 * Goals: 20,000 × 200 under 2 s, 20,000 × 1,000 under 5 s.
 */
export async function runCliBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'ta-bench-'));
  const rows: BenchRow[] = [];
  try {
    for (const resources of opts.quick ? [200] : [200, 1000]) {
      const n = 20_000;
      const file = join(folder, `problem-${resources}.json`);
      writeFileSync(file, cliProblemFile(n, resources));
      await timeMain(['plan', file]);
      const ours: number[] = [];
      const parse: number[] = [];
      for (let k = 0; k < 5; k++) {
        ours.push(await timeMain(['plan', file]));
        parse.push(timeParse(file));
      }
      const ms = median(ours);
      const baselineMs = median(parse);
      rows.push({
        name: `cli: ta plan, 20,000 products × ${resources} resources (10 per product) vs JSON.parse of the file (ratio = ours ÷ parse)`,
        n,
        ms: round(ms),
        baseline: 'readFileSync + JSON.parse of the same file',
        baselineMs: round(baselineMs),
        ratio: round(ms / baselineMs, 2),
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}
