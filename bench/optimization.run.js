#!/usr/bin/env node
// Runs the optimisation benchmark alone while developing, without compiling the rest of the repo:
//   node bench/optimization.run.js [--quick]         the rows npm run bench writes, printed
//   node bench/optimization.run.js --solvers [--big] HiGHS vs glpk.js vs YALPS (slow: minutes)
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', path.join(__dirname, 'optimization.tsconfig.json')],
  { cwd: root, stdio: 'inherit' }
);
const out = path.join(root, 'lib', 'optimization-bench', 'bench');
const args = process.argv.slice(2);

async function main() {
  if (args.includes('--solvers')) {
    const { compareSolvers } = require(path.join(out, 'optimizationSolvers.js'));
    const shapes = args.includes('--big')
      ? [
          [100000, 5],
          [100000, 20],
        ]
      : [
          [2000, 5],
          [20000, 20],
        ];
    // YALPS took 6 minutes at 20,000 products: it runs only at the small shape.
    const rows = await compareSolvers(
      shapes,
      120,
      (solver, n) => solver.startsWith('YALPS') && n > 2000
    );
    console.table(rows);
    return;
  }
  const { runOptimizationBench } = require(path.join(out, 'optimization.bench.js'));
  console.table(await runOptimizationBench({ quick: args.includes('--quick') }));
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exitCode = 1;
});
