// Jest only (moduleNameMapper): fast-check with one fixed seed for every property, so a property
// test checks the same cases on every run and machine. Left alone, fast-check seeds from the
// clock: a rare counterexample would turn CI red at random and block everyone.
//   FC_SEED=12345 npx jest …   replays the seed a failure printed
//   FC_SEED=random npx jest …  explores new cases (fast-check prints the seed of a failure)
'use strict';
const path = require('node:path');

const manifest = require.resolve('fast-check/package.json');
const fc = require(
  path.join(path.dirname(manifest), require(manifest).exports['.'].require.default)
);

const DEFAULT_SEED = 20261129;
const wanted = process.env.FC_SEED;
if (wanted !== 'random') {
  const seed = wanted === undefined || wanted === '' ? DEFAULT_SEED : Number(wanted);
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED must be an integer or "random", not ${wanted}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}

module.exports = fc;
