import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  createPortfolioAccumulator,
  portfolioIndicators,
  portfolioIndicatorsBy,
} from '../../src/revolving-fund/portfolio/index.js';
import type { LoanAssessment } from '../../src/revolving-fund/types.js';

/** A consistent assessment with OJK-bank level 1 by default; fields overridden as needed. */
function assessment(
  over: Partial<LoanAssessment> & Record<string, unknown> = {},
): LoanAssessment & Record<string, unknown> {
  const outstanding = (over.outstandingPrincipal as number | undefined) ?? 1_000_000;
  return {
    asOf: '2024-06-30',
    status: outstanding > 0 ? 'active' : 'paid_off',
    principal: Math.max(outstanding, 1_000_000),
    outstandingPrincipal: outstanding,
    overduePrincipal: 0,
    overdueInterest: 0,
    daysPastDue: 0,
    missedInstalments: 0,
    monthsInArrears: 0,
    dueToDate: 0,
    paidOnTimeToDate: 0,
    paidToDate: 0,
    kolektibilitas: {
      tableId: 'ojk-bank-2019',
      level: 1,
      code: 'lancar',
      label: { id: 'Lancar', en: 'Current' },
      provisionRate: '0.01',
    },
    provision: 0,
    ...over,
  };
}

const KOL = {
  1: {
    tableId: 'ojk-bank-2019',
    level: 1,
    code: 'lancar',
    label: { id: 'Lancar', en: 'Current' },
    provisionRate: '0.01',
  },
  2: {
    tableId: 'ojk-bank-2019',
    level: 2,
    code: 'dalam_perhatian_khusus',
    label: { id: 'Dalam Perhatian Khusus', en: 'Special mention' },
    provisionRate: '0.05',
  },
  3: {
    tableId: 'ojk-bank-2019',
    level: 3,
    code: 'kurang_lancar',
    label: { id: 'Kurang Lancar', en: 'Substandard' },
    provisionRate: '0.15',
  },
} as const;

// Four loans worked by hand (provisions = outstanding x OJK bank rate of the level):
//   A 1,000,000 out, 0 dpd,  0 missed, due   500,000, on time 500,000, provision 1% = 10,000
//   B 2,000,000 out, 30 dpd, 1 missed, due   600,000, on time 400,000, provision 5% = 100,000
//   C 3,000,000 out, 31 dpd, 2 missed, due   900,000, on time 300,000, provision 5% = 150,000
//   D 4,000,000 out, 91 dpd, 3 missed, due 1,200,000, on time       0, provision 15% = 600,000
const A = assessment({
  outstandingPrincipal: 1_000_000,
  dueToDate: 500_000,
  paidOnTimeToDate: 500_000,
  provision: 10_000,
  kelurahan: 'Kedaton',
});
const B = assessment({
  outstandingPrincipal: 2_000_000,
  daysPastDue: 30,
  missedInstalments: 1,
  monthsInArrears: 1,
  dueToDate: 600_000,
  paidOnTimeToDate: 400_000,
  kolektibilitas: KOL[2],
  provision: 100_000,
  kelurahan: 'Rajabasa',
});
const C = assessment({
  outstandingPrincipal: 3_000_000,
  daysPastDue: 31,
  missedInstalments: 2,
  monthsInArrears: 1,
  dueToDate: 900_000,
  paidOnTimeToDate: 300_000,
  kolektibilitas: KOL[2],
  provision: 150_000,
  kelurahan: 'Kedaton',
});
const D = assessment({
  outstandingPrincipal: 4_000_000,
  overduePrincipal: 1_000_000,
  daysPastDue: 91,
  missedInstalments: 3,
  monthsInArrears: 3,
  dueToDate: 1_200_000,
  paidOnTimeToDate: 0,
  kolektibilitas: KOL[3],
  provision: 600_000,
  kelurahan: 'Rajabasa',
});

