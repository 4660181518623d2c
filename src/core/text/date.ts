import { civil, epochDay, formatYmd, monthLength } from '../../_internal/days.js';
import { textSchema } from '../../_internal/text-schema.js';
import { unreadableAs } from '../../_internal/guard.js';
import { checkOptionKeys } from '../../_internal/options.js';
import { MESSAGE_KEYS, openCell } from './cell.js';
import type { CalendarDate } from '../calendar-date.js';
import type { MessageOptions, SafeParseResult } from '../issues.js';
import { DATE_TEXT } from '../../_internal/contexts.js';

/**
 * Options of {@link parseDateText}: the message language and overrides.
 *
 * @category Text
 */
export type DateTextOptions = MessageOptions;

/** The last serial number of the 1900 date system: 9999-12-31. */
const MAX_SERIAL = 2_958_465;
/** Day number of 1899-12-30: serial n (n >= 61) is this plus n days. */
const SERIAL_BASE = epochDay(1899, 12, 30);

const digit = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : -1);

/** Reads 1 to `max` digits from `i`; returns [value, next index] or undefined. */
function digits(
  s: string,
  i: number,
  end: number,
  min: number,
  max: number,
): [number, number] | undefined {
  let v = 0;
  let j = i;
  while (j < end && j - i < max) {
    const d = digit(s.charCodeAt(j));
    if (d < 0) break;
    v = v * 10 + d;
    j++;
  }
  return j - i >= min ? [v, j] : undefined;
}

type DateRead = CalendarDate | 'invalid_date_format' | 'impossible_date' | 'date_out_of_range';

function ymd(y: number, m: number, d: number): DateRead {
  if (m < 1 || m > 12 || d < 1 || y < 1 || d > monthLength(y, m)) {
    return y < 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31
      ? 'date_out_of_range'
      : 'impossible_date';
  }
  return formatYmd(y, m, d);
}

/** A spreadsheet serial number (1900 system) to a date; the fictitious 1900-02-29 (60) is impossible. */
function serial(s: string, start: number, end: number): DateRead {
  const whole = digits(s, start, end, 1, 8);
  if (whole === undefined) return 'invalid_date_format';
  let [n, i] = whole;
  if (i < end) {
    // A time of day after the point (`45322.75`) is dropped: the date is the whole part.
    if (s.charCodeAt(i) !== 46 || i + 1 === end) return 'invalid_date_format';
    for (let k = i + 1; k < end; k++) if (digit(s.charCodeAt(k)) < 0) return 'invalid_date_format';
    i = end;
  }
  if (n < 1 || n > MAX_SERIAL) return 'date_out_of_range';
  if (n === 60) return 'impossible_date';
  if (n < 60) n += 1; // before the fictitious 29 February the days run one later
  const [y, m, d] = civil(SERIAL_BASE + n);
  return formatYmd(y, m, d);
}

function readDate(s: string, start: number, end: number): DateRead {
  // YYYY-MM-DD (month and day may have one digit)
  const first = digits(s, start, end, 1, 8);
  if (first === undefined) return 'invalid_date_format';
  const [a, i] = first;
  if (i === end) return serial(s, start, end);
  const sep = s.charCodeAt(i);
  if (sep === 46) return serial(s, start, end);
  if (sep !== 45 && sep !== 47) return 'invalid_date_format';
  const second = digits(s, i + 1, end, 1, 2);
  if (second === undefined || s.charCodeAt(second[1]) !== sep) return 'invalid_date_format';
  const third = digits(s, second[1] + 1, end, 1, 4);
  if (third === undefined || third[1] !== end) return 'invalid_date_format';
  const firstLen = i - start;
  const thirdLen = third[1] - second[1] - 1;
  if (firstLen === 4 && sep === 45 && thirdLen <= 2) return ymd(a, second[0], third[0]);
  if (firstLen <= 2 && thirdLen === 4) return ymd(third[0], second[0], a);
  return 'invalid_date_format';
}

/**
 * Reads a date as field data write it, always day before month: `2024-01-31` (ISO), `31/01/2024`,
 * `31-01-2024`, `1/2/2024` (1 February), or a spreadsheet serial number in the 1900 date system
 * (`45322` is 2024-01-31; a time of day after the point is dropped). Serial numbers follow the
 * spreadsheet convention: 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01; 60 stands for
 * 29 February 1900, a day that never existed, and is rejected (`impossible_date`). Two-digit years
 * are not accepted. Output `YYYY-MM-DD`, years 0001-9999; `31/02/2024` is `impossible_date`. Blank
 * is `required`. Never throws for any input; a misspelt option key is a `ConfigurationError`
 * (`unknown_option`).
 *
 * @category Text
 * @example
 * parseDateText('31/01/2024')
 * //=> { success: true, data: '2024-01-31' }
 * parseDateText('45322')
 * //=> { success: true, data: '2024-01-31' }
 * parseDateText('29/02/2023').issues[0].code
 * //=> 'impossible_date'
 */
export function parseDateText(
  input: unknown,
  options: DateTextOptions = {},
): SafeParseResult<CalendarDate> {
  checkOptionKeys(options, MESSAGE_KEYS, 'parseDateText');
  try {
    const cell = openCell(input, options);
    if (!('fail' in cell)) return cell;
    const { text, start, end, fail } = cell;
    const r = readDate(text, start, end);
    if (r === 'date_out_of_range') {
      return fail(r, { minimum: '0001-01-01', maximum: '9999-12-31' });
    }
    if (r === 'invalid_date_format' || r === 'impossible_date') return fail(r);
    return { success: true, data: r };
  } catch (error) {
    throw unreadableAs(error, DATE_TEXT);
  }
}

/**
 * A zod schema of a date written as text (see {@link parseDateText}): a string in, `YYYY-MM-DD` out.
 *
 * @category Text
 * @example
 * DateTextSchema.parse('31-01-2024')
 * //=> '2024-01-31'
 */
export const DateTextSchema = textSchema((text) => parseDateText(text));
