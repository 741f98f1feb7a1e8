import type { MixProblem } from '../planProductMix';
import type { OptimalMixOutcome } from './types';

/** Posted to the solver worker. Typed arrays and `Infinity` survive structured clone as they are. */
export type SolveRequest = {
  readonly id: number;
  readonly problem: MixProblem;
  readonly timeLimitMs?: number;
  readonly maxNodes?: number;
};

/** Asks the worker to stop solve `id` at its next step; the worker answers it `cancelled`. */
export type CancelRequest = { readonly id: number; readonly cancel: true };

export type WorkerRequest = SolveRequest | CancelRequest;

/** Posted back: the outcome, or the message of a programming error (never a user's problem). */
export type SolveResponse =
  | { readonly id: number; readonly outcome: OptimalMixOutcome }
  | { readonly id: number; readonly error: string };
