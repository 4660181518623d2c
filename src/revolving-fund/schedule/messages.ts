import { deepFreeze } from '../../_internal/freeze.js';
import type { BilingualCatalog } from '../../core/index.js';

/**
 * The issue codes of the schedule, payment-allocation and arrears stages of the revolving fund (the
 * core codes such as `too_small` or `invalid_calendar_date` come on top of these).
 *
 * @category Schedules
 */
export type RevolvingFundScheduleIssueCode =
  | 'principal_grace_too_long'
  | 'interest_grace_too_long'
  | 'first_due_before_disbursement'
  | 'seasonal_annuity_unsupported'
  | 'instalment_total_mismatch'
  | 'instalment_number_out_of_order'
  | 'due_dates_out_of_order'
  | 'amount_too_large'
  | 'due_date_out_of_range'
  | 'unknown_allocation_preset'
  | 'invalid_allocation_rule'
  | 'invalid_overpayment_rule'
  | 'term_shorter_than_period'
  | 'field_software_negative_instalment'
  | 'invalid_rounding_unit'
  | 'amount_out_of_range';

// Grouped digits, so that a large limit is not mistaken for an identity number and masked.
const rupiah = (v: unknown): string =>
  typeof v === 'number' ? v.toLocaleString('en-US') : String(v);

const at = (path: readonly (string | number)[]): string => {
  const last = path[path.length - 1];
  return last === undefined ? 'value' : typeof last === 'number' ? `item ${last}` : last;
};
const atId = (path: readonly (string | number)[]): string => {
  const last = path[path.length - 1];
  return last === undefined ? 'nilai' : typeof last === 'number' ? `elemen ke-${last}` : last;
};

/**
 * English and Indonesian messages for every {@link RevolvingFundScheduleIssueCode}.
 *
 * @category Schedules
 * @example
 * revolvingFundScheduleMessages.first_due_before_disbursement.id({}, [])
 * //=> '`firstDueOn` harus sesudah `disbursedOn` (tanggal pencairan)'
 */
export const revolvingFundScheduleMessages: BilingualCatalog<RevolvingFundScheduleIssueCode> = {
  principal_grace_too_long: {
    en: (p) =>
      `the principal grace (${String(p.grace)} periods) must leave at least one of the ${String(p.tenor)} instalments to repay principal`,
    id: (p) =>
      `masa tenggang pokok (${String(p.grace)} periode) harus menyisakan paling sedikit satu dari ${String(p.tenor)} angsuran untuk membayar pokok`,
  },
  interest_grace_too_long: {
    en: (p) =>
      `the interest grace (${String(p.grace)} periods) must not exceed the tenor (${String(p.tenor)} instalments)`,
    id: (p) =>
      `masa tenggang jasa (${String(p.grace)} periode) tidak boleh melebihi jangka waktu (${String(p.tenor)} angsuran)`,
  },
  first_due_before_disbursement: {
    en: () => 'firstDueOn must be after disbursedOn',
    id: () => '`firstDueOn` harus sesudah `disbursedOn` (tanggal pencairan)',
  },
  seasonal_annuity_unsupported: {
    en: () =>
      'principalEvery greater than 1 (seasonal repayment) is supported for the flat and declining methods, not for annuity',
    id: () =>
      '`principalEvery` lebih dari 1 (angsuran pokok musiman) hanya didukung untuk metode flat dan menurun, tidak untuk anuitas',
  },
  instalment_total_mismatch: {
    en: (_p, path) => `${at(path)}: total must equal principal + interest`,
    id: (_p, path) => `${atId(path)}: total harus sama dengan pokok + jasa`,
  },
  instalment_number_out_of_order: {
    en: (p) =>
      `instalments must be numbered 1, 2, 3, ... in order (expected ${String(p.expected)})`,
    id: (p) => `angsuran harus bernomor urut 1, 2, 3, ... (seharusnya ${String(p.expected)})`,
  },
  due_dates_out_of_order: {
    en: () => 'due dates must not go backwards from one instalment to the next',
    id: () => 'tanggal jatuh tempo tidak boleh mundur dari satu angsuran ke angsuran berikutnya',
  },
  amount_too_large: {
    en: (p) => `the sum of the amounts must be at most ${rupiah(p.maximum)} rupiah`,
    id: (p) => `jumlah seluruh nilai paling banyak ${rupiah(p.maximum)} rupiah`,
  },
  due_date_out_of_range: {
    en: () => 'the last due date would fall after 9999-12-31',
    id: () => 'tanggal jatuh tempo terakhir akan jatuh sesudah 9999-12-31',
  },
  unknown_allocation_preset: {
    en: (p) => `unknown allocation preset; use one of ${String(p.allowed)}`,
    id: (p) => `preset alokasi tidak dikenal; gunakan salah satu dari ${String(p.allowed)}`,
  },
  invalid_allocation_rule: {
    en: () =>
      "an allocation rule needs groupBy 'instalment' or 'part' and parts listing 'interest' and 'principal' once each",
    id: () =>
      'aturan alokasi memerlukan `groupBy` `instalment` atau `part` dan `parts` berisi `interest` dan `principal` masing-masing sekali',
  },
  invalid_overpayment_rule: {
    en: () => "overpayment must be 'next-instalments' or 'last-instalments'",
    id: () => "overpayment harus 'next-instalments' atau 'last-instalments'",
  },
  term_shorter_than_period: {
    en: (p) =>
      `a term of ${String(p.termMonths)} months holds no payment every ${String(p.months)} months (the number of payments is floor(term / period))`,
    id: (p) =>
      `jangka waktu ${String(p.termMonths)} bulan tidak memuat satu pun angsuran setiap ${String(p.months)} bulan (jumlah angsuran = floor(jangka waktu / periode))`,
  },
  field_software_negative_instalment: {
    en: (p) =>
      `with this unit the field software's arithmetic leaves the last instalment (number ${String(p.number)}) a negative ${p.part === 'interest' ? 'jasa' : 'principal'} part (${rupiah(p.amount)}); use target 'parts' or a smaller unit`,
    id: (p) =>
      `dengan satuan ini hitungan aplikasi lapangan membuat angsuran terakhir (ke-${String(p.number)}) ber${p.part === 'interest' ? 'jasa' : 'pokok'} negatif (${rupiah(p.amount)}); gunakan target \`parts\` atau satuan yang lebih kecil`,
  },
  invalid_rounding_unit: {
    en: () =>
      "the rounding unit must be a whole number 1 .. 1,000,000,000, optionally written '+N' or '-N'",
    id: () =>
      "satuan pembulatan harus bilangan bulat 1 .. 1.000.000.000, boleh ditulis '+N' atau '-N'",
  },
  amount_out_of_range: {
    en: (p) => `the amount must be between ${rupiah(p.minimum)} and ${rupiah(p.maximum)}`,
    id: (p) => `jumlah harus antara ${rupiah(p.minimum)} dan ${rupiah(p.maximum)}`,
  },
};
deepFreeze(revolvingFundScheduleMessages);
