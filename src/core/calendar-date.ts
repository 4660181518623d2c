import * as z from 'zod';
import { isValid } from 'date-fns/isValid';
import {
  addMonthsYmd,
  civil,
  epochDay,
  formatYmd,
  isLeap,
  monthLength,
  readYmd,
} from '../_internal/days.js';
import { CalendarDateMini, calendarDateChecks } from '../_internal/calendar-date-schema.js';
import { ConfigurationError } from './errors.js';
import { createIssue, describeType } from './issues.js';
import { unreadableAs } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { invalidIn, parseIn } from './parse.js';
import { DATE } from '../_internal/contexts.js';
import type { ContextName } from './issue-types.js';

/**
 * A calendar date written `YYYY-MM-DD` (years 0001-9999). A date, not an instant: it has no time of day
 * and no time zone, so every computation on it gives the same answer on every machine.
 *
 * @category Dates
 */
export type CalendarDate = string;

/**
 * Accepts only real calendar dates written `YYYY-MM-DD`: `2024-02-29` passes, `2023-02-29`,
 * `2024-13-01` and `2024-1-5` do not (issue code `invalid_calendar_date`).
 *
 * @category Dates
 */
export const CalendarDateSchema = z
  .string()
  .check(...calendarDateChecks())
  .meta({
    title: 'CalendarDate',
    description: 'A real calendar date written YYYY-MM-DD',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  });

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @category Dates
 * @example
 * isCalendarDate('2024-02-29') //=> true
 * isCalendarDate('2023-02-29') //=> false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && readYmd(value) !== undefined;
}

/** The context of a field's error: `date` is named in Indonesian, the other names are printed as given. */
const contextOf = (name: string): ContextName => (name === 'date' ? DATE : { en: name, id: name });

function read(date: unknown, name: string): [number, number, number] {
  if (typeof date === 'string') {
    const ymd = readYmd(date);
    if (ymd !== undefined) return ymd;
    throw invalidIn([createIssue('invalid_calendar_date', [name])], contextOf(name));
  }
  throw invalidIn(
    [createIssue('invalid_type', [name], { expected: 'string', received: describeType(date) })],
    contextOf(name),
  );
}

function whole(n: unknown, name: string, limit: number): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || Math.abs(n) > limit) {
    throw invalidIn(
      [
        typeof n === 'number' && Number.isSafeInteger(n)
          ? createIssue('too_big', [name], { maximum: limit, origin: 'number', inclusive: true })
          : createIssue('not_integer', [name], { received: describeType(n) }),
      ],
      contextOf(name),
    );
  }
  return n;
}

function checkedYmd(y: number, m: number, d: number): CalendarDate {
  if (!(y >= 1 && y <= 9999)) {
    throw invalidIn(
      [
        createIssue('date_out_of_range', ['date'], {
          minimum: '0001-01-01',
          maximum: '9999-12-31',
        }),
      ],
      DATE,
    );
  }
  return formatYmd(y, m, d);
}

/**
 * Parses a calendar date, throwing a {@link ValidationError} for anything but a real `YYYY-MM-DD`.
 *
 * @category Dates
 * @throws {@link ValidationError} when the value is not a real calendar date.
 * @example
 * parseCalendarDate('2024-02-29') //=> '2024-02-29'
 */
export function parseCalendarDate(value: unknown): CalendarDate {
  return parseIn(CalendarDateMini, value, DATE);
}

/**
 * Adds whole months. The day of month is kept, or clamped to the last day of the target month:
 * 31 January + 1 month is 29 February in a leap year and 28 February otherwise. To build a series of
 * due dates, add k months to the anchor date for each k rather than chaining, or the clamped day
 * sticks (31 Jan, 29 Feb, 29 Mar...).
 *
 * @category Dates
 * @throws {@link ValidationError} when the date is not a real calendar date, `months` is not a whole
 * number, or the result falls outside years 0001-9999.
 * @example
 * addMonths('2024-01-31', 1) //=> '2024-02-29'
 * addMonths('2023-01-31', 1) //=> '2023-02-28'
 * addMonths('2024-01-31', 3) //=> '2024-04-30'
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = read(date, 'date');
  const [ny, nm, nd] = addMonthsYmd(y, m, d, whole(months, 'months', 120_000));
  return checkedYmd(ny, nm, nd);
}

/**
 * Adds whole days (negative to go back).
 *
 * @category Dates
 * @throws {@link ValidationError} when the date is invalid, `days` is not a whole number, or the
 * result falls outside years 0001-9999.
 * @example
 * addDays('2024-02-28', 1) //=> '2024-02-29'
 * addDays('2024-03-01', -1) //=> '2024-02-29'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = read(date, 'date');
  const [ny, nm, nd] = civil(epochDay(y, m, d) + whole(days, 'days', 4_000_000));
  return checkedYmd(ny, nm, nd);
}

/**
 * Adds whole weeks (7 days each).
 *
 * @category Dates
 * @throws {@link ValidationError} as {@link addDays}.
 * @example
 * addWeeks('2024-12-25', 1) //=> '2025-01-01'
 */
