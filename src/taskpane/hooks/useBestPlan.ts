import { useCallback, useEffect, useRef, useState } from 'react';
import type { MixProblem } from '../../core';
import type { OptimalMixOutcome } from '../../core/optimization';
import { prepareSolver, solveMix } from '../solveMix';

/** Where the search for the best plan stands. */
export type BestPlanState =
  | { readonly step: 'idle' }
  | { readonly step: 'solving' }
  | {
      readonly step: 'done';
      readonly problem: MixProblem;
      readonly outcome: OptimalMixOutcome;
      /** The signature of the plan the problem came from (see useProductMix). */
      readonly signature: string | null;
    }
  | { readonly step: 'failed'; readonly message: string };

export type BestPlan = {
  readonly state: BestPlanState;
  readonly cancel: () => void;
  /** Starts the search again after a cancel. */
  readonly retry: () => void;
};

// Typing a capacity changes the problem at each key: solve once the typing pauses.
const SOLVE_DELAY_MS = 250;

/** Solves `problem` for the best plan whenever it changes while `enabled`; cancels on change. */
export function useBestPlan(
  problem: MixProblem | null,
  enabled: boolean,
  signature: string | null = null
): BestPlan {
  const [state, setState] = useState<BestPlanState>({ step: 'idle' });
  const [controller, setController] = useState<AbortController | null>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(signature);
  latest.current = signature;
  // The solver worker's script loads while the owner reads the table, not after the first click.
  useEffect(prepareSolver, []);

  useEffect(() => {
    if (!enabled || problem === null) {
      setState({ step: 'idle' });
      return undefined;
    }
    const abort = new AbortController();
    // A later problem supersedes this solve: its answer, whatever it is, is not shown.
    let live = true;
    setController(abort);
    setState({ step: 'solving' });
    const timer = setTimeout(() => {
      solveMix(problem, abort.signal).then(
        (outcome) => {
          // The signature as it is when the answer lands: a change of it alone (the target
          // profit) leaves the problem, and so the answer, the same.
          // A Cancel that came as the solve finished wins: "cancelled" stays.
          if (live && !abort.signal.aborted)
            setState({ step: 'done', problem, outcome, signature: latest.current });
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          if (live && !abort.signal.aborted) setState({ step: 'failed', message });
        }
      );
    }, SOLVE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
      abort.abort();
    };
  }, [problem, enabled, attempt]);

  const cancel = useCallback(() => {
    controller?.abort();
    setState({
      step: 'done',
      problem: problem as MixProblem,
      outcome: { status: 'cancelled' },
      signature,
    });
  }, [controller, problem, signature]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, cancel, retry };
}
