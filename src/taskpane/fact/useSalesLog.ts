import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  SourceData,
  SourceRef,
  TableInfo,
  WorkbookGateway,
  WorkbookSettings,
} from '../../workbook/gateway';
import {
  chooseSalesMapping,
  withSalesMapping,
  type SalesMapping,
  type SalesMappingProblem,
} from '../../workbook/salesLogColumns';
import type { SettingsStore } from '../settingsStore';

export type SalesLogState = {
  readonly source: SourceRef | null;
  readonly data: SourceData | null;
  /** The workbook settings as read with `data` (the tab's inputs live there). */
  readonly settings: WorkbookSettings;
  readonly mapping: SalesMapping | null;
  /** What detection could not settle; empty once the user maps. */
  readonly detectionProblems: readonly SalesMappingProblem[];
  readonly loading: boolean;
  readonly readError: { readonly error: unknown } | null;
  readonly select: (source: SourceRef) => void;
  readonly reload: () => void;
  readonly setMapping: (mapping: SalesMapping) => void;
};

/**
 * A table named like a sales log ("Sales", "SalesLog", «Продажи», «Журнал_продаж», "Orders"),
 * judged word by word: "Catalogue" holds "log" and «Чеклист» holds «чек», yet neither is a log.
 */
export function looksLikeSalesLog(tableName: string): boolean {
  const words = tableName
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return words.some(
    (word) =>
      /^(sales?|orders?|receipts?|log|journal|transactions?)$/i.test(word) ||
      /^(продаж|журнал|заказ|чек(и|ов)?$)/i.test(word)
  );
}

/**
 * The sales log: a table of the workbook (one named like a log is chosen first) or the selection,
 * read in one go with its column mapping — the one stored for it when it still fits the headers,
 * otherwise the one detected from the (EN/RU) headers.
 */
export function useSalesLog(
  gateway: WorkbookGateway,
  store: SettingsStore,
  tables: readonly TableInfo[]
): SalesLogState {
  const [source, setSource] = useState<SourceRef | null>(null);
  const [data, setData] = useState<SourceData | null>(null);
  const [settings, setSettings] = useState<WorkbookSettings>({});
  const [mapping, setMappingState] = useState<SalesMapping | null>(null);
  const [detectionProblems, setProblems] = useState<readonly SalesMappingProblem[]>([]);
  const [loading, setLoading] = useState(false);
  const [readError, setReadError] = useState<{ readonly error: unknown } | null>(null);
  // Only the latest read may land: a slow read of an earlier choice must not overwrite it.
  const generation = useRef(0);

  const read = useCallback(
    async (ref: SourceRef) => {
      const mine = ++generation.current;
      setLoading(true);
      setReadError(null);
      try {
        const [sourceData, stored] = await Promise.all([
          gateway.readSource(ref),
          gateway.readSettings(),
        ]);
        if (mine !== generation.current) return;
        const detection = chooseSalesMapping(stored, ref, sourceData.headers);
        setSettings(stored);
        setData(sourceData);
        setMappingState(detection.mapping);
        setProblems(detection.problems);
      } catch (error) {
        if (mine !== generation.current) return;
        setData(null);
        setMappingState(null);
        setReadError({ error });
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [gateway]
  );

  const select = useCallback(
    (ref: SourceRef) => {
      setSource(ref);
      void read(ref);
    },
    [read]
  );

  useEffect(() => {
    if (source !== null) return;
    const named = tables.find((t) => looksLikeSalesLog(t.name));
    if (named) select({ kind: 'table', name: named.name });
  }, [tables, source, select]);

  const reload = useCallback(() => {
    if (source !== null) void read(source);
  }, [source, read]);

  const setMapping = useCallback(
    (next: SalesMapping) => {
      setMappingState(next);
      setProblems([]);
      if (source !== null) {
        store.update((current) => withSalesMapping(current, source, next)).catch(() => undefined);
      }
    },
    [store, source]
  );

  return {
    source,
    data,
    settings,
    mapping,
    detectionProblems,
    loading,
    readError,
    select,
    reload,
    setMapping,
  };
}
