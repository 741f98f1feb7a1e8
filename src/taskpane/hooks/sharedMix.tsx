import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import type { MixPlan, MixProblem } from '../../core';
import type { WorkbookGateway } from '../../workbook/gateway';
import type { MixMethod } from '../planInputs';
import type { TimeUnit } from '../planView';
import { touchesSource } from '../sourceFacts';
import type { BestPlanState } from './useBestPlan';
import { useProductMix, type ProductMix } from './useProductMix';
import { useWorkbookWatch } from './useWorkbookWatch';

/**
 * The product mix the pane plans, for the tabs that price hours of a resource (the Decision
 * tab's "ΔT from freed hours"): the same plan the Product mix tab shows, with its method.
 */
export type SharedMix = {
  readonly problem: MixProblem;
  /** The ranking's plan of `problem`. */
  readonly plan: MixPlan;
  /** Unit of the problem's times and capacities; freed hours are converted into it. */
  readonly timeUnit: TimeUnit;
  readonly sourceLabel: string;
  /** The resource the ranking is by (the CCR). */
  readonly resourceName: string | null;
  /** The method the pane uses: the best plan over all resources, or the ranking. */
  readonly method: MixMethod;
  /** The search for the best plan of `problem` (used when `method` is 'optimal'). */
  readonly best: BestPlanState;
};

const ProductMixContext = createContext<ProductMix | null>(null);
const IDLE: BestPlanState = { step: 'idle' };

/** What a tab typed, by key, kept while the pane is open so switching tabs does not lose it. */
const TabMemoryContext = createContext<Map<string, unknown> | null>(null);

// A burst of change events (a paste, a recalculation) is one re-read.
const REREAD_DELAY_MS = 400;

/**
 * The pane's product mix lives here, above the tabs: only the selected tab is mounted, and the
 * chosen table, its mapping and the inputs must outlive a trip to the Decision tab. It also
 * listens to the workbook: a change to the table marks the preview as changed and reads it
 * again; a change elsewhere re-reads the linked cells; a change of the report re-checks it.
 */
export function SharedMixProvider(props: {
  gateway: WorkbookGateway;
  /** The pane's root element: focus entering it means the user is back from the grid. */
  root: HTMLElement | null;
  children: ReactNode;
}) {
  const mix = useProductMix(props.gateway);
  const [memory] = useState(() => new Map<string, unknown>());
  useRereads(props.gateway, props.root, mix);
  return (
    <ProductMixContext.Provider value={mix}>
      <TabMemoryContext.Provider value={memory}>{props.children}</TabMemoryContext.Provider>
    </ProductMixContext.Provider>
  );
}

function useRereads(gateway: WorkbookGateway, root: HTMLElement | null, mix: ProductMix) {
  const latest = useRef(mix);
  latest.current = mix;
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);
  const later = (what: 'source' | 'links' | 'report') => {
    clearTimeout(timers.current.get(what));
    timers.current.set(
      what,
      setTimeout(() => {
        const now = latest.current;
        if (what === 'source') now.source.reload();
        else if (what === 'links') now.links.reread();
        else now.writer.recheck();
      }, REREAD_DELAY_MS)
    );
  };
  useWorkbookWatch(gateway, root, {
    onChange: (change) => {
      const { source, writer } = latest.current;
      if (source.data !== null && touchesSource(change, source.data)) {
        source.markChanged();
        later('source');
      }
      if (change.sheetId !== null && change.sheetId === writer.reportSheetId) later('report');
      else later('links');
    },
    onFocus: () => {
      later('source');
      later('links');
      later('report');
    },
  });
}

/** The product mix of the pane (its Product mix tab). */
export function usePaneMix(): ProductMix {
  const mix = useContext(ProductMixContext);
  if (mix === null) throw new Error('usePaneMix outside SharedMixProvider');
  return mix;
}

/** The planned mix for other tabs, or `null` while the Product mix tab gives no plan. */
export function useSharedMix(): SharedMix | null {
  const mix = useContext(ProductMixContext);
  const model = mix?.model ?? null;
  const plan = model?.outcome?.status === 'planned' ? (model.outcome as MixPlan) : null;
  const problem = plan === null ? null : (model?.problem ?? null);
  const timeUnit = mix?.inputs.timeUnit ?? 'hours';
  const sourceLabel = mix?.source.data?.label ?? '';
  const method = mix?.method ?? 'ranking';
  const best = mix?.best.state ?? IDLE;
  return useMemo(() => {
    if (plan === null || problem === null) return null;
    const ranking = plan.rankingResource;
    const resourceName = ranking === null ? null : (problem.resources[ranking]?.name ?? null);
    return { problem, plan, timeUnit, sourceLabel, resourceName, method, best };
  }, [plan, problem, timeUnit, sourceLabel, method, best]);
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
