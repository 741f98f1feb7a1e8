import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../workbook/columnMapping';
import type { SourceRef, WorkbookSettings } from '../../workbook/gateway';
import { sourceKey } from '../../workbook/reportRules';
import { initialInputs, storedInputs, timeUnitOfHeader, type PlanInputs } from '../planInputs';
import type { SettingsStore } from '../settingsStore';

/** Waits this long after the last keystroke before saving the inputs into the workbook. */
const SAVE_DELAY_MS = 800;

export const inputsSettingKey = (source: SourceRef) => `inputs:${sourceKey(source)}`;

type Held = {
  /** Settings key of the source these inputs belong to. */
  readonly key: string | null;
  readonly inputs: PlanInputs;
  /** The inputs as restored, so restoring is not mistaken for a change to save. */
  readonly restored: string;
  /** Nothing was stored for this source: the inputs are the defaults. */
  readonly defaulted: boolean;
};

export type StoredInputs = {
  readonly inputs: PlanInputs;
  readonly update: (change: (current: PlanInputs) => PlanInputs) => void;
  /** Settings key of the source when nothing was stored for it (its inputs are defaults). */
  readonly defaultedKey: string | null;
};

/**
 * The period's inputs, remembered in the workbook settings per source: restored when a source is
 * read for the first time (or the time unit guessed from its time headers), saved shortly after
 * each change. `source` must be the source that `settings` and `mapping` were read with.
 */
export function useStoredInputs(
  store: SettingsStore,
  source: SourceRef | null,
  settings: WorkbookSettings,
  mapping: ColumnMapping | null
): StoredInputs {
  const key = source === null ? null : inputsSettingKey(source);
  const [held, setHeld] = useState<Held>({
    key: null,
    inputs: initialInputs,
    restored: '',
    defaulted: false,
  });
  const saved = useRef('');
  // Restored during render, so no frame ever shows another source's inputs or the wrong unit.
  if (key !== null && mapping !== null && held.key !== key) {
    const inputs = restoreInputs(settings[key], mapping);
    const defaulted = storedInputs(settings[key]) === null;
    setHeld({ key, inputs, restored: JSON.stringify(inputs), defaulted });
  }

  useEffect(() => {
    const text = JSON.stringify(held.inputs);
    if (held.key === null || text === held.restored || text === saved.current) return undefined;
    const { key: heldKey, inputs } = held;
    const timer = setTimeout(() => {
      saved.current = text;
      store.update((current) => ({ ...current, [heldKey]: inputs })).catch(() => undefined);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, held]);

  const update = useCallback(
    (change: (current: PlanInputs) => PlanInputs) =>
      setHeld((current) => ({ ...current, inputs: change(current.inputs) })),
    []
  );
  return { inputs: held.inputs, update, defaultedKey: held.defaulted ? held.key : null };
}

function restoreInputs(stored: unknown, mapping: ColumnMapping): PlanInputs {
  const remembered = storedInputs(stored);
  if (remembered !== null) return remembered;
  const guessed = mapping.resources.map((r) => timeUnitOfHeader(r.header)).find(Boolean);
  return { ...initialInputs, timeUnit: guessed ?? initialInputs.timeUnit };
}
