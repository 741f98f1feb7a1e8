/**
 * The solver's Web Worker entry. A solve blocks its thread between its steps (and HiGHS runs
 * synchronously), and Office restarts an add-in whose pane stays unresponsive for 5 s, so the pane
 * and TA.OPTIMALMIX solve here. Bundle it with `new Worker(new URL('./worker.ts', import.meta.url))`
 * (webpack 5 makes it a separate chunk, with highs.wasm as an asset beside it).
 *
 * A cancel stops one solve at its next step (the solve yields every few dozen milliseconds)
 * instead of ending the worker: it stays warm (its hot loops compiled) for the next solve. No
 * made-up warm-up solve: measured, it made the first real solve slower (2.75× a warm one against
 * 1.3–1.5× without it).
 */
import type { SolveRequest, SolveResponse, WorkerRequest } from './messages';
import { solveOptimalMix } from './solveOptimalMix';

/** Pure message handling: one request in, one response out. */
export async function handleSolveRequest(
  request: SolveRequest,
  signal?: AbortSignal
): Promise<SolveResponse> {
  try {
    const options = {
      ...(request.timeLimitMs === undefined ? {} : { timeLimitMs: request.timeLimitMs }),
      ...(request.maxNodes === undefined ? {} : { maxNodes: request.maxNodes }),
      ...(signal ? { signal } : {}),
    };
    return { id: request.id, outcome: await solveOptimalMix(request.problem, options) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The worker's side of the protocol: solves and cancels, answers posted back. */
export function serveSolveRequests(post: (response: SolveResponse) => void): {
  readonly receive: (request: WorkerRequest) => void;
} {
  const running = new Map<number, AbortController>();
  return {
    receive(request) {
      if ('cancel' in request) {
        running.get(request.id)?.abort();
        return;
      }
      const controller = new AbortController();
      running.set(request.id, controller);
      void handleSolveRequest(request, controller.signal).then((response) => {
        running.delete(request.id);
        post(response);
      });
    },
  };
}

type WorkerScope = {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: SolveResponse): void;
};

const scope = globalThis as unknown as Partial<WorkerScope> & { WorkerGlobalScope?: unknown };
if (scope.WorkerGlobalScope !== undefined) {
  const worker = scope as WorkerScope;
  const server = serveSolveRequests((response) => worker.postMessage(response));
  worker.onmessage = (event) => server.receive(event.data);
}
