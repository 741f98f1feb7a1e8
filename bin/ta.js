#!/usr/bin/env node
// Runs the compiled CLI, compiling it first when lib/ is missing or older than the sources.
'use strict';
const { ensureCompiled } = require('./ensureCompiled');

ensureCompiled('tsconfig.cli.json', ['src/core', 'src/cli']);
const { main } = require('../lib/src/cli/ta.js');

// `ta plan … | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Never reached for any input (the fuzz test checks it): a bug in ta, reported on one line.
    const detail = process.env.TA_DEBUG ? `\n${error && error.stack}` : ' (TA_DEBUG=1 shows where)';
    const message = String((error && error.message) || error)
      .replace(/\s+/g, ' ')
      .slice(0, 200);
    process.stderr.write(`ta: internal error, please report it: ${message}${detail}\n`);
    process.exitCode = 3;
  }
);
