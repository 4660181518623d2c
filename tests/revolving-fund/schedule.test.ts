import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import {
  buildSchedule,
  type Loan,
  parseLoan,
  safeParseLoan,
} from '../../src/revolving-fund/schedule/index.js';

const upk: Loan = {
  principal: 1_000_000,
  disbursedOn: '2024-01-31',
  tenor: 3,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
};

const rows = (loan: Loan) =>
  buildSchedule(loan).instalments.map((i) => [i.principal, i.interest, i.total, i.balanceAfter]);
const dates = (loan: Loan) => buildSchedule(loan).instalments.map((i) => i.dueOn);

describe('flat interest (jasa on original principal)', () => {
  it('charges 1.5% of the original principal every month and lets the last instalment absorb the remainder', () => {
    // By hand: jasa = 1,000,000 x 1.5% = 15,000 each month.
    // Total = 1,000,000 / 3 + 15,000 = 348,333.33 -> 348,333 (half-up, unit 1); principal 333,333.
    // Last: the remaining 1,000,000 - 2 x 333,333 = 333,334 plus its own 15,000.
    expect(buildSchedule(upk)).toEqual({
      instalments: [
        {
          number: 1,
          dueOn: '2024-02-29',
          principal: 333_333,
          interest: 15_000,
          total: 348_333,
          balanceAfter: 666_667,
        },
        {
          number: 2,
          dueOn: '2024-03-31',
          principal: 333_333,
          interest: 15_000,
          total: 348_333,
          balanceAfter: 333_334,
        },
        {
          number: 3,
          dueOn: '2024-04-30',
          principal: 333_334,
          interest: 15_000,
          total: 348_334,
          balanceAfter: 0,
        },
      ],
      totals: { principal: 1_000_000, interest: 45_000, total: 1_045_000 },
    });
  });

  it('rounds the instalment total to Rp 5,000 half-up and takes principal = total - jasa', () => {
    // 348,333.33 -> 350,000 (nearest 5,000); principal 350,000 - 15,000 = 335,000.
    // Last: 1,000,000 - 670,000 = 330,000 + 15,000 = 345,000.
    expect(rows({ ...upk, rounding: { unit: 5000, mode: 'half-up' } })).toEqual([
      [335_000, 15_000, 350_000, 665_000],
      [335_000, 15_000, 350_000, 330_000],
      [330_000, 15_000, 345_000, 0],
    ]);
  });

  it('rounds the total to Rp 5,000 down when asked', () => {
    // 348,333.33 -> 345,000; principal 330,000; last 1,000,000 - 660,000 = 340,000 + 15,000.
    expect(rows({ ...upk, rounding: { unit: 5000, mode: 'down' } })).toEqual([
      [330_000, 15_000, 345_000, 670_000],
      [330_000, 15_000, 345_000, 340_000],
      [340_000, 15_000, 355_000, 0],
    ]);
  });

  it('rounds the total to Rp 1,000 up when asked', () => {
    // 348,333.33 -> 349,000; principal 334,000; last 1,000,000 - 668,000 = 332,000 + 15,000.
    expect(rows({ ...upk, rounding: { unit: 1000, mode: 'up' } })).toEqual([
      [334_000, 15_000, 349_000, 666_000],
      [334_000, 15_000, 349_000, 332_000],
      [332_000, 15_000, 347_000, 0],
    ]);
  });

  it('clamps the principal to the balance when rounding up to a big unit on a small loan', () => {
    // Rp 6,000 over 3 months, jasa 1.5% = 90. Exact total 2,000 + 90 = 2,090 -> up to 5,000.
    // 1st: principal 5,000 - 90 = 4,910, balance 1,090.
    // 2nd: 4,910 would exceed the balance: principal 1,090, total 1,180, balance 0.
    // 3rd: no principal left; jasa 90 only. No part is negative, principal sums to 6,000.
    expect(rows({ ...upk, principal: 6_000, rounding: { unit: 5000, mode: 'up' } })).toEqual([
      [4_910, 90, 5_000, 1_090],
      [1_090, 90, 1_180, 0],
      [0, 90, 90, 0],
    ]);
  });

  it('puts no principal in an instalment whose rounded-down total is below the jasa', () => {
    // Rp 9,000 over 3 months at 1.5%: jasa 135; exact total 3,000 + 135 = 3,135 -> down to 0.
    // 0 - 135 < 0: principal 0, total = jasa. The last instalment absorbs 9,000.
    expect(rows({ ...upk, principal: 9_000, rounding: { unit: 5000, mode: 'down' } })).toEqual([
      [0, 135, 135, 9_000],
      [0, 135, 135, 9_000],
      [9_000, 135, 9_135, 0],
    ]);
  });

  it('rounds a half-rupiah jasa up, then the total made of P / n and that rounded jasa', () => {
    // 1,000,100 x 1.5% = 15,001.5 -> 15,002 (the interest part is rounded first).
    // Total 1,000,100 / 3 + 15,002 = 333,366.67 + 15,002 = 348,368.67 -> 348,369.
    // Principal 348,369 - 15,002 = 333,367; last 1,000,100 - 666,734 = 333,366.
    expect(rows({ ...upk, principal: 1_000_100 })).toEqual([
      [333_367, 15_002, 348_369, 666_733],
      [333_367, 15_002, 348_369, 333_366],
      [333_366, 15_002, 348_368, 0],
    ]);
  });

  it('gives the hand-computed flat pokok P / n rounded half-up when jasa has a fraction', () => {
    // 1,234,567 x 1.5% = 18,518.505 -> 18,519. Total 1,234,567 / 12 + 18,519 = 102,880.58 + 18,519
    // = 121,399.58 -> 121,400, pokok 102,881 (= 102,880.58 rounded); last 1,234,567 - 11 x 102,881
    // = 102,876.
    const s = buildSchedule({ ...upk, principal: 1_234_567, tenor: 12 });
    expect(s.instalments.slice(0, 11).every((i) => i.principal === 102_881)).toBe(true);
    expect(s.instalments.map((i) => i.interest)).toEqual(new Array(12).fill(18_519));
    expect(s.instalments[11]?.principal).toBe(102_876);
    expect(s.totals).toEqual({ principal: 1_234_567, interest: 222_228, total: 1_456_795 });
  });
});

