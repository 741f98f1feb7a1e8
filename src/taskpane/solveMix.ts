import type { MixProblem } from '../core';
import {
  createOptimalMixClient,
  solveOptimalMix,
  type OptimalMixClient,
  type OptimalMixOutcome,
} from '../core/optimization';

/** The pane's budget for one solve in the worker; the best plan found so far is shown after it. */
export const WORKER_LIMIT_MS = 30_000;

let client: Promise<OptimalMixClient> | null = null;

function workerClient(): Promise<OptimalMixClient> {
  client ??= import('./solverWorker').then(({ createSolverWorker }) =>
    createOptimalMixClient(createSolverWorker)
  );
  return client;
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
  // In-process (Jest's jsdom) the core's default safety net applies: a few seconds of wall clock
  // made the plan depend on the machine's load.
  return solveOptimalMix(problem, { signal });
}
