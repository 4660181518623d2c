/**
 * Loan events after disbursement: write-offs (out of the portfolio into the written-off total),
 * recoveries, and restructurings (a new schedule, the history kept, flagged at risk as SEEP requires).
 *
 * @module
 */
export {
  assessLoanWithEvents,
  type LoanEvent,
  type LoanEventAssessment,
  LoanEventSchema,
  type LoanPhase,
  type LoanWithEvents,
  type RestructuringAwareAssessment,
} from './assess-with-events.js';
export {
  type LoanEventIndicators,
  type LoanEventIndicatorsOptions,
  loanEventIndicators,
} from './indicators.js';
export { type LoanEventIssueCode, loanEventMessages } from './messages.js';
