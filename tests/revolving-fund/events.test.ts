import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import {
  assessLoanWithEvents,
  type LoanEvent,
  loanEventIndicators,
} from '../../src/revolving-fund/events/index.js';
import { portfolioIndicators } from '../../src/revolving-fund/portfolio/index.js';
import { buildSchedule } from '../../src/revolving-fund/schedule/index.js';
import { corrupt, expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

// Rp 1,200,000 over 12 months, jasa 1.5% flat: 100,000 + 18,000 = 118,000 on the 15th, from
// 2024-02-15 to 2025-01-15.
const schedule = buildSchedule({
  principal: 1_200_000,
  disbursedOn: '2024-01-15',
  tenor: 12,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
});
// The rescheduled remainder: Rp 1,000,000 over 10 months from 2024-06-30 at 1.5% flat:
// 100,000 + 15,000 = 115,000 on the 30th (28 February), 2024-07-30 .. 2025-04-30.
const newSchedule = buildSchedule({
  principal: 1_000_000,
  disbursedOn: '2024-06-30',
  tenor: 10,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
});
const twoPaid = [
  { paidOn: '2024-02-15', amount: 118_000 },
  { paidOn: '2024-03-15', amount: 118_000 },
];
const restructure: LoanEvent = { type: 'restructure', on: '2024-06-30', schedule: newSchedule };

describe('write-off and recoveries', () => {
  const events: LoanEvent[] = [
    { type: 'recovery', on: '2025-02-01', amount: 200_000 },
    { type: 'write-off', on: '2024-12-31', note: 'SK BKM 12/2024' },
  ];
  const loan = { schedule, payments: [{ paidOn: '2024-02-15', amount: 118_000 }], events };

  it('moves the outstanding principal on the write-off date out of the portfolio', () => {
    // On 2024-12-31 one instalment is paid: outstanding 1,200,000 - 100,000 = 1,100,000; jasa of
    // instalments 2..11 (due 15 March .. 15 December) unpaid: 10 x 18,000 = 180,000.
    const r = assessLoanWithEvents(loan, { asOf: '2025-03-31' });
    expect(r.state).toBe('written_off');
    expect(r.assessment).toBeNull();
    expect(r.writtenOff).toEqual({
      on: '2024-12-31',
      principal: 1_100_000,
      overdueInterest: 180_000,
    });
    expect(r.recoveries).toEqual({
      total: 200_000,
      items: [{ on: '2025-02-01', amount: 200_000 }],
    });
    expect(r.originalPrincipal).toBe(1_200_000);
    expect(r.history.map((h) => [h.endedOn, h.endedBy, h.assessment.outstandingPrincipal])).toEqual(
      [['2024-12-31', 'write-off', 1_100_000]],
    );
  });

  it('ignores events after asOf: the day before the write-off the loan is in the portfolio', () => {
    const r = assessLoanWithEvents(loan, { asOf: '2024-12-30' });
    expect(r.state).toBe('active');
    expect(r.writtenOff).toBeNull();
    expect(r.recoveries.total).toBe(0);
    expect(r.assessment?.outstandingPrincipal).toBe(1_100_000);
    expect(r.assessment?.restructured).toBe(false);
    // Recoveries counted up to asOf only.
    expect(assessLoanWithEvents(loan, { asOf: '2025-01-31' }).recoveries.total).toBe(0);
  });

  it('refuses contradictory events, each in both languages', () => {
    const bad = (events: LoanEvent[], payments = loan.payments) => {
      try {
        assessLoanWithEvents({ schedule, payments, events }, { asOf: '2025-03-31' });
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).messages.id.length).toBeGreaterThan(0);
        return (error as ValidationError).issues.map((i) => i.code);
      }
    };
    expect(bad([{ type: 'recovery', on: '2024-06-01', amount: 1 }])).toEqual([
      'recovery_before_write_off',
    ]);
    expect(
      bad([
        { type: 'write-off', on: '2024-12-31' },
        { type: 'write-off', on: '2025-01-31' },
      ]),
    ).toEqual(['write_off_repeated']);
    expect(
      bad([
        { type: 'write-off', on: '2024-12-31' },
        { ...restructure, on: '2025-01-05' },
      ]),
    ).toEqual(['event_after_write_off']);
    expect(
      bad([{ type: 'write-off', on: '2024-12-31' }], [{ paidOn: '2025-01-15', amount: 118_000 }]),
    ).toEqual(['payment_after_write_off']);
  });
});

