// The production build (dist/) is checked only when the run says it is current: `.ci/run` builds
// it and then runs `npm run test:e2e -- --with-dist`. A dist/ left over from an older build in a
// working copy must neither fail nor pass a run; without the flag these checks are skipped, and
// with it a missing file is a failure, not a skip.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist');

/** Whether this run checks dist/ (`npm run test:e2e -- --with-dist`, after `npm run build`). */
export const checksDist = process.env.TA_E2E_DIST === '1';

export const SKIP_DIST =
  'dist/ is checked with `npm run test:e2e -- --with-dist` after `npm run build` (CI does both)';