describe('portfolioIndicators on a worked portfolio', () => {
  const r = portfolioIndicators([A, B, C, D]);

  it('sums gross outstanding: 1 + 2 + 3 + 4 million = 10,000,000', () => {
    expect(r.grossOutstanding.amount).toBe(10_000_000);
  });
  it('PAR30 counts 31 dpd but not exactly 30 dpd: (3M + 4M) / 10M = 0.7', () => {
    expect(r.par30.numerator).toBe(7_000_000);
    expect(r.par30.denominator).toBe(10_000_000);
    expect(r.par30.ratio).toMatchObject({
      fraction: '7/10',
      decimal: '0.7',
      exact: true,
      value: 0.7,
      percent: 70,
    });
    expect(r.loans.par30).toBe(2);
  });
  it('PAR90 counts only 91 dpd: 4M / 10M = 0.4', () => {
    expect(r.par90.ratio?.decimal).toBe('0.4');
  });
  it('UPK PAR counts 3 missed instalments but not 2: 4M / 10M = 40%, inadequate', () => {
    expect(r.upkPar.ratio?.fraction).toBe('2/5');
    expect(r.upkPar.band?.code).toBe('inadequate');
  });
  it('LAR = 1 of 4 loans with a balance = 25%, inadequate', () => {
    expect(r.upkLar.numerator).toBe(1);
    expect(r.upkLar.denominator).toBe(4);
    expect(r.upkLar.ratio?.decimal).toBe('0.25');
    expect(r.upkLar.band?.code).toBe('inadequate');
  });
  it('RR = (10M - 4M) / 10M = 60%, inadequate', () => {
    expect(r.upkRrBalance.ratio?.decimal).toBe('0.6');
    expect(r.upkRrBalance.band?.code).toBe('inadequate');
  });
  it('collection rate = (500k + 400k + 300k + 0) / (500k + 600k + 900k + 1.2M) = 1.2M / 3.2M = 0.375', () => {
    expect(r.collectionRate.ratio).toMatchObject({
      fraction: '3/8',
      decimal: '0.375',
      exact: true,
    });
  });
  it('required provisions = 10,000 + 100,000 + 150,000 + 600,000 = 860,000', () => {
    expect(r.requiredProvisions.amount).toBe(860_000);
  });
  it('distributes by kolektibilitas: level 1 one loan, level 2 two loans (B + C), level 3 one loan', () => {
    expect(r.kolektibilitas.map((d) => [d.level, d.count, d.outstanding, d.provision])).toEqual([
      [1, 1, 1_000_000, 10_000],
      [2, 2, 5_000_000, 250_000],
      [3, 1, 4_000_000, 600_000],
    ]);
  });
  it('labels every indicator with its definition and source', () => {
    for (const ind of [
      r.grossOutstanding,
      r.par30,
      r.par90,
      r.upkPar,
      r.upkLar,
      r.upkRr,
      r.collectionRate,
      r.requiredProvisions,
    ]) {
      expect(ind.label.id.length).toBeGreaterThan(0);
      expect(ind.label.en.length).toBeGreaterThan(0);
      expect(ind.definition.en.length).toBeGreaterThan(20);
      expect(ind.definition.id.length).toBeGreaterThan(20);
      expect(ind.source.length).toBeGreaterThan(5);
    }
    expect(r.par30.definition.en).toMatch(/more than 30 days/);
    expect(r.upkPar.source).toMatch(/POB/);
  });
  it('reports the asOf range and the batch counts', () => {
    expect(r.asOf).toEqual({ from: '2024-06-30', to: '2024-06-30' });
    expect(r.counts).toEqual({ total: 4, valid: 4, rejected: 0 });
  });
});

const million = (missed: number, extra: Record<string, unknown> = {}) =>
  assessment({
    outstandingPrincipal: 1_000_000,
    missedInstalments: missed,
    daysPastDue: missed * 30,
    ...extra,
  });

