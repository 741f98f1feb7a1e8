import type { MixProblem } from '../core';
import {
  sharedOptimalMixClient,
  solveOptimalMix,
  type OptimalMixClient,
  type OptimalMixOutcome,
} from '../core/optimization';

/**
 * The worker's safety net for one solve (the best plan found so far is shown after it). Every other
 * limit is deterministic (iterations, branch-and-bound nodes): the plan depends on the table only.
 */
export const WORKER_LIMIT_MS = 30_000;

let client: Promise<OptimalMixClient> | null = null;

/** The page's one solver worker (shared with TA.OPTIMALMIX), started early. */
function workerClient(): Promise<OptimalMixClient> {
  client ??= import('./solverWorker').then(({ createSolverWorker }) =>
    sharedOptimalMixClient(createSolverWorker)
  );
  return client;
}

/**
 * Starts the solver worker before the first solve, so its script (the engine's chunk) is loaded
 * by the time the owner asks for the best plan.
 */
export function prepareSolver(): void {
  if (typeof Worker !== 'undefined') void workerClient().catch(() => (client = null));
}

/**
 * The best plan, in the page's solver worker where the host has one (a HiGHS call blocks its
 * thread, and Office restarts a pane unresponsive for 5 s), otherwise in-process (Jest's jsdom). A worker that fails
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
  // In-process the solve yields to the event loop every few dozen milliseconds, so the pane stays
  // responsive; the core's default safety net applies.
  return solveOptimalMix(problem, { signal });
}
