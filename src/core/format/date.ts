import { readYmd } from '../../_internal/days.js';
import type { CalendarDate } from '../calendar-date.js';
import { createIssue, describeType } from '../issues.js';
import { optionKeys } from '../../_internal/options.js';
import { type FormatOptions, readFormatOptions } from './options.js';
import { invalidIn } from '../parse.js';
import { FORMAT_DATE } from '../../_internal/contexts.js';

/**
 * Options of {@link formatDate}.
 *
 * @category Formatting
 */
export interface FormatDateOptions extends FormatOptions {
  /**
   * Intl's date style: `'long'` (default, `31 Januari 2024`), `'full'` (`Rabu, 31 Januari 2024`),
   * `'medium'` (`31 Jan 2024`) or `'short'` (`31/01/24`).
   */
  readonly style?: 'full' | 'long' | 'medium' | 'short' | undefined;
}

const DATE_KEYS = optionKeys<FormatDateOptions>()({ locale: true, style: true });

const STYLES = ['full', 'long', 'medium', 'short'] as const;

/**
 * Formats a calendar date for people with `Intl.DateTimeFormat`: `31 Januari 2024` in Indonesian,
 * `31 January 2024` in English. The calendar date is formatted in UTC, so the text is the same in
 * every time zone (a `YYYY-MM-DD` has no time of day to shift).
 *
 * @category Formatting
 * @throws {@link ValidationError} when `date` is not a real `YYYY-MM-DD` or an option is invalid.
 * @example
 * formatDate('2024-01-31')
 * //=> '31 Januari 2024'
 * formatDate('2024-01-31', { locale: 'en', style: 'full' })
 * //=> 'Wednesday, 31 January 2024'
 */
export function formatDate(date: CalendarDate, options: FormatDateOptions = {}): string {
  const { tag, get } = readFormatOptions(options, FORMAT_DATE, DATE_KEYS);
  const style = get('style') ?? 'long';
  if (!STYLES.includes(style as (typeof STYLES)[number])) {
    throw invalidIn([createIssue('invalid_value', ['style'], { allowed: STYLES })], FORMAT_DATE);
  }
  const ymd = typeof date === 'string' ? readYmd(date) : undefined;
  if (ymd === undefined) {
    throw invalidIn(
      [
        typeof date === 'string'
          ? createIssue('invalid_calendar_date', ['date'])
          : createIssue('invalid_type', ['date'], {
              expected: 'a YYYY-MM-DD string',
              received: describeType(date),
            }),
      ],
      FORMAT_DATE,
    );
  }
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map the years 0-99 to 1900-1999.
  instant.setUTCFullYear(ymd[0], ymd[1] - 1, ymd[2]);
  return new Intl.DateTimeFormat(tag, {
    dateStyle: style as (typeof STYLES)[number],
    timeZone: 'UTC',
  }).format(instant);
}
