import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  ALLOCATION_PRESETS,
  type AllocationRule,
  applyPayments,
} from '../../src/revolving-fund/payments/index.js';
import { buildSchedule } from '../../src/revolving-fund/schedule/index.js';

// 1,000,000 over 3 months, jasa 1.5% flat: instalments (pokok + jasa)
//   #1 2024-02-29: 333,333 + 15,000 = 348,333
//   #2 2024-03-31: 333,333 + 15,000 = 348,333
//   #3 2024-04-30: 333,334 + 15,000 = 348,334      (total 1,045,000)
const schedule = buildSchedule({
  principal: 1_000_000,
  disbursedOn: '2024-01-31',
  tenor: 3,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
});

const paid = (r: ReturnType<typeof applyPayments>) =>
  r.instalments.map((i) => [i.interestPaid, i.principalPaid]);

describe('UPK allocation (default): oldest instalment first, jasa then pokok', () => {
  it('pays jasa before pokok on a short payment', () => {
    const r = applyPayments(schedule, [{ paidOn: '2024-03-05', amount: 20_000 }]);
    // 20,000: jasa 15,000 of #1, then 5,000 of its pokok.
    expect(paid(r)).toEqual([
      [15_000, 5_000],
      [0, 0],
      [0, 0],
    ]);
    expect(r.instalments[0]?.fullyPaidOn).toBeNull();
    expect(r.instalments[0]?.outstanding).toBe(328_333);
  });

  it('settles the oldest overdue instalment fully before the next one', () => {
    // On 2024-04-05 #1 and #2 are overdue. 400,000: #1 348,333; the rest 51,667 -> jasa 15,000 of #2,
    // then 36,667 of its pokok.
    const r = applyPayments(schedule, [{ paidOn: '2024-04-05', amount: 400_000 }]);
    expect(paid(r)).toEqual([
      [15_000, 333_333],
      [15_000, 36_667],
      [0, 0],
    ]);
    expect(r.instalments[0]?.fullyPaidOn).toBe('2024-04-05');
  });
});

describe('other allocation orders', () => {
  it("'overdue-interest-first' pays all overdue jasa before any pokok", () => {
    // 40,000 on 2024-04-05: jasa of #1 and #2 (30,000), then 10,000 pokok of #1.
    const r = applyPayments(schedule, [{ paidOn: '2024-04-05', amount: 40_000 }], {
      allocation: 'overdue-interest-first',
    });
    expect(paid(r)).toEqual([
      [15_000, 10_000],
      [15_000, 0],
      [0, 0],
    ]);
  });

  it("'principal-first' pays pokok before jasa, oldest instalment first", () => {
    const r = applyPayments(schedule, [{ paidOn: '2024-04-05', amount: 340_000 }], {
      allocation: 'principal-first',
    });
    // 340,000: pokok of #1 333,333, then 6,667 of its jasa.
    expect(paid(r)).toEqual([
      [6_667, 333_333],
      [0, 0],
      [0, 0],
    ]);
  });

  it('accepts an allocation rule as data, equal to the preset it copies', () => {
    const rule: AllocationRule = { ...ALLOCATION_PRESETS['overdue-interest-first'], id: 'mine' };
    const payments = [{ paidOn: '2024-04-05', amount: 40_000 }];
    expect(applyPayments(schedule, payments, { allocation: rule })).toEqual(
      applyPayments(schedule, payments, { allocation: 'overdue-interest-first' }),
    );
  });
});

describe('overpayment', () => {
  it('goes to the next instalments by default', () => {
    // 700,000 on 2024-02-10: #1 (current period) 348,333; #2 348,333; 3,334 to #3 (jasa first).
    const r = applyPayments(schedule, [{ paidOn: '2024-02-10', amount: 700_000 }]);
    expect(paid(r)).toEqual([
      [15_000, 333_333],
      [15_000, 333_333],
      [3_334, 0],
    ]);
  });

  it('reduces the last instalments when asked', () => {
    // 700,000 on 2024-02-10: #1 348,333; the rest 351,667 to #3 (348,334) then 3,333 to #2's jasa.
    const r = applyPayments(schedule, [{ paidOn: '2024-02-10', amount: 700_000 }], {
      overpayment: 'last-instalments',
    });
    expect(paid(r)).toEqual([
      [15_000, 333_333],
      [3_333, 0],
      [15_000, 333_334],
    ]);
  });

  it('combines an allocation rule with reducing the last instalments', () => {
    // principal-first, 400,000 on 2024-02-10: #1 pokok 333,333 + jasa 15,000 = 348,333;
    // the rest 51,667 goes to #3 first, pokok first: 51,667 of its 333,334.
    const r = applyPayments(schedule, [{ paidOn: '2024-02-10', amount: 400_000 }], {
      allocation: 'principal-first',
      overpayment: 'last-instalments',
    });
    expect(paid(r)).toEqual([
      [15_000, 333_333],
      [0, 0],
      [0, 51_667],
    ]);
  });

  it('treats paying the coming instalment early as an ordinary payment, not a prepayment', () => {
    const r = applyPayments(schedule, [{ paidOn: '2024-02-20', amount: 348_333 }], {
      overpayment: 'last-instalments',
    });
    expect(r.instalments[0]?.fullyPaidOn).toBe('2024-02-20');
    expect(r.instalments[2]?.principalPaid).toBe(0);
  });

  it('reports what is left once the whole loan is paid as unapplied', () => {
    const r = applyPayments(schedule, [{ paidOn: '2024-02-10', amount: 2_000_000 }]);
    // 2,000,000 - 1,045,000 = 955,000.
    expect(r.totals).toEqual({
      paid: 2_000_000,
      principal: 1_000_000,
      interest: 45_000,
      unapplied: 955_000,
    });
    expect(r.payments[0]?.unapplied).toBe(955_000);
  });
});

