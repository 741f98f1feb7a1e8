/**
 * The exact product mix (LP/MILP with HiGHS compiled to WebAssembly), with the greedy TOC plan
 * beside it. Types of the answer: see `./types`.
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
export { createOptimalMixClient, type OptimalMixClient, type SolverWorker } from './client';
export { handleSolveRequest } from './worker';
export type { SolveRequest, SolveResponse } from './messages';
