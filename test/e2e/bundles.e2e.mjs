// The add-in's production bundles must not carry the playground's spreadsheet engine or grid.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

for (const bundle of ['runtime.js', 'shared.js', 'taskpane.js', 'functions.js']) {
  const file = path.join(dist, bundle);
  test(`dist/${bundle} holds none of Univer (the playground's engine and grid)`, (t) => {
    if (!existsSync(file)) return t.skip(`no ${file}: run npm run build first`);
    const text = readFileSync(file, 'utf8');
    assert.equal(/univer/i.test(text), false, `${bundle} mentions univer`);
  });
}
