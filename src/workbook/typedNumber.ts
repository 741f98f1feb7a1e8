/**
 * Numbers a person types into the pane, read the way their Excel reads them: by its decimal and
 * thousands separators (Application.cultureInfo, or the separators set in Excel's options). An
 * entry those settings cannot read as exactly one number — "1,5" where a comma groups thousands,
 * "1.5" where the decimal mark is a comma — is refused, never read as another number.
 */

/** Excel's separators for typed numbers, and where they were learnt. */
export type NumberSettings = {
  /** Decimal mark, e.g. `.` (en-US) or `,` (ru-RU, de-DE). */
  readonly decimal: string;
  /** Thousands separator, e.g. `,` (en-US), `.` (de-DE) or a no-break space (ru-RU). */
  readonly group: string;
  /** 'excel': Excel's own settings; 'language': guessed from the display language (no API). */
  readonly source: 'excel' | 'language';
};

export type TypedNumber =
  | { readonly status: 'blank' }
  | { readonly status: 'number'; readonly value: number }
  /** Not a number in any reading (letters, two signs, a currency symbol). */
  | { readonly status: 'invalid' }
  /** Digits and separators these settings do not read as one number. */
  | { readonly status: 'ambiguous' };

// Every space a keyboard or Excel produces: typed, no-break (ru-RU's group), narrow no-break.
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const APOSTROPHES = /['\u2019]/g;
const SEPARATORS = /[.,'\u2019]/;

/** The separators of a display language (`ru-RU` → `,` and a no-break space). */
export function numberSettingsOf(displayLanguage: string): NumberSettings {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(displayLanguage || 'en-US').formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat('en-US').formatToParts(12345.6);
  }
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? (decimal === ',' ? ' ' : ',');
  return { decimal, group, source: 'language' };
}

/** Excel's answer (separators may come back empty on some hosts): the fallback fills gaps. */
export function excelNumberSettings(
  decimal: string | null | undefined,
  group: string | null | undefined,
  fallback: NumberSettings
): NumberSettings {
  const d = decimal ?? '';
  const g = group ?? '';
  if (d.length !== 1 || /\d/.test(d) || g.length > 1 || /\d/.test(g) || d === g) return fallback;
  return { decimal: d, group: g === '' ? ' ' : g, source: 'excel' };
}

const isSpace = (ch: string) => ch.replace(SPACES, '') === '';

/**
 * The typed text as a number under `settings`. Spaces group thousands whatever the settings (no
 * Excel reads a space as a decimal mark); an apostrophe stands for a Swiss-style `’` group.
 */
export function parseTypedNumber(text: string, settings: NumberSettings): TypedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'blank' };
  const match = /^([-+\u2212]?)(.*?)(?:[eE]([-+\u2212]?\d+))?$/u.exec(trimmed);
  const body = match?.[2] ?? '';
  if (!/\d/.test(body) || /[^\d.,'\u2019\s\u00a0\u202f\u2009]/u.test(body)) {
    return { status: 'invalid' };
  }
  const sign = match?.[1] === '' || match?.[1] === '+' ? '' : '-';
  const exponent = (match?.[3] ?? '').replace('\u2212', '-');
  const mantissa = readMantissa(body, settings);
  if (mantissa.status !== 'number') return mantissa;
  const value = Number(`${sign}${mantissa.text}${exponent === '' ? '' : `e${exponent}`}`);
  return Number.isFinite(value) ? { status: 'number', value } : { status: 'invalid' };
}

type Mantissa =
  | { readonly status: 'number'; readonly text: string }
  | Exclude<TypedNumber, { status: 'number' | 'blank' }>;

function readMantissa(body: string, settings: NumberSettings): Mantissa {
  const groupIsSpace = isSpace(settings.group);
  const groupIsApostrophe = settings.group.replace(APOSTROPHES, '') === '';
  // One spelling per separator: every space is a space, every apostrophe the settings' group.
  const text = body.replace(SPACES, ' ').replace(APOSTROPHES, groupIsApostrophe ? "'" : '\u0000');
  if (text.includes('\u0000')) return { status: 'ambiguous' };
  const decimal = settings.decimal;
  const group = groupIsSpace ? ' ' : groupIsApostrophe ? "'" : settings.group;
  const at = text.indexOf(decimal);
  if (at !== text.lastIndexOf(decimal)) return { status: 'ambiguous' };
  const whole = at < 0 ? text : text.slice(0, at);
  const fraction = at < 0 ? '' : text.slice(at + 1);
  if (!/^\d*$/.test(fraction)) return { status: 'ambiguous' };
  // Any other separator left is one these settings do not know (a foreign decimal mark).
  const foreign = whole.split('').some((ch) => SEPARATORS.test(ch) && ch !== group);
  if (foreign) return { status: 'ambiguous' };
  const digits = readGrouped(whole, group);
  if (digits === null) return { status: 'ambiguous' };
  if (digits === '' && fraction === '') return { status: 'invalid' };
  return { status: 'number', text: `${digits || '0'}.${fraction || '0'}` };
}

/** "12,345,678" → "12345678" when `group` is ","; `null` when the groups are not of three. */
function readGrouped(whole: string, group: string): string | null {
  const parts = whole.split(' ').flatMap((part) => part.split(group));
  if (parts.length === 1) return /^\d*$/.test(parts[0] as string) ? (parts[0] as string) : null;
  const [first, ...rest] = parts as [string, ...string[]];
  if (!/^\d{1,3}$/.test(first) || !rest.every((part) => /^\d{3}$/.test(part))) return null;
  return parts.join('');
}

/** The number as it is typed back into a field under `settings`: no grouping, its decimal mark. */
export function typedText(value: number, settings: NumberSettings): string {
  return String(value).replace('.', settings.decimal);
}

/** How the settings write 1,234.5: the example an "ambiguous" message gives. */
export function exampleNumber(settings: NumberSettings): string {
  const group = isSpace(settings.group) ? ' ' : settings.group;
  return `1${group}234${settings.decimal}5`;
}
