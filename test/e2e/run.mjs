#!/usr/bin/env node
// Browser tests of the playground: builds it (development mode), serves dist-playground/ over
// http on 127.0.0.1 (a free port), then runs test/e2e/*.e2e.mjs with Node's test runner against
// Debian's chromium (never a downloaded browser). Usage: npm run test:e2e [-- --skip-build]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './support/browser.mjs';
import { serveDirectory } from './support/staticServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const here = path.join(root, 'test/e2e');

if (!existsSync(CHROMIUM)) {
  console.error(`No browser at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

if (!process.argv.includes('--skip-build')) {
  const started = Date.now();
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
  .sort()
  .map((name) => path.join(here, name));
const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PLAYGROUND_URL: server.url },
});
const code = await new Promise((resolve) => tests.on('exit', (status) => resolve(status ?? 1)));
await server.close();
process.exit(code);