describe('payment order, dates and on-time amounts', () => {
  it('applies payments in date order whatever order they come in, keeping their input index', () => {
    const r = applyPayments(schedule, [
      { paidOn: '2024-03-31', amount: 348_333 },
      { paidOn: '2024-02-29', amount: 348_333 },
    ]);
    expect(r.payments.map((p) => [p.index, p.paidOn])).toEqual([
      [1, '2024-02-29'],
      [0, '2024-03-31'],
    ]);
    expect(r.instalments.map((i) => i.fullyPaidOn)).toEqual(['2024-02-29', '2024-03-31', null]);
    expect(r.instalments.map((i) => i.paidOnTime)).toEqual([348_333, 348_333, 0]);
  });

  it('keeps the input order for payments on the same date', () => {
    const r = applyPayments(schedule, [
      { paidOn: '2024-02-29', amount: 10_000 },
      { paidOn: '2024-02-29', amount: 20_000 },
    ]);
    // First 10,000 (all jasa), then 20,000: 5,000 jasa + 15,000 pokok.
    expect(r.payments.map((p) => [p.index, p.interest, p.principal])).toEqual([
      [0, 10_000, 0],
      [1, 5_000, 15_000],
    ]);
    expect(r.instalments[0]?.allocations).toEqual([
      { paidOn: '2024-02-29', principal: 0, interest: 10_000 },
      { paidOn: '2024-02-29', principal: 15_000, interest: 5_000 },
    ]);
  });

  it('counts a payment after the due date as late, not on time', () => {
    const r = applyPayments(schedule, [{ paidOn: '2024-03-01', amount: 348_333 }]);
    expect(r.instalments[0]?.paidOnTime).toBe(0);
    expect(r.instalments[0]?.fullyPaidOn).toBe('2024-03-01');
  });

  it('conserves money exactly: allocated + unapplied = paid', () => {
    const r = applyPayments(schedule, [
      { paidOn: '2024-05-01', amount: 123_457 },
      { paidOn: '2024-02-01', amount: 1 },
      { paidOn: '2024-03-15', amount: 999_999 },
    ]);
    expect(r.totals.principal + r.totals.interest + r.totals.unapplied).toBe(1_123_457);
  });

  it('returns the schedule untouched with no payments', () => {
    const r = applyPayments(schedule, []);
    expect(r.totals).toEqual({ paid: 0, principal: 0, interest: 0, unapplied: 0 });
    expect(r.instalments.map((i) => i.outstanding)).toEqual([348_333, 348_333, 348_334]);
  });
});

describe('validation', () => {
  it('throws a ConfigurationError with a code for an unknown preset or a malformed rule', () => {
    const call = (options: unknown) => () =>
      applyPayments(schedule, [], options as Parameters<typeof applyPayments>[2]);
    expect(call({ allocation: 'newest-first' })).toThrow(ConfigurationError);
    expect(call({ allocation: { groupBy: 'part', parts: ['interest'] } })).toThrow(
      expect.objectContaining({ code: 'invalid_allocation_rule' }),
    );
    expect(call({ overpayment: 'sideways' })).toThrow(
      expect.objectContaining({ code: 'invalid_overpayment_rule' }),
    );
  });

  it('throws a ValidationError for a negative amount or a bad date', () => {
    expect(() => applyPayments(schedule, [{ paidOn: '2024-02-30', amount: 1 }])).toThrow(
      ValidationError,
    );
    expect(() => applyPayments(schedule, [{ paidOn: '2024-02-29', amount: -1 }])).toThrow(
      ValidationError,
    );
  });

  it('rejects a schedule whose total is not principal + interest', () => {
    const bad = {
      instalments: [{ number: 1, dueOn: '2024-02-29', principal: 10, interest: 1, total: 12 }],
    };
    expect(() => applyPayments(bad, [])).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'instalment_total_mismatch' })],
      }),
    );
  });

  it('does not mutate the schedule or the payments', () => {
    const payments = [
      { paidOn: '2024-03-31', amount: 5 },
      { paidOn: '2024-02-29', amount: 7 },
    ];
    const before = structuredClone({ schedule, payments });
    applyPayments(schedule, payments);
    expect({ schedule, payments }).toEqual(before);
  });
});
