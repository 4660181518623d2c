export {
  buildSchedule,
  type Instalment,
  type Schedule,
  type ScheduleTotals,
} from './build-schedule.js';
export {
  FREQUENCIES,
  type Frequency,
  INTEREST_GRACE_TREATMENTS,
  INTEREST_METHODS,
  type InterestGraceTreatment,
  type InterestMethod,
} from './loan-values.js';
export {
  type Loan,
  LoanSchema,
  type ParsedLoan,
  parseLoan,
  safeParseLoan,
} from './loan.js';
export {
  type RevolvingFundScheduleIssueCode,
  revolvingFundScheduleMessages,
} from './messages.js';
export {
  type FieldSoftwareUnit,
  FieldSoftwareUnitSchema,
  roundFieldSoftware,
} from './field-software-rounding.js';
export {
  type FlatTotalFrequency,
  type FlatTotalLoan,
  FlatTotalLoanSchema,
  type ParsedFlatTotalLoan,
  parseFlatTotalLoan,
  safeParseFlatTotalLoan,
} from './flat-total.js';
export { LoanTextSchema } from './loan-text.js';
