import { describe, expect, it } from 'vitest';
import { assessLoan } from '../../src/revolving-fund/arrears/index.js';
import { assessGroup } from '../../src/revolving-fund/group/index.js';
import { portfolioIndicators } from '../../src/revolving-fund/portfolio/index.js';
import { buildSchedule } from '../../src/revolving-fund/schedule/index.js';

// Rp 1,200,000 over 12 months, jasa 1.5% a month flat on the original principal:
// principal 100,000 + interest 18,000 = 118,000 a month, due the 15th from 15 Feb 2024.
const schedule = buildSchedule({
  principal: 1_200_000,
  disbursedOn: '2024-01-15',
  tenor: 12,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
});
const asOf = '2024-04-20';
const options = { asOf, kolektibilitas: 'ojk-bank-2019' as const };

describe('assessLoan -> portfolioIndicators', () => {
  // Loan 1 pays nothing: 3 instalments missed (15 Feb, 15 Mar, 15 Apr), 65 days past due
  //   (15 Feb -> 15 Mar = 29 days in 2024, -> 15 Apr = 31, -> 20 Apr = 5), outstanding 1,200,000,
  //   OJK bank level 2 (1-90 days) -> provision 5% = 60,000.
  // Loan 2 pays 118,000 on each due date: outstanding 900,000, level 1 -> provision 1% = 9,000.
  const late = { ...assessLoan(schedule, [], options), ksm: 'KSM Mawar' };
  const good = {
    ...assessLoan(
      schedule,
      ['2024-02-15', '2024-03-15', '2024-04-15'].map((paidOn) => ({ paidOn, amount: 118_000 })),
      options,
    ),
    ksm: 'KSM Melati',
  };
  const r = portfolioIndicators([late, good], { groupBy: 'ksm' });

  it('reads the assessments assessLoan produces', () => {
    expect(r.counts).toEqual({ total: 2, valid: 2, rejected: 0 });
    expect(late.daysPastDue).toBe(65);
    expect(late.missedInstalments).toBe(3);
  });
  it('computes every indicator from them', () => {
    // gross 1,200,000 + 900,000 = 2,100,000
    expect(r.grossOutstanding.amount).toBe(2_100_000);
    // PAR30 = UPK PAR = 1,200,000 / 2,100,000 = 4/7; RR = 900,000 / 2,100,000 = 3/7; LAR 1/2
    expect(r.par30.ratio?.fraction).toBe('4/7');
    expect(r.par90.numerator).toBe(0);
    expect(r.upkPar.ratio?.fraction).toBe('4/7');
    expect(r.upkRrBalance.ratio?.fraction).toBe('3/7');
    // POB reading: subtract only loan 1's principal in arrears, 3 x 100,000 = 300,000:
    // (2,100,000 - 300,000) / 2,100,000 = 6/7 = 85.7%: adequate (80-90%)
    expect(r.upkRr.ratio?.fraction).toBe('6/7');
    expect(r.upkRr.band?.code).toBe('adequate');
    expect(r.upkLar.ratio?.fraction).toBe('1/2');
    // collection: 354,000 paid on time of 2 x 354,000 due = 1/2
    expect(r.collectionRate.ratio?.decimal).toBe('0.5');
    expect(r.requiredProvisions.amount).toBe(69_000);
    expect(r.groups.map((g) => [g.key, g.indicators.grossOutstanding.amount])).toEqual([
      ['KSM Mawar', 1_200_000],
      ['KSM Melati', 900_000],
    ]);
  });
});

describe('assessGroup on a schedule from buildSchedule', () => {
  it('splits 1,200,000 among 4 equal members: 300,000 principal and 54,000 interest each', () => {
    const members = ['A', 'B', 'C', 'D'].map((memberId) => ({ memberId, share: 1 }));
    // Each member owes 118,000 / 4 = 29,500 a month; A, B, C pay 29,500 each month, D pays nothing
    // and nobody covers D: the group gets 88,500 of 118,000 a month and falls short.
    const payments = ['A', 'B', 'C'].flatMap((memberId) =>
      ['2024-02-15', '2024-03-15', '2024-04-15'].map((paidOn) => ({
        memberId,
        paidOn,
        amount: 29_500,
      })),
    );
    const r = assessGroup({ schedule, members }, payments, options);
    expect(r.members.map((m) => m.assessment.principal)).toEqual([
      300_000, 300_000, 300_000, 300_000,
    ]);
    expect(r.members.map((m) => m.inArrears)).toEqual([false, false, false, true]);
    // group: 265,500 paid, applied oldest first, jasa then pokok: instalment 1 (118,000) and 2
    // (118,000) are paid, 29,500 goes to instalment 3 -> instalment 3 is not fully paid on 20 Apr,
    // but it fell due on 15 Apr: 1 missed instalment, 5 days past due.
    expect(r.group.missedInstalments).toBe(1);
    expect(r.group.daysPastDue).toBe(5);
    expect(r.coveredByGroup).toEqual([]);
  });
});
