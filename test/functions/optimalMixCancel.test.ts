/**
 * TA.OPTIMALMIX is cancelable: when Excel cancels the call (its inputs changed, the user pressed
 * Esc), the worker is asked to stop that solve (and stays warm for the next call), and nothing
 * the old solve finds later reaches a cell. The worker here answers only when the test says so,
 * so nothing depends on how fast the machine is.
 */
import {
  handleSolveRequest,
  type SolveRequest,
  type SolveResponse,
  type SolverWorker,
  type WorkerRequest,
} from '../../src/core/optimization';
import { optimalMix, useSolverWorker } from '../../src/functions/optimalMixFunctions';
import { asyncExcelErrorOf, column, OMITTED } from './excel';

/** A worker that holds each request until `answer()`; it records cancels and being terminated. */
class HeldWorker implements SolverWorker {
  onmessage: ((event: { data: SolveResponse }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readonly requests: SolveRequest[] = [];
  readonly cancels: number[] = [];
  terminated = false;

  postMessage(message: WorkerRequest): void {
    if (!('cancel' in message)) {
      this.requests.push(message);
      return;
    }
    // A real worker answers a cancelled solve `cancelled` at its next step.
    this.cancels.push(message.id);
    const data: SolveResponse = { id: message.id, outcome: { status: 'cancelled' } };
    void Promise.resolve().then(() => this.onmessage?.({ data }));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Solves the oldest held request for real and posts its answer, as the worker would. */
  async answer(): Promise<void> {
    const request = this.requests.shift();
    if (!request) throw new Error('no request held');
    const response = await handleSolveRequest(request);
    this.onmessage?.({ data: response });
  }
}

/** What Excel hands a cancelable function: it calls onCanceled when it cancels the call. */
function invocation(): CustomFunctions.CancelableInvocation & { cancel(): void } {
  const call = {
    address: 'Sheet1!A1',
    onCanceled: () => undefined as void,
    cancel: () => call.onCanceled(),
  };
  return call as unknown as CustomFunctions.CancelableInvocation & { cancel(): void };
}

const names = column('W', 'L');
const price = column(48, 40);
const tvc = column(0, 0);
const usage = [
  [7, 2],
  [5, 2],
];
const capacity = [[3500, 1200]];
const demand = column(400, 1000);

function solveIn(call: ReturnType<typeof invocation>, wholeUnits = true) {
  return optimalMix(
    names,
    price,
    tvc,
    usage,
    capacity,
    demand,
    OMITTED,
    [[wholeUnits]],
    OMITTED,
    call
  );
}

/** Lets pending promise callbacks run (no timers: the order of events, not time). */
async function flush(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

describe('cancelling TA.OPTIMALMIX', () => {
  const workers: HeldWorker[] = [];

  beforeEach(() => {
    workers.length = 0;
    useSolverWorker(() => {
      const worker = new HeldWorker();
      workers.push(worker);
      return worker;
    });
  });

  it('asks the busy worker to stop, keeps it warm and answers the cancelled call without a plan', async () => {
    const call = invocation();
    const result = solveIn(call);
    await flush();
    expect(workers).toHaveLength(1);
    expect(workers[0]?.requests).toHaveLength(1);
    call.cancel();
    expect(await asyncExcelErrorOf(() => result)).toEqual({
      code: '#N/A',
      message: 'the solve was cancelled',
    });
    expect(workers[0]?.cancels).toEqual([workers[0]?.requests[0]?.id]);
    expect(workers[0]?.terminated).toBe(false);
  });

  it('never lets the old solve’s late answer reach the call that replaced it', async () => {
    const first = invocation();
    const stale = solveIn(first, true);
    await flush();
    first.cancel();
    await asyncExcelErrorOf(() => stale);
    // Excel recalculates with new inputs: fractional units this time, in the same warm worker.
    const second = invocation();
    let settled: unknown = 'pending';
    const fresh = solveIn(second, false).then((rows) => (settled = rows));
    await flush();
    expect(workers).toHaveLength(1);
    // The old solve had not stopped yet and now posts its whole-unit plan: nobody takes it.
    const worker = workers[0] as HeldWorker;
    await worker.answer();
    await flush();
    expect(settled).toBe('pending');
    await worker.answer();
    await fresh;
    const rows = settled as unknown[][];
    expect(rows[4]?.[1]).toBe(26000);
    expect(worker.requests).toEqual([]);
    expect(worker.terminated).toBe(false);
  });

  it('answers a call that is not cancelled with the plan', async () => {
    const call = invocation();
    const result = solveIn(call);
    await flush();
    await (workers[0] as HeldWorker).answer();
    const rows = await result;
    expect(rows[4]?.[1]).toBe(26000);
    expect(workers[0]?.terminated).toBe(false);
  });
});
