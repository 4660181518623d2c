import * as zm from 'zod/mini';
import { readYmd } from './days.js';

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
