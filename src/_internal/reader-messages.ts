import { baseMessages, field, fieldId, jenis, rangeMessages, show } from '../core/base-messages.js';
import type { BilingualCatalog } from '../core/issue-types.js';
import { deepFreeze } from './freeze.js';
import { UNREADABLE_ENTRY } from './unreadable.js';

// The core messages of what the hand readers (_internal/zod-like-reader.ts) and the checks of their
// options and collections raise: zod's type, range, key and value issues, the calendar-date and
// multiple-of refinements, `not_iterable` and `unreadable_input`. The core catalogue (core/messages.ts)
// holds these same entries beside the rest (text parsing, decimals, sums, rates); a path that raises
// only these (verifyGroup) renders over this one, so its bundle does not carry the rest (issue 11).

/** The messages of the core codes the hand readers raise, the same entries as the core catalogue's. */
export const readerMessages = deepFreeze({
  required: {
    en: (_p, path) => `${field(path)} is required`,
    id: (_p, path) => `${fieldId(path)} wajib diisi`,
  },
  invalid_type: baseMessages.invalid_type,
  not_integer: baseMessages.not_integer,
  not_finite: {
    en: (p, path) => `${field(path)} must be a finite number, received ${String(p.received)}`,
    id: (p, path) => `${fieldId(path)} harus bilangan terhingga, diterima ${jenis(p.received)}`,
  },
  too_small: rangeMessages.too_small,
  too_big: rangeMessages.too_big,
  not_multiple_of: {
    en: (p, path) => `${field(path)} must be a multiple of ${show(p.divisor)}`,
    id: (p, path) => `${fieldId(path)} harus kelipatan ${show(p.divisor)}`,
  },
  unrecognized_keys: {
    en: (p) => `unknown field(s): ${show(p.keys)}`,
    id: (p) => `isian tidak dikenal: ${show(p.keys)}`,
  },
  invalid_value: {
    en: (p, path) => `${field(path)} must be one of ${show(p.allowed)}`,
    id: (p, path) => `${fieldId(path)} harus salah satu dari ${show(p.allowed)}`,
  },
  invalid_calendar_date: {
    en: (_p, path) => `${field(path)} must be a real calendar date written YYYY-MM-DD`,
    id: (_p, path) => `${fieldId(path)} harus tanggal kalender yang ada, ditulis YYYY-MM-DD`,
  },
  unreadable_input: UNREADABLE_ENTRY,
  not_iterable: {
    en: (p, path) => `${field(path)} must be an array or iterable, received ${String(p.received)}`,
    id: (p, path) =>
      `${fieldId(path)} harus berupa array atau iterable, diterima ${String(p.received)}`,
  },
  custom: baseMessages.custom,
} satisfies BilingualCatalog);

/** The core codes of {@link readerMessages}. */
export type ReaderIssueCode = keyof typeof readerMessages;
