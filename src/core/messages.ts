import { deepFreeze } from '../_internal/freeze.js';
import { UNREADABLE_ENTRY } from '../_internal/unreadable.js';
import { baseMessages, field, fieldId, jenis, rangeMessages, show } from './base-messages.js';
import type { BilingualCatalog } from './issue-types.js';
import { type TextIssueCode, textMessages } from './text/messages.js';

// The core's message catalogue: every core issue code with its English and Indonesian template.

/**
 * The issue codes produced by the core (zod's checks mapped to stable codes, plus the core's own).
 *
 * @category Issues
 */
export type CoreIssueCode =
  | 'required'
  | 'invalid_type'
  | 'not_integer'
  | 'not_finite'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_value'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'invalid_calendar_date'
  | 'invalid_decimal'
  | 'unreadable_row'
  | 'unreadable_input'
  | 'not_iterable'
  | 'zero_sum'
  | 'date_out_of_range'
  | 'rate_out_of_range'
  | 'custom'
  | TextIssueCode;

/**
 * English and Indonesian messages for every {@link CoreIssueCode}.
 *
 * @category Issues
 */
export const coreMessages: BilingualCatalog<CoreIssueCode> = {
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
  invalid_format: {
    en: (p, path) => `${field(path)} has an invalid format (${show(p.format)})`,
    id: (p, path) => `format ${fieldId(path)} tidak valid (${show(p.format)})`,
  },
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
  invalid_union: {
    en: (_p, path) => `${field(path)} does not match any accepted form`,
    id: (_p, path) => `${fieldId(path)} tidak sesuai dengan bentuk yang diterima`,
  },
  invalid_key: {
    en: (_p, path) => `${field(path)} has an invalid key`,
    id: (_p, path) => `${fieldId(path)} memiliki kunci yang tidak valid`,
  },
  invalid_element: {
    en: (_p, path) => `${field(path)} has an invalid element`,
    id: (_p, path) => `${fieldId(path)} memiliki elemen yang tidak valid`,
  },
  invalid_calendar_date: {
    en: (_p, path) => `${field(path)} must be a real calendar date written YYYY-MM-DD`,
    id: (_p, path) => `${fieldId(path)} harus tanggal kalender yang ada, ditulis YYYY-MM-DD`,
  },
  invalid_decimal: {
    en: (_p, path) => `${field(path)} must be a finite decimal number`,
    id: (_p, path) => `${fieldId(path)} harus bilangan desimal terhingga`,
  },
  unreadable_row: baseMessages.unreadable_row,
  unreadable_input: UNREADABLE_ENTRY,
  not_iterable: {
    en: (p, path) => `${field(path)} must be an array or iterable, received ${String(p.received)}`,
    id: (p, path) =>
      `${fieldId(path)} harus berupa array atau iterable, diterima ${String(p.received)}`,
  },
  zero_sum: {
    en: (_p, path) => `${field(path)} must not sum to zero`,
    id: (_p, path) => `jumlah ${fieldId(path)} tidak boleh nol`,
  },
  date_out_of_range: {
    en: (p, path) => `${field(path)} must be between ${show(p.minimum)} and ${show(p.maximum)}`,
    id: (p, path) => `${fieldId(path)} harus antara ${show(p.minimum)} dan ${show(p.maximum)}`,
  },
  rate_out_of_range: {
    en: (p, path) =>
      `${field(path)} must be a percentage between ${show(p.minimum)} and ${show(p.maximum)}`,
    id: (p, path) =>
      `${fieldId(path)} harus persentase antara ${show(p.minimum)} dan ${show(p.maximum)}`,
  },
  custom: baseMessages.custom,
  ...textMessages,
};
deepFreeze(coreMessages);
