import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import type { MixPlan } from '../../core';
import type { WorkbookGateway } from '../../workbook/gateway';
import { sourceBasis } from '../../workbook/fingerprint';
import { buildReport } from '../../workbook/reportLayout';
import { effectiveMethod, isSolved } from '../bestPlanView';
import type { Language } from '../i18n';
import type { LinkedCells } from '../inputValue';
import { useLocale } from '../locale';
import { planTable, readTable, type MixModel, type TableRead } from '../mixModel';
import { linksOf, type MixMethod, type PlanInputs } from '../planInputs';
import { settingsStore } from '../settingsStore';
import { solveMix } from '../solveMix';
import { moneyFormatOf, sheetOfAddress } from '../sourceFacts';
import { useBestPlan, type BestPlan, type BestPlanState } from './useBestPlan';
import { useLinkedCells, type LinkedCellsState } from './useLinkedCells';
import { useParameterLinks } from './useParameterLinks';
import { useReportWriter, type PreparedReport, type ReportWriter } from './useReportWriter';
import { useSource, type SourceState } from './useSource';
import { useStoredInputs } from './useStoredInputs';

export type ProductMix = {
  readonly source: SourceState;
  readonly inputs: PlanInputs;
  readonly changeInputs: (patch: Partial<PlanInputs>) => void;
  readonly links: LinkedCellsState;
  /** `null` until a source is read and mapped. */
  readonly model: MixModel | null;
  /** The preview still shows the inputs before the last keystroke (a big table is re-planned). */
  readonly updating: boolean;
  readonly writer: ReportWriter;
  /** The method in effect: the owner's choice, or the default for this plan. */
  readonly method: MixMethod;
  /** The search for the best plan (idle while the method is ranking). */
  readonly best: BestPlan;
  /** What the preview was computed from: table, mapping and the inputs' numbers. */
  readonly signature: string | null;
};

/** What a plan was computed from; equal signatures, equal plans. */
function signatureOf(
  fingerprint: string | null,
  model: MixModel | null,
  inputs: PlanInputs,
  method: MixMethod
): string | null {
  const problem = model?.problem;
  if (fingerprint === null || !problem) return null;
  const { resources, operatingExpense } = problem;
  const { timeUnit, wholeUnits, constraintOverride } = inputs;
  return JSON.stringify([
    fingerprint,
    model.resourceNames,
    resources,
    operatingExpense,
    model.targetProfit,
    [timeUnit, wholeUnits, constraintOverride, method],
  ]);
}

/**
 * Wires the workbook (through the gateway) to the engine for the Product mix tab. It lives in the
 * App, above the tabs, so the chosen table, the mapping and the inputs survive a trip to another
 * tab. Reading the table is kept apart from planning it, and planning follows a deferred copy of
 * the inputs, so typing into a field stays responsive with 10,000 products.
 */
export function useProductMix(gateway: WorkbookGateway): ProductMix {
  const { language, numbers } = useLocale();
  const store = useMemo(() => settingsStore(gateway), [gateway]);
  const source = useSource(gateway, store);
  const stored = useStoredInputs(store, source.data?.ref ?? null, source.settings, source.mapping);
  const { inputs, update } = stored;
  const changeInputs = useCallback(
    (patch: Partial<PlanInputs>) => update((current) => ({ ...current, ...patch })),
    [update]
  );
  const { data, mapping, fingerprint } = source;
  const sheet = data === null ? null : sheetOfAddress(data.address);
  const references = useMemo(() => linksOf(inputs), [inputs]);
  const links = useLinkedCells(gateway, references, sheet);
  useParameterLinks(gateway, source, stored.defaultedKey, update);

  const { detectionProblems } = source;
  const table = useMemo(
    () => (data === null || mapping === null ? null : readTable(data, mapping, detectionProblems)),
    [data, mapping, detectionProblems]
  );
  const planned = useDeferredValue(inputs);
  const model = useMemo(
    () => (table === null ? null : planTable(table, planned, numbers, links.cells)),
    [table, planned, numbers, links.cells]
  );
  const method = effectiveMethod(inputs.method, model?.view ?? null);
  const signature = signatureOf(fingerprint, model, planned, method);
  const best = useBestPlan(model?.problem ?? null, method === 'optimal', signature);

  // The click reads the workbook again: the latest state of everything it needs, in one place.
  const latest = useRef({
    inputs,
    numbers,
    language,
    best: best.state,
    detected: detectionProblems,
  });
  latest.current = { inputs, numbers, language, best: best.state, detected: detectionProblems };
  const prepare = useCallback(async (): Promise<PreparedReport> => {
    const snapshot = await source.refresh();
    if (snapshot === null) return { status: 'noPlan' };
    const now = latest.current;
    const on = sheetOfAddress(snapshot.data.address);
    const cells = await links.refresh(linksOf(now.inputs), on);
    const read = readTable(snapshot.data, snapshot.mapping, latest.current.detected);
    return prepareReport(read, snapshot, now, cells);
  }, [source, links]);
  const writer = useReportWriter(gateway, source.source, source.data === null ? null : prepare, {
    onSourceChanged: source.reload,
    signature,
  });

  return {
    source,
    inputs,
    changeInputs,
    links,
    model,
    updating: planned !== inputs,
    writer,
    method,
    best,
    signature,
  };
}

type Now = {
  readonly inputs: PlanInputs;
  readonly numbers: Parameters<typeof planTable>[2];
  readonly language: Language;
  readonly best: BestPlanState;
};

/** The report of the table as read at the click; the best plan is solved again if it changed. */
async function prepareReport(
  read: TableRead,
  snapshot: NonNullable<Awaited<ReturnType<SourceState['refresh']>>>,
  now: Now,
  cells: LinkedCells
): Promise<PreparedReport> {
  const model = planTable(read, now.inputs, now.numbers, cells);
  const plan = model.outcome?.status === 'planned' ? (model.outcome as MixPlan) : null;
  const problem = model.problem;
  if (plan === null || problem === null) return { status: 'noPlan' };
  const method = effectiveMethod(now.inputs.method, model.view);
  const signature = signatureOf(snapshot.fingerprint, model, now.inputs, method) as string;
  let best = null;
  if (method === 'optimal') {
    const solved = now.best;
    const outcome =
      solved.step === 'done' && solved.signature === signature
        ? solved.outcome
        : await solveMix(problem, new AbortController().signal);
    if (!isSolved(outcome)) return { status: 'noPlan' };
    best = outcome;
  }
  const { data } = snapshot;
  const report = buildReport({
    problem,
    plan,
    timeUnit: now.inputs.timeUnit,
    targetProfit: model.targetProfit,
    source: data.ref,
    sourceLabel: data.label,
    sourceAddress: data.address,
    moneyFormat: moneyFormatOf(data, snapshot.mapping),
    basis: sourceBasis(data),
    ...(data.hiddenRows === undefined ? {} : { hiddenRows: data.hiddenRows }),
    date: new Date(),
    language: now.language,
    best,
  });
  return { status: 'ready', report, signature };
}