describe('restructuring', () => {
  const loan = {
    schedule,
    payments: [...twoPaid, { paidOn: '2024-07-30', amount: 115_000 }],
    events: [restructure],
  };

  it('keeps the old schedule in the history and assesses the new one, flagged restructured', () => {
    const r = assessLoanWithEvents(loan, { asOf: '2024-09-05' });
    // Old schedule on 2024-06-30: two instalments paid, principal outstanding 1,000,000; instalments
    // 3, 4, 5 (due 15 April, May, June) unpaid: jasa 54,000, DPD = 30 June - 15 April = 76.
    expect(r.history[0]).toMatchObject({
      index: 0,
      from: null,
      endedOn: '2024-06-30',
      endedBy: 'restructure',
    });
    expect(r.history[0]?.assessment).toMatchObject({
      outstandingPrincipal: 1_000_000,
      overdueInterest: 54_000,
      daysPastDue: 76,
      missedInstalments: 3,
    });
    expect(r.restructurings).toEqual([
      { on: '2024-06-30', principal: 1_000_000, overdueInterest: 54_000 },
    ]);
    // New schedule on 2024-09-05: #1 (30 July) paid, #2 (30 August) unpaid: DPD 6, outstanding 900,000.
    expect(r.state).toBe('active');
    expect(r.restructured).toBe(true);
    expect(r.assessment).toMatchObject({
      outstandingPrincipal: 900_000,
      daysPastDue: 6,
      missedInstalments: 1,
      restructured: true,
    });
    expect(r.history[1]).toMatchObject({ index: 1, from: '2024-06-30', endedOn: null });
  });

  it('is not restructured before the restructuring date', () => {
    const r = assessLoanWithEvents(loan, { asOf: '2024-06-29' });
    expect(r.restructured).toBe(false);
    expect(r.assessment?.outstandingPrincipal).toBe(1_000_000);
  });

  it('refuses a new schedule that does not repay the outstanding principal', () => {
    const wrong = buildSchedule({
      principal: 900_000,
      disbursedOn: '2024-06-30',
      tenor: 9,
      frequency: 'monthly',
      interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
    });
    try {
      assessLoanWithEvents(
        { ...loan, events: [{ ...restructure, schedule: wrong }] },
        { asOf: '2024-09-05' },
      );
      expect.unreachable();
    } catch (error) {
      const issue = (error as ValidationError).issues[0];
      expect(issue?.code).toBe('restructure_principal_mismatch');
      expect(issue?.params).toEqual({ on: '2024-06-30', expected: 1_000_000, received: 900_000 });
    }
  });

  it('gives an assessment the portfolio functions take, groupable by the flag', () => {
    const r = assessLoanWithEvents(loan, { asOf: '2024-09-05' });
    const p = portfolioIndicators([r.assessment as NonNullable<typeof r.assessment>], {
      groupBy: (a) => (a.restructured ? 'restructured' : 'regular'),
    });
    expect(p.grossOutstanding.amount).toBe(900_000);
    expect(p.groups.map((g) => g.key)).toEqual(['restructured']);
  });
});

