// The payments stage's face for the other revolving-fund stages (arrears, group): what they may use
// beyond the public index.ts. Nothing here is exported from the package. Other stages import
// payments only through index.ts or this file (checked by `npm run lint:deps`).
export {
  allocate,
  type AllocationState,
  type ResolvedAllocation,
  resolveAllocation,
} from './allocation.js';
export {
  MAX_INSTALMENTS,
  MAX_PAYMENTS,
  type PaymentData,
  readPayments,
  readSchedule,
  type ScheduleData,
} from './read.js';
