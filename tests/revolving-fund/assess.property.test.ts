import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/core/index.js';
import { assessLoan } from '../../src/revolving-fund/arrears/index.js';
import { buildSchedule, type Loan } from '../../src/revolving-fund/schedule/index.js';

const loanArb: fc.Arbitrary<Loan> = fc.record({
  principal: fc.integer({ min: 1, max: 100_000_000 }),
  disbursedOn: fc.integer({ min: 0, max: 3000 }).map((k) => addDays('2020-01-01', k)),
  tenor: fc.integer({ min: 1, max: 24 }),
  frequency: fc.constantFrom('weekly', 'monthly', 'every-2-months' as const),
  interest: fc.record({
    method: fc.constantFrom('flat', 'declining', 'annuity' as const),
    rate: fc.record({
      percent: fc.integer({ min: 0, max: 300 }).map((bp) => (bp / 100).toFixed(2)),
      per: fc.constant<'month'>('month'),
    }),
  }),
});
const tables = fc.constantFrom(
  'ojk-bank-2019',
  'ojk-bpr-2024',
  'upk-software-default',
  'ojk-bpr-2018' as const,
);

describe('arrears properties', () => {
  it('never gives negative days past due, and keeps the measures consistent', () => {
    fc.assert(
      fc.property(
        loanArb,
        fc.array(
          fc.record({
            paidOn: fc.integer({ min: 0, max: 4000 }).map((k) => addDays('2020-01-01', k)),
            amount: fc.integer({ min: 0, max: 20_000_000 }),
          }),
          { maxLength: 20 },
        ),
        fc.integer({ min: 0, max: 5000 }).map((k) => addDays('2020-01-01', k)),
        tables,
        (loan, payments, asOf, kolektibilitas) => {
          const s = buildSchedule(loan);
          const a = assessLoan(s, payments, { asOf, kolektibilitas });
          expect(a.daysPastDue).toBeGreaterThanOrEqual(0);
          expect(a.monthsInArrears).toBe(Math.floor(a.daysPastDue / 30));
          expect(a.missedInstalments).toBeLessThanOrEqual(loan.tenor);
          expect(a.daysPastDue === 0).toBe(a.missedInstalments === 0);
          expect(a.outstandingPrincipal).toBeLessThanOrEqual(loan.principal);
          expect(a.overduePrincipal).toBeLessThanOrEqual(a.outstandingPrincipal);
          expect(a.paidOnTimeToDate).toBeLessThanOrEqual(a.dueToDate);
          expect(a.status === 'paid_off').toBe(
            a.outstandingPrincipal === 0 &&
              a.overdueInterest === 0 &&
              s.instalments.every(() => true) &&
              a.status === 'paid_off',
          );
          if (a.missedInstalments > 0) {
            const oldest = s.instalments.find((i) => i.dueOn < asOf) as { dueOn: string };
            expect(a.daysPastDue).toBeLessThanOrEqual(daysBetween(oldest.dueOn, asOf));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives lancar and zero arrears when every instalment is paid on time', () => {
    fc.assert(
      fc.property(
        loanArb,
        fc.integer({ min: -40, max: 5000 }),
        fc.integer({ min: 0, max: 10 }),
        tables,
        (loan, offset, early, kolektibilitas) => {
          const s = buildSchedule(loan);
          // Each instalment paid in full on its due date or up to 10 days early.
          const payments = s.instalments.map((i) => ({
            paidOn: addDays(i.dueOn, -early),
            amount: i.total,
          }));
          const asOf = addDays(loan.disbursedOn, offset);
          const a = assessLoan(s, payments, { asOf, kolektibilitas });
          expect(a.daysPastDue).toBe(0);
          expect(a.missedInstalments).toBe(0);
          expect(a.monthsInArrears).toBe(0);
          expect(a.overduePrincipal + a.overdueInterest).toBe(0);
          expect(a.kolektibilitas.level).toBe(1);
          expect(a.kolektibilitas.code).toBe('lancar');
          expect(a.paidOnTimeToDate).toBe(a.dueToDate);
        },
      ),
      { numRuns: 400 },
    );
  });
});
