import { deepFreeze } from '../../_internal/freeze.js';
import type { BilingualCatalog } from '../../core/index.js';
import { AMOUNT_TOO_LARGE, groupedRupiah } from '../amount-messages.js';
import {
  type RevolvingFundPaymentIssueCode,
  revolvingFundPaymentMessages,
} from '../payments/index.js';

/**
 * The issue codes of the schedule stage of the revolving fund, and (since 0.1, kept for compatibility)
 * those of the payments stage, {@link RevolvingFundPaymentIssueCode}. The core codes such as
 * `too_small` or `invalid_calendar_date` come on top of these.
 *
 * @category Schedules
 */
export type RevolvingFundScheduleIssueCode =
  | RevolvingFundPaymentIssueCode
  | 'principal_grace_too_long'
  | 'interest_grace_too_long'
  | 'first_due_before_disbursement'
  | 'seasonal_annuity_unsupported'
  | 'due_date_out_of_range'
  | 'term_shorter_than_period'
  | 'field_software_negative_instalment'
  | 'invalid_rounding_unit'
  | 'amount_out_of_range';

const rupiah = groupedRupiah;

/**
 * The schedule stage's own messages (and the shared `amount_too_large`): what its functions raise, so
 * that building a schedule does not carry the payments stage's messages.
 */
export const scheduleStageMessages: BilingualCatalog<
  Exclude<RevolvingFundScheduleIssueCode, RevolvingFundPaymentIssueCode> | 'amount_too_large'
> = {
  amount_too_large: AMOUNT_TOO_LARGE,
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
  due_date_out_of_range: {
    en: () => 'the last due date would fall after 9999-12-31',
    id: () => 'tanggal jatuh tempo terakhir akan jatuh sesudah 9999-12-31',
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
deepFreeze(scheduleStageMessages);

/**
 * English and Indonesian messages for every {@link RevolvingFundScheduleIssueCode}: the schedule's
 * own, and the payments stage's entries ({@link revolvingFundPaymentMessages}) as in 0.1.
 *
 * @category Schedules
 * @example
 * revolvingFundScheduleMessages.first_due_before_disbursement.id({}, [])
 * //=> '`firstDueOn` harus sesudah `disbursedOn` (tanggal pencairan)'
 */
export const revolvingFundScheduleMessages: BilingualCatalog<RevolvingFundScheduleIssueCode> = {
  ...revolvingFundPaymentMessages,
  ...scheduleStageMessages,
};
deepFreeze(revolvingFundScheduleMessages);
