import { useState } from 'react';
import type { SourceRef, WorkbookSettings } from '../../workbook/gateway';
import { useSavedInputs, type HeldInputs } from '../hooks/useSavedInputs';
import { inputsSettingKey } from '../hooks/useStoredInputs';
import { storedInputs } from '../planInputs';
import type { SettingsStore } from '../settingsStore';
import { factInputsKey, initialFactInputs, storedFactInputs, type FactInputs } from './factInputs';

type Held = HeldInputs<FactInputs>;

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
  // Restored during render, so no frame shows another log's inputs.
  if (key !== null && held.key !== key) {
    const inputs = storedFactInputs(settings[key]) ?? fromProductMix(settings, products);
    setHeld({ key, inputs, restored: JSON.stringify(inputs) });
  }

  const update = useSavedInputs<FactInputs, Held>(store, held, setHeld);
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
