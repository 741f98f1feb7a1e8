#!/usr/bin/env node
// Writes the README's "Benchmarks" section from bench/results.json (`npm run docs:bench`, after a
// full `npm run bench`): every figure there is a row of that file, so the two cannot disagree.
// `--date=YYYY-MM-DD` names the day of the run (default: the file's last change).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const BEGIN = '<!-- BEGIN BENCHMARKS -->';
const END = '<!-- END BENCHMARKS -->';

const thousands = (n) => n.toLocaleString('en-US');

/** 0.42 ms, 17.6 ms, 266 ms, 1.53 s, 48.3 s. */
function time(ms) {
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(ms >= 10 ? 1 : 2)} ms`;
}

/** 0.71, 2.2, 18, 2,789 — with × when it says "times faster". */
function ratio(value, times = false) {
  const text = value >= 100 ? thousands(Math.round(value)) : value.toFixed(value >= 10 ? 0 : 2);
  return times ? `${text}×` : text;
}

/** `align`: one letter per column, l(eft) or r(ight). */
const table = (header, rows, align = 'r'.repeat(header.length)) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (align[i] === 'l' ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');

function core(rows) {
  const mine = rows.filter((r) => r.name.startsWith('core:'));
  if (mine.length === 0) return null;
  return [
    '**The greedy mix against a bare sort** (validate, find the CCR, rank, fill, cumulative load;',
    'ratio = ours ÷ `Float64Array.prototype.sort` of the same n keys, medians of 9 runs, 5 at 1M;',
    'goals ≤ 5× at 10,000 and ≤ 3× at 1,000,000):',
    '',
    table(
      ['products', 'mix', 'bare sort', 'ratio'],
      mine.map((r) => [thousands(r.n), time(r.ms), time(r.baselineMs), ratio(r.ratio)])
    ),
  ].join('\n');
}

const NATIVE = [
  [/RANK\+COUNTIF/, '`RANK`/`COUNTIF` rank (n²)'],
  [/SUMPRODUCT/, '`SUMPRODUCT` rank (n²)'],
  [/SORT/, 'two `SORT`s (n log n)'],
];

function spreadsheet(rows) {
  const mine = rows.filter((r) => r.name.startsWith('spreadsheet:'));
  if (mine.length === 0) return null;
  const cells = mine.map((r) => {
    const fn = r.name.includes('TA.MIX') ? '`TA.MIX` (plan)' : '`TA.CCRRANK` (rank)';
    const native = (NATIVE.find(([re]) => re.test(r.name)) ?? [null, r.baseline])[1];
    return [thousands(r.n), fn, native, time(r.ms), time(r.baselineMs), ratio(r.ratio, true)];
  });
  return [
    '**Custom functions against native formulas** in one spreadsheet engine (HyperFormula, full',
    'recalculation after one price edit, results checked identical; ratio = native ÷ `TA.*`; goal ≥',
    '100× at 10,000 rows against the textbook rank formulas). The `SORT` model is what an expert',
    'builds instead of the textbook ranks (one `SORT` into rank order, one back): the honest',
    'baseline for the ranking.',
    '',
    table(['products', 'function', 'native model', '`TA.*`', 'native', 'ratio'], cells, 'rllrrr'),
    '',
    'At 10,000 rows the `RANK`/`COUNTIF` model is not run: one recalculation would take an estimated',
    '5–25 min (the `SUMPRODUCT` model, 2–4× faster in HyperFormula, stands for it).',
  ].join('\n');
}

function optimisation(rows) {
  const lp = rows
    .map((r) => ({
      r,
      m: /^optimisation: (\w+), (\d+) resources, continuous — (.+?) \(ratio/.exec(r.name),
    }))
    .filter(({ m }) => m);
  const whole = rows
    .map((r) => ({
      r,
      m: /^optimisation: \w+, (\d+) resources, whole units — ours (.+?) \(ratio/.exec(r.name),
    }))
    .filter(({ m }) => m);
  const cold = rows.filter((r) => /^optimisation: first solve/.test(r.name));
  const load = rows.find((r) => r.name.startsWith('optimisation: HiGHS module load'));
  if (lp.length === 0) return null;
  const parts = [
    '**The exact optimiser against one plain HiGHS call** on the same instance (HiGHS 1.15.3 dual',
    'simplex on the whole LP, presolve off; both answers agree on ΣT to 1e-9 or the bench fails;',
    'ratio = HiGHS ÷ ours, above 1 where ours is faster; ours includes the input checks, the greedy',
    'plan beside it, the certificate and the ranges). Goals (issue 12): dense 50,000 × 20 in at most',
    'half of HiGHS and under 2 s; no shape at 100,000 × 20 above 5 s.',
    '',
    table(
      ['shape', 'products × resources', 'ours', 'solved by', 'plain HiGHS', 'ratio'],
      lp.map(({ r, m }) => [
        m[1],
        `${thousands(r.n)} × ${thousands(Number(m[2]))}`,
        time(r.ms),
        m[3].replace('HiGHS (presolve off) inside', 'HiGHS inside'),
        time(r.baselineMs),
        ratio(r.ratio),
      ]),
      'llrlrr'
    ),
  ];
  const slower = lp.filter(({ r }) => r.ratio < 1);
  if (slower.length > 0) {
    const list = slower
      .map(
        ({ r, m }) => `${m[1]} ${thousands(r.n)} × ${thousands(Number(m[2]))} (${ratio(r.ratio)})`
      )
      .join(', ');
    parts.push(
      '',
      `Where plain HiGHS is faster: ${list}. Why, and why the dual simplex stays: ` +
        '[docs/optimization.md](docs/optimization.md), "Limits".'
    );
  }
  if (whole.length > 0) {
    parts.push(
      '',
      "**Whole units** against HiGHS's branch and cut on the whole problem (presolve on, gap 0, 60 s),",
      'same instance, one timed run each after an untimed one of both (HiGHS compiles lazily):',
      '',
      table(
        ['products × resources', 'ours', 'our answer', 'HiGHS', 'HiGHS’s answer', 'ratio'],
        whole.map(({ r, m }) => [
          `${thousands(r.n)} × ${m[1]}`,
          time(r.ms),
          m[2],
          time(r.baselineMs),
          /proved its optimum/.test(r.baseline) ? 'proven optimal' : 'not proven in 60 s',
          ratio(r.ratio),
        ]),
        'lrlrlr'
      )
    );
  }
  if (cold.length > 0) {
    parts.push(
      '',
      '**The first solve in a fresh worker** against a warm one (the third solve in the same worker),',
      '20,000 × 20, medians of three fresh workers; goal ≤ 1.5×:',
      '',
      table(
        ['fresh worker', 'first solve', 'warm solve', 'ratio'],
        cold.map((r) => [
          /started beforehand/.test(r.name)
            ? 'started beforehand (the pane’s and TA.OPTIMALMIX’s path)'
            : 'asked as it starts (from its start)',
          time(r.ms),
          time(r.baselineMs),
          ratio(r.ratio),
        ]),
        'lrrr'
      )
    );
  }
  const pane = cold.find((r) => /started beforehand/.test(r.name));
  if (pane) {
    parts.push(
      '',
      pane.ratio <= 1.5
        ? `The pane's path meets the goal: ${ratio(pane.ratio)}×.`
        : `The pane's path does not meet the goal: ${ratio(pane.ratio)}× (see docs/optimization.md).`
    );
  }
  if (load) {
    parts.push(
      '',
      `HiGHS (3.7 MB of WebAssembly) is imported in ${time(load.baselineMs)} and instantiated in ` +
        `${time(load.ms)}, only when a solve needs it (whole units, more than 64 resources).`
    );
  }
  return parts.join('\n');
}

