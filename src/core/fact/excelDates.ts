/**
 * Excel's date serials and the periods a sales log is summed by. A serial counts days from
 * 1900-01-01 (serial 1) in Excel's default 1900 date system, fractions being the time of day.
 * Excel counts a 29 February 1900 that never was (serial 60, a bug kept from Lotus 1-2-3), so
 * serials up to 60 are one day off the calendar; periods below use the real calendar.
 */

/** What a sales log can be summed by; weeks start on Monday (ISO 8601, as in Russia). */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year'];

/** 1900-01-01, the first day Excel shows as a date. */
export const FIRST_SERIAL = 1;
/** 9999-12-31, the last. */
export const LAST_SERIAL = 2958465;

// Days from 1899-12-30 (day 0 of the serials from March 1900 on) to 1970-01-01.
const UNIX_OFFSET = 25569;

/** Days since 1899-12-30 of a whole serial: serials before the phantom 29 February are one day behind. */
function calendarDays(serial: number): number {
  return serial < 60 ? serial + 1 : serial;
}

/** The serial of a day counted from 1899-12-30 (the inverse of calendarDays on real days). */
function serialOfDays(days: number): number {
  return days < 61 ? days - 1 : days;
}

/** Year, month (1–12) and day of a count of days since 1970-01-01 (proleptic Gregorian). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  // H. Hinnant's civil_from_days: 400-year eras of 146,097 days, years starting in March.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a calendar date (the inverse of civilFromDays). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The serial of a calendar date. */
export function serialOfDate(year: number, month: number, day: number): number {
  return serialOfDays(daysFromCivil(year, month, day) + UNIX_OFFSET);
}

/** The calendar date of a serial (its time of day dropped). */
export function dateOfSerial(serial: number): { year: number; month: number; day: number } {
  return civilFromDays(calendarDays(Math.floor(serial)) - UNIX_OFFSET);
}

/** A serial Excel shows as a date: 1900-01-01 … 9999-12-31, times of day included. */
export function isDateSerial(value: number): boolean {
  return value >= FIRST_SERIAL && value < LAST_SERIAL + 1;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The serial of an ISO 8601 date written as text ("2026-03-15", "2026-03-15 14:30"), the one
 * written form no regional setting reads differently; `null` for any other text.
 */
export function serialFromIsoText(text: string): number | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds > 59) return null;
  const serial = serialOfDate(year, month, day);
  // 2026-02-30 rolls into March: a day the month does not have is not a date.
  if (dateOfSerial(serial).day !== day) return null;
  const result = serial + (hours * 3600 + minutes * 60 + seconds) / 86400;
  return isDateSerial(result) ? result : null;
}

/**
 * The number of the period a day falls in, consecutive periods getting consecutive numbers:
 * days are serials, weeks are counted from Monday 1900-01-01, months as year × 12 + month − 1,
 * quarters as year × 4 + quarter − 1, years as themselves.
 */
export function periodOrdinal(serial: number, kind: PeriodKind): number {
  const whole = Math.floor(serial);
  switch (kind) {
    case 'day':
      return whole;
    case 'week':
      // Calendar day 2 (1900-01-01) was a Monday.
      return Math.floor((calendarDays(whole) - 2) / 7);
    case 'month':
    case 'quarter':
    case 'year': {
      const { year, month } = dateOfSerial(whole);
      if (kind === 'year') return year;
      return kind === 'month' ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
    }
  }
}

/** The serial of the first day of period `ordinal` (see periodOrdinal). */
export function periodStart(ordinal: number, kind: PeriodKind): number {
  switch (kind) {
    case 'day':
      return ordinal;
    case 'week':
      return serialOfDays(ordinal * 7 + 2);
    case 'month':
      return serialOfDate(Math.floor(ordinal / 12), (ordinal % 12) + 1, 1);
    case 'quarter':
      return serialOfDate(Math.floor(ordinal / 4), (ordinal % 4) * 3 + 1, 1);
    case 'year':
      return serialOfDate(ordinal, 1, 1);
  }
}
