import * as zm from 'zod/mini';
import type { ValidationError } from '../core/errors.js';
import { createIssue } from '../core/issues.js';
import { readYmd } from './days.js';
import { invalidIn } from '../core/parse.js';
import { DATE } from './contexts.js';
import { calendarDate, type Found } from './zod-like-reader.js';

// The calendar date rule as zod checks, made once here for both schemas that apply it: the public
// `CalendarDateSchema` (classic zod, for users' own objects) and the library's internal one (zod/mini,
// tree-shakable: a function that only checks a date does not carry classic zod into a user's bundle).

/** At most 10 characters, and a real date written YYYY-MM-DD (`invalid_calendar_date`). */
export function calendarDateChecks(): [zm.core.$ZodCheck<string>, zm.core.$ZodCheck<string>] {
  return [
    zm.maxLength(10),
    zm.refine((s: string) => readYmd(s) !== undefined, {
      params: { code: 'invalid_calendar_date' },
    }),
  ];
}

/** The internal (zod/mini) calendar date schema: the same rule as `CalendarDateSchema`. */
export const CalendarDateMini = zm.string().check(...calendarDateChecks());

/**
 * The issues `CalendarDateSchema` reports for a value, worked out without zod by the reader kit's
 * `calendarDate` (_internal/zod-like-reader.ts: zod's rules, a length in code points), for the lookups
 * that check a date and nothing else (a property test holds them equal to the schema's).
 */
export function calendarDateIssues(value: unknown): [string, Record<string, unknown>][] {
  const found: Found[] = [];
  calendarDate(value, [], found);
  return found.map((i) => [i.code, i.params]);
}

/** The ValidationError `parseWith(CalendarDateSchema, value, { context: 'date' })` throws. */
export function invalidDateError(value: unknown): ValidationError {
  return invalidIn(
    calendarDateIssues(value).map(([code, params]) => createIssue(code, [], params)),
    DATE,
  );
}