function cli(rows) {
  const mine = rows.filter((r) => r.name.startsWith('cli:'));
  if (mine.length === 0) return null;
  return [
    '**The command line**: `ta plan` on a 20,000-product problem file (10 resources per product)',
    'against reading and `JSON.parse` of the same file (ratio = ours ÷ parse; goals < 2 s at 200',
    'resources and < 5 s at 1,000); method in [docs/cli.md](docs/cli.md) "Speed":',
    '',
    table(
      ['products × resources', '`ta plan`', 'JSON.parse', 'ratio'],
      mine.map((r) => [
        `${thousands(r.n)} × ${thousands(Number(/× (\d+) resources/.exec(r.name)?.[1] ?? 0))}`,
        time(r.ms),
        time(r.baselineMs),
        ratio(r.ratio),
      ])
    ),
  ].join('\n');
}

function fact(rows) {
  const mine = rows.filter((r) => r.name.startsWith('fact:'));
  if (mine.length === 0) return null;
  return [
    '**Plan against fact**: `TA.FACTT` by month and seller against a plain `Map` group-by of the',
    'same sales (ratio = ours ÷ Map); method in [docs/plan-vs-fact.md](docs/plan-vs-fact.md) "Speed":',
    '',
    table(
      ['sales', '`TA.FACTT`', 'Map group-by', 'ratio'],
      mine.map((r) => [thousands(r.n), time(r.ms), time(r.baselineMs), ratio(r.ratio)])
    ),
  ].join('\n');
}

function pane(rows) {
  const mine = rows.filter((r) => r.name.startsWith('pane:'));
  if (mine.length === 0) return null;
  return [
    '**The task pane**:',
    '',
    table(
      ['case', 'n', 'ours', 'baseline', 'ratio'],
      mine.map((r) => [
        r.name.slice('pane: '.length),
        thousands(r.n),
        time(r.ms),
        `${r.baseline}: ${time(r.baselineMs)}`,
        ratio(r.ratio),
      ])
    ),
  ].join('\n');
}

function section(rows, date) {
  const intro = [
    `Measured with \`npm run bench\` (every suite, full sizes) on ${date} on the project's 2-core`,
    'machine while other work ran on it: absolute times move with the load; every ratio is measured',
    'side by side in one run. `npm run bench -- --only=<suite>` runs one suite and replaces its',
    'rows (the suites changed after the full run were re-run so), `-- --quick` the small sizes.',
    'Each ratio is the median of interleaved runs (ours, baseline, ours, …) in one process. The',
    'full run takes about 40 min on 2 busy cores. Every row is in `bench/results.json` (`name`, `n`,',
    '`ms`, `baseline`, `baselineMs`, `ratio`), and this section is written from it by',
    '`npm run docs:bench`. Method: [docs/benchmarks.md](docs/benchmarks.md).',
  ].join('\n');
  const parts = [
    intro,
    core(rows),
    spreadsheet(rows),
    optimisation(rows),
    cli(rows),
    fact(rows),
    pane(rows),
  ];
  return parts.filter((p) => p !== null).join('\n\n');
}

async function main() {
  const file = path.join(root, 'bench', 'results.json');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8'));
  const dateArg = process.argv.find((a) => a.startsWith('--date='));
  const date = dateArg
    ? dateArg.slice('--date='.length)
    : fs.statSync(file).mtime.toISOString().slice(0, 10);
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${BEGIN} … ${END} block`);
  const next = `${readme.slice(0, start + BEGIN.length)}\n\n${section(rows, date)}\n\n${readme.slice(end)}`;
  const prettier = require('prettier');
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  fs.writeFileSync(readmePath, await prettier.format(next, { ...options, filepath: readmePath }));
  process.stdout.write(`README.md: benchmarks from ${rows.length} rows of bench/results.json\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
