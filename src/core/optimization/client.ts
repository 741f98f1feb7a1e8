import type { MixProblem } from '../planProductMix';
import type { SolveRequest, SolveResponse, WorkerRequest } from './messages';
import type { OptimalMixOptions, OptimalMixOutcome } from './types';

/** The part of a `Worker` the client uses (a real one in the pane, an in-process fake in tests). */
export type SolverWorker = {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: SolveResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
};

export type OptimalMixClient = {
  solve(problem: MixProblem, options?: OptimalMixOptions): Promise<OptimalMixOutcome>;
  /** Ends the worker and answers every open solve `cancelled`. */
  dispose(): void;
};

// A worker that has not answered a cancel this long after it is stuck in one synchronous step
// (a HiGHS call): it is replaced, and the other open solves are posted to the new one.
const CANCEL_GRACE_MS = 1000;
// The worker answers at its time limit with the best plan found; past this grace it is stuck.
const LIMIT_GRACE_MS = 5000;

type Open = {
  readonly request: SolveRequest;
  readonly settle: (answer: SolveResponse | 'cancelled') => void;
};

/**
 * Solves in one long-lived worker, started (its script loaded) as soon as the client is created. A
 * cancel asks the worker to stop that solve and answers `cancelled` at once; the worker stays
 * warm for the next solve. Only a worker that ignores the cancel (busy inside one synchronous
 * HiGHS call) is ended and replaced.
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
  const open = new Map<number, Open>();
  const cancelling = new Map<number, ReturnType<typeof setTimeout>>();

  const start = (): SolverWorker => {
    const created = createWorker();
    created.onmessage = ({ data }) => {
      const waiting = cancelling.get(data.id);
      if (waiting !== undefined) {
        clearTimeout(waiting);
        cancelling.delete(data.id);
      }
      open.get(data.id)?.settle(data);
    };
    created.onerror = () => {
      worker?.terminate();
      worker = null;
      const failed = Array.from(open.values());
      failed.forEach((entry) =>
        entry.settle({ id: entry.request.id, error: 'the solver worker failed' })
      );
    };
    return created;
  };

  /** A new worker in place of a stuck one; open solves start again there. */
  const restart = (): void => {
    worker?.terminate();
    cancelling.forEach((timer) => clearTimeout(timer));
    cancelling.clear();
    worker = start();
    for (const entry of open.values()) worker.postMessage(entry.request);
  };

  worker = start();

  return {
    solve(problem, options = {}) {
      if (options.signal?.aborted) return Promise.resolve({ status: 'cancelled' });
      const id = nextId++;
      const limit = options.timeLimitMs;
      const request: SolveRequest = {
        id,
        problem,
        ...(limit === undefined ? {} : { timeLimitMs: limit }),
        ...(options.maxNodes === undefined ? {} : { maxNodes: options.maxNodes }),
      };
      return new Promise<OptimalMixOutcome>((resolve, reject) => {
        let deadline: ReturnType<typeof setTimeout> | null = null;
        const cancel = (): void => {
          if (!open.has(id)) return;
          settle('cancelled');
          worker?.postMessage({ id, cancel: true });
          cancelling.set(id, setTimeout(restart, CANCEL_GRACE_MS));
        };
        const settle = (answer: SolveResponse | 'cancelled'): void => {
          open.delete(id);
          if (deadline !== null) clearTimeout(deadline);
          options.signal?.removeEventListener('abort', cancel);
          if (answer === 'cancelled') resolve({ status: 'cancelled' });
          else if ('outcome' in answer) resolve(answer.outcome);
          else reject(new Error(answer.error));
        };
        open.set(id, { request, settle });
        if (limit !== undefined) {
          deadline = setTimeout(() => {
            settle('cancelled');
            restart();
          }, limit + LIMIT_GRACE_MS);
        }
        options.signal?.addEventListener('abort', cancel, { once: true });
        worker ??= start();
        worker.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      cancelling.forEach((timer) => clearTimeout(timer));
      cancelling.clear();
      Array.from(open.values()).forEach((entry) => entry.settle('cancelled'));
    },
  };
}

let shared: OptimalMixClient | null = null;

/**
 * One client (one warm worker) for the whole page: the task pane and TA.OPTIMALMIX share the
 * shared runtime's page, and a second worker would only double the compiling and the memory.
 */
export function sharedOptimalMixClient(createWorker: () => SolverWorker): OptimalMixClient {
  shared ??= createOptimalMixClient(createWorker);
  return shared;
}

/** A new shared client on `createWorker` (the old one's worker ends, its open solves cancelled). */
export function replaceSharedOptimalMixClient(createWorker: () => SolverWorker): OptimalMixClient {
  shared?.dispose();
  shared = createOptimalMixClient(createWorker);
  return shared;
}