describe('UPK thresholds and band edges (POB 2013)', () => {
  it('a loan with exactly 2 missed instalments is not at risk; 3 is', () => {
    const two = portfolioIndicators([million(2), million(0)]);
    expect(two.upkPar.numerator).toBe(0);
    expect(two.upkLar.numerator).toBe(0);
    expect(two.upkRrBalance.ratio?.decimal).toBe('1');
    const three = portfolioIndicators([million(3), million(0)]);
    expect(three.upkPar.ratio?.decimal).toBe('0.5');
    expect(three.upkLar.ratio?.fraction).toBe('1/2');
    expect(three.upkRrBalance.ratio?.decimal).toBe('0.5');
  });
  it('PAR and LAR exactly 10% are satisfactory; RR exactly 90% is satisfactory', () => {
    // 1 of 10 loans of 1,000,000 at risk: PAR = 1M / 10M = 10%, LAR = 1/10, RR = 9M / 10M = 90%
    const r = portfolioIndicators([million(3), ...Array.from({ length: 9 }, () => million(0))]);
    expect(r.upkPar.ratio?.decimal).toBe('0.1');
    expect(r.upkPar.band?.code).toBe('satisfactory');
    expect(r.upkLar.band?.code).toBe('satisfactory');
    expect(r.upkRrBalance.ratio?.decimal).toBe('0.9');
    expect(r.upkRrBalance.band?.code).toBe('satisfactory');
  });
  it('PAR and LAR exactly 20% are adequate; RR exactly 80% is adequate', () => {
    const r = portfolioIndicators([
      million(3),
      million(4),
      ...Array.from({ length: 8 }, () => million(0)),
    ]);
    expect(r.upkPar.ratio?.decimal).toBe('0.2');
    expect(r.upkPar.band?.code).toBe('adequate');
    expect(r.upkLar.band?.code).toBe('adequate');
    expect(r.upkRrBalance.ratio?.decimal).toBe('0.8');
    expect(r.upkRrBalance.band?.code).toBe('adequate');
  });
  it('just above 10% is adequate and RR just below 90% adequate (compared exactly, not in floats)', () => {
    // at risk 1,000,001 of 10,000,001: PAR = 0.10000009... > 0.1; RR = 9,000,000 / 10,000,001 = 0.89999991 < 0.9
    const r = portfolioIndicators([
      assessment({ outstandingPrincipal: 1_000_001, missedInstalments: 3 }),
      assessment({ outstandingPrincipal: 9_000_000 }),
    ]);
    expect(r.upkPar.band?.code).toBe('adequate');
    expect(r.upkRrBalance.numerator).toBe(9_000_000);
    expect(r.upkRrBalance.denominator).toBe(10_000_001);
    expect(r.upkRrBalance.band?.code).toBe('adequate');
  });
  it('just above 20% is inadequate and RR just below 80% inadequate', () => {
    // at risk 2,000,001 of 10,000,001: PAR = 0.20000008 > 0.2; RR = 8,000,000 / 10,000,001 = 0.79999992 < 0.8
    const r = portfolioIndicators([
      assessment({ outstandingPrincipal: 2_000_001, missedInstalments: 3 }),
      assessment({ outstandingPrincipal: 8_000_000 }),
    ]);
    expect(r.upkPar.band?.code).toBe('inadequate');
    expect(r.upkRrBalance.band?.code).toBe('inadequate');
  });
  it('30% at risk is inadequate and RR 70% inadequate', () => {
    const r = portfolioIndicators([
      million(3),
      million(3),
      million(5),
      ...Array.from({ length: 7 }, () => million(0)),
    ]);
    expect(r.upkPar.band?.code).toBe('inadequate');
    expect(r.upkRrBalance.band?.code).toBe('inadequate');
  });
});

