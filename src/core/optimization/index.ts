/**
 * The exact product mix (our bounded dual simplex; HiGHS, compiled to WebAssembly, for whole
 * units), with the greedy TOC plan beside it. Types of the answer: see `./types`.
 */
export { solveOptimalMix } from './solveOptimalMix';
export { loadSolver } from './solver';
export { DEFAULT_TIME_LIMIT_MS } from './clock';
export type {
  DualRange,
  GreedyShortfallReason,
  OptimalMixOptions,
  OptimalMixOutcome,
  OptimalMixResult,
  SolveStats,
} from './types';
export {
  createOptimalMixClient,
  replaceSharedOptimalMixClient,
  sharedOptimalMixClient,
  type OptimalMixClient,
  type SolverWorker,
} from './client';
export { handleSolveRequest, serveSolveRequests } from './worker';
export type { CancelRequest, SolveRequest, SolveResponse, WorkerRequest } from './messages';
