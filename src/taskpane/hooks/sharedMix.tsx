import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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

export function SharedMixProvider({ children }: { children: ReactNode }) {
  const [mix, publish] = useState<SharedMix | null>(null);
  const value = useMemo(() => ({ mix, publish }), [mix]);
  return <SharedMixContext.Provider value={value}>{children}</SharedMixContext.Provider>;
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
