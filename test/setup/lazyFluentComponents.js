// Jest only (moduleNameMapper): `@fluentui/react-components` with the same exports, each package
// required when one of its exports is first read. The real index requires all 58 Fluent packages
// up front, which every pane test file paid again in its own module registry; a pane uses a dozen.
// The export → package table is read from the real index, so it never drifts from the installed
// version. Values are the very objects the real index returns.
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');

// The package's own main file (resolving '@fluentui/react-components' itself here would find this file).
const manifest = require.resolve('@fluentui/react-components/package.json');
const real = path.join(path.dirname(manifest), require(manifest).main);
const source = readFileSync(real, 'utf8');
const packageOf = new Map(
  Array.from(source.matchAll(/const (_\w+) = require\("([^"]+)"\);/g), (m) => [m[1], m[2]])
);
const getters = Array.from(source.matchAll(/get (\w+) \(\) \{\s*return (_\w+)\.(\w+);/g));
if (getters.length === 0 || packageOf.size === 0) {
  throw new Error(`test/setup/lazyFluentComponents.js cannot read the exports of ${real}`);
}

// Resolved from the real index: npm may have nested a package under react-components.
const loaded = new Map();
function load(packageName) {
  if (!loaded.has(packageName)) {
    loaded.set(packageName, require(require.resolve(packageName, { paths: [path.dirname(real)] })));
  }
  return loaded.get(packageName);
}

Object.defineProperty(exports, '__esModule', { value: true });
for (const [, name, variable, exported] of getters) {
  const packageName = packageOf.get(variable);
  if (packageName === undefined) throw new Error(`${name}: no package for ${variable} in ${real}`);
  Object.defineProperty(exports, name, {
    enumerable: true,
    get: () => load(packageName)[exported],
  });
}
