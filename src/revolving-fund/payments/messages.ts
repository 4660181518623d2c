import { deepFreeze } from '../../_internal/freeze.js';
import { field as at, fieldId as atId } from '../../core/base-messages.js';
import type { BilingualCatalog } from '../../core/index.js';
import { AMOUNT_TOO_LARGE } from '../amount-messages.js';

/**
 * The issue codes of the payments stage of the revolving fund: a schedule given as input that does not
 * hold together, and an allocation rule that cannot be used (the core codes such as `too_small` or
 * `invalid_calendar_date` come on top of these). `amount_too_large` is shared with the schedule stage.
 *
 * @category Payments
 */
export type RevolvingFundPaymentIssueCode =
  | 'instalment_total_mismatch'
  | 'instalment_number_out_of_order'
  | 'due_dates_out_of_order'
  | 'amount_too_large'
  | 'unknown_allocation_preset'
  | 'invalid_allocation_rule'
  | 'invalid_overpayment_rule';

/**
 * English and Indonesian messages for every {@link RevolvingFundPaymentIssueCode}. The same entries
 * are in {@link revolvingFundScheduleMessages}, which has carried them since 0.1.
 *
 * @category Payments
 * @example
 * revolvingFundPaymentMessages.due_dates_out_of_order.en({}, [])
 * //=> 'due dates must not go backwards from one instalment to the next'
 */
export const revolvingFundPaymentMessages: BilingualCatalog<RevolvingFundPaymentIssueCode> = {
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
  amount_too_large: AMOUNT_TOO_LARGE,
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
};
deepFreeze(revolvingFundPaymentMessages);
