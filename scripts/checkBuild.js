#!/usr/bin/env node
// CI gate: the production build produced both metadata files, with every public function id,
// the same ids and parameter counts in English and Russian, no playground code in the bundles,
// the pane's Content-Security-Policy ahead of every script, with no inline script to refuse, and a
// licence notice for every third-party package the bundles' source maps name.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { contentSecurityPolicy } = require('./contentSecurityPolicy');
const { NOTICES_FILE } = require('./licenseNotices');

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

/** taskpane.html: the production policy first, then only scripts loaded from a src. */
function paneProblems() {
  const file = path.join(dist, 'taskpane.html');
  if (!fs.existsSync(file)) return ['taskpane.html was not produced by the build'];
  const html = fs.readFileSync(file, 'utf8');
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  const found = [];
  if (!meta) found.push('taskpane.html has no Content-Security-Policy <meta>');
  else {
    if (meta[1] !== contentSecurityPolicy({ production: true })) {
      found.push(`taskpane.html's policy is not the production one: ${meta[1]}`);
    }
    const firstScript = html.search(/<script/i);
    if (firstScript >= 0 && firstScript < meta.index) found.push('a script precedes the policy');
  }
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) found.push('taskpane.html has an inline script');
  return found;
}

/** Packages whose files the source maps of dist/ name: the innermost node_modules/<package>. */
function packagesInSourceMaps() {
  const names = new Set();
  for (const map of fs.readdirSync(dist).filter((name) => name.endsWith('.js.map'))) {
    for (const source of JSON.parse(fs.readFileSync(path.join(dist, map), 'utf8')).sources) {
      const parts = source.split('node_modules/');
      if (parts.length < 2) continue;
      const rest = (parts.at(-1) ?? '').split('/');
      names.add(rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? ''));
    }
  }
  return names;
}

/** THIRD-PARTY-NOTICES.txt and LICENSE.txt: every bundled package with its licence text. */
function noticeProblems() {
  const file = path.join(dist, NOTICES_FILE);
  if (!fs.existsSync(file)) return [`${NOTICES_FILE} was not produced by the build`];
  const found = [];
  if (!fs.existsSync(path.join(dist, 'LICENSE.txt'))) found.push('LICENSE.txt is missing');
  // Each package: a rule, "<name> <version> (<licence>)", a rule, a blank line, its text.
  const entries = fs
    .readFileSync(file, 'utf8')
    .split(/^={78}\n/m)
    .slice(1);
  const listed = new Set();
  for (let i = 0; i + 1 < entries.length; i += 2) {
    const heading = /^(\S+) (\S+) \((.+)\)\n$/.exec(entries[i] ?? '');
    if (!heading) {
      found.push(`${NOTICES_FILE}: unreadable heading ${JSON.stringify(entries[i])}`);
      continue;
    }
    listed.add(heading[1]);
    if ((entries[i + 1] ?? '').trim().length < 100) found.push(`${heading[1]}: no licence text`);
  }
  for (const name of packagesInSourceMaps()) {
    if (!listed.has(name)) found.push(`${name} is bundled but not in ${NOTICES_FILE}`);
  }
  if (listed.size < 10) found.push(`${NOTICES_FILE} lists only ${listed.size} packages`);
  return found;
}

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
problems.push(...paneProblems(), ...noticeProblems());
if (problems.length > 0) {
  process.stderr.write(`build check failed:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(
  `build check: ${enIds.size} functions in English and Russian, ids, parameters and help links ` +
    'match; the pane carries its Content-Security-Policy; every bundled package has its licence notice\n'
);
