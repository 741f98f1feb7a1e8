#!/usr/bin/env node
// npm run bench [-- --quick] [-- --only=core|optimisation|wholeunits|coldstart|spreadsheet|cli|fact]: compiles, then runs bench/run.ts.
'use strict';
const { ensureCompiled } = require('./ensureCompiled');

ensureCompiled('tsconfig.bench.json', ['src', 'bench']);
require('../lib/bench/run.js');
