#!/usr/bin/env node
// Browser tests of the playground: builds it (development mode), serves dist-playground/ over
// http on 127.0.0.1 (a free port), then runs test/e2e/*.e2e.mjs with Node's test runner against
// Debian's chromium (never a downloaded browser). Usage:
//   npm run test:e2e [-- [--skip-build] [--with-dist] [name…]]
// --with-dist also checks the production build in dist/ (run `npm run build` first; CI does);
// names pick the test files whose name contains one of them (`npm run test:e2e -- playground`).
// Ends with its duration and one line `e2e: N passed, N failed, N skipped` (from test-results/e2e.tap).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './support/browser.mjs';
import { serveDirectory } from './support/staticServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const here = path.join(root, 'test/e2e');
const results = path.join(root, 'test-results');
const tap = path.join(results, 'e2e.tap');
const started = Date.now();
const picked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

if (!existsSync(CHROMIUM)) {
  console.error(`No browser at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

if (!process.argv.includes('--skip-build')) {
  const webpack = path.join(root, 'node_modules/webpack-cli/bin/cli.js');
  const build = spawnSync(process.execPath, [webpack, '--config', 'webpack.playground.config.js'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`playground built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const server = await serveDirectory(path.join(root, 'dist-playground'));
const files = readdirSync(here)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .filter((name) => picked.length === 0 || picked.some((part) => name.includes(part)))
  .sort()
  .map((name) => path.join(here, name));
mkdirSync(results, { recursive: true });
rmSync(tap, { force: true });
const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
reporters.push('--test-reporter=tap', `--test-reporter-destination=${tap}`);
const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...reporters, ...files], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PLAYGROUND_URL: server.url,
    TA_E2E_DIST: process.argv.includes('--with-dist') ? '1' : '',
  },
});
const code = await new Promise((resolve) => tests.on('exit', (status) => resolve(status ?? 1)));
await server.close();
const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(summary)?.[1] ?? 0);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`browser tests took ${seconds} s (build included)`);
console.log(`e2e: ${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped`);
process.exit(code);
