import type { Resource } from '../core';
import type { NumberSettings } from '../workbook/typedNumber';
import { linkOf, readInput, type LinkedCell, type LinkedCells } from './inputValue';
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

/**
 * Why an input gives no number. 'missing' is a hint, not an error: nothing was entered yet.
 * 'ambiguous': digits and separators Excel's settings do not read as one number.
 */
export type InputError =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'ambiguous' }
  | { readonly kind: 'negative' }
  | { readonly kind: 'notPositive' }
  /** A linked cell not read yet (the read is under way). */
  | { readonly kind: 'pending'; readonly reference: string }
  | { readonly kind: 'link'; readonly reference: string; readonly cell: LinkedCell };

/** A number that came from a linked cell, shown under its field. */
export type LinkedNumber = { readonly address: string; readonly value: number };

/** The inputs as numbers, or which field is wrong and why. */
export type ParsedInputs = {
  readonly resources: readonly Resource[] | null;
  readonly operatingExpense: number | null;
  readonly targetProfit: number | null;
  readonly errors: Readonly<Record<string, InputError>>;
  /** By field key: the cell each linked number came from. */
  readonly linked: Readonly<Record<string, LinkedNumber>>;
};

/** Field key of a resource's capacity. */
export const capacityKey = (resource: string) => `capacity:${resource}`;

/**
 * Keys of `errors` and `linked`: `capacity:<resource>`, `operatingExpense`, `targetProfit`.
 * OE is never negative (the same rule as TA.* and the CLI); a capacity is above 0.
 */
export function parseInputs(
  inputs: PlanInputs,
  resourceNames: readonly string[],
  settings: NumberSettings,
  links: LinkedCells = {}
): ParsedInputs {
  const errors: Record<string, InputError> = {};
  const linked: Record<string, LinkedNumber> = {};
  const read = (key: string, text: string): number | null => {
    const input = readInput(text, settings, links);
    switch (input.status) {
      case 'number':
        if (input.link !== null) linked[key] = { address: input.link, value: input.value };
        return input.value;
      case 'blank':
        errors[key] = { kind: 'missing' };
        return null;
      case 'pending':
        errors[key] = { kind: 'pending', reference: input.reference };
        return null;
      case 'link':
        errors[key] = { kind: 'link', reference: input.reference, cell: input.cell };
        return null;
      case 'invalid':
      case 'ambiguous':
        errors[key] = { kind: input.status };
        return null;
    }
  };
  const resources: Resource[] = [];
  for (const name of resourceNames) {
    const key = capacityKey(name);
    const capacity = read(key, inputs.capacities[name] ?? '');
    if (capacity !== null && !(capacity > 0)) errors[key] = { kind: 'notPositive' };
    else if (capacity !== null) resources.push({ name, capacity });
  }
  const operatingExpense = read('operatingExpense', inputs.operatingExpense);
  if (operatingExpense !== null && operatingExpense < 0)
    errors.operatingExpense = { kind: 'negative' };
  const targetProfit = read('targetProfit', inputs.targetProfit);
  // OE and the target are optional: blank is no error for them.
  for (const key of ['operatingExpense', 'targetProfit'])
    if (errors[key]?.kind === 'missing') delete errors[key];
  return {
    resources: resources.length === resourceNames.length ? resources : null,
    operatingExpense: errors.operatingExpense === undefined ? operatingExpense : null,
    targetProfit,
    errors,
    linked,
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

/** Every cell the inputs link to, once each. */
export function linksOf(inputs: PlanInputs): string[] {
  const texts = [...Object.values(inputs.capacities), inputs.operatingExpense, inputs.targetProfit];
  return [...new Set(texts.map(linkOf).filter((link): link is string => link !== null))];
}