describe('loanEventIndicators', () => {
  const asOf = '2025-03-31';
  // W: written off 2025-03-10 with 1,100,000 outstanding; recovered 50,000 on 2025-03-20 (and
  // 70,000 on 2025-04-02, after asOf).
  const w = assessLoanWithEvents(
    {
      schedule,
      payments: [{ paidOn: '2024-02-15', amount: 118_000 }],
      events: [
        { type: 'write-off', on: '2025-03-10' },
        { type: 'recovery', on: '2025-03-20', amount: 50_000 },
        { type: 'recovery', on: '2025-04-02', amount: 70_000 },
      ],
    },
    { asOf },
  );
  // R: restructured, then every new instalment paid on its due date up to 2025-03-30 (9 of 10):
  // outstanding 100,000, DPD 0, but restructured: at risk.
  const dues = [
    '2024-07-30',
    '2024-08-30',
    '2024-09-30',
    '2024-10-30',
    '2024-11-30',
    '2024-12-30',
    '2025-01-30',
    '2025-02-28',
    '2025-03-30',
  ];
  const r = assessLoanWithEvents(
    {
      schedule,
      payments: [...twoPaid, ...dues.map((paidOn) => ({ paidOn, amount: 115_000 }))],
      events: [restructure],
    },
    { asOf },
  );
  const fresh = (disbursedOn: string) =>
    buildSchedule({
      principal: 1_200_000,
      disbursedOn,
      tenor: 12,
      frequency: 'monthly',
      interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
    });
  // L: disbursed 2024-12-15, nothing paid: DPD = 31 March - 15 January = 75 > 30, outstanding 1,200,000.
  const l = assessLoanWithEvents({ schedule: fresh('2024-12-15'), payments: [] }, { asOf });
  // C: disbursed 2025-03-01, first due 2025-04-01: current, outstanding 1,200,000.
  const c = assessLoanWithEvents({ schedule: fresh('2025-03-01'), payments: [] }, { asOf });

  it('counts restructured loans at risk and written-off loans out of the portfolio', () => {
    expect([r.assessment?.outstandingPrincipal, r.assessment?.daysPastDue]).toEqual([100_000, 0]);
    expect(l.assessment?.daysPastDue).toBe(75);
    const k = loanEventIndicators([w, r, l, c, null as never], {
      from: '2025-03-01',
      to: '2025-03-31',
    });
    expect(k.counts).toEqual({ total: 5, valid: 4, rejected: 1 });
    expect(k.rejected[0]?.index).toBe(4);
    // Gross 100,000 + 1,200,000 + 1,200,000 = 2,500,000; at risk 100,000 (R) + 1,200,000 (L) = 1,300,000 = 52%.
    expect(k.grossOutstanding).toBe(2_500_000);
    expect(k.parWithRestructured).toMatchObject({
      days: 30,
      numerator: 1_300_000,
      denominator: 2_500_000,
    });
    expect(k.parWithRestructured.ratio?.percent).toBe(52);
    // Restructured: 1 loan, 100,000 = 4% of gross.
    expect(k.restructured).toMatchObject({ count: 1, outstanding: 100_000 });
    expect(k.restructured.ratio?.fraction).toBe('1/25');
    expect(k.writtenOff).toEqual({ count: 1, principal: 1_100_000 });
    expect(k.recoveries).toBe(50_000);
    expect(k.netWrittenOff).toBe(1_050_000);
  });

  it('counts write-offs and recoveries only within the period', () => {
    const feb = loanEventIndicators([w, r, l, c], { from: '2025-02-01', to: '2025-02-28' });
    expect([feb.writtenOff.count, feb.recoveries]).toEqual([0, 0]);
    // PAR > 90 days: only R (restructured) is at risk: 100,000 / 2,500,000.
    expect(loanEventIndicators([w, r, l, c], { days: 90 }).parWithRestructured.numerator).toBe(
      100_000,
    );
  });

  it('gives a null ratio for an empty portfolio', () => {
    const k = loanEventIndicators([w]);
    expect(k.grossOutstanding).toBe(0);
    expect(k.parWithRestructured.ratio).toBeNull();
  });
});

describe('fuzz', () => {
  const loan = {
    schedule,
    payments: twoPaid,
    events: [restructure, { type: 'write-off', on: '2024-12-31' }] as LoanEvent[],
  };
  it('assessLoanWithEvents returns or throws a SejahteraError', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(loan)),
        fc.oneof(hostile, fc.constant({ asOf: '2025-01-31' })),
        (l, o) => {
          expectReturnsOrSejahteraError(() => assessLoanWithEvents(l as never, o as never));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('loanEventIndicators returns or throws a SejahteraError', () => {
    const good = assessLoanWithEvents(loan, { asOf: '2025-01-31' });
    fc.assert(
      fc.property(
        fc.oneof(hostile, fc.array(fc.oneof(hostile, corrupt(good)), { maxLength: 4 })),
        hostile,
        (rows, o) => {
          expectReturnsOrSejahteraError(() => loanEventIndicators(rows as never, o as never));
        },
      ),
      { numRuns: 300 },
    );
  });
});
