import type { MixProblem } from '../core';
import {
  sharedOptimalMixClient,
  solveOptimalMix,
  type OptimalMixClient,
  type OptimalMixOutcome,
} from '../core/optimization';

/** The pane's budget for one solve in the worker; the best plan found so far is shown after it. */
export const WORKER_LIMIT_MS = 30_000;
// In-process a solve holds the pane's thread between its steps: stay well under Office's 5 s.
export const IN_PROCESS_LIMIT_MS = 3000;

let client: Promise<OptimalMixClient> | null = null;

/** The page's one solver worker (shared with TA.OPTIMALMIX), started and warming up. */
function workerClient(): Promise<OptimalMixClient> {
  client ??= import('./solverWorker').then(({ createSolverWorker }) =>
    sharedOptimalMixClient(createSolverWorker)
  );
  return client;
}

/**
 * Starts the solver worker before the first solve, so its warm-up (a few dozen milliseconds of
 * compiling the solver's hot loops) is done by the time the owner asks for the best plan.
 */
export function prepareSolver(): void {
  if (typeof Worker !== 'undefined') void workerClient().catch(() => (client = null));
}

/**
 * The best plan, in a Web Worker where the host has one (a solve blocks its thread and Office
 * restarts a pane unresponsive for 5 s), otherwise in-process (Jest's jsdom). A worker that fails
 * to start (a blocked script, a missing asset) falls back to solving in-process.
 */
export async function solveMix(
  problem: MixProblem,
  signal: AbortSignal
): Promise<OptimalMixOutcome> {
  if (typeof Worker !== 'undefined') {
    try {
      return await (await workerClient()).solve(problem, { timeLimitMs: WORKER_LIMIT_MS, signal });
    } catch {
      client = null;
    }
  }
  return solveOptimalMix(problem, { timeLimitMs: IN_PROCESS_LIMIT_MS, signal });
}