describe('zero denominators and empty portfolios', () => {
  it('an empty portfolio has amounts 0 and every ratio null with reason empty_portfolio (never NaN)', () => {
    const r = portfolioIndicators([]);
    expect(r.grossOutstanding.amount).toBe(0);
    expect(r.requiredProvisions.amount).toBe(0);
    for (const ind of [r.par30, r.par90, r.upkPar, r.upkLar, r.upkRr, r.collectionRate]) {
      expect(ind.ratio).toBeNull();
      expect(ind.reason?.code).toBe('empty_portfolio');
      expect(ind.reason?.message.id.length).toBeGreaterThan(0);
    }
    expect(r.upkPar.band).toBeNull();
    expect(r.asOf).toBeNull();
    expect(r.kolektibilitas).toEqual([]);
  });
  it('a paid-off portfolio has no outstanding: PAR undefined (no_outstanding), LAR undefined (no_loans_with_balance), collection rate defined', () => {
    const paid = assessment({
      outstandingPrincipal: 0,
      dueToDate: 1_150_000,
      paidOnTimeToDate: 1_150_000,
    });
    const r = portfolioIndicators([paid, paid]);
    expect(r.par30.reason?.code).toBe('no_outstanding');
    expect(r.upkRr.reason?.code).toBe('no_outstanding');
    expect(r.upkLar.reason?.code).toBe('no_loans_with_balance');
    expect(r.collectionRate.ratio?.decimal).toBe('1');
    expect(r.loans.withBalance).toBe(0);
  });
  it('nothing due yet gives collection rate null with reason nothing_due', () => {
    const r = portfolioIndicators([assessment({ dueToDate: 0, paidOnTimeToDate: 0 })]);
    expect(r.collectionRate.ratio).toBeNull();
    expect(r.collectionRate.reason?.code).toBe('nothing_due');
    expect(r.par30.ratio?.decimal).toBe('0');
  });
  it('a loan with no balance but 3 missed instalments (interest left unpaid) is not counted by LAR', () => {
    const r = portfolioIndicators([
      assessment({ outstandingPrincipal: 0, missedInstalments: 3, daysPastDue: 95 }),
      assessment({ outstandingPrincipal: 500_000 }),
    ]);
    expect(r.upkLar.numerator).toBe(0);
    expect(r.upkLar.denominator).toBe(1);
    expect(r.par30.numerator).toBe(0);
  });
});

describe('exact and convenient ratios', () => {
  it('gives 1/3 as a reduced fraction, a rounded decimal marked inexact, and numbers', () => {
    // PAR30 = 1,000,000 / 3,000,000 = 1/3 = 0.3333333333 (10 places, half-up)
    const r = portfolioIndicators([
      assessment({ outstandingPrincipal: 1_000_000, daysPastDue: 45 }),
      assessment({ outstandingPrincipal: 2_000_000 }),
    ]);
    expect(r.par30.ratio).toEqual({
      numerator: 1_000_000,
      denominator: 3_000_000,
      fraction: '1/3',
      decimal: '0.3333333333',
      exact: false,
      value: 1 / 3,
      percent: 33.3333333333,
    });
  });
  it('rounds half-up at the requested decimal places: 2/3 to 4 places is 0.6667 (66.6667%)', () => {
    const r = portfolioIndicators(
      [
        assessment({ outstandingPrincipal: 2_000_000, daysPastDue: 45 }),
        assessment({ outstandingPrincipal: 1_000_000 }),
      ],
      { decimalPlaces: 4 },
    );
    expect(r.par30.ratio?.decimal).toBe('0.6667');
    expect(r.par30.ratio?.percent).toBe(66.6667);
  });
  it('rejects decimalPlaces outside 0..20', () => {
    // A bad option is a ConfigurationError since session 5 (CHANGELOG "Changed").
    expect(() => portfolioIndicators([], { decimalPlaces: 21 })).toThrow(ConfigurationError);
    expect(() => portfolioIndicators([], { decimalPlaces: 1.5 })).toThrow(ConfigurationError);
  });
});

