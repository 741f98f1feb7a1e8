import { MAX_HORIZON_MONTHS } from '../../core/decisions';
import { parseNumber } from '../format';
import { fill, type Language, type Strings } from '../i18n';

/** Why a typed number is refused; the message names the field. */
export type FieldError = 'missing' | 'notNumber' | 'negative' | 'wholeMonth' | 'share';

/** What a field accepts: any number, ≥ 0, a whole month 1…1,200, or a percentage 0…100. */
export type FieldRule = 'any' | 'nonNegative' | 'month' | 'percent';

export type FieldValue = { readonly value: number | null; readonly error: FieldError | null };

/**
 * The number typed into a field, in the display language; a percentage may end with `%`.
 * Blank is `null`, which is an error only when the field is required.
 */
export function readField(
  text: string,
  rule: FieldRule,
  language: Language,
  required: boolean
): FieldValue {
  const typed = rule === 'percent' ? text.replace(/%\s*$/, '') : text;
  const value = parseNumber(typed, language);
  if (value === null) return { value: null, error: required ? 'missing' : null };
  if (!Number.isFinite(value)) return { value: null, error: 'notNumber' };
  return { value, error: ruleError(value, rule) };
}

function ruleError(value: number, rule: FieldRule): FieldError | null {
  switch (rule) {
    case 'any':
      return null;
    case 'nonNegative':
      return value < 0 ? 'negative' : null;
    case 'month':
      return Number.isInteger(value) && value >= 1 && value <= MAX_HORIZON_MONTHS
        ? null
        : 'wholeMonth';
    case 'percent':
      return value >= 0 && value <= 100 ? null : 'share';
  }
}

const TEMPLATES: Record<FieldError, keyof Strings> = {
  missing: 'fieldMissing',
  notNumber: 'fieldNotNumber',
  negative: 'fieldNegative',
  wholeMonth: 'fieldWholeMonth',
  share: 'fieldShare',
};

/** "ΔT per month: not a number.": the message names the field by its label. */
export function fieldMessage(
  error: FieldError | null | undefined,
  label: string,
  strings: Strings
): string | undefined {
  return error ? fill(strings[TEMPLATES[error]], { field: label }) : undefined;
}