describe('declining balance (equal principal)', () => {
  it('charges interest on the outstanding balance (SPP 1.2% a month over 10 months)', () => {
    // Principal 1,000,000 / 10 = 100,000 each. Interest = balance x 1.2%:
    // 12,000; 10,800; 9,600; 8,400; 7,200; 6,000; 4,800; 3,600; 2,400; 1,200 (sum 66,000).
    const s = buildSchedule({
      ...upk,
      tenor: 10,
      interest: { method: 'declining', rate: { percent: '1.2', per: 'month' } },
    });
    expect(s.instalments.map((i) => i.interest)).toEqual([
      12_000, 10_800, 9_600, 8_400, 7_200, 6_000, 4_800, 3_600, 2_400, 1_200,
    ]);
    expect(s.instalments.every((i) => i.principal === 100_000)).toBe(true);
    expect(s.totals).toEqual({ principal: 1_000_000, interest: 66_000, total: 1_066_000 });
  });

  it('rounds a half-rupiah interest half-up from its exact value (8.6% a year on 52,365,000)', () => {
    // 52,365,000 x 0.086 / 12 = 375,282.5 exactly -> 375,283 (a float product gives 375,282.4999...).
    const s = buildSchedule({
      principal: 52_365_000,
      disbursedOn: '2024-01-10',
      tenor: 12,
      frequency: 'monthly',
      interest: { method: 'declining', rate: { percent: '8.6', per: 'year' } },
    });
    expect(s.instalments[0]?.interest).toBe(375_283);
    // Principal 52,365,000 / 12 = 4,363,750 exactly each month.
    expect(s.instalments.map((i) => i.principal)).toEqual(new Array(12).fill(4_363_750));
  });

  it('rounds the principal part, not the total, to the unit', () => {
    // 1,000,000 / 3 = 333,333.33 -> 335,000 at unit 5,000 half-up; last 330,000.
    // Interest 1% a month on 1,000,000 / 665,000 / 330,000 = 10,000 / 6,650 / 3,300.
    expect(
      rows({
        ...upk,
        interest: { method: 'declining', rate: { percent: 1, per: 'month' } },
        rounding: { unit: 5000, mode: 'half-up' },
      }),
    ).toEqual([
      [335_000, 10_000, 345_000, 665_000],
      [335_000, 6_650, 341_650, 330_000],
      [330_000, 3_300, 333_300, 0],
    ]);
  });
});

