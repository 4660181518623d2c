// What the two loan forms of the schedule stage share, written once: the fields they start with
// (`LoanSchema` and `FlatTotalLoanSchema`), the largest principal, and their one cross-field rule on
// dates. Each loan's own fields and checks stay in loan.ts and flat-total.ts.
import * as zm from 'zod/mini';
import { CalendarDatePublicMini } from '../../_internal/calendar-date-public-mini.js';
import { whole } from '../../_internal/mini-fields.js';
import { createIssue, type Issue, type MessageOptions } from '../../core/index.js';
import { scheduleStageMessages } from './messages.js';

/** The largest principal accepted (10^15 rupiah), so that principal x tenor and every sum stay exact. */
export const MAX_PRINCIPAL = 1_000_000_000_000_000;

/** `principal` (whole rupiah, 1 .. 10^15), `disbursedOn` and the optional `firstDueOn`. */
export function loanHeadShape() {
  return {
    principal: whole(1, MAX_PRINCIPAL),
    disbursedOn: CalendarDatePublicMini,
    firstDueOn: zm.optional(CalendarDatePublicMini),
  };
}

/**
 * Adds `first_due_before_disbursement` (at `firstDueOn`) to `issues` when the first due date is before
 * the disbursement: a loan cannot fall due before it is paid out.
 */
export function checkFirstDue(
  loan: { readonly disbursedOn: string; readonly firstDueOn?: string | undefined },
  options: MessageOptions,
  issues: Issue[],
): void {
  if (loan.firstDueOn !== undefined && loan.firstDueOn < loan.disbursedOn) {
    issues.push(
      createIssue(
        'first_due_before_disbursement',
        ['firstDueOn'],
        {},
        options,
        scheduleStageMessages,
      ),
    );
  }
}
