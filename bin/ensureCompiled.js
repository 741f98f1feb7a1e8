'use strict';
// The CLI and the benchmarks run from lib/ (tsc output); rebuild when a source is newer.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Compiles `tsconfig` (e.g. tsconfig.cli.json) unless its output is newer than `sourceDirs`. */
function ensureCompiled(tsconfig, sourceDirs) {
  const stamp = path.join(root, 'lib', `.built-${tsconfig}`);
  const dirs = sourceDirs.map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
  const newest = Math.max(
    ...dirs.map(newestSource),
    fs.statSync(path.join(root, tsconfig)).mtimeMs
  );
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest) return;
  if (process.stderr.isTTY) process.stderr.write(`ta: compiling ${tsconfig} (first run)…\n`);
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(root, tsconfig)],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    }
  );
  fs.writeFileSync(stamp, new Date().toISOString());
}

module.exports = { ensureCompiled };
