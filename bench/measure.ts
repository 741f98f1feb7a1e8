/** One row of bench/results.json. */
export type BenchRow = {
  readonly name: string;
  readonly n: number;
  readonly ms: number;
  readonly baseline: string;
  readonly baselineMs: number;
  /** ms ÷ baselineMs for "within k× of the baseline" goals, or baselineMs ÷ ms for speed-ups; see name. */
  readonly ratio: number;
  /** CPU time (all threads) of ours and of the baseline, medians: less sensitive to other load. */
  readonly cpuMs?: number;
  readonly baselineCpuMs?: number;
};

/** Wall time of one call, in milliseconds. */
export function timeMs(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]): number =>
  xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;

/** Median wall time of `runs` calls, after one warm-up call. */
export function medianMs(runs: number, work: () => void): number {
  work();
  return median(Array.from({ length: runs }, () => timeMs(work)));
}

/**
 * Times `ours` and `baseline` interleaved (A, B, A, B …) so that noise from a shared machine hits
 * both alike, and returns their medians.
 */
export function sideBySide(
  runs: number,
  ours: () => void,
  baseline: () => void
): { ms: number; baselineMs: number } {
  ours();
  baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < runs; k++) {
    a.push(timeMs(ours));
    b.push(timeMs(baseline));
  }
  return { ms: median(a), baselineMs: median(b) };
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** Wall time of one awaited call, in milliseconds. */
export async function timeAsyncMs(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const cpuNow = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** `sideBySide` for async work: interleaved runs, medians of each, wall and CPU time. */
export async function sideBySideAsync(
  runs: number,
  ours: () => Promise<unknown>,
  baseline: () => Promise<unknown>
): Promise<{ ms: number; baselineMs: number; cpuMs: number; baselineCpuMs: number }> {
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let k = 0; k < runs; k++) {
    for (const [side, work] of [ours, baseline].entries()) {
      const start = cpuNow();
      wall[side]?.push(await timeAsyncMs(work));
      cpu[side]?.push(cpuNow() - start);
    }
  }
  return {
    ms: median(wall[0]),
    baselineMs: median(wall[1]),
    cpuMs: median(cpu[0]),
    baselineCpuMs: median(cpu[1]),
  };
}

export { median };
