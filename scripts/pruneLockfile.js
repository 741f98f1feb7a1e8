#!/usr/bin/env node
// The npm registry reachable here does not serve every platform build of every optional package
// (e.g. @unrs/resolver-binding-darwin-x64, pulled in by jest-resolve → unrs-resolver). `npm install`
// then leaves those names in a package's `optionalDependencies` in package-lock.json without an
// entry of their own, and `npm ci` refuses the lock as out of sync. This drops such dangling
// optional names so `npm ci` installs from the lock on a clean machine. Run it after `npm install`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const file = path.resolve(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((key) => key.split('node_modules/').pop()));
const dropped = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (present.has(name)) continue;
    delete entry.optionalDependencies[name];
    dropped.push(`${key || '(root)'} → ${name}`);
  }
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(
  `pruneLockfile: dropped ${dropped.length} unavailable optional dependencies\n`
);
