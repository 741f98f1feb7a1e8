import { useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../workbook/columnMapping';
import type { SourceRef, WorkbookSettings } from '../../workbook/gateway';
import { sourceKey } from '../../workbook/reportRules';
import { initialInputs, storedInputs, timeUnitOfHeader, type PlanInputs } from '../planInputs';
import type { SettingsStore } from '../settingsStore';

/** Waits this long after the last keystroke before saving the inputs into the workbook. */
const SAVE_DELAY_MS = 800;

export const inputsSettingKey = (source: SourceRef) => `inputs:${sourceKey(source)}`;

/**
 * The period's inputs, remembered in the workbook settings per source: restored when a source is
 * first read (or the time unit guessed from its time headers), saved shortly after each change.
 */
export function useStoredInputs(
  store: SettingsStore,
  source: SourceRef | null,
  settings: WorkbookSettings,
  mapping: ColumnMapping | null
): [PlanInputs, (update: (current: PlanInputs) => PlanInputs) => void] {
  const [inputs, setInputs] = useState<PlanInputs>(initialInputs);
  const restoredFor = useRef<string | null>(null);
  const saved = useRef<string>('');
  const key = source === null ? null : inputsSettingKey(source);

  useEffect(() => {
    if (key === null || mapping === null || restoredFor.current === key) return;
    restoredFor.current = key;
    const stored = storedInputs(settings[key]);
    const guessed = mapping.resources.map((r) => timeUnitOfHeader(r.header)).find(Boolean);
    const next = stored ?? { ...initialInputs, timeUnit: guessed ?? initialInputs.timeUnit };
    saved.current = JSON.stringify(next);
    setInputs(next);
  }, [key, settings, mapping]);

  useEffect(() => {
    const text = JSON.stringify(inputs);
    if (key === null || restoredFor.current !== key || text === saved.current) return undefined;
    const timer = setTimeout(() => {
      saved.current = text;
      store.update((current) => ({ ...current, [key]: inputs })).catch(() => undefined);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, key, inputs]);

  return [inputs, setInputs];
}
