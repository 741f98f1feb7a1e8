import {
  createOptimalMixClient,
  handleSolveRequest,
  serveSolveRequests,
  type SolveResponse,
  type SolverWorker,
  type WorkerRequest,
} from '../../../src/core/optimization';
import { randomMixProblem } from '../../../bench/optimizationProblems';
import { pq } from '../../fixtures/problems';

type FakeWorker = SolverWorker & { terminated: boolean; received: WorkerRequest[] };

/**
 * A worker that answers in-process through the worker's own protocol, as the real one does; a deaf
 * one is stuck (inside a long synchronous step) and answers nothing.
 */
function fakeWorker(options: { deaf?: boolean } = {}): FakeWorker {
  const worker: FakeWorker = {
    terminated: false,
    received: [],
    onmessage: null,
    onerror: null,
    postMessage(request) {
      worker.received.push(request);
      if (options.deaf && 'cancel' in request) return;
      setTimeout(() => server.receive(request), 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  const server = serveSolveRequests((data: SolveResponse) => {
    if (!worker.terminated && !options.deaf) worker.onmessage?.({ data });
  });
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

  it('starts its worker before the first solve, so its script is loaded by then', () => {
    const workers: FakeWorker[] = [];
    const client = createOptimalMixClient(() => {
      workers.push(fakeWorker());
      return workers[workers.length - 1] as FakeWorker;
    });
    expect(workers).toHaveLength(1);
    client.dispose();
  });

  it('cancels one solve without ending the warm worker, and the next solve reuses it', async () => {
    const workers: FakeWorker[] = [];
    const client = createOptimalMixClient(() => {
      workers.push(fakeWorker());
      return workers[workers.length - 1] as FakeWorker;
    });
    const controller = new AbortController();
    const solving = client.solve(randomMixProblem(20_000, 5, false), { signal: controller.signal });
    controller.abort();
    expect(await solving).toEqual({ status: 'cancelled' });
    expect(workers[0]?.received.some((message) => 'cancel' in message)).toBe(true);
    const again = await client.solve(pq);
    expect(again.status).toBe('optimal');
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
    client.dispose();
  });

  it('replaces a worker that ignores a cancel, and solves the other open request there', async () => {
    jest.useFakeTimers();
    try {
      const workers: FakeWorker[] = [];
      const client = createOptimalMixClient(() => {
        const worker = fakeWorker({ deaf: workers.length === 0 });
        workers.push(worker);
        return worker;
      });
      const controller = new AbortController();
      const first = client.solve(pq, { signal: controller.signal });
      const second = client.solve(pq);
      controller.abort();
      expect(await first).toEqual({ status: 'cancelled' });
      await jest.advanceTimersByTimeAsync(1000);
      expect(workers).toHaveLength(2);
      expect(workers[0]?.terminated).toBe(true);
      await jest.advanceTimersByTimeAsync(10);
      expect((await second).status).toBe('optimal');
      client.dispose();
    } finally {
      jest.useRealTimers();
    }
  });
});
