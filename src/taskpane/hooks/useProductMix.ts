import { useCallback, useMemo } from 'react';
import type { MixPlan } from '../../core';
import type { WorkbookGateway } from '../../workbook/gateway';
import { sourceBasis } from '../../workbook/fingerprint';
import { buildReport } from '../../workbook/reportLayout';
import type { Language } from '../i18n';
import { computeMix, type MixModel } from '../mixModel';
import { effectiveMethod, isSolved } from '../bestPlanView';
import type { MixMethod, PlanInputs } from '../planInputs';
import { settingsStore } from '../settingsStore';
import { useBestPlan, type BestPlan } from './useBestPlan';
import { useReportWriter, type ReportWriter } from './useReportWriter';
import { useSource, type SourceState } from './useSource';
import { useStoredInputs } from './useStoredInputs';

export type ProductMix = {
  readonly source: SourceState;
  readonly inputs: PlanInputs;
  readonly changeInputs: (patch: Partial<PlanInputs>) => void;
  /** `null` until a source is read and mapped. */
  readonly model: MixModel | null;
  readonly writer: ReportWriter;
  /** The method in effect: the owner's choice, or the default for this plan. */
  readonly method: MixMethod;
  /** The search for the best plan (idle while the method is ranking). */
  readonly best: BestPlan;
};

/** Wires the workbook (through the gateway) to the engine for the Product mix tab. */
export function useProductMix(gateway: WorkbookGateway, language: Language): ProductMix {
  const store = useMemo(() => settingsStore(gateway), [gateway]);
  const source = useSource(gateway, store);
  const [inputs, setInputs] = useStoredInputs(
    store,
    source.data?.ref ?? null,
    source.settings,
    source.mapping
  );
  const changeInputs = useCallback(
    (patch: Partial<PlanInputs>) => setInputs((current) => ({ ...current, ...patch })),
    [setInputs]
  );
  const { data, mapping } = source;
  const model = useMemo(
    () => (data === null || mapping === null ? null : computeMix(data, mapping, inputs, language)),
    [data, mapping, inputs, language]
  );
  const method = effectiveMethod(inputs.method, model?.view ?? null);
  const best = useBestPlan(model?.problem ?? null, method === 'optimal');
  const { state: bestState } = best;
  const build = useMemo(() => {
    const plan = model?.outcome?.status === 'planned' ? (model.outcome as MixPlan) : null;
    const problem = model?.problem ?? null;
    const ref = source.source;
    if (plan === null || problem === null || ref === null || data === null) return null;
    if (method === 'optimal' && bestState.step === 'solving') return null;
    const solved =
      method === 'optimal' &&
      bestState.step === 'done' &&
      bestState.problem === problem &&
      isSolved(bestState.outcome)
        ? bestState.outcome
        : null;
    return () =>
      buildReport({
        problem,
        plan,
        timeUnit: inputs.timeUnit,
        targetProfit: model?.targetProfit ?? null,
        source: ref,
        sourceLabel: data.label,
        date: new Date(),
        language,
        best: solved,
        basis: sourceBasis(data),
        ...(data.hiddenRows === undefined ? {} : { hiddenRows: data.hiddenRows }),
      });
  }, [model, source.source, data, inputs.timeUnit, language, method, bestState]);
  const writer = useReportWriter(gateway, source.source, build, {
    onSourceChanged: source.reload,
  });
  return { source, inputs, changeInputs, model, writer, method, best };
}
