import type { Language } from './i18n';

/**
 * Numbers as the pane shows them, in the display language. Money carries no currency symbol:
 * the workbook's currency is unknown (roubles, dollars, or none at all), so amounts are plain
 * grouped numbers with up to two decimals, as the report's number formats leave them.
 */
export type NumberFormats = {
  readonly money: (value: number) => string;
  readonly quantity: (value: number) => string;
  /** Throughput per hour of the constraint. */
  readonly rate: (value: number) => string;
  /** A share: 0.92 → "92%" ("92 %" in Russian). */
  readonly percent: (value: number) => string;
  readonly time: (value: number) => string;
};

const LOCALES: Record<Language, string> = { en: 'en-US', ru: 'ru-RU' };

export function numberFormats(language: Language): NumberFormats {
  const locale = LOCALES[language];
  const upTo = (digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  const money = upTo(2);
  const rate = upTo(2);
  const quantity = upTo(2);
  const time = upTo(2);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    money: (value) => money.format(value),
    quantity: (value) => quantity.format(value),
    rate: (value) => rate.format(value),
    percent: (value) => percent.format(value),
    time: (value) => time.format(value),
  };
}

/**
 * The user's typed number: spaces (also no-break ones) group thousands; in Russian the decimal
 * mark is a comma, in English a comma groups thousands. `null` for blank, `NaN` for not a number.
 */
export function parseNumber(text: string, language: Language): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const normalized = language === 'ru' ? compact.replace(',', '.') : compact.replace(/,/g, '');
  // Number('') is 0 and Number('1e') is NaN: require a plain decimal literal.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized)) return Number.NaN;
  return Number(normalized);
}

/** The number as the user would type it back (no grouping), for input fields. */
export function editableNumber(value: number, language: Language): string {
  const text = String(value);
  return language === 'ru' ? text.replace('.', ',') : text;
}
