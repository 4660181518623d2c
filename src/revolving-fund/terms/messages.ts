import type { BilingualCatalog } from '../../core/index.js';
import { deepFreeze } from '../../_internal/freeze.js';

/**
 * The issue codes of loan terms: the breaches {@link checkLoanTerms} reports as reasons, and the
 * configuration errors of a terms definition.
 *
 * @category Loan terms
 */
export type LoanTermsIssueCode =
  | 'terms_first_loan_above_max'
  | 'terms_repeat_loan_above_max'
  | 'terms_too_many_loans'
  | 'terms_principal_above_max'
  | 'terms_member_amounts_mismatch'
  | 'terms_tenor_below_min'
  | 'terms_tenor_above_max'
  | 'terms_jasa_method_not_allowed'
  | 'terms_jasa_below_min'
  | 'terms_jasa_above_max'
  | 'terms_payments_too_far_apart'
  | 'terms_grace_not_allowed'
  | 'terms_group_too_small'
  | 'terms_group_too_large'
  | 'terms_joint_liability_missing'
  | 'terms_savings_too_short'
  | 'invalid_loan_terms'
  | 'unknown_loan_terms';

const rp = (v: unknown): string =>
  typeof v === 'number' ? `Rp ${v.toLocaleString('en-US')}` : String(v);
const rpId = (v: unknown): string =>
  typeof v === 'number' ? `Rp ${v.toLocaleString('en-US').replace(/,/g, '.')}` : String(v);
const s = (v: unknown): string => String(v);
const member = (p: Readonly<Record<string, unknown>>): string =>
  typeof p.memberId === 'string' ? ` ${p.memberId}` : '';

/**
 * English and Indonesian messages for every {@link LoanTermsIssueCode}.
 *
 * @category Loan terms
 * @example
 * loanTermsMessages.terms_tenor_above_max.id({ tenorMonths: 18, maximum: 12 }, [])
 * //=> 'jangka waktu 18 bulan melebihi batas 12 bulan'
 */
export const loanTermsMessages: BilingualCatalog<LoanTermsIssueCode> = {
  terms_first_loan_above_max: {
    en: (p) =>
      `member${member(p)}: a first loan of ${rp(p.amount)} is above the cap of ${rp(p.maximum)}`,
    id: (p) =>
      `anggota${member(p)}: pinjaman pertama ${rpId(p.amount)} melebihi batas ${rpId(p.maximum)}`,
  },
  terms_repeat_loan_above_max: {
    en: (p) =>
      `member${member(p)}: a repeat loan of ${rp(p.amount)} is above the cap of ${rp(p.maximum)}`,
    id: (p) =>
      `anggota${member(p)}: pinjaman ulang ${rpId(p.amount)} melebihi batas ${rpId(p.maximum)}`,
  },
  terms_too_many_loans: {
    en: (p) =>
      `member${member(p)}: loan number ${s(p.loanNumber)} is beyond the ${s(p.maximum)} loans allowed; refer the member to a formal financial institution`,
    id: (p) =>
      `anggota${member(p)}: pinjaman ke-${s(p.loanNumber)} melebihi ${s(p.maximum)} kali pinjaman yang diizinkan; rekomendasikan anggota ke lembaga keuangan formal`,
  },
  terms_principal_above_max: {
    en: (p) => `the loan of ${rp(p.principal)} is above the cap of ${rp(p.maximum)}`,
    id: (p) => `pinjaman ${rpId(p.principal)} melebihi batas ${rpId(p.maximum)}`,
  },
  terms_member_amounts_mismatch: {
    en: (p) =>
      `the members' amounts add up to ${rp(p.sum)}, not to the loan's principal of ${rp(p.principal)}`,
    id: (p) =>
      `jumlah pinjaman anggota ${rpId(p.sum)} tidak sama dengan pokok pinjaman ${rpId(p.principal)}`,
  },
  terms_tenor_below_min: {
    en: (p) =>
      `a term of ${s(p.tenorMonths)} months is below the minimum of ${s(p.minimum)} months`,
    id: (p) =>
      `jangka waktu ${s(p.tenorMonths)} bulan kurang dari batas minimum ${s(p.minimum)} bulan`,
  },
  terms_tenor_above_max: {
    en: (p) =>
      `a term of ${s(p.tenorMonths)} months is above the maximum of ${s(p.maximum)} months`,
    id: (p) => `jangka waktu ${s(p.tenorMonths)} bulan melebihi batas ${s(p.maximum)} bulan`,
  },
  terms_jasa_method_not_allowed: {
    en: (p) => `jasa method '${s(p.method)}' is not allowed; use one of ${s(p.allowed)}`,
    id: (p) =>
      `metode jasa '${s(p.method)}' tidak diizinkan; gunakan salah satu dari ${s(p.allowed)}`,
  },
  terms_jasa_below_min: {
    en: (p) =>
      `jasa of ${s(p.percentPerMonth)}% a month is below the minimum of ${s(p.minimum)}% a month`,
    id: (p) =>
      `jasa ${s(p.percentPerMonth)}% per bulan kurang dari batas minimum ${s(p.minimum)}% per bulan`,
  },
  terms_jasa_above_max: {
    en: (p) =>
      `jasa of ${s(p.percentPerMonth)}% a month is above the maximum of ${s(p.maximum)}% a month`,
    id: (p) => `jasa ${s(p.percentPerMonth)}% per bulan melebihi batas ${s(p.maximum)}% per bulan`,
  },
  terms_payments_too_far_apart: {
    en: (p) =>
      `payments every ${s(p.months)} months are too far apart; at most every ${s(p.maximum)} month(s)`,
    id: (p) =>
      `angsuran setiap ${s(p.months)} bulan terlalu jarang; paling lama setiap ${s(p.maximum)} bulan`,
  },
  terms_grace_not_allowed: {
    en: () => 'no grace period is allowed: every instalment must include both jasa and pokok',
    id: () => 'tidak boleh ada masa tenggang: setiap angsuran harus mencakup jasa dan pokok',
  },
  terms_group_too_small: {
    en: (p) => `the group has ${s(p.members)} members; at least ${s(p.minimum)} are required`,
    id: (p) => `kelompok beranggota ${s(p.members)} orang; paling sedikit ${s(p.minimum)} orang`,
  },
  terms_group_too_large: {
    en: (p) => `the group has ${s(p.members)} members; at most ${s(p.maximum)} are allowed`,
    id: (p) => `kelompok beranggota ${s(p.members)} orang; paling banyak ${s(p.maximum)} orang`,
  },
  terms_joint_liability_missing: {
    en: () => 'the group has no joint-liability (tanggung renteng) agreement',
    id: () => 'kelompok belum memiliki pernyataan tanggung renteng',
  },
  terms_savings_too_short: {
    en: (p) =>
      `the group has saved for ${s(p.savingsMonths)} months; ${s(p.minimum)} months are required before a first loan`,
    id: (p) =>
      `kelompok baru menabung ${s(p.savingsMonths)} bulan; diperlukan ${s(p.minimum)} bulan sebelum pinjaman pertama`,
  },
  invalid_loan_terms: {
    en: () => 'the loan terms are not valid (see LoanTermsSchema)',
    id: () => 'ketentuan pinjaman tidak valid (lihat `LoanTermsSchema`)',
  },
  unknown_loan_terms: {
    en: (p) => `unknown loan terms preset; use one of ${s(p.allowed)}`,
    id: (p) => `preset ketentuan pinjaman tidak dikenal; gunakan salah satu dari ${s(p.allowed)}`,
  },
};

deepFreeze(loanTermsMessages);
