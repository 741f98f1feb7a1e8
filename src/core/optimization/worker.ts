/**
 * The solver's Web Worker entry. A solve blocks its thread (HiGHS runs synchronously), and Office
 * restarts an add-in whose pane stays unresponsive for 5 s, so the pane solves here. Bundle it with
 * `new Worker(new URL('./worker.ts', import.meta.url))` (webpack 5 makes it a separate chunk, with
 * highs.wasm as an asset beside it).
 */
import type { SolveRequest, SolveResponse } from './messages';
import { solveOptimalMix } from './solveOptimalMix';

/** Pure message handling: one request in, one response out. */
export async function handleSolveRequest(request: SolveRequest): Promise<SolveResponse> {
  try {
    const options = request.timeLimitMs === undefined ? {} : { timeLimitMs: request.timeLimitMs };
    return { id: request.id, outcome: await solveOptimalMix(request.problem, options) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

type WorkerScope = {
  onmessage: ((event: { data: SolveRequest }) => void) | null;
  postMessage(message: SolveResponse): void;
};

const scope = globalThis as unknown as Partial<WorkerScope> & { WorkerGlobalScope?: unknown };
if (scope.WorkerGlobalScope !== undefined) {
  const worker = scope as WorkerScope;
  worker.onmessage = (event) => {
    void handleSolveRequest(event.data).then((response) => worker.postMessage(response));
  };
}
