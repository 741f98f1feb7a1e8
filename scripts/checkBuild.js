#!/usr/bin/env node
// CI gate: the production build produced both metadata files, with every public function id,
// the same ids and parameter counts in English and Russian, and no playground code in the bundles.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dist = path.resolve(__dirname, '..', 'dist');
const REQUIRED_IDS = [
  'THROUGHPUT',
  'TPERCCR',
  'CCRRANK',
  'MIX',
  'CCRLOAD',
  'MIXTABLE',
  'NETPROFIT',
  'BREAKEVEN',
  'REQUIREDT',
  'TPAR',
  'TOTALT',
  'OPTIMALMIX',
  'DELTANP',
  'PAYBACKMONTH',
  'CCRHOURVALUE',
  'SPECIALORDER',
  'REQUIREDREVENUE',
  'BONUS',
  'LTV',
  'LTVLIST',
  'TURNOVER',
  'GROUPTARGET',
  'QUALIFY',
  'CAC',
  'RFM',
];
const EXTRA_IDS = (process.env.TA_REQUIRED_IDS || '').split(',').filter(Boolean);

function read(name) {
  const file = path.join(dist, name);
  if (!fs.existsSync(file)) throw new Error(`${name} was not produced by the build`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const en = read('functions.json');
const ru = read('functions.ru.json');
const problems = [];
const byId = (metadata) => new Map(metadata.functions.map((f) => [f.id, f]));
const enIds = byId(en);
const ruIds = byId(ru);
for (const id of [...REQUIRED_IDS, ...EXTRA_IDS]) {
  if (!enIds.has(id)) problems.push(`functions.json lacks ${id}`);
  if (!ruIds.has(id)) problems.push(`functions.ru.json lacks ${id}`);
}
for (const [id, fn] of enIds) {
  const translated = ruIds.get(id);
  if (!translated) problems.push(`functions.ru.json lacks ${id}`);
  else if (translated.parameters.length !== fn.parameters.length) {
    problems.push(
      `${id}: ${fn.parameters.length} parameters in English, ${translated.parameters.length} in Russian`
    );
  }
}
// Every function links to its own section of the reference served beside it.
const referencePage = path.join(dist, 'functions.html');
const anchors = fs.existsSync(referencePage)
  ? new Set(
      // The production build may drop the quotes of attribute values (id=ta-mix).
      [...fs.readFileSync(referencePage, 'utf8').matchAll(/\sid=(?:"([^"]+)"|([^\s">]+))/g)].map(
        (m) => m[1] ?? m[2]
      )
    )
  : null;
if (anchors === null) problems.push('functions.html was not produced by the build');
for (const [file, ids] of [
  ['functions.json', enIds],
  ['functions.ru.json', ruIds],
]) {
  for (const [id, fn] of ids) {
    const anchor = /^https:\/\/.+\/functions\.html#(ta-[a-z0-9-]+)$/.exec(fn.helpUrl ?? '')?.[1];
    if (!anchor) problems.push(`${file}: ${id} has no helpUrl into functions.html`);
    else if (anchors && !anchors.has(anchor))
      problems.push(`${file}: ${id} links to a missing #${anchor}`);
  }
}
// Every script the page loads: the shared runtime's chunks included.
for (const bundle of ['runtime.js', 'shared.js', 'taskpane.js', 'functions.js']) {
  const file = path.join(dist, bundle);
  if (fs.existsSync(file) && /univerjs|hyperformula/i.test(fs.readFileSync(file, 'utf8'))) {
    problems.push(`${bundle} contains playground or benchmark engine code`);
  }
}
if (problems.length > 0) {
  process.stderr.write(`build check failed:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(
  `build check: ${enIds.size} functions in English and Russian, ids, parameters and help links match\n`
);
