import { act, renderHook, waitFor } from '@testing-library/react';
import type { OptimalMixOutcome } from '../../src/core/optimization';
import { useBestPlan } from '../../src/taskpane/hooks/useBestPlan';
import { pq } from '../fixtures/problems';

/**
 * Each solve waits for the test to settle it, whatever its signal says: a worker whose answer
 * was already on its way when Cancel was clicked.
 */
const pending: { resolve: (outcome: OptimalMixOutcome) => void; reject: (e: Error) => void }[] = [];
jest.mock('../../src/taskpane/solveMix', () => ({
  prepareSolver: () => undefined,
  solveMix: () =>
    new Promise<OptimalMixOutcome>((resolve, reject) => pending.push({ resolve, reject })),
}));
afterEach(() => {
  pending.length = 0;
});

async function cancelledMidSolve() {
  const hook = renderHook(() => useBestPlan(pq, true));
  await waitFor(() => expect(pending).toHaveLength(1));
  act(() => hook.result.current.cancel());
  return { hook, solve: pending[0] as (typeof pending)[number] };
}

describe('the best plan’s search and Cancel', () => {
  it('keeps “cancelled” when the solve answers just after Cancel was clicked', async () => {
    const { hook, solve } = await cancelledMidSolve();
    await act(async () => solve.resolve({ status: 'unbounded', product: 0 }));
    expect(hook.result.current.state).toMatchObject({
      step: 'done',
      outcome: { status: 'cancelled' },
    });
  });

  it('keeps “cancelled” when the solve fails just after Cancel was clicked', async () => {
    const { hook, solve } = await cancelledMidSolve();
    await act(async () => solve.reject(new Error('worker stopped')));
    expect(hook.result.current.state).toMatchObject({ outcome: { status: 'cancelled' } });
  });

  it('shows the answer of a solve nobody cancelled', async () => {
    const hook = renderHook(() => useBestPlan(pq, true));
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending[0]?.resolve({ status: 'unbounded', product: 0 }));
    expect(hook.result.current.state).toMatchObject({
      step: 'done',
      outcome: { status: 'unbounded' },
    });
  });
});
