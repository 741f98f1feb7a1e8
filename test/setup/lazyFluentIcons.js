// Jest only (moduleNameMapper): `@fluentui/react-icons` with the same exports, each icon read from
// its own atom file (`ChevronDown16Regular` → atoms/svg/chevron-down.cjs) when first used. The real
// index evaluates 18 MB of icons, which every pane test file paid again in its own module registry;
// Fluent's controls use a few dozen. A name without an atom file falls back to the real index.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');

// The package's own main file (resolving '@fluentui/react-icons' itself here would find this file).
const manifest = require.resolve('@fluentui/react-icons/package.json');
const real = path.join(path.dirname(manifest), require(manifest).main);
const lib = path.dirname(real);
const helpers = [
  'utils/wrapIcon.cjs',
  'utils/bundleIcon.cjs',
  'utils/createFluentIcon.cjs',
  'utils/useIconState.cjs',
  'utils/constants.cjs',
  'contexts/index.cjs',
];
const ICON = /\d*(Regular|Filled|Color|Light)$/;

function atomFile(name) {
  const base = name
    .replace(ICON, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Za-z])(\d)/g, '$1-$2')
    .toLowerCase();
  return path.join(lib, 'atoms/svg', `${base}.cjs`);
}

function lookUp(name) {
  for (const helper of helpers) {
    const module = require(path.join(lib, helper));
    if (name in module) return module[name];
  }
  if (ICON.test(name)) {
    const file = atomFile(name);
    if (existsSync(file)) {
      const module = require(file);
      if (name in module) return module[name];
    }
  }
  return require(real)[name];
}

const found = new Map();
module.exports = new Proxy(
  {},
  {
    get(_target, name) {
      if (name === '__esModule') return true;
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (!found.has(name)) found.set(name, lookUp(name));
      return found.get(name);
    },
    has: (_target, name) => typeof name === 'string' && name in require(real),
    ownKeys: () => Reflect.ownKeys(require(real)),
    getOwnPropertyDescriptor: (_target, name) => {
      const value = require(real)[name];
      return value === undefined
        ? undefined
        : { value, enumerable: true, configurable: true, writable: false };
    },
  }
);
