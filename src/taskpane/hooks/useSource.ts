import { useCallback, useEffect, useRef, useState } from 'react';
import {
  resolveMapping,
  type ColumnMapping,
  type MappingProblem,
} from '../../workbook/columnMapping';
import type {
  SourceData,
  SourceRef,
  TableInfo,
  WorkbookGateway,
  WorkbookSettings,
} from '../../workbook/gateway';
import { chooseMapping, withMapping } from '../../workbook/mappingSettings';
import { sourceKey } from '../../workbook/reportRules';
import { sourceFingerprint } from '../../workbook/fingerprint';
import type { SettingsStore } from '../settingsStore';

/** The source as read at one moment: what a report built now is built from. */
export type SourceSnapshot = {
  readonly data: SourceData;
  readonly settings: WorkbookSettings;
  readonly mapping: ColumnMapping;
  /** Hash of the headers and values, to tell a changed table from the same one read again. */
  readonly fingerprint: string;
};

export type SourceState = {
  readonly tables: readonly TableInfo[];
  readonly source: SourceRef | null;
  readonly data: SourceData | null;
  /** The workbook settings as read with `data` (stored inputs live there). */
  readonly settings: WorkbookSettings;
  readonly mapping: ColumnMapping | null;
  readonly fingerprint: string | null;
  /** What detection could not settle (missing, ambiguous or doubtful columns). */
  readonly detectionProblems: readonly MappingProblem[];
  readonly loading: boolean;
  /** When `data` was last read (or read again and found the same). */
  readonly readAt: Date | null;
  /** The host said the table changed after it was read; cleared by the next read. */
  readonly changed: boolean;
  /** What the gateway threw while reading (a WorkbookError names the cause). */
  readonly readError: { readonly error: unknown } | null;
  /** The mapping could not be stored in the workbook (the plan still works). */
  readonly settingsFailed: boolean;
  readonly select: (source: SourceRef) => void;
  /** Reads the source again (the button, focus, a change event); the same table keeps its state. */
  readonly reload: () => void;
  /** Reads the source now and returns it: what Refresh builds the report from. */
  readonly refresh: () => Promise<SourceSnapshot | null>;
  readonly markChanged: () => void;
  readonly setMapping: (mapping: ColumnMapping) => void;
};

type Read = {
  readonly data: SourceData | null;
  readonly settings: WorkbookSettings;
  readonly mapping: ColumnMapping | null;
  readonly fingerprint: string | null;
  readonly detectionProblems: readonly MappingProblem[];
};

const NOTHING: Read = {
  data: null,
  settings: {},
  mapping: null,
  fingerprint: null,
  detectionProblems: [],
};

/**
 * The products source: the workbook's tables, the chosen one read in one go, and its column
 * mapping: the one stored in the workbook settings for this source when it still fits the headers,
 * otherwise the one detected from the (EN/RU) headers. A read that finds the same table and
 * mapping keeps the state as it is, so nothing downstream is computed again.
 */
export function useSource(gateway: WorkbookGateway, store: SettingsStore): SourceState {
  const [tables, setTables] = useState<readonly TableInfo[]>([]);
  const [source, setSource] = useState<SourceRef | null>(null);
  const [read, setRead] = useState<Read>(NOTHING);
  const [loading, setLoading] = useState(true);
  const [readAt, setReadAt] = useState<Date | null>(null);
  const [changed, setChanged] = useState(false);
  const [readError, setReadError] = useState<{ readonly error: unknown } | null>(null);
  const [settingsFailed, setSettingsFailed] = useState(false);
  // Only the latest read may land: a slow read of an earlier choice must not overwrite it.
  const generation = useRef(0);
  const current = useRef<{ ref: SourceRef | null; read: Read }>({ ref: null, read: NOTHING });

  const fetchSnapshot = useCallback(
    async (ref: SourceRef): Promise<SourceSnapshot & { problems: readonly MappingProblem[] }> => {
      const [data, settings] = await Promise.all([gateway.readSource(ref), gateway.readSettings()]);
      const detection = chooseMapping(settings, ref, data.headers);
      return {
        data,
        settings,
        mapping: detection.mapping,
        fingerprint: sourceFingerprint(data),
        problems: detection.problems,
      };
    },
    [gateway]
  );

  /**
   * Lands a snapshot. Read again, the same source keeps the mapping the pane holds while it still
   * fits the headers (a choice being saved must not be undone by a re-read), and the same table
   * keeps its objects.
   */
  const land = useCallback(
    (ref: SourceRef, snapshot: Awaited<ReturnType<typeof fetchSnapshot>>) => {
      const before = current.current;
      const sameSource = before.ref !== null && sourceKey(before.ref) === sourceKey(ref);
      const held = before.read.mapping;
      const keep =
        sameSource &&
        held !== null &&
        resolveMapping(held, snapshot.data.headers).status === 'resolved';
      const mapping = keep ? held : snapshot.mapping;
      const same = keep && before.read.fingerprint === snapshot.fingerprint;
      const next: Read = same
        ? { ...before.read, settings: snapshot.settings }
        : {
            data: snapshot.data,
            settings: snapshot.settings,
            mapping,
            fingerprint: snapshot.fingerprint,
            detectionProblems: keep ? before.read.detectionProblems : snapshot.problems,
          };
      current.current = { ref, read: next };
      if (!same) setRead(next);
      setReadAt(new Date());
      setChanged(false);
      setReadError(null);
      return next;
    },
    []
  );

  const readNow = useCallback(
    async (ref: SourceRef, quiet: boolean) => {
      const mine = ++generation.current;
      if (!quiet) setLoading(true);
      try {
        const snapshot = await fetchSnapshot(ref);
        if (mine === generation.current) land(ref, snapshot);
      } catch (error) {
        if (mine !== generation.current) return;
        // A quiet re-read that fails (a cell being edited) keeps the table and says it changed.
        if (quiet) return setChanged(true);
        current.current = { ref, read: NOTHING };
        setRead(NOTHING);
        setReadError({ error });
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [fetchSnapshot, land]
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
        void readNow(ref, false);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setReadError({ error });
        setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [gateway, readNow]);

  const select = useCallback(
    (ref: SourceRef) => {
      setSource(ref);
      void readNow(ref, false);
    },
    [readNow]
  );

  const reload = useCallback(() => {
    if (source !== null) void readNow(source, current.current.read.data !== null);
    gateway
      .listTables()
      .then(setTables)
      .catch(() => undefined);
  }, [gateway, source, readNow]);

  const refresh = useCallback(async (): Promise<SourceSnapshot | null> => {
    if (source === null) return null;
    const mine = ++generation.current;
    const snapshot = await fetchSnapshot(source);
    const landed = mine === generation.current ? land(source, snapshot) : null;
    const mapping = landed?.mapping ?? snapshot.mapping;
    return { ...snapshot, mapping };
  }, [source, fetchSnapshot, land]);

  const markChanged = useCallback(() => setChanged(true), []);

  const setMapping = useCallback(
    (next: ColumnMapping) => {
      const updated = { ...current.current.read, mapping: next, detectionProblems: [] };
      current.current = { ...current.current, read: updated };
      setRead(updated);
      if (source === null) return;
      store
        .update((settings) => withMapping(settings, source, next))
        .then(() => setSettingsFailed(false))
        .catch(() => setSettingsFailed(true));
    },
    [store, source]
  );

  return {
    tables,
    source,
    ...read,
    loading,
    readAt,
    changed,
    readError,
    settingsFailed,
    select,
    reload,
    refresh,
    markChanged,
    setMapping,
  };
}