describe('batch rules', () => {
  it('returns malformed rows as rejections with their index; counts add up', () => {
    const rows = [
      A,
      null,
      { ...B, outstandingPrincipal: -5 },
      C,
      'x',
      { ...D, kolektibilitas: undefined },
      { ...D, paidOnTimeToDate: 2_000_000 }, // more paid on time than due
      { ...D, overduePrincipal: 5_000_000 }, // more overdue than outstanding
      { ...D, daysPastDue: 1.5 },
    ];
    const r = portfolioIndicators(rows);
    expect(r.counts).toEqual({ total: 9, valid: 2, rejected: 7 });
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(r.rejected[1]?.issues[0]?.path).toEqual(['outstandingPrincipal']);
    expect(r.rejected[3]?.issues[0]?.code).toBe('required');
    expect(r.rejected[4]?.issues[0]?.code).toBe('paid_on_time_exceeds_due');
    expect(r.rejected[5]?.issues[0]?.code).toBe('overdue_exceeds_outstanding');
    expect(r.grossOutstanding.amount).toBe(4_000_000); // A + C
  });
  it('rejects a row whose getter throws as unreadable, without throwing', () => {
    const hostileRow = Object.defineProperty({ ...A }, 'outstandingPrincipal', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const r = portfolioIndicators([hostileRow, A]);
    expect(r.counts).toEqual({ total: 2, valid: 1, rejected: 1 });
    expect(r.rejected[0]?.issues[0]?.code).toBe('unreadable_row');
  });
  it('writes issue messages in Indonesian when asked', () => {
    const r = portfolioIndicators([{ ...A, dueToDate: 'x' }], { locale: 'id' });
    expect(r.rejected[0]?.issues[0]?.message).toMatch(/harus/);
  });
  it('throws a ValidationError when the input is not iterable', () => {
    expect(() => portfolioIndicators(42 as unknown as [])).toThrow(ValidationError);
  });
});

describe('grouping', () => {
  it('groups by a property name; each group equals the indicators of its rows alone', () => {
    const r = portfolioIndicatorsBy([A, B, C, D], 'kelurahan');
    expect(r.groups.map((g) => g.key)).toEqual(['Kedaton', 'Rajabasa']);
    const kedaton = r.groups[0]?.indicators;
    // Kedaton = A + C: 4M outstanding, PAR30 = 3M / 4M = 0.75
    expect(kedaton?.grossOutstanding.amount).toBe(4_000_000);
    expect(kedaton?.par30.ratio?.fraction).toBe('3/4');
    const { counts: _c, rejected: _r, groups: _g, ...alone } = portfolioIndicators([A, C]);
    expect(kedaton).toEqual(alone);
    // the whole portfolio is still at the top level
    expect(r.grossOutstanding.amount).toBe(10_000_000);
  });
  it('groups by a function, in order of first appearance, and rejects rows without a usable key', () => {
    const rows = [
      { ...A, upk: 2 },
      { ...B, upk: 'UPK Maju' },
      { ...C, upk: 1 },
      { ...D, upk: Number.NaN },
      { ...D, upk: '' },
    ];
    const r = portfolioIndicators(rows, {
      groupBy: (a) => (a as unknown as { upk: string | number }).upk,
    });
    // first appearance (the accumulator contract, CHANGELOG issue 10), no longer numbers first
    expect(r.groups.map((g) => g.key)).toEqual([2, 'UPK Maju', 1]);
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [3, 'invalid_group_key'],
      [4, 'invalid_group_key'],
    ]);
  });
  it('rejects a groupBy that is neither a key nor a function', () => {
    expect(() => portfolioIndicators([A], { groupBy: 42 as unknown as 'kelurahan' })).toThrow(
      ConfigurationError,
    );
  });
  it('lists every level of the given kolektibilitas table, with zero rows', () => {
    const r = portfolioIndicators([A], { kolektibilitas: 'ojk-bank-2019' });
    expect(r.kolektibilitas.map((d) => [d.level, d.count, d.provisionRate])).toEqual([
      [1, 1, '0.01'],
      [2, 0, '0.05'],
      [3, 0, '0.15'],
      [4, 0, '0.5'],
      [5, 0, '1'],
    ]);
  });
});

describe('mergeable accumulator', () => {
  it('equals one pass when the rows are split between two accumulators', () => {
    const a = createPortfolioAccumulator({ groupBy: 'kelurahan' });
    const b = createPortfolioAccumulator({ groupBy: 'kelurahan' });
    a.add(A, 0);
    b.add(B, 1);
    a.add(null, 2);
    b.add(D, 3);
    a.add(C, 4);
    const merged = a.merge(b).result();
    expect(merged).toEqual(portfolioIndicators([A, B, null, D, C], { groupBy: 'kelurahan' }));
    expect(a.counts).toEqual({ total: 5, valid: 4, rejected: 1 });
  });
  it('refuses to merge itself or something that is not an accumulator', () => {
    const a = createPortfolioAccumulator();
    expect(() => a.merge(a)).toThrow(ConfigurationError);
    expect(() => a.merge({} as never)).toThrow(ConfigurationError);
  });
});

