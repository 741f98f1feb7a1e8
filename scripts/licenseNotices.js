'use strict';
/**
 * dist/THIRD-PARTY-NOTICES.txt: every npm package whose code the add-in's bundles carry (React,
 * Fluent UI, HiGHS, …) with its version, licence and the licence text from the package itself.
 *
 * Written here, not with license-webpack-plugin: that plugin (4.0.2) reads modules webpack has
 * concatenated through the stats of named chunks only and listed 6 of the 44 bundled packages.
 * Webpack's resolver already knows each module's package (its package.json and folder), so the
 * walk below is over exactly what the chunks hold, concatenated modules included.
 * scripts/checkBuild.js checks the file against the packages the bundles' source maps name.
 */
const fs = require('node:fs');
const path = require('node:path');
const { Compilation, sources } = require('webpack');

const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';
const OWN_PACKAGE = require('../package.json').name;
const RULE = '='.repeat(78);
const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;
// Copyleft would oblige the add-in's own code; the benchmark's GPL engines must never be bundled.
const COPYLEFT = /\b(A?GPL|LGPL|SSPL|EUPL|MPL)\b/i;

/** The modules a chunk holds, with the parts of a concatenated module. */
function* bundledModules(compilation) {
  for (const chunk of compilation.chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      yield module;
      if (Array.isArray(module.modules)) yield* module.modules;
    }
  }
}

/**
 * The package a module belongs to: the nearest package.json with a name (some packages put a
 * nameless one, `{"type": "module"}`, in their build folders).
 */
function packageOf(module) {
  const data = module.resourceResolveData;
  let json = data?.descriptionFileData;
  let root = data?.descriptionFileRoot;
  while (root && !json?.name) {
    const parent = path.dirname(root);
    if (parent === root) return undefined;
    root = parent;
    const file = path.join(root, 'package.json');
    json = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
  }
  return root && json ? { json, root } : undefined;
}

/** { name, version, licence, root } of every third-party package version in the chunks. */
function bundledPackages(compilation) {
  const packages = new Map();
  for (const module of bundledModules(compilation)) {
    const { json, root } = packageOf(module) ?? {};
    const key = `${json?.name}@${json?.version}`;
    if (!json || !root || json.name === OWN_PACKAGE || packages.has(key)) continue;
    if (!root.split(path.sep).includes('node_modules')) continue;
    const licence = typeof json.license === 'string' ? json.license : json.license?.type;
    packages.set(key, { name: json.name, version: json.version, licence, root });
  }
  return [...packages.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version)
  );
}

const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/**
 * Packages checked by hand that ship no licence file: what their package.json and source
 * repository say. Any other package without one fails the build, to be looked at the same way.
 */
const WITHOUT_LICENCE_FILE = {
  '@fluentui/react-icons': [
    'The package carries no licence file. Its package.json declares "MIT"; its repository,',
    'microsoft/fluentui-system-icons, reads "Copyright (c) Microsoft Corp. All rights reserved."',
    '',
    'MIT License',
    '',
    'Copyright (c) Microsoft Corporation.',
    '',
    MIT,
  ].join('\n'),
};

function licenceText(pkg) {
  const file = fs.readdirSync(pkg.root).find((name) => LICENCE_FILE.test(name));
  if (file) return fs.readFileSync(path.join(pkg.root, file), 'utf8').trim();
  return pkg.licence === 'MIT' ? WITHOUT_LICENCE_FILE[pkg.name] : undefined;
}

function render(packages) {
  const blocks = packages.flatMap((pkg) => [
    RULE,
    `${pkg.name} ${pkg.version} (${pkg.licence})`,
    RULE,
    '',
    pkg.text,
    '',
  ]);
  return [
    'Throughput Accounting for Excel: third-party software in this build',
    '',
    `The add-in's own code is under the MIT licence (LICENSE.txt). The ${packages.length} packages`,
    'below are bundled in taskpane.js, functions.js and their chunks; each keeps its licence.',
    'office.js is not among them: Office loads it from Microsoft.',
    '',
    ...blocks,
  ].join('\n');
}

class LicenseNoticesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LicenseNoticesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'LicenseNoticesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const packages = bundledPackages(compilation).map((pkg) => ({
            ...pkg,
            text: licenceText(pkg),
          }));
          for (const pkg of packages) {
            if (!pkg.licence || COPYLEFT.test(pkg.licence)) {
              compilation.errors.push(
                new Error(`${pkg.name} (${pkg.licence ?? 'no licence'}) must not be bundled`)
              );
            } else if (!pkg.text) {
              compilation.errors.push(new Error(`${pkg.name} ships no licence text to reproduce`));
            }
          }
          compilation.emitAsset(NOTICES_FILE, new sources.RawSource(render(packages)));
        }
      );
    });
  }
}

module.exports = { LicenseNoticesPlugin, NOTICES_FILE };
