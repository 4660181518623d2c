import { addMonthsYmd, readYmd } from '../_internal/days.js';
import { type CalendarDate, createIssue, validationError } from '../core/index.js';

function read(value: unknown, name: string): [number, number, number] {
  const ymd = typeof value === 'string' ? readYmd(value) : undefined;
  if (ymd === undefined)
    throw validationError([createIssue('invalid_calendar_date', [name])], name);
  return ymd;
}

/** Whole years from birth (y1-m1-d1) to y2-m2-d2; see {@link ageAt} for 29 February. */
export function ageYmd(
  y1: number,
  m1: number,
  d1: number,
  y2: number,
  m2: number,
  d2: number,
): number {
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}

/**
 * Age in whole years on a date: the number of birthdays reached. A person born on 29 February has
 * their birthday on 1 March in years that are not leap (on 28 February they are still the younger
 * age), the convention of counting a year only once the calendar day has been passed. Negative when
 * `asOf` is before the birth date.
 *
 * @category KPB
 * @throws {@link ValidationError} when either date is not a real `YYYY-MM-DD` date.
 * @example
 * ageAt('2006-02-28', '2024-02-28') //=> 18
 * ageAt('2004-02-29', '2022-02-28') //=> 17
 * ageAt('2004-02-29', '2022-03-01') //=> 18
 */
export function ageAt(birthDate: CalendarDate, asOf: CalendarDate): number {
  const [y1, m1, d1] = read(birthDate, 'birthDate');
  const [y2, m2, d2] = read(asOf, 'asOf');
  return ageYmd(y1, m1, d1, y2, m2, d2);
}

/**
 * Whole months from `start` to `end`: the largest k with start + k months (clamped to the end of the
 * month, as core `addMonths`) not after `end`; 0 when `end` is before `start`.
 * 2024-01-15 to 2024-04-15 is 3; to 2024-04-14 is 2; 2024-01-31 to 2024-04-30 is 3.
 */
export function wholeMonthsYmd(
  start: readonly [number, number, number],
  end: readonly [number, number, number],
): number {
  const [y1, m1, d1] = start;
  const [y2, m2, d2] = end;
  let k = (y2 - y1) * 12 + (m2 - m1);
  if (k <= 0) return 0;
  const [ay, am, ad] = addMonthsYmd(y1, m1, d1, k);
  if (ay * 10000 + am * 100 + ad > y2 * 10000 + m2 * 100 + d2) k--;
  return k;
}
