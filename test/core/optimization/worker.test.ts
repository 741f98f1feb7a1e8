import {
  createOptimalMixClient,
  handleSolveRequest,
  type SolveRequest,
  type SolveResponse,
  type SolverWorker,
} from '../../../src/core/optimization';
import { pq } from '../../fixtures/problems';

/** A worker that answers in-process, as the real one does across threads. */
function fakeWorker(delayMs = 0): SolverWorker & { terminated: boolean } {
  const worker = {
    terminated: false,
    onmessage: null as ((event: { data: SolveResponse }) => void) | null,
    onerror: null as ((event: unknown) => void) | null,
    postMessage(request: SolveRequest) {
      setTimeout(() => {
        void handleSolveRequest(request).then((data) => {
          if (!worker.terminated) worker.onmessage?.({ data });
        });
      }, delayMs);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('the solver worker', () => {
  it('answers a request with the outcome under the same id', async () => {
    const response = await handleSolveRequest({ id: 7, problem: pq });
    expect(response.id).toBe(7);
    expect('outcome' in response && response.outcome.status).toBe('optimal');
  });

  it('lets the pane solve through the client and get the P&Q plan', async () => {
    const client = createOptimalMixClient(() => fakeWorker());
    const outcome = await client.solve(pq, { timeLimitMs: 10_000 });
    expect(outcome.status === 'optimal' && Array.from(outcome.quantity)).toEqual([100, 30]);
    client.dispose();
  });

  it('cancels by terminating the busy worker and answers cancelled', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createOptimalMixClient(() => {
      const worker = fakeWorker(200);
      workers.push(worker);
      return worker;
    });
    const controller = new AbortController();
    const solving = client.solve(pq, { signal: controller.signal });
    controller.abort();
    expect(await solving).toEqual({ status: 'cancelled' });
    expect(workers[0]?.terminated).toBe(true);
    // The next solve starts a fresh worker.
    const again = await client.solve(pq);
    expect(again.status).toBe('optimal');
    expect(workers).toHaveLength(2);
    client.dispose();
  });
});
