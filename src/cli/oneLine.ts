import type { Texts } from './texts';

/** Every message `ta` writes to stderr is one line of at most this many characters. */
export const MAX_MESSAGE = 300;

// Names and paths come from the user: a 10,000-character name must not make a 10,000-character line.
const MAX_QUOTED = 40;

/** `text` as one line: control characters (line breaks, tabs, escapes) shown as spaces. */
export function flatten(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A user's name in a message: in double quotes, on one line, shortened to 40 characters. */
export const quote = (name: string): string => `"${shorten(flatten(name), MAX_QUOTED)}"`;

/** A file path in a message: its end is the telling part, so a long path loses its start. */
export function shortPath(path: string): string {
  const chars = Array.from(flatten(path));
  return chars.length <= 60 ? chars.join('') : `…${chars.slice(-59).join('')}`;
}

/** Up to three quoted names, then "and N more". */
export function someNames(names: readonly string[], t: Texts): string {
  const shown = 3;
  const listed = names.slice(0, shown).map(quote).join(', ');
  return names.length > shown ? t.andMore(listed, names.length - shown) : listed;
}

/** The final guard: one line, at most MAX_MESSAGE characters. */
export const oneLine = (text: string): string => shorten(flatten(text), MAX_MESSAGE);

// One formatter per locale and precision: `toLocaleString` builds one per call (2 s for 20,000 rows).
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}/${digits}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A number for people in the language's way (1,234.5 or 1 234,5), up to `digits` places after
 * the point; very large or very small magnitudes in exponent form (1.5e+20, 3e-7).
 */
export function formatNumber(value: number, t: Texts, digits = 4): string {
  if (!Number.isFinite(value)) return t.beyondDouble;
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-4)) {
    return value.toExponential(Math.min(digits, 6)).replace(/\.?0+e/, 'e');
  }
  return formatterFor(t.locale, digits).format(value);
}