describe('annuity (equal totals)', () => {
  it('matches PMT/IPMT computed with Python fractions (18% a year, 12 months)', () => {
    // python3: r = Fraction(15, 1000); pmt = P r / (1 - (1 + r)^-12) = 91,679.9929 -> 91,680;
    // interest = half_up(balance x r); last instalment = remaining balance + its interest.
    const expected = [
      [76_680, 15_000, 91_680, 923_320],
      [77_830, 13_850, 91_680, 845_490],
      [78_998, 12_682, 91_680, 766_492],
      [80_183, 11_497, 91_680, 686_309],
      [81_385, 10_295, 91_680, 604_924],
      [82_606, 9_074, 91_680, 522_318],
      [83_845, 7_835, 91_680, 438_473],
      [85_103, 6_577, 91_680, 353_370],
      [86_379, 5_301, 91_680, 266_991],
      [87_675, 4_005, 91_680, 179_316],
      [88_990, 2_690, 91_680, 90_326],
      [90_326, 1_355, 91_681, 0],
    ];
    expect(
      rows({
        ...upk,
        tenor: 12,
        interest: { method: 'annuity', rate: { percent: 18, per: 'year' } },
      }),
    ).toEqual(expected);
  });

  it('runs the annuity over the instalments that repay principal after a principal grace', () => {
    // python3: 1,200,000 at 1% a month, 6 instalments, 2 of grace: PMT over 4 periods = 307,537.31
    // -> 307,537; grace instalments pay interest 12,000 only.
    expect(
      rows({
        ...upk,
        principal: 1_200_000,
        tenor: 6,
        interest: { method: 'annuity', rate: { percent: 1, per: 'month' } },
        grace: { principalPeriods: 2, interestPeriods: 0 },
      }),
    ).toEqual([
      [0, 12_000, 12_000, 1_200_000],
      [0, 12_000, 12_000, 1_200_000],
      [295_537, 12_000, 307_537, 904_463],
      [298_492, 9_045, 307_537, 605_971],
      [301_477, 6_060, 307_537, 304_494],
      [304_494, 3_045, 307_539, 0],
    ]);
  });

  it('converts an annual rate to weekly as annual / 52 (26% a year = 0.5% a week)', () => {
    // python3: PMT(0.005, 10, 500,000) = 51,385.29 -> 51,385.
    expect(
      rows({
        ...upk,
        principal: 500_000,
        tenor: 10,
        frequency: 'weekly',
        interest: { method: 'annuity', rate: { percent: 26, per: 'year' } },
      }),
    ).toEqual([
      [48_885, 2_500, 51_385, 451_115],
      [49_129, 2_256, 51_385, 401_986],
      [49_375, 2_010, 51_385, 352_611],
      [49_622, 1_763, 51_385, 302_989],
      [49_870, 1_515, 51_385, 253_119],
      [50_119, 1_266, 51_385, 203_000],
      [50_370, 1_015, 51_385, 152_630],
      [50_622, 763, 51_385, 102_008],
      [50_875, 510, 51_385, 51_133],
      [51_133, 256, 51_389, 0],
    ]);
  });

  it('rounds an exact tie of the annuity total by the mode (0%: Rp 5 over 2 = 2.5)', () => {
    const tie = (mode: 'half-up' | 'half-even') =>
      rows({
        ...upk,
        principal: 5,
        tenor: 2,
        interest: { method: 'annuity', rate: { percent: 0, per: 'month' } },
        rounding: { unit: 1, mode },
      });
    // 2.5 -> 3 half-up (last takes 2); -> 2 half-even (last takes 3).
    expect(tie('half-up')).toEqual([
      [3, 0, 3, 2],
      [2, 0, 2, 0],
    ]);
    expect(tie('half-even')).toEqual([
      [2, 0, 2, 3],
      [3, 0, 3, 0],
    ]);
  });

  it('rounds the annuity total to Rp 5,000 and keeps principal = total - interest', () => {
    // PMT = 91,679.99 -> 90,000 (nearest 5,000). 1st: interest 15,000, principal 75,000.
    // 2nd: interest on 925,000 = 13,875, principal 76,125.
    const s = buildSchedule({
      ...upk,
      tenor: 12,
      interest: { method: 'annuity', rate: { percent: 18, per: 'year' } },
      rounding: { unit: 5000, mode: 'half-up' },
    });
    expect(s.instalments.slice(0, 2).map((i) => [i.principal, i.interest, i.total])).toEqual([
      [75_000, 15_000, 90_000],
      [76_125, 13_875, 90_000],
    ]);
    expect(s.instalments.slice(0, 11).every((i) => i.total === 90_000)).toBe(true);
    expect(s.totals.principal).toBe(1_000_000);
  });
});

