/**
 * Webpack entry of the custom functions (shared runtime: taskpane.html loads it beside the pane).
 *
 * Every `src/functions/*Functions.ts` is loaded here for the `CustomFunctions.associate(...)` calls
 * the metadata plugin's loader appends to it at build time. The pattern is the one
 * webpack.config.js gives the metadata plugin, so a new `<group>Functions.ts` file is in both the
 * metadata and the bundle without touching this file.
 */
import type { SolverWorker } from '../core/optimization';
import { useSolverWorker } from './optimalMixFunctions';
import { claimResultLanguage } from './resultLanguage';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augments @types/node's require
  namespace NodeJS {
    interface Require {
      /** Webpack's compile-time directory import (arguments must be literals). */
      context(
        directory: string,
        deep: boolean,
        filter: RegExp
      ): { keys(): string[]; (id: string): unknown };
    }
  }
}

const functionFiles = require.context('./', false, /Functions\.ts$/);
functionFiles.keys().forEach((key) => functionFiles(key));

// TA.OPTIMALMIX can solve for seconds; off the page's thread the pane stays responsive (Office
// restarts an add-in that does not respond for 5 s). Webpack emits the worker as its own chunk.
if (typeof Worker !== 'undefined') {
  useSolverWorker(
    () =>
      new Worker(
        new URL('../core/optimization/worker.ts', import.meta.url)
      ) as unknown as SolverWorker
  );
}

// The first Excel to run the add-in in a workbook fixes the language of its functions' words
// (src/functions/resultLanguage.ts); the pane's chooser changes it later.
void claimResultLanguage();
