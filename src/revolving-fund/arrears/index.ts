export {
  type AssessLoanOptions,
  assessLoan,
  assessLoans,
  assessLoanStream,
  type KolektibilitasChoice,
  type LoanRecord,
} from './assess-loan.js';