describe('edge cases', () => {
  it.each(['flat', 'declining', 'annuity'] as const)('works at a 0%% rate (%s)', (method) => {
    // 1,000,000 / 3 = 333,333.33 -> 333,333, 333,333, and the last takes 333,334; no interest.
    expect(rows({ ...upk, interest: { method, rate: { percent: 0, per: 'month' } } })).toEqual([
      [333_333, 0, 333_333, 666_667],
      [333_333, 0, 333_333, 333_334],
      [333_334, 0, 333_334, 0],
    ]);
  });

  it.each(['flat', 'declining', 'annuity'] as const)(
    'builds a 1-instalment loan (%s)',
    (method) => {
      // 500,000 at 2% a month for one month: 500,000 + 10,000 whatever the method.
      expect(
        rows({
          ...upk,
          principal: 500_000,
          tenor: 1,
          interest: { method, rate: { percent: 2, per: 'month' } },
        }),
      ).toEqual([[500_000, 10_000, 510_000, 0]]);
    },
  );

  it('converts a monthly rate to every-2-months (x2), quarterly (x3) and semiannual (x6)', () => {
    const flat = (frequency: Loan['frequency']) =>
      buildSchedule({ ...upk, tenor: 2, frequency }).instalments[0]?.interest;
    // 1,000,000 x 1.5% x 2 = 30,000; x 3 = 45,000; x 6 = 90,000.
    expect(flat('every-2-months')).toBe(30_000);
    expect(flat('quarterly')).toBe(45_000);
    expect(flat('semiannual')).toBe(90_000);
  });

  it('converts a monthly rate to weekly as monthly x 12 / 52', () => {
    // 1.3% a month x 12 / 52 = 0.3% a week: 1,000,000 x 0.003 = 3,000.
    const s = buildSchedule({
      ...upk,
      frequency: 'weekly',
      interest: { method: 'flat', rate: { percent: '1.3', per: 'month' } },
    });
    expect(s.instalments[0]?.interest).toBe(3_000);
  });

  it('converts an annual rate to monthly as annual / 12 and to quarterly as annual / 4', () => {
    const interest = (frequency: Loan['frequency']) =>
      buildSchedule({
        ...upk,
        frequency,
        interest: { method: 'flat', rate: { percent: 18, per: 'year' } },
      }).instalments[0]?.interest;
    expect(interest('monthly')).toBe(15_000); // 1,000,000 x 18% / 12
    expect(interest('quarterly')).toBe(45_000); // 1,000,000 x 18% / 4
  });
});

