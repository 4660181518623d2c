import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  assessLoan,
  assessLoanStream,
  assessLoans,
} from '../../src/revolving-fund/arrears/index.js';
import { buildSchedule } from '../../src/revolving-fund/schedule/index.js';
import { classifyKolektibilitas } from '../../src/revolving-fund/kolektibilitas/index.js';

// 1,200,000 over 12 months, jasa 1.5% flat: every instalment is 100,000 pokok + 18,000 jasa = 118,000,
// due on the 15th from 2024-02-15 to 2025-01-15.
const schedule = buildSchedule({
  principal: 1_200_000,
  disbursedOn: '2024-01-15',
  tenor: 12,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
});
const first = [{ paidOn: '2024-02-15', amount: 118_000 }];

describe('arrears measures', () => {
  it('measures days past due from the oldest unpaid instalment and counts missed instalments', () => {
    // Paid #1. On 2024-04-20, #2 (2024-03-15) and #3 (2024-04-15) are unpaid:
    // DPD = 20 Apr - 15 Mar = 16 + 20 = 36 days; missed 2; months floor(36 / 30) = 1.
    const a = assessLoan(schedule, first, { asOf: '2024-04-20', kolektibilitas: 'ojk-bank-2019' });
    expect(a).toMatchObject({
      asOf: '2024-04-20',
      status: 'active',
      principal: 1_200_000,
      outstandingPrincipal: 1_100_000,
      overduePrincipal: 200_000,
      overdueInterest: 36_000,
      daysPastDue: 36,
      missedInstalments: 2,
      monthsInArrears: 1,
      dueToDate: 354_000, // 3 x 118,000
      paidOnTimeToDate: 118_000,
      paidToDate: 118_000,
    });
    // OJK bank: 1-90 days = 2 dalam perhatian khusus, provision 5% of 1,100,000 = 55,000.
    expect(a.kolektibilitas.code).toBe('dalam_perhatian_khusus');
    expect(a.provision).toBe(55_000);
  });

  it('does not count an instalment due on asOf as overdue', () => {
    const a = assessLoan(schedule, [], { asOf: '2024-02-15', kolektibilitas: 'ojk-bank-2019' });
    expect([a.daysPastDue, a.missedInstalments, a.overduePrincipal]).toEqual([0, 0, 0]);
    expect(a.dueToDate).toBe(118_000); // due on or before asOf
    expect(a.kolektibilitas.level).toBe(1);
  });

  it('counts one day past due the day after the due date', () => {
    const a = assessLoan(schedule, [], { asOf: '2024-02-16', kolektibilitas: 'ojk-bank-2019' });
    expect([a.daysPastDue, a.missedInstalments]).toEqual([1, 1]);
    expect(a.kolektibilitas.level).toBe(2);
  });

  it('ignores payments made after asOf', () => {
    const a = assessLoan(schedule, [{ paidOn: '2024-02-20', amount: 118_000 }], {
      asOf: '2024-02-19',
      kolektibilitas: 'ojk-bank-2019',
    });
    expect([a.daysPastDue, a.paidToDate]).toEqual([4, 0]);
  });

  it('is back to 0 days past due once the arrears are paid late', () => {
    const a = assessLoan(schedule, [{ paidOn: '2024-03-01', amount: 118_000 }], {
      asOf: '2024-03-02',
      kolektibilitas: 'ojk-bank-2019',
    });
    expect([a.daysPastDue, a.missedInstalments, a.paidOnTimeToDate, a.paidToDate]).toEqual([
      0, 0, 0, 118_000,
    ]);
  });

  it('measures a partly paid instalment as still in arrears', () => {
    // 20,000 on 2024-02-15 pays jasa 18,000 and 2,000 pokok: #1 is not fully paid.
    const a = assessLoan(schedule, [{ paidOn: '2024-02-15', amount: 20_000 }], {
      asOf: '2024-03-01',
      kolektibilitas: 'ojk-bank-2019',
    });
    // 1 Mar - 15 Feb = 15 days (2024 is a leap year: 14 days left in Feb + 1).
    expect([a.daysPastDue, a.overduePrincipal, a.overdueInterest]).toEqual([15, 98_000, 0]);
  });

  it('counts whole months in arrears as floor(days / 30)', () => {
    // 15 Feb + 59 days = 14 Apr; + 60 days = 15 Apr (Feb 2024 has 29 days).
    const at = (asOf: string) =>
      assessLoan(schedule, [], { asOf, kolektibilitas: 'ojk-bank-2019' });
    expect([at('2024-04-14').daysPastDue, at('2024-04-14').monthsInArrears]).toEqual([59, 1]);
    expect([at('2024-04-15').daysPastDue, at('2024-04-15').monthsInArrears]).toEqual([60, 2]);
  });

  it('marks a loan with every instalment paid as paid_off, lancar, with no provision', () => {
    const all = schedule.instalments.map((i) => ({ paidOn: i.dueOn, amount: i.total }));
    const a = assessLoan(schedule, all, { asOf: '2025-06-01', kolektibilitas: 'ojk-bank-2019' });
    expect(a).toMatchObject({
      status: 'paid_off',
      outstandingPrincipal: 0,
      daysPastDue: 0,
      missedInstalments: 0,
      provision: 0,
      dueToDate: 1_416_000,
      paidOnTimeToDate: 1_416_000,
    });
    expect(a.kolektibilitas.code).toBe('lancar');
  });
});

