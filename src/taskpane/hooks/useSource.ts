import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping, MappingProblem } from '../../workbook/columnMapping';
import type {
  SourceData,
  SourceRef,
  TableInfo,
  WorkbookGateway,
  WorkbookSettings,
} from '../../workbook/gateway';
import { chooseMapping, withMapping } from '../../workbook/mappingSettings';
import type { SettingsStore } from '../settingsStore';

export type SourceState = {
  readonly tables: readonly TableInfo[];
  readonly source: SourceRef | null;
  readonly data: SourceData | null;
  /** The workbook settings as read with `data` (stored inputs live there). */
  readonly settings: WorkbookSettings;
  readonly mapping: ColumnMapping | null;
  /** What detection could not settle (missing or ambiguous columns); empty once the user maps. */
  readonly detectionProblems: readonly MappingProblem[];
  readonly loading: boolean;
  /** What the gateway threw while reading (a WorkbookError names the cause). */
  readonly readError: { readonly error: unknown } | null;
  /** The mapping could not be stored in the workbook (the plan still works). */
  readonly settingsFailed: boolean;
  readonly select: (source: SourceRef) => void;
  readonly reload: () => void;
  readonly setMapping: (mapping: ColumnMapping) => void;
};

/**
 * The products source: the workbook's tables, the chosen one read in one go, and its column
 * mapping: the one stored in the workbook settings for this source when it still fits the headers,
 * otherwise the one detected from the (EN/RU) headers.
 */
export function useSource(gateway: WorkbookGateway, store: SettingsStore): SourceState {
  const [tables, setTables] = useState<readonly TableInfo[]>([]);
  const [source, setSource] = useState<SourceRef | null>(null);
  const [data, setData] = useState<SourceData | null>(null);
  const [settings, setSettings] = useState<WorkbookSettings>({});
  const [mapping, setMappingState] = useState<ColumnMapping | null>(null);
  const [detectionProblems, setDetectionProblems] = useState<readonly MappingProblem[]>([]);
  const [loading, setLoading] = useState(true);
  const [readError, setReadError] = useState<{ readonly error: unknown } | null>(null);
  const [settingsFailed, setSettingsFailed] = useState(false);
  // Only the latest read may land: a slow read of an earlier choice must not overwrite it.
  const generation = useRef(0);

  const read = useCallback(
    async (ref: SourceRef) => {
      const mine = ++generation.current;
      setLoading(true);
      setReadError(null);
      try {
        const [sourceData, settings] = await Promise.all([
          gateway.readSource(ref),
          gateway.readSettings(),
        ]);
        if (mine !== generation.current) return;
        const detection = chooseMapping(settings, ref, sourceData.headers);
        setSettings(settings);
        setData(sourceData);
        setMappingState(detection.mapping);
        setDetectionProblems(detection.problems);
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

  useEffect(() => {
    let live = true;
    gateway
      .listTables()
      .then((list) => {
        if (!live) return;
        setTables(list);
        const first = list[0];
        if (first === undefined) return setLoading(false);
        const ref: SourceRef = { kind: 'table', name: first.name };
        setSource(ref);
        void read(ref);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setReadError({ error });
        setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [gateway, read]);

  const select = useCallback(
    (ref: SourceRef) => {
      setSource(ref);
      void read(ref);
    },
    [read]
  );

  const reload = useCallback(() => {
    if (source !== null) void read(source);
  }, [source, read]);

  const setMapping = useCallback(
    (next: ColumnMapping) => {
      setMappingState(next);
      setDetectionProblems([]);
      if (source === null) return;
      store
        .update((current) => withMapping(current, source, next))
        .then(() => setSettingsFailed(false))
        .catch(() => setSettingsFailed(true));
    },
    [store, source]
  );

  return {
    tables,
    source,
    data,
    settings,
    mapping,
    detectionProblems,
    loading,
    readError,
    settingsFailed,
    select,
    reload,
    setMapping,
  };
}
