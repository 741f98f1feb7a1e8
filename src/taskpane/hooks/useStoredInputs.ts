import { useState } from 'react';
import type { ColumnMapping } from '../../workbook/columnMapping';
import type { SourceRef, WorkbookSettings } from '../../workbook/gateway';
import { sourceKey } from '../../workbook/reportRules';
import { initialInputs, storedInputs, timeUnitOfHeader, type PlanInputs } from '../planInputs';
import type { SettingsStore } from '../settingsStore';
import { useSavedInputs, type HeldInputs } from './useSavedInputs';

export const inputsSettingKey = (source: SourceRef) => `inputs:${sourceKey(source)}`;

type Held = HeldInputs<PlanInputs> & {
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
  // Restored during render, so no frame ever shows another source's inputs or the wrong unit.
  if (key !== null && mapping !== null && held.key !== key) {
    const inputs = restoreInputs(settings[key], mapping);
    const defaulted = storedInputs(settings[key]) === null;
    setHeld({ key, inputs, restored: JSON.stringify(inputs), defaulted });
  }

  const update = useSavedInputs<PlanInputs, Held>(store, held, setHeld);
  return { inputs: held.inputs, update, defaultedKey: held.defaulted ? held.key : null };
}

function restoreInputs(stored: unknown, mapping: ColumnMapping): PlanInputs {
  const remembered = storedInputs(stored);
  if (remembered !== null) return remembered;
  const guessed = mapping.resources.map((r) => timeUnitOfHeader(r.header)).find(Boolean);
  return { ...initialInputs, timeUnit: guessed ?? initialInputs.timeUnit };
}
