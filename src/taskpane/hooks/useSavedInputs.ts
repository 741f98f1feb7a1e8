import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { SettingsStore } from '../settingsStore';

/** Waits this long after the last keystroke before saving the inputs into the workbook. */
const SAVE_DELAY_MS = 800;

/** A tab's inputs held for one workbook-settings key. */
export type HeldInputs<T> = {
  /** Settings key the inputs belong to (null before any source is chosen). */
  readonly key: string | null;
  readonly inputs: T;
  /** The inputs as restored, so restoring is not mistaken for a change to save. */
  readonly restored: string;
};

/**
 * Saves the held inputs under their key shortly after each change (one write per pause in
 * typing, never for a restore) and returns the updater the tab's fields call.
 */
export function useSavedInputs<T, H extends HeldInputs<T>>(
  store: SettingsStore,
  held: H,
  setHeld: Dispatch<SetStateAction<H>>
): (change: (current: T) => T) => void {
  const saved = useRef('');
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

  return useCallback(
    (change: (current: T) => T) =>
      setHeld((current) => ({ ...current, inputs: change(current.inputs) })),
    [setHeld]
  );
}
