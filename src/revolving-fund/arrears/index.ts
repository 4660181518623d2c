export {
  type AssessLoanOptions,
  assessLoan,
  assessLoans,
  type KolektibilitasChoice,
  type LoanRecord,
} from './assess-loan.js';
