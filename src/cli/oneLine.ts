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

/** Up to `shown` quoted names, then "and N more". */
export function someNames(names: readonly string[], shown = 3): string {
  const listed = names.slice(0, shown).map(quote).join(', ');
  return names.length > shown ? `${listed} and ${names.length - shown} more` : listed;
}

/** The final guard: one line, at most MAX_MESSAGE characters. */
export const oneLine = (text: string): string => shorten(flatten(text), MAX_MESSAGE);

// One formatter per precision: `toLocaleString` builds a new one per call (2 s for 20,000 rows).
const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(digits: number): Intl.NumberFormat {
  let formatter = formatters.get(digits);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formatters.set(digits, formatter);
  }
  return formatter;
}

/**
 * A number for people: thousands separated (1,234.5), up to `digits` places after the point;
 * very large or very small magnitudes in exponent form (1.5e+20, 3e-7).
 */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return value > 0 ? 'more than 1e308' : 'not a number';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-4)) {
    return value.toExponential(Math.min(digits, 6)).replace(/\.?0+e/, 'e');
  }
  return formatterFor(digits).format(value);
}