describe('grace and seasonal products', () => {
  it('charges no principal in the first principal-grace instalments (declining)', () => {
    // 1,200,000 over 4 repaying instalments = 300,000; interest 1% of the balance.
    expect(
      rows({
        ...upk,
        principal: 1_200_000,
        tenor: 6,
        interest: { method: 'declining', rate: { percent: 1, per: 'month' } },
        grace: { principalPeriods: 2, interestPeriods: 0 },
      }),
    ).toEqual([
      [0, 12_000, 12_000, 1_200_000],
      [0, 12_000, 12_000, 1_200_000],
      [300_000, 12_000, 312_000, 900_000],
      [300_000, 9_000, 309_000, 600_000],
      [300_000, 6_000, 306_000, 300_000],
      [300_000, 3_000, 303_000, 0],
    ]);
  });

  it('defers the interest of interest-grace instalments to the first one after (default)', () => {
    // Jasa 15,000 a month accrues in month 1 but is not due; month 2 carries 15,000 + 15,000.
    // Principal parts come from each instalment's own jasa: 333,333 (no jasa due), 348,333 - 15,000.
    expect(rows({ ...upk, grace: { principalPeriods: 0, interestPeriods: 1 } })).toEqual([
      [333_333, 0, 333_333, 666_667],
      [333_333, 30_000, 363_333, 333_334],
      [333_334, 15_000, 348_334, 0],
    ]);
  });

  it('defers declining interest on the balance through a combined principal and interest grace', () => {
    // 1,200,000 at 1%: months 1-2 accrue 12,000 each (no payment at all); month 3 pays 300,000 pokok
    // and 12,000 + 24,000 = 36,000 jasa; then 9,000, 6,000, 3,000.
    expect(
      rows({
        ...upk,
        principal: 1_200_000,
        tenor: 6,
        interest: { method: 'declining', rate: { percent: 1, per: 'month' } },
        grace: { principalPeriods: 2, interestPeriods: 2 },
      }),
    ).toEqual([
      [0, 0, 0, 1_200_000],
      [0, 0, 0, 1_200_000],
      [300_000, 36_000, 336_000, 900_000],
      [300_000, 9_000, 309_000, 600_000],
      [300_000, 6_000, 306_000, 300_000],
      [300_000, 3_000, 303_000, 0],
    ]);
  });

  it('puts deferred interest in the last instalment when the grace covers the whole tenor', () => {
    // Flat 15,000 x 3 accrued, all due with the last instalment.
    expect(
      rows({ ...upk, grace: { principalPeriods: 0, interestPeriods: 3 } }).map((r) => r[1]),
    ).toEqual([0, 0, 45_000]);
  });

  it("waives interest in the interest-grace instalments with interest: 'waived' (flat)", () => {
    // 1,000,000 / 3 = 333,333.33: 1st total (no jasa) 333,333; then 348,333 with jasa 15,000.
    expect(
      rows({ ...upk, grace: { principalPeriods: 0, interestPeriods: 1, interest: 'waived' } }),
    ).toEqual([
      [333_333, 0, 333_333, 666_667],
      [333_333, 15_000, 348_333, 333_334],
      [333_334, 15_000, 348_334, 0],
    ]);
  });

  it('expresses a seasonal product: jasa every month, pokok every 4 months (principalEvery)', () => {
    // 1,200,000 over 12 months at 1.2% flat: jasa 14,400 monthly; pokok 400,000 in months 4, 8, 12.
    const s = buildSchedule({
      ...upk,
      principal: 1_200_000,
      tenor: 12,
      interest: { method: 'flat', rate: { percent: '1.2', per: 'month' } },
      principalEvery: 4,
    });
    expect(s.instalments.map((i) => i.principal)).toEqual([
      0, 0, 0, 400_000, 0, 0, 0, 400_000, 0, 0, 0, 400_000,
    ]);
    expect(s.instalments.every((i) => i.interest === 14_400)).toBe(true);
    expect(s.totals.interest).toBe(172_800);
  });

  it('repays the rest in the last instalment when the tenor is not a multiple of principalEvery', () => {
    // Declining, 10 months, pokok every 4: repaying instalments 4, 8, 10 -> 1,000,000 / 3.
    const s = buildSchedule({
      ...upk,
      tenor: 10,
      interest: { method: 'declining', rate: { percent: 1, per: 'month' } },
      principalEvery: 4,
    });
    expect(s.instalments.map((i) => i.principal)).toEqual([
      0, 0, 0, 333_333, 0, 0, 0, 333_333, 0, 333_334,
    ]);
  });
});

