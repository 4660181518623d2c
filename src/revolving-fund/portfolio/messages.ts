import { deepFreeze } from '../../_internal/freeze.js';
import { accumulatorMergeMessages } from '../../core/accumulator-messages.js';
import type { BilingualCatalog } from '../../core/index.js';

/**
 * Issue and error codes of portfolio indicators. Row issues use these and the core codes
 * (`required`, `not_integer`, `invalid_type`, `invalid_calendar_date`, `unreadable_row`, ...).
 *
 * @category Portfolio
 */
export type PortfolioIssueCode =
  | 'invalid_assessment'
  | 'overdue_exceeds_outstanding'
  | 'paid_on_time_exceeds_due'
  | 'invalid_group_key'
  | 'invalid_group_by'
  | 'invalid_portfolio_options'
  | 'invalid_accumulator'
  | 'accumulator_mismatch'
  | 'accumulator_already_merged'
  | 'total_too_large';

/**
 * English and Indonesian messages of every {@link PortfolioIssueCode}.
 *
 * @category Portfolio
 * @example
 * portfolioMessages.paid_on_time_exceeds_due.en({}, [])
 * //=> 'paidOnTimeToDate cannot exceed dueToDate'
 */
export const portfolioMessages: BilingualCatalog<PortfolioIssueCode> = {
  invalid_assessment: {
    en: () => 'the assessment must be an object as assessLoan returns it',
    id: () => 'penilaian harus berupa objek seperti hasil `assessLoan`',
  },
  overdue_exceeds_outstanding: {
    en: () => 'overduePrincipal cannot exceed outstandingPrincipal',
    id: () => '`overduePrincipal` tidak boleh melebihi `outstandingPrincipal`',
  },
  paid_on_time_exceeds_due: {
    en: () => 'paidOnTimeToDate cannot exceed dueToDate',
    id: () => '`paidOnTimeToDate` tidak boleh melebihi `dueToDate`',
  },
  invalid_group_key: {
    en: () => 'the group key of this row must be a non-empty string or a finite number',
    id: () => 'kunci kelompok baris ini harus teks tidak kosong atau bilangan terhingga',
  },
  invalid_group_by: {
    en: () => 'groupBy must be a property name or a function that returns the key of a row',
    id: () => '`groupBy` harus nama properti atau fungsi yang mengembalikan kunci sebuah baris',
  },
  invalid_portfolio_options: {
    en: (p) => `invalid portfolio options: ${String(p.detail)}`,
    id: (p) => `opsi portofolio tidak valid: ${String(p.detailId ?? p.detail)}`,
  },
  invalid_accumulator: {
    en: () => 'merge takes another accumulator made by createPortfolioAccumulator (not itself)',
    id: () =>
      'penggabungan (`merge`) hanya menerima akumulator lain yang dibuat `createPortfolioAccumulator` (bukan dirinya sendiri)',
  },
  ...accumulatorMergeMessages('loans', 'pinjamannya'),
  total_too_large: {
    en: (p) => `the sum of ${String(p.field)} exceeds the largest safe integer`,
    id: (p) => `jumlah ${String(p.field)} melebihi bilangan bulat aman terbesar`,
  },
};
deepFreeze(portfolioMessages);
