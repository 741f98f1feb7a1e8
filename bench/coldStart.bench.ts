/**
 * The first solve in a fresh worker against a warm one, 20,000 products × 20 resources (bench
 * shape), in Node worker threads running the worker's own protocol. Two ways to meet a fresh
 * worker, each the median of three fresh workers:
 * - asked at once, counted from starting the worker (the owner clicks as the pane opens);
 * - started beforehand, its script loaded (what the pane and TA.OPTIMALMIX do: the worker starts
 *   with the page and survives cancels).
 * Warm: the third solve in one worker. Every time is from posting the problem to the answer,
 * except "asked at once", which counts from starting the worker.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SolveResponse } from '../src/core/optimization';
import { median, round, type BenchRow } from './measure';
import { shapedMixProblem } from './optimizationProblems';

const problem = shapedMixProblem('bench', 20_000, 20);

function startWorker(): { worker: Worker; ready: Promise<void>; started: bigint } {
  const started = process.hrtime.bigint();
  const worker = new Worker(join(__dirname, 'solverThread.js'));
  const ready = new Promise<void>((resolve) => {
    worker.on('message', (message: { ready?: boolean }) => message.ready && resolve());
  });
  return { worker, ready, started };
}

let nextId = 1;
async function solveIn(worker: Worker, from = process.hrtime.bigint()): Promise<number> {
  const id = nextId++;
  const answered = new Promise<void>((resolve, reject) => {
    const listen = (message: SolveResponse | { ready: true }): void => {
      if (!('id' in message) || message.id !== id) return;
      worker.off('message', listen);
      if ('error' in message) reject(new Error(message.error));
      else resolve();
    };
    worker.on('message', listen);
  });
  worker.postMessage({ id, problem });
  await answered;
  return Number(process.hrtime.bigint() - from) / 1e6;
}

type Way = 'atOnce' | 'started';

async function firstAndWarm(way: Way): Promise<{ first: number; warm: number }> {
  const { worker, ready, started } = startWorker();
  if (way === 'started') await ready;
  const first = await solveIn(worker, way === 'atOnce' ? started : undefined);
  await solveIn(worker);
  const warm = await solveIn(worker);
  await worker.terminate();
  return { first, warm };
}

const NAMES: Record<Way, string> = {
  atOnce:
    'optimisation: first solve asked as a fresh worker starts, 20 resources (ratio = first ÷ warm)',
  started:
    'optimisation: first solve in a fresh worker started beforehand (the pane’s path), 20 resources (ratio = first ÷ warm)',
};

export async function runColdStartBench(opts: { quick: boolean }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const way of ['atOnce', 'started'] as const) {
    const firsts: number[] = [];
    const warms: number[] = [];
    for (let k = 0; k < (opts.quick ? 1 : 3); k++) {
      const { first, warm } = await firstAndWarm(way);
      firsts.push(first);
      warms.push(warm);
    }
    const ms = median(firsts);
    const baselineMs = median(warms);
    rows.push({
      name: NAMES[way],
      n: problem.products.count,
      ms: round(ms),
      baseline: 'a warm solve (the third in the same worker)',
      baselineMs: round(baselineMs),
      ratio: round(ms / baselineMs, 2),
    });
  }
  return rows;
}
