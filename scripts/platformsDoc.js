#!/usr/bin/env node
// Writes the platform table into README.md and docs/platforms.md from the requirement-set
// analysis of src/** (`npm run docs:platforms`); `--check` only says whether they are current.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { analyse, createProgram, officeFiles } = require('./apiSets');
const { manifestMinimum, platformTable, platformsDoc, withBlock } = require('./platforms');

const root = path.resolve(__dirname, '..');

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** The analysis of the add-in's own sources against the manifest's minimum. */
function analyseAddIn(extraFiles = []) {
  const files = officeFiles(sourceFiles(path.join(root, 'src')), (f) => fs.readFileSync(f, 'utf8'));
  const program = createProgram([...files, ...extraFiles], path.join(root, 'tsconfig.json'));
  const minimum = manifestMinimum(path.join(root, 'manifest.xml'));
  return { program, minimum, analysis: analyse({ program, files, minimum }) };
}

/** Markdown as Prettier (the lint step) lays it out: tables aligned. */
async function formatted(name, text) {
  const prettier = require('prettier');
  const options = (await prettier.resolveConfig(path.join(root, name))) ?? {};
  return prettier.format(text, { ...options, filepath: path.join(root, name) });
}

/** The README and docs/platforms.md as they should be, before Prettier lays them out. */
function rawDocs({ analysis, minimum }) {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  return {
    'README.md': withBlock(readme, platformTable(analysis.guardVersions, minimum)),
    'docs/platforms.md': platformsDoc(analysis, minimum),
  };
}

async function expectedDocs(result) {
  const raw = rawDocs(result);
  const docs = {};
  for (const [name, text] of Object.entries(raw)) docs[name] = await formatted(name, text);
  return docs;
}

/** Markdown with table padding taken out, to compare a page with its unformatted source. */
function withoutPadding(text) {
  return text
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split('|')
            .map((cell) => cell.trim().replace(/^:?-{3,}:?$/, '---'))
            .join('|')
        : line.trimEnd()
    )
    .join('\n')
    .trim();
}

async function main() {
  const check = process.argv.includes('--check');
  const result = analyseAddIn();
  const stale = [];
  for (const [name, text] of Object.entries(await expectedDocs(result))) {
    const file = path.join(root, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    stale.push(name);
    if (!check) fs.writeFileSync(file, text);
  }
  if (check && stale.length > 0) {
    process.stderr.write(`out of date: ${stale.join(', ')} (run npm run docs:platforms)\n`);
    process.exit(1);
  }
  process.stdout.write(
    check ? 'platform docs are current\n' : `wrote ${stale.join(', ') || 'nothing'}\n`
  );
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}

module.exports = { analyseAddIn, expectedDocs, rawDocs, withoutPadding };
