import { numberSettingsOf, typedText, type NumberSettings } from '../workbook/typedNumber';
import type { Language } from './i18n';

/**
 * Numbers as the pane shows them: the display language's conventions (a space before "%" in
 * Russian) with Excel's own separators, so a number shown can be typed back as it is shown.
 * Money carries no currency symbol: the pane does not know the workbook's currency.
 */
export type NumberFormats = {
  readonly money: (value: number) => string;
  readonly quantity: (value: number) => string;
  /** Throughput per hour of the constraint. */
  readonly rate: (value: number) => string;
  /** A share: 0.92 → "92%" ("92 %" in Russian). */
  readonly percent: (value: number) => string;
  readonly time: (value: number) => string;
  /** The number as typed back into a field: no grouping, Excel's decimal mark. */
  readonly editable: (value: number) => string;
};

const LOCALES: Record<Language, string> = { en: 'en-US', ru: 'ru-RU' };

export function numberFormats(
  language: Language,
  settings: NumberSettings = numberSettingsOf(LOCALES[language])
): NumberFormats {
  const locale = LOCALES[language];
  const separator = (part: Intl.NumberFormatPart) =>
    part.type === 'group'
      ? settings.group
      : part.type === 'decimal'
        ? settings.decimal
        : part.value;
  const withSeparators = (format: Intl.NumberFormat) => (value: number) =>
    format.formatToParts(value).map(separator).join('');
  const upTo = (digits: number) =>
    withSeparators(
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 })
    );
  const twoDigits = upTo(2);
  return {
    money: twoDigits,
    quantity: twoDigits,
    rate: twoDigits,
    time: twoDigits,
    percent: withSeparators(
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
    ),
    editable: (value) => typedText(value, settings),
  };
}
