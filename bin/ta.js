#!/usr/bin/env node
// Runs the compiled CLI, compiling it first when lib/ is missing or older than the sources.
'use strict';
const { ensureCompiled } = require('./ensureCompiled');

ensureCompiled('tsconfig.cli.json', ['src/core', 'src/cli']);
const { run } = require('../lib/src/cli/ta.js');
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`ta: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 3;
  }
);
