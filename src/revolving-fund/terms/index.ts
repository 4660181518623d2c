/**
 * Loan terms as data: a program's caps, tenor range, jasa rate, repayment and group requirements,
 * a UPK Perkotaan preset from the sources, and a validator whose every breach is a reason in
 * Indonesian and English.
 *
 * @module
 */
export {
  type CheckLoanTermsOptions,
  checkLoanTerms,
  type LoanTermsApplication,
  type LoanTermsCheck,
  type LoanTermsMember,
  type LoanTermsReason,
} from './check-loan-terms.js';
export {
  defineLoanTerms,
  LOAN_TERMS_PRESETS,
  type LoanTerms,
  type LoanTermsInput,
  type LoanTermsPresetName,
  LoanTermsSchema,
  UPK_PERKOTAAN_TERMS,
} from './loan-terms.js';
export { type LoanTermsIssueCode, loanTermsMessages } from './messages.js';
