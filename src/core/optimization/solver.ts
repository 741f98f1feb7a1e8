import type { Highs } from 'highs';

/**
 * HiGHS (MIT, compiled to WebAssembly) is loaded only when a solve needs it: whole units (its
 * branch and cut) or the rare continuous solve our dual simplex does not certify. One instance is
 * shared by every later solve.
 */
let loading: Promise<Highs> | null = null;

export function loadSolver(): Promise<Highs> {
  if (loading === null) {
    loading = import('highs').then((module) => module.default()) as Promise<Highs>;
    // A failed load (a missing .wasm asset) is retried on the next call, not cached.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
