import type { Resource } from '../core';
import { parseNumber } from './format';
import type { Language } from './i18n';
import type { TimeUnit } from './planView';

/** What the user types into the pane, kept as text so a half-typed number is not lost. */
export type PlanInputs = {
  readonly timeUnit: TimeUnit;
  /** Capacity text by resource name. */
  readonly capacities: Readonly<Record<string, string>>;
  readonly operatingExpense: string;
  readonly targetProfit: string;
  readonly wholeUnits: boolean;
  /** Name of the resource to rank by instead of the detected CCR; `null` follows detection. */
  readonly constraintOverride: string | null;
};

export const initialInputs: PlanInputs = {
  timeUnit: 'minutes',
  capacities: {},
  operatingExpense: '',
  targetProfit: '',
  wholeUnits: true,
  constraintOverride: null,
};

export type InputError = 'missing' | 'invalid';

/** The inputs as numbers, or which field is wrong and why. */
export type ParsedInputs = {
  readonly resources: readonly Resource[] | null;
  readonly operatingExpense: number | null;
  readonly targetProfit: number | null;
  readonly errors: Readonly<Record<string, InputError>>;
};

/** Keys of `errors`: `capacity:<resource>`, `operatingExpense`, `targetProfit`. */
export function parseInputs(
  inputs: PlanInputs,
  resourceNames: readonly string[],
  language: Language
): ParsedInputs {
  const errors: Record<string, InputError> = {};
  const resources: Resource[] = [];
  for (const name of resourceNames) {
    const capacity = parseNumber(inputs.capacities[name] ?? '', language);
    if (capacity === null) errors[`capacity:${name}`] = 'missing';
    else if (!(capacity > 0) || !Number.isFinite(capacity)) errors[`capacity:${name}`] = 'invalid';
    else resources.push({ name, capacity });
  }
  const money = (key: 'operatingExpense' | 'targetProfit') => {
    const value = parseNumber(inputs[key], language);
    if (value !== null && !Number.isFinite(value)) errors[key] = 'invalid';
    return value !== null && Number.isFinite(value) ? value : null;
  };
  return {
    resources: resources.length === resourceNames.length ? resources : null,
    operatingExpense: money('operatingExpense'),
    targetProfit: money('targetProfit'),
    errors,
  };
}
