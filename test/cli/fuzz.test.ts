import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/ta';
import { fuzzFile, fuzzOptions, type FuzzFile, type FuzzOptions } from './fuzzProblems';
import { brokenRule } from './planInvariants';

/**
 * `ta plan` on generated problem files, in this process (a spawn per file would take minutes).
 * Deterministic by default; FUZZ_SEED and FUZZ_RUNS replay or widen a run:
 *   FUZZ_SEED=42 FUZZ_RUNS=20000 npx jest test/cli/fuzz
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261129);
// 1,000 files a run: 600 planned by the greedy method, 400 by the exact one (HiGHS costs more).
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const file = join(mkdtempSync(join(tmpdir(), 'ta-fuzz-')), 'problem.json');

function argv(options: FuzzOptions, document: unknown): string[] {
  const args = ['plan', file, `--method=${options.method}`, `--lang=${options.lang}`];
  if (options.fractional) args.push('--fractional');
  if (options.table) args.push('--table');
  let rankBy = options.rankBy;
  if (typeof rankBy === 'number') {
    const resources = (document as { resources?: { name?: unknown }[] } | null)?.resources;
    const name = Array.isArray(resources)
      ? resources[rankBy % Math.max(1, resources.length)]?.name
      : undefined;
    rankBy = typeof name === 'string' ? name : null;
  }
  if (rankBy !== null) args.push('--rank-by', rankBy);
  return args;
}

function parsed(bytes: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

function namesIn(document: unknown): string[] {
  const lists = document as { products?: unknown; resources?: unknown } | null;
  return [lists?.products, lists?.resources]
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((item) => (item as { name?: unknown } | null)?.name)
    .filter((name): name is string => typeof name === 'string' && name !== '');
}

/** The first rule one run breaks, or `null`. */
async function check({ bytes }: FuzzFile, options: FuzzOptions): Promise<string | null> {
  writeFileSync(file, bytes);
  const document = parsed(bytes);
  let out = '';
  let err = '';
  const code = await main(argv(options, document), {
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  if (![0, 1, 2].includes(code)) return `exit code ${code}`;
  if (err.includes('\n') || err.length > 300)
    return `stderr not one short line: ${err.slice(0, 400)}`;
  if ((code === 2) !== (err !== '')) return `exit ${code} with stderr "${err}"`;
  if (code === 2) return out === '' ? null : 'stdout written on exit 2';
  if (options.table) {
    // A name may be "Infinity" (a broken field's value): only the table's own words count.
    const words = namesIn(document).reduce((text, name) => text.split(name).join(''), out);
    return /NaN|Infinity|null|undefined/.test(words) ? `table shows ${out}` : null;
  }
  const report = JSON.parse(out) as Record<string, unknown>;
  if (code === 1) {
    const message = report.message;
    return typeof message === 'string' && !message.includes('\n') && message.length <= 300
      ? null
      : `no-plan message ${String(message)}`;
  }
  return brokenRule(report, document as Record<string, unknown>, options.method === 'optimal');
}

async function fuzz(method: FuzzOptions['method'], numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fuzzFile, fuzzOptions(method), async (generated, options) => {
      const broken = await check(generated, options);
      if (broken !== null) throw new Error(broken);
    }),
    { seed, numRuns }
  );
}

describe('ta plan on generated problem files (fuzz)', () => {
  it(`answers every file with exit 0, 1 or 2, one short stderr line and a consistent greedy plan (${Math.round(runs * 0.6)} files)`, async () => {
    await fuzz('greedy', Math.round(runs * 0.6));
  });

  it(`answers every file the same way with --method optimal (${Math.round(runs * 0.4)} files)`, async () => {
    await fuzz('optimal', Math.round(runs * 0.4));
  });
});
