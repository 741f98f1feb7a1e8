import { MAX_HORIZON_MONTHS } from '../../core/decisions';
import { exampleNumber, parseTypedNumber, type NumberSettings } from '../../workbook/typedNumber';
import { fill, type Strings } from '../i18n';

/** Why a typed number is refused; the message names the field. */
export type FieldError =
  'missing' | 'notNumber' | 'ambiguous' | 'negative' | 'wholeMonth' | 'share';

/** What a field accepts: any number, ≥ 0, a whole month 1…1,200, or a percentage 0…100. */
export type FieldRule = 'any' | 'nonNegative' | 'month' | 'percent';

export type FieldValue = { readonly value: number | null; readonly error: FieldError | null };

/**
 * The number typed into a field, read with Excel's separators; a percentage may end with `%`.
 * Blank is `null`, which is an error only when the field is required.
 */
export function readField(
  text: string,
  rule: FieldRule,
  settings: NumberSettings,
  required: boolean
): FieldValue {
  const typed = rule === 'percent' ? text.replace(/%\s*$/, '') : text;
  const read = parseTypedNumber(typed, settings);
  switch (read.status) {
    case 'blank':
      return { value: null, error: required ? 'missing' : null };
    case 'invalid':
      return { value: null, error: 'notNumber' };
    case 'ambiguous':
      return { value: null, error: 'ambiguous' };
    case 'number':
      return { value: read.value, error: ruleError(read.value, rule) };
  }
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
  ambiguous: 'fieldAmbiguous',
  negative: 'fieldNegative',
  wholeMonth: 'fieldWholeMonth',
  share: 'fieldShare',
};

/** "ΔT per month: not a number.": the message names the field by its label. */
export function fieldMessage(
  error: FieldError | null | undefined,
  label: string,
  locale: { readonly strings: Strings; readonly numbers: NumberSettings }
): string | undefined {
  const { strings, numbers } = locale;
  return error
    ? fill(strings[TEMPLATES[error]], { field: label, ...separatorWords(numbers, strings) })
    : undefined;
}

/** The separators as a message names them: "," or "a space". */
export function separatorWords(settings: NumberSettings, strings: Strings) {
  const name = (mark: string) =>
    mark.trim() === '' ? strings.separatorSpace : fill(strings.separatorMark, { mark });
  return {
    decimal: name(settings.decimal),
    group: name(settings.group),
    example: exampleNumber(settings),
  };
}