const kol = fc.constantFrom(KOL[1], KOL[2], KOL[3]);
const arbAssessment = fc
  .record({
    outstandingPrincipal: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50_000_000 })),
    daysPastDue: fc.oneof(fc.constantFrom(0, 30, 31, 90, 91), fc.nat(400)),
    missedInstalments: fc.oneof(fc.constantFrom(0, 2, 3), fc.nat(12)),
    due: fc.nat(20_000_000),
    onTimeShare: fc.nat(100),
    provision: fc.nat(5_000_000),
    kolektibilitas: kol,
    kelurahan: fc.constantFrom('Kedaton', 'Rajabasa', 'Way Halim'),
    asOf: fc.constantFrom('2024-06-30', '2024-07-31', '2024-05-31'),
  })
  .map(({ due, onTimeShare, ...rest }) =>
    assessment({
      ...rest,
      dueToDate: due,
      paidOnTimeToDate: Math.floor((due * onTimeShare) / 100),
    }),
  );
const arbRow = fc.oneof(
  { weight: 9, arbitrary: arbAssessment },
  { weight: 1, arbitrary: fc.constantFrom(null, 'x', {}) },
);

describe('properties', () => {
  it('merging the accumulators of any partition equals one pass exactly (groups in key order aside)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbRow, fc.nat(3)), { maxLength: 40 }), (rows) => {
        const opts = { groupBy: 'kelurahan' as const, kolektibilitas: 'ojk-bank-2019' as const };
        const parts = [0, 1, 2, 3].map(() => createPortfolioAccumulator(opts));
        rows.forEach(([row, part], index) => {
          parts[part]?.add(row, index);
        });
        const [first, ...others] = parts as [
          ReturnType<typeof createPortfolioAccumulator>,
          ...ReturnType<typeof createPortfolioAccumulator>[],
        ];
        for (const o of others) first.merge(o);
        // Groups come in order of first appearance, a merge appending the other's new groups: for a
        // partition that is not in row order, the order is the merge's (tests/shape/accumulator-
        // contract.test.ts proves that consecutive parts merged in order give one pass's order).
        const byKey = (r: ReturnType<typeof portfolioIndicators>) => ({
          ...r,
          groups: [...r.groups].sort((a, b) => String(a.key).localeCompare(String(b.key))),
        });
        expect(byKey(first.result())).toEqual(
          byKey(
            portfolioIndicators(
              rows.map(([row]) => row),
              opts,
            ),
          ),
        );
      }),
    );
  });
  it('RR + UPK PAR = 1 exactly, PAR90 <= PAR30, every ratio within 0..1, counts add up', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 40 }), (rows) => {
        const r = portfolioIndicators(rows);
        expect(r.counts.valid + r.counts.rejected).toBe(rows.length);
        if (r.upkPar.ratio !== null && r.upkRrBalance.ratio !== null) {
          expect(r.upkPar.numerator + r.upkRrBalance.numerator).toBe(r.upkPar.denominator);
        }
        expect(r.par90.numerator).toBeLessThanOrEqual(r.par30.numerator);
        for (const ind of [
          r.par30,
          r.par90,
          r.upkPar,
          r.upkLar,
          r.upkRrBalance,
          r.collectionRate,
        ]) {
          if (ind.ratio === null) expect(ind.denominator).toBe(0);
          else {
            expect(ind.ratio.value).toBeGreaterThanOrEqual(0);
            expect(ind.ratio.value).toBeLessThanOrEqual(1);
          }
        }
        const dist = r.kolektibilitas.reduce((s, d) => s + d.outstanding, 0);
        expect(dist).toBe(r.grossOutstanding.amount);
      }),
    );
  });
});

describe('every indicator has a value', () => {
  it('ratio indicators expose ratio.value as value (null when undefined); amounts their amount', () => {
    const r = portfolioIndicators([A, B, C, D]);
    expect(r.par30.value).toBe(0.7);
    expect(r.grossOutstanding.value).toBe(10_000_000);
    expect(portfolioIndicators([]).par30.value).toBeNull();
  });
});
