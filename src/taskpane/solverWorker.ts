import type { SolverWorker } from '../core/optimization';

/**
 * The solver's Web Worker. Only webpack understands `new URL(…, import.meta.url)` here (it makes
 * the worker a chunk of its own, with highs.wasm beside it), so `solveMix` loads this module only
 * where `Worker` exists: never in Jest.
 */
export function createSolverWorker(): SolverWorker {
  return new Worker(
    new URL('../core/optimization/worker.ts', import.meta.url)
  ) as unknown as SolverWorker;
}
