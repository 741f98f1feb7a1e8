/**
 * Names the report may take. Excel sheet names are unique regardless of case, at most 31
 * characters, cannot contain `: \ / ? * [ ]`, cannot start or end with an apostrophe and cannot
 * be `History` (reserved). Table names are unique in the workbook, start with a letter or `_`,
 * hold only letters, digits, `_` and `.`, and must not read as a cell reference.
 */

const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = 'history';

/** A valid sheet name made from `wanted` (never empty, never `History`). */
export function sanitizeSheetName(wanted: string, fallback = 'TA Report'): string {
  const cleaned = wanted
    .replace(FORBIDDEN, ' ')
    .replace(/[\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim();
  if (cleaned === '') return fallback;
  return cleaned.toLowerCase() === RESERVED ? `${cleaned} (TA)` : cleaned;
}

/** `base`, or `base (2)`, `base (3)`… that no existing sheet uses (compared without case). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const name = sanitizeSheetName(base);
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** `base`, or `base_2`, `base_3`… that no table in the workbook uses. */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  let name = base.replace(/[^\p{L}\p{N}_.]/gu, '_');
  if (!/^[\p{L}_]/u.test(name)) name = `_${name}`;
  // "TA1" or "R1C1" would read as cell references.
  if (/^[a-z]{1,3}\d+$/i.test(name) || /^r\d*c\d*$/i.test(name)) name = `${name}_`;
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
