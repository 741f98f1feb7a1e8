'use strict';
// The JSDoc inputs of the custom-functions metadata: every src/functions/*Functions.ts, sorted.
// One definition for the Excel build, the playground build, the reference docs and the tests;
// src/functions/index.ts loads the same files with require.context.
const fs = require('node:fs');
const path = require('node:path');

const FUNCTIONS_DIR = path.resolve(__dirname, '..', 'src', 'functions');
const FUNCTION_FILE = /Functions\.ts$/;

function functionFiles() {
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter((name) => FUNCTION_FILE.test(name))
    .sort()
    .map((name) => path.join(FUNCTIONS_DIR, name));
}

module.exports = { functionFiles, FUNCTIONS_DIR };