export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, whole(weeks, 'weeks', 600_000) * 7);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @category Dates
 * @throws {@link ValidationError} when either date is invalid.
 * @example
 * daysBetween('2024-02-01', '2024-03-01') //=> 29
 * daysBetween('2023-02-01', '2023-03-01') //=> 28
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = read(from, 'from');
  const [y2, m2, d2] = read(to, 'to');
  return epochDay(y2, m2, d2) - epochDay(y1, m1, d1);
}

/**
 * Compares two dates for sorting: negative when `a` is earlier, 0 when equal, positive when later.
 *
 * @category Dates
 * @throws {@link ValidationError} when either date is invalid.
 * @example
 * ['2024-03-01', '2023-12-31'].sort(compareDates) //=> ['2023-12-31', '2024-03-01']
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  read(a, 'a');
  read(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The number of days in a month.
 *
 * @category Dates
 * @throws {@link ValidationError} when the year is outside 1-9999 or the month outside 1-12.
 * @example
 * daysInMonth(2024, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  whole(year, 'year', 9999);
  whole(month, 'month', 12);
  if (year < 1 || month < 1) {
    throw invalidIn(
      [createIssue('too_small', [year < 1 ? 'year' : 'month'], { minimum: 1, origin: 'number' })],
      DATE,
    );
  }
  return monthLength(year, month);
}

/**
 * Tells whether a year is a leap year in the Gregorian calendar.
 *
 * @category Dates
 * @example
 * isLeapYear(2024) //=> true
 * isLeapYear(1900) //=> false
 */
export function isLeapYear(year: number): boolean {
  return isLeap(whole(year, 'year', 9999));
}

/**
 * Options of {@link fromJsDate}.
 *
 * @category Dates
 */
export interface FromJsDateOptions {
  /**
   * Which calendar day of the instant to take: the machine's local day (`'local'`, default, what a
   * date picker in the user's own browser means), the UTC day (`'utc'`, what an ISO timestamp from a
   * server usually means), or the day in a named IANA time zone (`'Asia/Jakarta'`, `'Asia/Makassar'`,
   * `'Asia/Jayapura'`), read with `Intl.DateTimeFormat`. A name `Intl` does not know is a
   * `ConfigurationError` (`unknown_time_zone`), never a silent fallback to local time.
   */
  zone?: 'local' | 'utc' | (string & {}) | undefined;
}

const FROM_JS_DATE_KEYS = optionKeys<FromJsDateOptions>()({ zone: true });

/**
 * Converts a JavaScript `Date` to a calendar date. This is the only place a time zone matters, and
 * the caller names it.
 *
 * @category Dates
 * @throws {@link ValidationError} when the value is not a valid `Date` (`invalid_type` at `date`), or
 * its day falls outside years 0001-9999 (`date_out_of_range` at `date`).
 * @throws {@link ConfigurationError} `unknown_time_zone` when `zone` is neither `'local'`, `'utc'`
 * nor a time zone `Intl` knows; `unknown_option` for an options key other than `zone`.
 * @example
 * fromJsDate(new Date(Date.UTC(2024, 1, 29, 12)), { zone: 'utc' }) //=> '2024-02-29'
 * fromJsDate(new Date(Date.UTC(2024, 1, 29, 18)), { zone: 'Asia/Jakarta' }) //=> '2024-03-01'
 */
export function fromJsDate(value: Date, options: FromJsDateOptions = {}): CalendarDate {
  try {
    checkOptionKeys(options, FROM_JS_DATE_KEYS, 'fromJsDate');
    if (!(value instanceof Date) || !isValid(value)) {
      throw invalidIn(
        [
          createIssue('invalid_type', ['date'], {
            expected: 'valid Date',
            received: describeType(value),
          }),
        ],
        DATE,
      );
    }
    const zone = options?.zone ?? 'local';
    let ymd: readonly [number, number, number];
    if (zone === 'utc') ymd = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
    else if (zone === 'local') ymd = [value.getFullYear(), value.getMonth() + 1, value.getDate()];
    else ymd = dayInZone(value, zone);
    const [y, m, d] = ymd;
    return checkedYmd(y, m, d);
  } catch (error) {
    throw unreadableAs(error, DATE);
  }
}

/** The year, month and day of an instant in a named IANA time zone (validated with `Intl`). */
function dayInZone(value: Date, zone: unknown): readonly [number, number, number] {
  let formatter: Intl.DateTimeFormat | undefined;
  if (typeof zone === 'string' && zone.length > 0 && zone.length <= 64) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    } catch {
      formatter = undefined;
    }
  }
  if (formatter === undefined) {
    const shown = typeof zone === 'string' ? zone.slice(0, 64) : describeType(zone);
    throw new ConfigurationError(
      'unknown_time_zone',
      {
        en: `Unknown time zone "${shown}" in options.zone of fromJsDate; use 'local', 'utc' or an IANA name such as 'Asia/Jakarta'`,
        id: `Zona waktu "${shown}" pada options.zone untuk fromJsDate tidak dikenal; gunakan 'local', 'utc' atau nama IANA seperti 'Asia/Jakarta'`,
      },
      { zone: shown, path: ['zone'] },
    );
  }
  let year = 0;
  let month = 0;
  let day = 0;
  let bc = false;
  for (const part of formatter.formatToParts(value)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'era') bc = /^B/i.test(part.value);
  }
  return [bc ? 1 - year : year, month, day];
}
