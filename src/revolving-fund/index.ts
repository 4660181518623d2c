/**
 * `sejahtera/revolving-fund`: dana bergulir loans as UPK/BKM run them, in three stages that never reach
 * into each other (as Apache Fineract models them): the schedule (due dates, principal and interest
 * parts), payment allocation (an ordered list of targets, as data), and arrears classification
 * (days past due, kolektibilitas, provisions); then portfolio indicators over many loans and the
 * joint-liability (tanggung renteng) views of a KSM group.
 *
 * @packageDocumentation
 * @module sejahtera/revolving-fund
 */
export * from './arrears/index.js';
export * from './group/index.js';
export * from './kolektibilitas/index.js';
export * from './payments/index.js';
export * from './portfolio/index.js';
export * from './schedule/index.js';
export * from './terms/index.js';
export * from './events/index.js';
export type * from './types.js';
export * from './books/index.js';

import type { UpkBooksIssueCode } from './books/index.js';
import type { GroupLoanIssueCode } from './group/index.js';
import type { KolektibilitasIssueCode } from './kolektibilitas/index.js';
import type { PortfolioIssueCode } from './portfolio/index.js';
import type { RevolvingFundScheduleIssueCode } from './schedule/index.js';
import type { LoanTermsIssueCode } from './terms/index.js';
import type { LoanEventIssueCode } from './events/index.js';

/**
 * Every issue code of `sejahtera/revolving-fund`, in one union: schedules and payments,
 * kolektibilitas tables, portfolio indicators and joint-liability groups.
 *
 * @category Issues
 */
export type RevolvingFundIssueCode =
  | RevolvingFundScheduleIssueCode
  | KolektibilitasIssueCode
  | PortfolioIssueCode
  | GroupLoanIssueCode
  | UpkBooksIssueCode
  | LoanTermsIssueCode
  | LoanEventIssueCode;
