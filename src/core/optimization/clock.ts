/**
 * The wall-clock safety net and the cancel signal of one solve, checked between solver steps.
 * Results never depend on it: a solve that finishes in time is the same on any machine; one that
 * does not says so (status `timeLimit`).
 */
export type Clock = {
  readonly expired: () => boolean;
  readonly cancelled: () => boolean;
  readonly remainingSeconds: () => number;
  readonly elapsedMs: () => number;
  /**
   * Lets the event loop run (so an abort from a timer or a click lands) when the solve has held
   * the thread for a while; otherwise returns at once.
   */
  readonly pause: () => Promise<void>;
};

/** Without a limit a solve may run this long; the worker keeps the pane responsive meanwhile. */
export const DEFAULT_TIME_LIMIT_MS = 60_000;
// Long enough that yielding costs nothing measurable, short enough for a prompt cancel.
const HOLD_MS = 25;

export function startClock(timeLimitMs = DEFAULT_TIME_LIMIT_MS, signal?: AbortSignal): Clock {
  const start = Date.now();
  const deadline = start + Math.max(0, timeLimitMs);
  let held = start;
  return {
    expired: () => Date.now() >= deadline,
    cancelled: () => signal?.aborted === true,
    remainingSeconds: () => (deadline - Date.now()) / 1000,
    elapsedMs: () => Date.now() - start,
    pause: async () => {
      const now = Date.now();
      if (now - held < HOLD_MS) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
      held = Date.now();
    },
  };
}
