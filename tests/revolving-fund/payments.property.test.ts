import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/index.js';
import { applyPayments } from '../../src/revolving-fund/payments/index.js';
import { buildSchedule, type Loan } from '../../src/revolving-fund/schedule/index.js';

const loanArb: fc.Arbitrary<Loan> = fc.record({
  principal: fc.integer({ min: 1, max: 100_000_000 }),
  disbursedOn: fc.integer({ min: 0, max: 3000 }).map((k) => addDays('2020-01-01', k)),
  tenor: fc.integer({ min: 1, max: 24 }),
  frequency: fc.constantFrom('weekly', 'monthly', 'quarterly' as const),
  interest: fc.record({
    method: fc.constantFrom('flat', 'declining', 'annuity' as const),
    rate: fc.record({
      percent: fc.integer({ min: 0, max: 500 }).map((bp) => (bp / 100).toFixed(2)),
      per: fc.constant<'month'>('month'),
    }),
  }),
});

const paymentsArb = fc.array(
  fc.record({
    paidOn: fc.integer({ min: 0, max: 4000 }).map((k) => addDays('2020-01-01', k)),
    amount: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50_000_000 })),
  }),
  { maxLength: 30 },
);

const optionsArb = fc.record({
  allocation: fc.constantFrom(
    'upk-oldest-first',
    'overdue-interest-first',
    'principal-first' as const,
  ),
  overpayment: fc.constantFrom('next-instalments', 'last-instalments' as const),
});

describe('allocation properties', () => {
  it('conserves money exactly: allocated principal + interest + unapplied = paid', () => {
    fc.assert(
      fc.property(loanArb, paymentsArb, optionsArb, (loan, payments, options) => {
        const r = applyPayments(buildSchedule(loan), payments, options);
        const paid = payments.reduce((s, p) => s + p.amount, 0);
        expect(r.totals.paid).toBe(paid);
        expect(r.totals.principal + r.totals.interest + r.totals.unapplied).toBe(paid);
        // Per payment and per instalment views agree.
        const byInstalment = r.instalments.reduce(
          (s, i) => s + i.principalPaid + i.interestPaid,
          0,
        );
        const byPayment = r.payments.reduce((s, p) => s + p.principal + p.interest, 0);
        expect(byInstalment).toBe(byPayment);
        for (const p of r.payments) expect(p.principal + p.interest + p.unapplied).toBe(p.amount);
      }),
      { numRuns: 500 },
    );
  });

  it('never pays an instalment part more than is due, nor leaves money unapplied while anything is owed', () => {
    fc.assert(
      fc.property(loanArb, paymentsArb, optionsArb, (loan, payments, options) => {
        const r = applyPayments(buildSchedule(loan), payments, options);
        for (const i of r.instalments) {
          expect(i.principalPaid).toBeGreaterThanOrEqual(0);
          expect(i.principalPaid).toBeLessThanOrEqual(i.principal);
          expect(i.interestPaid).toBeLessThanOrEqual(i.interest);
          expect(i.paidOnTime).toBeLessThanOrEqual(i.principalPaid + i.interestPaid);
          expect(i.fullyPaidOn === null).toBe(i.outstanding > 0);
        }
        if (r.totals.unapplied > 0)
          expect(r.instalments.every((i) => i.outstanding === 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order the payments come in (except equal dates)', () => {
    fc.assert(
      fc.property(loanArb, paymentsArb, optionsArb, (loan, payments, options) => {
        const s = buildSchedule(loan);
        const reversed = [...payments].reverse();
        const sorted = [...payments].sort((x, y) =>
          x.paidOn < y.paidOn ? -1 : x.paidOn > y.paidOn ? 1 : 0,
        );
        const unique = new Set(payments.map((p) => p.paidOn)).size === payments.length;
        fc.pre(unique);
        expect(applyPayments(s, reversed, options).instalments).toEqual(
          applyPayments(s, sorted, options).instalments,
        );
      }),
      { numRuns: 200 },
    );
  });
});
