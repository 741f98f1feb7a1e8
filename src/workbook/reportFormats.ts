/**
 * The money format of a report: the user's own, taken from the source's price column (roubles stay
 * roubles: `#,##0.00 "₽"`, `[$₽-419]# ##0`), or the report's plain `#,##0.00` when the price column
 * has none, or one that is not about money (General, text, a date, a percentage).
 */

const DATE_OR_TIME = /[dmyhs]/i;

/** `code` when it is a number format fit for money columns, else `null`. */
export function moneyFormatCode(code: string | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  const trimmed = code.trim();
  if (trimmed === '' || /^general$/i.test(trimmed) || trimmed === '@') return null;
  // Quoted text, escaped characters and [$…] currency tags may hold any letter: look past them.
  const bare = trimmed
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(bare) || bare.includes('%') || bare.includes('@')) return null;
  if (DATE_OR_TIME.test(bare.replace(/[eE][+-]/g, ''))) return null;
  return trimmed;
}
