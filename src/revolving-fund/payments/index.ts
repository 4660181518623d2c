export {
  ALLOCATION_PRESETS,
  type AllocationPresetName,
  type AllocationRule,
  type ApplyPaymentsOptions,
  type InstalmentPart,
  type OverpaymentRule,
} from './allocation.js';
export {
  applyPayments,
  type InstalmentPayments,
  type PaymentAllocation,
  type PaymentApplication,
} from './apply-payments.js';
export { type Payment, PaymentSchema, ScheduleInputSchema } from './read.js';
export { PaymentTextSchema } from './payment-text.js';
export { type RevolvingFundPaymentIssueCode, revolvingFundPaymentMessages } from './messages.js';
