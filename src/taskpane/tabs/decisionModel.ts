import {
  MAX_HORIZON_MONTHS,
  evaluateDecision,
  paybackMonth,
  type DecisionResult,
  type PaybackResult,
} from '../../core/decisions';
import type { NumberSettings } from '../../workbook/typedNumber';
import { readField, type FieldError } from './formNumbers';

/** What the owner types on the Decision tab, kept as text so a half-typed number is not lost. */
export type DecisionForm = {
  readonly description: string;
  readonly deltaThroughput: string;
  readonly throughputFromMonth: string;
  readonly deltaOperatingExpense: string;
  readonly operatingExpenseFromMonth: string;
  readonly investment: string;
};

export const emptyDecisionForm: DecisionForm = {
  description: '',
  deltaThroughput: '',
  throughputFromMonth: '1',
  deltaOperatingExpense: '',
  operatingExpenseFromMonth: '1',
  investment: '',
};

export type DecisionField = Exclude<keyof DecisionForm, 'description'>;

export type DecisionNumbers = {
  readonly deltaThroughput: number;
  readonly throughputFromMonth: number;
  readonly deltaOperatingExpense: number;
  readonly operatingExpenseFromMonth: number;
  readonly investment: number | null;
};

export type DecisionModel =
  | { readonly status: 'errors'; readonly errors: Partial<Record<DecisionField, FieldError>> }
  | { readonly status: 'overflow' }
  | {
      readonly status: 'evaluated';
      readonly numbers: DecisionNumbers;
      readonly decision: DecisionResult;
      readonly payback: PaybackResult;
      /** Months worth showing: a few past the payback month, at least a year. */
      readonly months: number;
    };

const SHOWN_AFTER_PAYBACK = 3;
const MIN_SHOWN_MONTHS = 12;
const SHOWN_WHEN_NEVER = 36;

/** ΔNP, ΔNP ÷ ΔI, the payback month and the verdict of the typed change, or what is wrong. */
export function computeDecision(form: DecisionForm, settings: NumberSettings): DecisionModel {
  const fields = {
    deltaThroughput: readField(form.deltaThroughput, 'any', settings, true),
    throughputFromMonth: readField(form.throughputFromMonth, 'month', settings, false),
    deltaOperatingExpense: readField(form.deltaOperatingExpense, 'any', settings, true),
    operatingExpenseFromMonth: readField(form.operatingExpenseFromMonth, 'month', settings, false),
    investment: readField(form.investment, 'nonNegative', settings, false),
  };
  const errors: Partial<Record<DecisionField, FieldError>> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (field.error !== null) errors[key as DecisionField] = field.error;
  }
  if (Object.keys(errors).length > 0) return { status: 'errors', errors };
  const numbers: DecisionNumbers = {
    deltaThroughput: fields.deltaThroughput.value as number,
    throughputFromMonth: fields.throughputFromMonth.value ?? 1,
    deltaOperatingExpense: fields.deltaOperatingExpense.value as number,
    operatingExpenseFromMonth: fields.operatingExpenseFromMonth.value ?? 1,
    investment: fields.investment.value,
  };
  const decision = evaluateDecision(numbers);
  // The longest horizon, so a late payback is still found (the chart shows only the start).
  const payback = paybackMonth({
    ...numbers,
    investment: numbers.investment ?? 0,
    horizonMonths: MAX_HORIZON_MONTHS,
  });
  if (decision.status !== 'evaluated' || payback.status === 'invalid')
    return { status: 'overflow' };
  if (payback.status === 'overflow') return { status: 'overflow' };
  const last = Math.max(numbers.throughputFromMonth, numbers.operatingExpenseFromMonth);
  const months =
    payback.month === null
      ? Math.max(SHOWN_WHEN_NEVER, last + SHOWN_AFTER_PAYBACK)
      : Math.max(MIN_SHOWN_MONTHS, payback.month + SHOWN_AFTER_PAYBACK, last + 1);
  return {
    status: 'evaluated',
    numbers,
    decision,
    payback,
    months: Math.min(months, payback.cumulative.length),
  };
}
