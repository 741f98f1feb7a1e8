#!/usr/bin/env node
// Writes the generated parts of docs/functions.md and README.md (between marker lines) from the same
// sources as the build: the JSDoc of src/functions/*Functions.ts (through custom-functions-metadata)
// and the Russian help of src/functions/ru. `node scripts/functionsDoc.js --check` exits 1 when the
// file is out of date. The hand-written parts of the document are kept as they are.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
const prettier = require('prettier');
const { loadTypeScript } = require('./loadTypeScript');
const { functionFiles } = require('./functionFiles');

const root = path.resolve(__dirname, '..');
const functionsDir = path.join(root, 'src/functions');
const docFile = path.join(root, 'docs/functions.md');
const readmeFile = path.join(root, 'README.md');
const BEGIN = '<!-- BEGIN GENERATED REFERENCE: node scripts/functionsDoc.js -->';
const END = '<!-- END GENERATED REFERENCE -->';
const INDEX_BEGIN = '<!-- BEGIN GENERATED FUNCTION INDEX: node scripts/functionsDoc.js -->';
const INDEX_END = '<!-- END GENERATED FUNCTION INDEX -->';
const GROUP_ORDER = [
  'throughputFunctions',
  'mixFunctions',
  'profitFunctions',
  'optimalMixFunctions',
  'decisionFunctions',
  'constraintDecisionFunctions',
  'salesPlanFunctions',
  'factThroughputFunctions',
  'factConstraintFunctions',
  'factBonusFunctions',
  'clientFunctions',
  'clientQualificationFunctions',
  'clientAcquisitionFunctions',
  'clientSegmentFunctions',
];

/** The `@returns` text of each `@customfunction` id, read from the JSDoc blocks. */
function returnsById(files) {
  const returns = new Map();
  for (const file of files) {
    for (const block of fs.readFileSync(file, 'utf8').match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const id = /@customfunction\s+([A-Z0-9_.]+)/.exec(block)?.[1];
      const text = /@returns\s+(?:\{[^}]*\}\s*)?([\s\S]*?)(?:\n\s*\*\s*@|\*\/)/.exec(block)?.[1];
      if (id && text) returns.set(id, text.replace(/\s*\n\s*\*\s*/g, ' ').trim());
    }
  }
  return returns;
}

function cell(text) {
  return String(text ?? '').replace(/\|/g, '\\|');
}

function signature(namespace, name, parameters, separator) {
  const list = parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(separator);
  return `=${namespace}.${name}(${list})`;
}

function section(fn, ru, returns) {
  const parameters = fn.parameters ?? [];
  const ruParameters = ru?.parameters ?? [];
  const lines = [
    `#### TA.${fn.name}${ru ? ` — TA.${ru.name}` : ''}`,
    '',
    fn.description,
    '',
    ru ? `${ru.description}\n` : '',
    `- English: \`${signature('TA', fn.name, parameters, ', ')}\``,
    ru
      ? `- Русский: \`${signature(
          'TA',
          ru.name,
          parameters.map((p, i) => ({ ...p, name: ruParameters[i]?.name ?? p.name })),
          '; '
        )}\``
      : '',
    `- Returns: ${(returns ?? 'a value').replace(/\.$/, '')}${
      fn.result?.dimensionality === 'matrix' ? ' (a spilled array)' : ''
    }.`,
    '',
  ];
  if (parameters.length > 0) {
    lines.push('| Argument | Аргумент | Description | Описание |', '|---|---|---|---|');
    parameters.forEach((p, i) => {
      const optional = p.optional ? ' (optional)' : '';
      const ruP = ruParameters[i];
      lines.push(
        `| \`${p.name}\`${optional} | \`${cell(ruP?.name)}\` | ${cell(p.description)} | ${cell(ruP?.description)} |`
      );
    });
    lines.push('');
  }
  return lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}

async function loadReference() {
  const files = functionFiles();
  const result = await generateCustomFunctionsMetadata(files, true);
  if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
  const metadata = JSON.parse(result.metadataJson);
  const { russianHelp } = loadTypeScript(path.join(functionsDir, 'ru/index.ts'));
  const help = russianHelp();
  const returns = returnsById(files);
  const byFile = new Map();
  for (const { sourceFileName, id } of result.associate) {
    const group = path.basename(sourceFileName, '.ts');
    byFile.set(group, [...(byFile.get(group) ?? []), id]);
  }
  const byId = new Map(metadata.functions.map((fn) => [fn.id, fn]));
  // The product-mix functions first, then the rest of the toolkit, then anything new by name.
  const order = (group) => {
    const k = GROUP_ORDER.indexOf(group);
    return k < 0 ? GROUP_ORDER.length : k;
  };
  const groups = [...byFile].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
  const parts = [];
  for (const [group, ids] of groups) {
    parts.push(`### From \`src/functions/${group}.ts\``, '');
    for (const id of ids) parts.push(section(byId.get(id), help[id], returns.get(id)), '');
  }
  return {
    reference: `${BEGIN}\n\n${parts.join('\n').trim()}\n\n${END}`,
    index: `${INDEX_BEGIN}\n\n${functionIndex(groups, byId, help)}\n\n${INDEX_END}`,
  };
}

/** One line per function for the README: both signatures and the first sentence of the help. */
function functionIndex(groups, byId, help) {
  const lines = ['| English | Русский | What it gives |', '|---|---|---|'];
  for (const [, ids] of groups) {
    for (const id of ids) {
      const fn = byId.get(id);
      const ru = help[id];
      const parameters = fn.parameters ?? [];
      const ruSignature = ru
        ? signature(
            'TA',
            ru.name,
            parameters.map((p, i) => ({ ...p, name: ru.parameters?.[i]?.name ?? p.name })),
            '; '
          )
        : '';
      const summary = fn.description.split(/(?<=\.)\s/)[0];
      lines.push(
        `| \`${cell(signature('TA', fn.name, parameters, ', '))}\` | \`${cell(ruSignature)}\` | ${cell(summary)} |`
      );
    }
  }
  return lines.join('\n');
}

/** Replaces the text between `begin` and `end` in `file`; returns [current, next]. */
async function splice(file, begin, end, body) {
  const current = fs.readFileSync(file, 'utf8');
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  if (start < 0 || stop < start) throw new Error(`${file} lacks the generated-part markers`);
  const joined = current.slice(0, start) + body + current.slice(stop + end.length);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return [current, await prettier.format(joined, { ...options, filepath: file })];
}

async function main() {
  const { reference, index } = await loadReference();
  const updates = [
    [docFile, await splice(docFile, BEGIN, END, reference)],
    [readmeFile, await splice(readmeFile, INDEX_BEGIN, INDEX_END, index)],
  ];
  const stale = updates
    .filter(([, [current, next]]) => current !== next)
    .map(([file]) => path.relative(root, file));
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      process.stderr.write(`${stale.join(', ')} out of date: run npm run docs:functions\n`);
      process.exit(1);
    }
    return;
  }
  for (const [file, [, next]] of updates) fs.writeFileSync(file, next);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
