// Which requirement sets each Excel has, and the platform table of the README and
// docs/platforms.md, derived from the requirement-set analysis (scripts/apiSets.js): the
// manifest's minimum decides where the add-in loads, and each `isSetSupported` guard above it is
// a feature that works or degrades. Availability is Microsoft's, from the requirement-set pages
// (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets,
// …/custom-functions-requirement-sets, …/common/shared-runtime-requirement-sets); a version
// range of a channel lists the highest set every build of the range has.
'use strict';
const fs = require('node:fs');
const { XMLParser } = require('fast-xml-parser');
const { compareVersions } = require('./apiSets');

const PLATFORMS = [
  { name: 'Excel 2016 (perpetual)', sets: { ExcelApi: '1.1' } },
  { name: 'Excel 2019 (perpetual)', sets: { ExcelApi: '1.7' } },
  {
    name: 'Excel 2021 (LTSC, Version 2108 or later)',
    sets: { ExcelApi: '1.14', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
  },
  {
    name: 'Excel 2024 (LTSC)',
    sets: { ExcelApi: '1.17', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
  },
  {
    name: 'Microsoft 365 on Windows, Version 2509 or later',
    sets: { ExcelApi: '1.20', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.5' },
  },
  {
    name: 'Microsoft 365 on Windows, Version 2102–2508',
    sets: { ExcelApi: '1.13', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
  },
  {
    name: 'Microsoft 365 on Windows, Version 2008–2101',
    sets: { ExcelApi: '1.12', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
  },
  {
    name: 'Microsoft 365 on Windows, before Version 2008',
    sets: { ExcelApi: '1.11', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.2' },
  },
  {
    name: 'Excel on the web',
    sets: { ExcelApi: '1.20', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.5' },
  },
  {
    name: 'Excel on Mac 16.100 or later',
    sets: { ExcelApi: '1.20', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.5' },
  },
  {
    name: 'Excel on Mac 16.50–16.99',
    sets: { ExcelApi: '1.13', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
  },
  {
    name: 'Excel on Mac 16.40–16.49',
    sets: { ExcelApi: '1.12', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' },
  },
  { name: 'Excel on iPad', sets: { ExcelApi: '1.20' } },
];

/** What each `isSetSupported` guard of src turns on, and what the add-in does without it. */
const FEATURES = {
  'ExcelApi 1.8': { works: 'Native chart in the report', without: 'report without the chart' },
  'ExcelApi 1.12': { works: 'Writing the report', without: '“This Excel cannot hold the report”' },
  'ExcelApi 1.13': {
    works: 'Merged cells in the source refused',
    without: 'merged cells read as they are',
  },
  'ExcelApi 1.20': {
    works: 'One Ctrl+Z removes a written report',
    without: '“Remove the report” in the pane',
  },
};

/** The manifest's `<Requirements><Sets>`: `{ SharedRuntime: '1.1', … }`. */
function manifestMinimum(manifestPath) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const app = parser.parse(fs.readFileSync(manifestPath, 'utf8')).OfficeApp;
  const sets = app.Requirements.Sets;
  const list = Array.isArray(sets.Set) ? sets.Set : [sets.Set];
  return Object.fromEntries(
    list.map((set) => [set['@Name'], set['@MinVersion'] ?? sets['@DefaultMinVersion'] ?? '1.1'])
  );
}

function has(platform, set, version) {
  const own = platform.sets[set];
  return own !== undefined && compareVersions(own, version) >= 0;
}

/** Guards above the minimum: the features that differ between platforms where the add-in loads. */
function optionalFeatures(guards, minimum) {
  return guards.filter((g) => !has({ sets: minimum }, g.set, g.version));
}

/** The Markdown table: one row per platform, one column per optional feature. */
function platformTable(guards, minimum) {
  const features = optionalFeatures(guards, minimum);
  const needs = Object.entries(minimum).map(([set, version]) => `${set} ${version}`);
  const head = [
    'Excel',
    `The add-in (needs ${needs.join(', ')})`,
    ...features.map((g) => `${FEATURES[`${g.set} ${g.version}`].works} (${g.set} ${g.version})`),
  ];
  const rows = PLATFORMS.map((platform) => {
    const missing = Object.entries(minimum).filter(([set, v]) => !has(platform, set, v));
    if (missing.length > 0) {
      const lacks = missing.map(([set, v]) => `${set} ${v}`).join(', ');
      return [platform.name, `does not load (no ${lacks})`, ...features.map(() => '—')];
    }
    return [
      platform.name,
      'functions and pane',
      ...features.map((g) =>
        has(platform, g.set, g.version) ? 'yes' : `no: ${FEATURES[`${g.set} ${g.version}`].without}`
      ),
    ];
  });
  return [head, head.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

module.exports = { FEATURES, PLATFORMS, manifestMinimum, optionalFeatures, platformTable };

const START = '<!-- platforms:start (generated by npm run docs:platforms) -->';
const END = '<!-- platforms:end -->';

/** `text` with the block between the markers replaced by `block`. */
function withBlock(text, block) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error('platform table markers are missing');
  return `${text.slice(0, start + START.length)}\n\n${block}\n\n${text.slice(end)}`;
}

/** docs/platforms.md: the table, then every Office.js member the add-in uses and where. */
function platformsDoc(analysis, minimum) {
  const members = new Map();
  for (const use of analysis.uses) {
    const entry = members.get(use.member) ?? { ...use, places: [] };
    entry.places.push(`${use.file}:${use.line}${use.guarded ? ' (guarded)' : ''}`);
    members.set(use.member, entry);
  }
  const rows = [...members.values()]
    .sort((a, b) => a.member.localeCompare(b.member))
    .map((m) => {
      const set = m.set === null ? 'common (untagged)' : `${m.set} ${m.version}`;
      const places =
        m.places.length > 3
          ? `${m.places.slice(0, 3).join(', ')} … (${m.places.length})`
          : m.places.join(', ');
      return `| \`${m.member}\` | ${set} | ${places} |`;
    });
  const minimumText = Object.entries(minimum)
    .map(([s, v]) => `${s} ${v}`)
    .join(', ');
  return [
    '# Platforms: what works where',
    '',
    'Generated by `npm run docs:platforms` from the requirement-set analysis of `src/**`',
    '(`scripts/apiSets.js`); `test/manifest/apiSets.test.ts` fails when this page is out of date,',
    `and when a member above the manifest's minimum (${minimumText}) is used without an`,
    "`isSetSupported` check. Availability of each set per Excel is Microsoft's",
    '(`scripts/platforms.js` names the pages).',
    '',
    START,
    '',
    platformTable(analysis.guardVersions, minimum),
    '',
    END,
    '',
    '## Every Office.js member the add-in calls',
    '',
    `${members.size} members, ${analysis.uses.length} uses. "Guarded": inside an \`isSetSupported\``,
    'check for its set (members at or below the minimum need none).',
    '',
    '| Member | Requirement set | Where |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

module.exports = { ...module.exports, END, START, platformsDoc, withBlock };
