import { useCallback, useMemo } from 'react';
import { sourceBasis } from '../../workbook/fingerprint';
import type { ReportRef, WorkbookGateway } from '../../workbook/gateway';
import { useReportWriter, type ReportWriter } from '../hooks/useReportWriter';
import { inputsSettingKey } from '../hooks/useStoredInputs';
import { useSource, type SourceState } from '../hooks/useSource';
import type { Language } from '../i18n';
import { useLocale } from '../locale';
import { storedInputs, timeUnitOfHeader } from '../planInputs';
import { settingsStore } from '../settingsStore';
import type { FactInputs } from './factInputs';
import { factModel, type FactModel, type FactSources } from './factModel';
import { useFactInputs } from './useFactInputs';
import { useSalesLog, type SalesLogState } from './useSalesLog';

export type PlanFact = {
  readonly products: SourceState;
  readonly log: SalesLogState;
  readonly inputs: FactInputs;
  readonly changeInputs: (patch: Partial<FactInputs>) => void;
  readonly model: FactModel;
  readonly timeUnit: 'hours' | 'minutes';
  readonly writer: ReportWriter;
};

/** Wires the workbook (through the gateway) to the engine for the Plan vs fact tab. */
export function usePlanFact(gateway: WorkbookGateway, language: Language): PlanFact {
  const { formats, numbers } = useLocale();
  const store = useMemo(() => settingsStore(gateway), [gateway]);
  const products = useSource(gateway, store);
  const log = useSalesLog(gateway, store, products.tables);
  const [inputs, setInputs] = useFactInputs(store, log.source, products.source, log.settings);
  const changeInputs = useCallback(
    (patch: Partial<FactInputs>) => setInputs((current) => ({ ...current, ...patch })),
    [setInputs]
  );
  const timeUnit = useMemo(() => {
    const remembered =
      products.source === null
        ? null
        : storedInputs(products.settings[inputsSettingKey(products.source)]);
    const headers = products.mapping?.resources.map((r) => r.header) ?? [];
    return remembered?.timeUnit ?? headers.map(timeUnitOfHeader).find(Boolean) ?? 'hours';
  }, [products.source, products.settings, products.mapping]);
  const sources = useMemo<FactSources>(
    () => ({
      logRef: log.source,
      log: log.data,
      salesMapping: log.mapping,
      products: products.data,
      productMapping: products.mapping,
      timeUnit,
    }),
    [log.source, log.data, log.mapping, products.data, products.mapping, timeUnit]
  );
  const model = useMemo(
    () => factModel(sources, inputs, language, formats, numbers),
    [sources, inputs, language, formats, numbers]
  );
  const reportRef = useMemo<ReportRef | null>(
    () =>
      log.source === null ? null : { kind: 'report', report: 'planVsFact', source: log.source },
    [log.source]
  );
  const { reload: reloadLog } = log;
  const { reload: reloadProducts } = products;
  const reloadBoth = useCallback(() => {
    reloadLog();
    reloadProducts();
  }, [reloadLog, reloadProducts]);
  // The report is built from both tables as they are at the click (the daily loop: change a
  // number, press Refresh); the log is its basis, checked again by the write.
  const build = useMemo(() => {
    const { logRef } = sources;
    const productsRef = products.source;
    if (model.build === null || logRef === null || productsRef === null) return null;
    return async () => {
      const [logData, productsData] = await Promise.all([
        gateway.readSource(logRef),
        gateway.readSource(productsRef),
      ]);
      reloadBoth();
      const fresh = factModel(
        { ...sources, log: logData, products: productsData },
        inputs,
        language,
        formats,
        numbers
      );
      if (fresh.build === null) return null;
      const hidden = logData.hiddenRows ?? 0;
      return {
        ...fresh.build(new Date()),
        basis: sourceBasis(logData),
        ...(hidden > 0 ? { notices: [{ kind: 'hiddenRows' as const, count: hidden }] } : {}),
      };
    };
  }, [
    gateway,
    sources,
    products.source,
    model.build,
    inputs,
    language,
    formats,
    numbers,
    reloadBoth,
  ]);
  const writer = useReportWriter(gateway, reportRef, build, { onSourceChanged: reloadBoth });
  return { products, log, inputs, changeInputs, model, timeUnit, writer };
}
