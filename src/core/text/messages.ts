import type { BilingualCatalog } from '../issue-types.js';
import { deepFreeze } from '../../_internal/freeze.js';
import { field, fieldId } from '../base-messages.js';

/**
 * The issue codes of the field-data text parsers and of duplicate detection in batches:
 * - `invalid_number`: the text is not a number as written in the field (digits, `.` / `,` separators,
 *   an optional `Rp` / `IDR` prefix);
 * - `english_number_format`: `1,250,000` read with Indonesian separators; pass `numberLocale: 'en'`;
 * - `fraction_not_allowed`: a rupiah amount with a non-zero fraction and no `rounding` given;
 * - `invalid_date_format`: not `YYYY-MM-DD`, `DD/MM/YYYY`, `DD-MM-YYYY` or a spreadsheet serial number;
 * - `impossible_date`: a day or month that does not exist (`31/02/2024`, the fictitious serial 60);
 * - `invalid_yes_no`: not one of `ya`/`tidak`, `y`/`t`, `yes`/`no`, `1`/`0`, `true`/`false`;
 * - `duplicate_key`: a row repeats the identifier of an earlier row (`params.firstIndex`).
 *
 * @category Text
 */
export type TextIssueCode =
  | 'invalid_number'
  | 'english_number_format'
  | 'fraction_not_allowed'
  | 'invalid_date_format'
  | 'impossible_date'
  | 'invalid_yes_no'
  | 'duplicate_key';

/**
 * English and Indonesian messages for every {@link TextIssueCode} (part of the core messages). The
 * text of the cell is never repeated: it may be an identifier.
 *
 * @category Text
 */
export const textMessages: BilingualCatalog<TextIssueCode> = {
  invalid_number: {
    en: (_p, path) =>
      `${field(path)} must be a number written with digits (1250000, 1.250.000, Rp 1.250.000,00)`,
    id: (_p, path) =>
      `${fieldId(path)} harus angka yang ditulis dengan digit (1250000, 1.250.000, Rp 1.250.000,00)`,
  },
  english_number_format: {
    en: (_p, path) =>
      `${field(path)} uses English separators (1,250,000): write 1.250.000 or read with numberLocale 'en'`,
    id: (_p, path) =>
      `${fieldId(path)} memakai pemisah gaya Inggris (1,250,000): tulis 1.250.000 atau baca dengan \`numberLocale: 'en'\``,
  },
  fraction_not_allowed: {
    en: (_p, path) =>
      `${field(path)} must be whole rupiah (no fraction), or give a rounding to round it`,
    id: (_p, path) =>
      `${fieldId(path)} harus rupiah utuh (tanpa pecahan), atau berikan aturan pembulatan`,
  },
  invalid_date_format: {
    en: (_p, path) =>
      `${field(path)} must be a date written YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or a spreadsheet serial number`,
    id: (_p, path) =>
      `${fieldId(path)} harus tanggal yang ditulis YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY atau nomor seri spreadsheet`,
  },
  impossible_date: {
    en: (_p, path) => `${field(path)} is not a real calendar date`,
    id: (_p, path) => `${fieldId(path)} bukan tanggal kalender yang ada`,
  },
  invalid_yes_no: {
    en: (_p, path) => `${field(path)} must be yes or no (ya/tidak, y/t, 1/0, true/false)`,
    id: (_p, path) => `${fieldId(path)} harus ya atau tidak (ya/tidak, y/t, 1/0, true/false)`,
  },
  duplicate_key: {
    en: (p, path) =>
      `${field(path)} repeats the value of row ${String(p.firstIndex)} (first occurrence)`,
    id: (p, path) =>
      `${fieldId(path)} sama dengan baris ${String(p.firstIndex)} (kemunculan pertama)`,
  },
};

deepFreeze(textMessages);
