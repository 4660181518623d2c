/**
 * Joint-liability (tanggung renteng) KSM loans: splitting a group loan among members and assessing it
 * in a member view and a group view.
 *
 * @module
 */
export {
  assessGroup,
  type GroupAssessment,
  type GroupLoan,
  type GroupMemberAssessment,
  type GroupPayment,
} from './assess-group.js';
export { type GroupLoanIssueCode, groupLoanMessages } from './messages.js';
export {
  type GroupMemberSchedule,
  type GroupMemberShare,
  type GroupSplit,
  splitGroupLoan,
} from './split.js';
