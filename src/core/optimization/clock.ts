/** The wall-clock budget and the cancel signal of one solve, checked between solver steps. */
export type Clock = {
  readonly expired: () => boolean;
  readonly cancelled: () => boolean;
  readonly remainingSeconds: () => number;
  readonly elapsedMs: () => number;
  /** Lets the event loop run between solver steps, so an abort from a timer or a click lands. */
  readonly yield: () => Promise<void>;
};

/** Without a limit a solve may run this long; the worker keeps the pane responsive meanwhile. */
export const DEFAULT_TIME_LIMIT_MS = 60_000;

export function startClock(timeLimitMs = DEFAULT_TIME_LIMIT_MS, signal?: AbortSignal): Clock {
  const start = Date.now();
  const deadline = start + Math.max(0, timeLimitMs);
  return {
    expired: () => Date.now() >= deadline,
    cancelled: () => signal?.aborted === true,
    remainingSeconds: () => (deadline - Date.now()) / 1000,
    elapsedMs: () => Date.now() - start,
    yield: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}
