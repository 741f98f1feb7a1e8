import { useCallback, useEffect, useRef, useState } from 'react';
import type { SourceRef, WorkbookSettings } from '../../workbook/gateway';
import { inputsSettingKey } from '../hooks/useStoredInputs';
import { storedInputs } from '../planInputs';
import type { SettingsStore } from '../settingsStore';
import { factInputsKey, initialFactInputs, storedFactInputs, type FactInputs } from './factInputs';

/** Waits this long after the last keystroke before saving the inputs into the workbook. */
const SAVE_DELAY_MS = 800;

type Held = { readonly key: string | null; readonly inputs: FactInputs; readonly restored: string };

/**
 * The tab's inputs, remembered in the workbook per sales log. The first time a log is reviewed,
 * the CCR, its capacity and OE come from what the Product mix tab remembers for the products table.
 */
export function useFactInputs(
  store: SettingsStore,
  log: SourceRef | null,
  products: SourceRef | null,
  settings: WorkbookSettings
): [FactInputs, (change: (current: FactInputs) => FactInputs) => void] {
  const key = log === null ? null : factInputsKey(log);
  const [held, setHeld] = useState<Held>({ key: null, inputs: initialFactInputs, restored: '' });
  const saved = useRef('');
  // Restored during render, so no frame shows another log's inputs.
  if (key !== null && held.key !== key) {
    const inputs = storedFactInputs(settings[key]) ?? fromProductMix(settings, products);
    setHeld({ key, inputs, restored: JSON.stringify(inputs) });
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
    (change: (current: FactInputs) => FactInputs) =>
      setHeld((current) => ({ ...current, inputs: change(current.inputs) })),
    []
  );
  return [held.inputs, update];
}

function fromProductMix(settings: WorkbookSettings, products: SourceRef | null): FactInputs {
  const mix = products === null ? null : storedInputs(settings[inputsSettingKey(products)]);
  if (mix === null) return initialFactInputs;
  const ccr = mix.constraintOverride ?? Object.keys(mix.capacities)[0] ?? null;
  return {
    ...initialFactInputs,
    ccr,
    capacity: ccr === null ? '' : (mix.capacities[ccr] ?? ''),
    operatingExpense: mix.operatingExpense,
  };
}
