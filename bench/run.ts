import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCoreBench } from './core.bench';
import type { BenchRow } from './measure';

type Suite = { readonly name: string; readonly module: string; readonly run: string };

// Suites written in their own modules; each is optional so one missing file never hides the rest.
const SUITES: readonly Suite[] = [
  { name: 'optimisation', module: './optimization.bench', run: 'runOptimizationBench' },
  { name: 'wholeunits', module: './wholeUnits.bench', run: 'runWholeUnitBench' },
  { name: 'coldstart', module: './coldStart.bench', run: 'runColdStartBench' },
  { name: 'spreadsheet', module: './spreadsheet.bench', run: 'runSpreadsheetBench' },
  { name: 'cli', module: './cli.bench', run: 'runCliBench' },
  { name: 'pane', module: './pane.bench', run: 'runPaneBench' },
  { name: 'fact', module: './fact.bench', run: 'runFactBench' },
];

function print(rows: readonly BenchRow[]): void {
  for (const row of rows) {
    process.stdout.write(
      `${row.name}\n  n=${row.n}: ${row.ms} ms vs ${row.baseline} ${row.baselineMs} ms → ratio ${row.ratio}` +
        (row.cpuMs === undefined ? '\n' : ` (CPU ${row.cpuMs} ms vs ${row.baselineCpuMs} ms)\n`)
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const rows: BenchRow[] = [];
  if (!only || only === 'core') {
    const core = runCoreBench({ quick });
    print(core);
    rows.push(...core);
  }
  for (const suite of SUITES) {
    if (only && only !== suite.name) continue;
    const file = join(__dirname, `${suite.module}.js`);
    if (!existsSync(file)) continue;
    const module = (await import(file)) as Record<
      string,
      (o: { quick: boolean }) => Promise<BenchRow[]>
    >;
    const result = await (module[suite.run] as (o: { quick: boolean }) => Promise<BenchRow[]>)({
      quick,
    });
    print(result);
    rows.push(...result);
  }
  const target = join(
    __dirname,
    '..',
    '..',
    'bench',
    quick ? 'results.local.json' : 'results.json'
  );
  const previous: BenchRow[] =
    existsSync(target) && !only
      ? []
      : existsSync(target)
        ? JSON.parse(readFileSync(target, 'utf8'))
        : [];
  const kept = previous.filter((row) => !rows.some((r) => r.name === row.name && r.n === row.n));
  writeFileSync(target, `${JSON.stringify([...kept, ...rows], null, 2)}\n`);
  process.stdout.write(`wrote ${rows.length} rows to ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
