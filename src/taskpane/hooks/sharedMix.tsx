import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import type { MixPlan, MixProblem } from '../../core';
import type { MixModel } from '../mixModel';
import type { TimeUnit } from '../planView';

/**
 * The product mix the user last planned on the Product mix tab, for the tabs that price CCR hours
 * (the Decision tab's "ΔT from freed hours"). Only the selected tab is mounted, so the plan lives
 * in the App, not in the tab: it stays available after switching tabs.
 */
export type SharedMix = {
  readonly problem: MixProblem;
  /** Unit of the problem's times and capacities; freed hours are converted into it. */
  readonly timeUnit: TimeUnit;
  readonly sourceLabel: string;
  /** The resource the plan is ranked by (the CCR), whose freed hours are priced. */
  readonly resourceName: string | null;
};

type Shared = { readonly mix: SharedMix | null; readonly publish: (mix: SharedMix | null) => void };

const SharedMixContext = createContext<Shared>({ mix: null, publish: () => undefined });

/** What a tab typed, by key, kept while the pane is open so switching tabs does not lose it. */
const TabMemoryContext = createContext<Map<string, unknown> | null>(null);

export function SharedMixProvider({ children }: { children: ReactNode }) {
  const [mix, publish] = useState<SharedMix | null>(null);
  const [memory] = useState(() => new Map<string, unknown>());
  const value = useMemo(() => ({ mix, publish }), [mix]);
  return (
    <SharedMixContext.Provider value={value}>
      <TabMemoryContext.Provider value={memory}>{children}</TabMemoryContext.Provider>
    </SharedMixContext.Provider>
  );
}

/**
 * `useState` that outlives the tab: only the selected tab is mounted, so a form typed on the
 * Decision tab would otherwise be lost on a trip to the Product mix tab to build a plan.
 */
export function useTabState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const memory = useContext(TabMemoryContext);
  const [value, setValue] = useState<T>(() =>
    memory?.has(key) ? (memory.get(key) as T) : initial
  );
  useEffect(() => {
    memory?.set(key, value);
  }, [memory, key, value]);
  return [value, setValue];
}

/** The last planned mix, or `null` while none has been planned. */
export function useSharedMix(): SharedMix | null {
  return useContext(SharedMixContext).mix;
}

/** Publishes the Product mix tab's problem whenever it gives a plan (and withdraws it when not). */
export function usePublishMix(model: MixModel | null, timeUnit: TimeUnit, sourceLabel: string) {
  const { publish } = useContext(SharedMixContext);
  const plan = model?.outcome?.status === 'planned' ? (model.outcome as MixPlan) : null;
  const problem = plan === null ? null : (model?.problem ?? null);
  const ranking = plan?.rankingResource ?? null;
  const resourceName = ranking === null ? null : (problem?.resources[ranking]?.name ?? null);
  useEffect(() => {
    publish(problem === null ? null : { problem, timeUnit, sourceLabel, resourceName });
  }, [publish, problem, timeUnit, sourceLabel, resourceName]);
}
