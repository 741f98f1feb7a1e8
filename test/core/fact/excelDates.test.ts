import fc from 'fast-check';
import {
  dateOfSerial,
  PERIOD_KINDS,
  periodOrdinal,
  periodStart,
  serialFromIsoText,
  serialOfDate,
} from '../../../src/core/fact';

describe('Excel date serials', () => {
  it('counts days as Excel does, the phantom 29 February 1900 included', () => {
    expect(serialOfDate(1900, 1, 1)).toBe(1);
    expect(serialOfDate(1900, 2, 28)).toBe(59);
    expect(serialOfDate(1900, 3, 1)).toBe(61);
    expect(serialOfDate(2026, 1, 1)).toBe(46023);
    expect(serialOfDate(9999, 12, 31)).toBe(2958465);
    expect(dateOfSerial(46082.75)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(dateOfSerial(60)).toEqual({ year: 1900, month: 2, day: 28 });
  });

  it('reads ISO 8601 text as a date and refuses every other text', () => {
    expect(serialFromIsoText('2026-03-01')).toBe(46082);
    expect(serialFromIsoText(' 2026-03-01 18:00 ')).toBe(46082.75);
    expect(serialFromIsoText('2026-03-01T06:00:00')).toBe(46082.25);
    for (const text of ['01.03.2026', '03/01/2026', '2026-02-30', '2026-13-01', 'March', '']) {
      expect([text, serialFromIsoText(text)]).toEqual([text, null]);
    }
  });

  it('starts weeks on Monday and months, quarters, years on their first day', () => {
    // Sunday 2026-03-01 belongs to the week of Monday 2026-02-23.
    expect(periodStart(periodOrdinal(46082, 'week'), 'week')).toBe(serialOfDate(2026, 2, 23));
    expect(periodStart(periodOrdinal(46082, 'month'), 'month')).toBe(46082);
    expect(periodStart(periodOrdinal(46082, 'quarter'), 'quarter')).toBe(46023);
    expect(periodStart(periodOrdinal(46082, 'year'), 'year')).toBe(46023);
    expect(periodStart(periodOrdinal(46082.9, 'day'), 'day')).toBe(46082);
  });

  it('puts every day in the one period that starts on or before it and ends after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958000 }),
        fc.constantFrom(...PERIOD_KINDS),
        (serial, kind) => {
          const ordinal = periodOrdinal(serial, kind);
          expect(periodStart(ordinal, kind)).toBeLessThanOrEqual(serial);
          expect(periodStart(ordinal + 1, kind)).toBeGreaterThan(serial);
        }
      )
    );
  });

  it('round-trips every calendar date through its serial', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-03-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          const civil = {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          };
          expect(dateOfSerial(serialOfDate(civil.year, civil.month, civil.day))).toEqual(civil);
          // Against the platform's own calendar: days since 1899-12-30.
          const days = Math.floor(
            (Date.UTC(civil.year, civil.month - 1, civil.day) - Date.UTC(1899, 11, 30)) / 86400000
          );
          expect(serialOfDate(civil.year, civil.month, civil.day)).toBe(days);
        }
      )
    );
  });
});
