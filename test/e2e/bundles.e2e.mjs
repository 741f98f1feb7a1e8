// The add-in's production bundles must not carry the playground's spreadsheet engine or grid.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, SKIP_DIST, checksDist } from './support/dist.mjs';

for (const bundle of ['runtime.js', 'shared.js', 'taskpane.js', 'functions.js']) {
  const file = path.join(DIST, bundle);
  test(`dist/${bundle} holds none of Univer (the playground's engine and grid)`, (t) => {
    if (!checksDist) return t.skip(SKIP_DIST);
    const text = readFileSync(file, 'utf8');
    assert.equal(/univer/i.test(text), false, `${bundle} mentions univer`);
  });
}
