import type { MixProblem } from '../planProductMix';
import type { SolveRequest, SolveResponse } from './messages';
import type { OptimalMixOptions, OptimalMixOutcome } from './types';

/** The part of a `Worker` the client uses (a real one in the pane, an in-process fake in tests). */
export type SolverWorker = {
  postMessage(message: SolveRequest): void;
  terminate(): void;
  onmessage: ((event: { data: SolveResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
};

export type OptimalMixClient = {
  solve(problem: MixProblem, options?: OptimalMixOptions): Promise<OptimalMixOutcome>;
  /** Ends the worker; the next solve starts a new one. */
  dispose(): void;
};

// The worker returns its best plan at the time limit; past this grace it is presumed stuck.
const GRACE_MS = 5000;

type Pending = {
  readonly resolve: (outcome: OptimalMixOutcome) => void;
  readonly reject: (error: Error) => void;
};

/**
 * Solves in a worker. A cancel cannot reach a worker busy in a synchronous solve, so cancelling
 * terminates the worker (and with it the solve) and answers `cancelled`.
 *
 * ```ts
 * const client = createOptimalMixClient(
 *   () => new Worker(new URL('../core/optimization/worker.ts', import.meta.url))
 * );
 * ```
 */
export function createOptimalMixClient(createWorker: () => SolverWorker): OptimalMixClient {
  let worker: SolverWorker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (answer: (p: Pending) => void): void => {
    worker?.terminate();
    worker = null;
    const waiting = Array.from(pending.values());
    pending.clear();
    waiting.forEach(answer);
  };

  const start = (): SolverWorker => {
    const created = createWorker();
    created.onmessage = (event) => {
      const entry = pending.get(event.data.id);
      if (!entry) return;
      pending.delete(event.data.id);
      if ('outcome' in event.data) entry.resolve(event.data.outcome);
      else entry.reject(new Error(event.data.error));
    };
    created.onerror = () => stop((p) => p.reject(new Error('the solver worker failed')));
    return created;
  };

  return {
    solve(problem, options = {}) {
      if (options.signal?.aborted) return Promise.resolve({ status: 'cancelled' });
      const id = nextId++;
      worker ??= start();
      const limit = options.timeLimitMs;
      return new Promise<OptimalMixOutcome>((resolve, reject) => {
        const cancel = (): void => stop((p) => p.resolve({ status: 'cancelled' }));
        const timer = limit === undefined ? null : setTimeout(cancel, limit + GRACE_MS);
        const done = (): void => {
          if (timer !== null) clearTimeout(timer);
          options.signal?.removeEventListener('abort', cancel);
        };
        pending.set(id, {
          resolve: (outcome) => (done(), resolve(outcome)),
          reject: (error) => (done(), reject(error)),
        });
        options.signal?.addEventListener('abort', cancel, { once: true });
        (worker as SolverWorker).postMessage({
          id,
          problem,
          ...(limit === undefined ? {} : { timeLimitMs: limit }),
        });
      });
    },
    dispose: () => stop((p) => p.resolve({ status: 'cancelled' })),
  };
}