describe('due dates', () => {
  it('treats 31 January + 1 month as 29 February in a leap year, never chaining', () => {
    expect(dates({ ...upk, tenor: 4 })).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
    ]);
  });

  it('clamps to 28 February outside leap years (2023, 2100) and 29 February in 2000', () => {
    expect(dates({ ...upk, disbursedOn: '2023-01-31', tenor: 2 })).toEqual([
      '2023-02-28',
      '2023-03-31',
    ]);
    expect(dates({ ...upk, disbursedOn: '2100-01-31', tenor: 2 })).toEqual([
      '2100-02-28',
      '2100-03-31',
    ]);
    expect(dates({ ...upk, disbursedOn: '2000-01-31', tenor: 2 })).toEqual([
      '2000-02-29',
      '2000-03-31',
    ]);
  });

  it('counts from firstDueOn: the k-th due date is firstDueOn + (k - 1) periods', () => {
    expect(
      dates({ ...upk, disbursedOn: '2024-01-10', firstDueOn: '2024-01-31', tenor: 4 }),
    ).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
  });

  it('adds 7k days for weekly instalments, across a year end', () => {
    expect(dates({ ...upk, disbursedOn: '2024-12-25', frequency: 'weekly' })).toEqual([
      '2025-01-01',
      '2025-01-08',
      '2025-01-15',
    ]);
  });

  it('adds 2k and 6k months from 31 August, clamping to the end of February', () => {
    // 31 Aug 2023 + 2 = 31 Oct; + 4 = 31 Dec; + 6 = 29 Feb 2024 (leap); semiannual + 6, + 12.
    expect(dates({ ...upk, disbursedOn: '2023-08-31', frequency: 'every-2-months' })).toEqual([
      '2023-10-31',
      '2023-12-31',
      '2024-02-29',
    ]);
    expect(dates({ ...upk, disbursedOn: '2023-08-31', frequency: 'semiannual', tenor: 2 })).toEqual(
      ['2024-02-29', '2024-08-31'],
    );
  });

  it('counts weekly instalments from firstDueOn as firstDueOn + 7(k - 1) days', () => {
    expect(
      dates({ ...upk, disbursedOn: '2024-02-20', firstDueOn: '2024-02-27', frequency: 'weekly' }),
    ).toEqual(['2024-02-27', '2024-03-05', '2024-03-12']);
  });

  it('adds 3k months for quarterly instalments from 30 November', () => {
    expect(dates({ ...upk, disbursedOn: '2023-11-30', frequency: 'quarterly' })).toEqual([
      '2024-02-29',
      '2024-05-30',
      '2024-08-30',
    ]);
  });
});

describe('validation', () => {
  it('throws a ValidationError naming the field for a bad tenor', () => {
    expect(() => buildSchedule({ ...upk, tenor: 0 })).toThrow(ValidationError);
    const r = safeParseLoan({ ...upk, tenor: 0 });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.path).toEqual(['tenor']);
  });

  it('rejects a principal grace that leaves nothing to repay principal', () => {
    const r = safeParseLoan({ ...upk, grace: { principalPeriods: 3, interestPeriods: 0 } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.code)).toEqual(['principal_grace_too_long']);
  });

  it('rejects a first due date before the disbursement', () => {
    const r = safeParseLoan({ ...upk, firstDueOn: '2024-01-30' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.code).toBe('first_due_before_disbursement');
  });

  it('rejects 29 February of a non-leap year and an unknown frequency, with Indonesian messages', () => {
    const r = safeParseLoan(
      { ...upk, disbursedOn: '2023-02-29', frequency: 'daily' },
      { locale: 'id' },
    );
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => i.code).sort()).toEqual([
        'invalid_calendar_date',
        'invalid_value',
      ]);
      expect(r.issues[0]?.message).toMatch(/harus/);
    }
  });

  it('rejects a negative or out-of-range rate and unknown fields', () => {
    expect(
      safeParseLoan({ ...upk, interest: { method: 'flat', rate: { percent: -1, per: 'month' } } })
        .success,
    ).toBe(false);
    expect(safeParseLoan({ ...upk, fee: 1 }).success).toBe(false);
  });

  it('rejects a seasonal annuity', () => {
    const r = safeParseLoan({
      ...upk,
      interest: { method: 'annuity', rate: { percent: 1, per: 'month' } },
      principalEvery: 2,
    });
    expect(r.success).toBe(false);
  });

  it('rejects a schedule whose last due date would fall after 9999-12-31', () => {
    expect(() => buildSchedule({ ...upk, disbursedOn: '9999-11-30', tenor: 2 })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'due_date_out_of_range' })],
      }),
    );
    // 9999-11-30 + 1 month is still in range.
    expect(dates({ ...upk, disbursedOn: '9999-11-30', tenor: 1 })).toEqual(['9999-12-30']);
  });

  it('rejects interest that cannot be held exactly, with the limit written in full', () => {
    const huge = {
      ...upk,
      principal: 1_000_000_000_000_000,
      interest: { method: 'flat', rate: { percent: 1000, per: 'month' } },
    } as const;
    expect(() => buildSchedule(huge)).toThrow(/9,007,199,254,740,991/);
  });

  it('fills in defaults when parsing', () => {
    expect(parseLoan({ ...upk, grace: {}, rounding: { unit: 500 } })).toMatchObject({
      grace: { principalPeriods: 0, interestPeriods: 0 },
      rounding: { unit: 500, mode: 'half-up' },
    });
  });

  it('does not mutate the loan', () => {
    const loan = structuredClone(upk);
    buildSchedule(loan);
    expect(loan).toEqual(upk);
  });
});
