import * as zm from 'zod/mini';
import { calendarDateChecks } from './calendar-date-schema.js';

// A calendar date field for the public zod/mini schemas of the domains (PKH, KPB): the same checks as
// the core's `CalendarDateSchema` (calendarDateChecks) and the same JSON Schema metadata, without
// classic zod, so that a whole domain subpath stays small in a user's browser bundle.

/** The JSON Schema metadata of a calendar date (as the core's `CalendarDateSchema` carries it). */
export const CALENDAR_DATE_META = {
  title: 'CalendarDate',
  description: 'A real calendar date written YYYY-MM-DD',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
};

/** A calendar date `YYYY-MM-DD` in zod/mini, with its JSON Schema metadata. */
export const CalendarDatePublicMini = zm
  .string()
  .check(...calendarDateChecks(), zm.meta(CALENDAR_DATE_META));
