#!/usr/bin/env node
// Writes the generated part of docs/functions.md (between the two marker lines) from the same
// sources as the build: the JSDoc of src/functions/*Functions.ts (through custom-functions-metadata)
// and the Russian help of src/functions/ru. `node scripts/functionsDoc.js --check` exits 1 when the
// file is out of date. The hand-written parts of the document are kept as they are.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
const prettier = require('prettier');
const { loadTypeScript } = require('./loadTypeScript');

const root = path.resolve(__dirname, '..');
const functionsDir = path.join(root, 'src/functions');
const docFile = path.join(root, 'docs/functions.md');
const BEGIN = '<!-- BEGIN GENERATED REFERENCE: node scripts/functionsDoc.js -->';
const END = '<!-- END GENERATED REFERENCE -->';

function functionFiles() {
  return fs
    .readdirSync(functionsDir)
    .filter((name) => /Functions\.ts$/.test(name))
    .sort()
    .map((name) => path.join(functionsDir, name));
}

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
    `#### TA.${fn.name}${ru ? ` — ТА.${ru.name}` : ''}`,
    '',
    fn.description,
    '',
    ru ? `${ru.description}\n` : '',
    `- English: \`${signature('TA', fn.name, parameters, ', ')}\``,
    ru
      ? `- Русский: \`${signature(
          'ТА',
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

async function generated() {
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
  const parts = [];
  for (const [group, ids] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`### From \`src/functions/${group}.ts\``, '');
    for (const id of ids) parts.push(section(byId.get(id), help[id], returns.get(id)), '');
  }
  return `${BEGIN}\n\n${parts.join('\n').trim()}\n\n${END}`;
}

async function main() {
  const current = fs.readFileSync(docFile, 'utf8');
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${docFile} lacks the generated-reference markers`);
  const joined = current.slice(0, start) + (await generated()) + current.slice(end + END.length);
  const options = (await prettier.resolveConfig(docFile)) ?? {};
  const next = await prettier.format(joined, { ...options, filepath: docFile });
  if (process.argv.includes('--check')) {
    if (next !== current) {
      process.stderr.write('docs/functions.md is out of date: run node scripts/functionsDoc.js\n');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(docFile, next);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