describe('kolektibilitas and provision', () => {
  it('puts 90 days in OJK bank level 2 and 91 days in level 3', () => {
    // 15 Feb + 90 days = 15 May 2024 (29 + 31 + 30).
    const at = (asOf: string) =>
      assessLoan(schedule, [], { asOf, kolektibilitas: 'ojk-bank-2019' });
    expect([at('2024-05-15').daysPastDue, at('2024-05-15').kolektibilitas.level]).toEqual([90, 2]);
    expect([at('2024-05-16').daysPastDue, at('2024-05-16').kolektibilitas.level]).toEqual([91, 3]);
    // Kurang lancar: 15% of the 1,200,000 outstanding = 180,000.
    expect(at('2024-05-16').provision).toBe(180_000);
  });

  it('rounds the provision half-up from its exact value', () => {
    // 100,100 x 0.5% (UPK software default, lancar) = 500.5 exactly -> 501.
    const small = buildSchedule({
      principal: 100_100,
      disbursedOn: '2024-01-15',
      tenor: 1,
      frequency: 'monthly',
      interest: { method: 'flat', rate: { percent: 0, per: 'month' } },
    });
    const a = assessLoan(small, [], { asOf: '2024-01-20', kolektibilitas: 'upk-software-default' });
    expect(a.provision).toBe(501);
  });

  it('defaults to the UPK software table', () => {
    const a = assessLoan(schedule, [], { asOf: '2024-02-20' });
    expect(a.kolektibilitas.tableId).toBe('upk-software-default');
  });

  it('refuses the UPK Perkotaan 2013 table, whose levels have no sourced provision rate', () => {
    // Classification still works on the measures assessLoan computes (2 missed: Kol 2 DPK) ...
    const a = assessLoan(schedule, [], { asOf: '2024-03-20', kolektibilitas: 'ojk-bank-2019' });
    expect(a.missedInstalments).toBe(2);
    expect(classifyKolektibilitas('upk-perkotaan-2013', a)).toMatchObject({
      level: 2,
      code: 'dalam_perhatian_khusus',
      provisionRate: null,
    });
    // ... but no provision is made up from it.
    expect(() =>
      assessLoan(schedule, [], { asOf: '2024-03-20', kolektibilitas: 'upk-perkotaan-2013' }),
    ).toThrow(expect.objectContaining({ code: 'provision_rate_unsourced' }));
  });

  it('throws a ConfigurationError for an unknown table and a ValidationError for a bad asOf', () => {
    expect(() =>
      assessLoan(schedule, [], { asOf: '2024-02-20', kolektibilitas: 'nope' as 'ojk-bank-2019' }),
    ).toThrow(ConfigurationError);
    expect(() => assessLoan(schedule, [], { asOf: '2024-02-30' })).toThrow(ValidationError);
  });
});

describe('assessLoans (batch)', () => {
  it('returns every row as a result or a rejection with its index', () => {
    const r = assessLoans(
      [
        { schedule, payments: first },
        { schedule: null, payments: [] },
        { schedule, payments: [{ paidOn: 'x', amount: 1 }] },
      ] as never,
      { asOf: '2024-04-20', kolektibilitas: 'ojk-bank-2019' },
    );
    expect(r.counts).toEqual({ total: 3, valid: 1, rejected: 2 });
    expect(r.valid[0]?.value.daysPastDue).toBe(36);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2]);
  });
});

describe('assessLoanStream', () => {
  it('yields one record per row, in order, from an async source', async () => {
    async function* source() {
      yield { schedule, payments: first };
      yield { schedule: 'nope', payments: [] };
      yield { schedule, payments: [] };
    }
    const records = [];
    for await (const r of assessLoanStream(source() as never, {
      asOf: '2024-04-20',
      kolektibilitas: 'ojk-bank-2019',
    })) {
      records.push(r);
    }
    expect(records.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    // No payment at all: #1 (15 Feb) is the oldest unpaid: 20 Apr - 15 Feb = 14 + 31 + 20 = 65 days.
    const last = records[2];
    expect(last?.ok && last.value.daysPastDue).toBe(65);
  });

  it('throws a ValidationError for a source that is not iterable', async () => {
    const gen = assessLoanStream(42 as never, { asOf: '2024-04-20' });
    await expect(gen.next()).rejects.toBeInstanceOf(ValidationError);
  });
});
