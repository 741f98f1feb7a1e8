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
  /** The owner's choice of method; `null` follows the default (see `effectiveMethod`). */
  readonly method: MixMethod | null;
};

/** 'optimal': the best plan over all resources (LP/MILP); 'ranking': by T per CCR hour. */
export type MixMethod = 'optimal' | 'ranking';

export const initialInputs: PlanInputs = {
  timeUnit: 'minutes',
  capacities: {},
  operatingExpense: '',
  targetProfit: '',
  wholeUnits: true,
  constraintOverride: null,
  method: null,
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

/** The unit a time header names: "Time: Master, h" → hours; "Время: B, мин" → minutes. */
export function timeUnitOfHeader(header: string): TimeUnit | null {
  const unit = /[,(]\s*([^,()]+?)\s*\)?\s*$/u.exec(header.toLowerCase())?.[1]?.replace(/\.$/, '');
  if (unit === undefined) return null;
  if (/^(h|hr|hrs|hour|hours|ч|час|часы|часов)$/u.test(unit)) return 'hours';
  if (/^(m|min|mins|minute|minutes|мин|минута|минуты|минут)$/u.test(unit)) return 'minutes';
  return null;
}

/** Inputs stored in the workbook, when they have the right shape. */
export function storedInputs(value: unknown): PlanInputs | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  const capacities = record.capacities;
  if (typeof capacities !== 'object' || capacities === null) return null;
  return {
    timeUnit: record.timeUnit === 'hours' ? 'hours' : 'minutes',
    capacities: Object.fromEntries(
      Object.entries(capacities).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string'
      )
    ),
    operatingExpense: text('operatingExpense'),
    targetProfit: text('targetProfit'),
    wholeUnits: record.wholeUnits !== false,
    constraintOverride:
      typeof record.constraintOverride === 'string' ? record.constraintOverride : null,
    method: record.method === 'optimal' || record.method === 'ranking' ? record.method : null,
  };
}
