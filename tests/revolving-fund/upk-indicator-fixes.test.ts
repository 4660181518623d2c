import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { ConfigurationError } from '../../src/core/index.js';
import { assessLoan } from '../../src/revolving-fund/arrears/index.js';
import {
  classifyKolektibilitas,
  computeProvision,
  OJK_BPR_2018,
  OJK_BPR_2024,
  UPK_PERKOTAAN_2013,
} from '../../src/revolving-fund/kolektibilitas/index.js';
import {
  createPortfolioAccumulator,
  portfolioIndicators,
} from '../../src/revolving-fund/portfolio/index.js';
import { buildSchedule } from '../../src/revolving-fund/schedule/index.js';
import type { LoanAssessment } from '../../src/revolving-fund/types.js';

const row = (over: Partial<LoanAssessment> & Record<string, unknown>): LoanAssessment => ({
  asOf: '2024-06-30',
  status: 'active',
  principal: 1_000_000,
  outstandingPrincipal: 1_000_000,
  overduePrincipal: 0,
  overdueInterest: 0,
  daysPastDue: 0,
  missedInstalments: 0,
  monthsInArrears: 0,
  dueToDate: 0,
  paidOnTimeToDate: 0,
  paidToDate: 0,
  kolektibilitas: classifyKolektibilitas('ojk-bank-2019', {
    daysPastDue: 0,
    missedInstalments: 0,
    monthsInArrears: 0,
  }),
  provision: 0,
  ...over,
});

describe('upk-perkotaan-2013: POB level names, no made-up provision rates', () => {
  it('names Kol 1-3 as the POB is cited and ships no rate', () => {
    expect(UPK_PERKOTAAN_2013.levels.map((l) => [l.code, l.label.id, l.provisionRate])).toEqual([
      ['lancar', 'Lancar', null],
      ['dalam_perhatian_khusus', 'Dalam Perhatian Khusus', null],
      ['kurang_lancar', 'Kurang Lancar (belum dikonfirmasi: tunggakan > 3 angsuran)', null],
    ]);
    expect(UPK_PERKOTAAN_2013.unconfirmed.join(' ')).toMatch(/Kol 3/);
  });
  it('refuses to compute a provision from an unsourced level, in English and Indonesian', () => {
    // Rp 1,000,000 one instalment short: 0.1 gave 500,000 (50%); now no number at all.
    const k = classifyKolektibilitas('upk-perkotaan-2013', {
      daysPastDue: 5,
      missedInstalments: 1,
      monthsInArrears: 0,
    });
    expect(k.code).toBe('dalam_perhatian_khusus');
    let error: unknown;
    try {
      computeProvision(1_000_000, k);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const e = error as ConfigurationError;
    expect(e.code).toBe('provision_rate_unsourced');
    expect(e.messages.en).toMatch(/no provision rate from any source/);
    expect(e.messages.id).toMatch(/tidak memiliki tarif penyisihan/);
  });
});

describe('ojk-bpr-2018: days and rates from POJK 33/POJK.03/2018', () => {
  it.each([
    [30, 'lancar', '0.005'],
    [31, 'dalam_perhatian_khusus', '0.03'],
    [90, 'dalam_perhatian_khusus', '0.03'],
    [91, 'kurang_lancar', '0.1'],
    [180, 'kurang_lancar', '0.1'],
    [181, 'diragukan', '0.5'],
    [360, 'diragukan', '0.5'],
    [361, 'macet', '1'],
  ])('%i days is %s (%s)', (days, code, rate) => {
    const k = classifyKolektibilitas(OJK_BPR_2018, {
      daysPastDue: days,
      missedInstalments: 1,
      monthsInArrears: 0,
    });
    expect([k.code, k.provisionRate]).toEqual([code, rate]);
  });
  it('keeps ojk-bpr-2024 as a deprecated alias with the same levels', () => {
    expect(OJK_BPR_2024.levels).toEqual(OJK_BPR_2018.levels);
    expect(OJK_BPR_2018.source).toMatch(/33\/POJK\.03\/2018/);
  });
});

describe('provisions after collateral (POJK 33/2018, POJK 1/2024)', () => {
  const dpk = classifyKolektibilitas('ojk-bpr-2018', {
    daysPastDue: 45,
    missedInstalments: 2,
    monthsInArrears: 1,
  });
  const lancar = classifyKolektibilitas('ojk-bpr-2018', {
    daysPastDue: 0,
    missedInstalments: 0,
    monthsInArrears: 0,
  });
  it('is on gross outstanding without a collateral value', () => {
    expect(computeProvision(10_000_000, dpk)).toBe(300_000); // 3%
  });
  it('deducts the collateral from level 2 on', () => {
    // (10,000,000 - 5,500,000) x 3% = 135,000
    expect(computeProvision(10_000_000, dpk, { collateralValue: 5_500_000 })).toBe(135_000);
    // collateral above the outstanding: nothing to provision
    expect(computeProvision(10_000_000, dpk, { collateralValue: 11_500_000 })).toBe(0);
    // lancar: general PPAP on the gross outstanding, 0.5% of 10,000,000
    expect(computeProvision(10_000_000, lancar, { collateralValue: 11_500_000 })).toBe(50_000);
  });
  it('assessLoan takes a collateral value per loan', () => {
    const schedule = buildSchedule({
      principal: 1_200_000,
      disbursedOn: '2024-01-15',
      tenor: 12,
      frequency: 'monthly',
      interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
    });
    // nothing paid; 15 Feb -> 20 Apr = 65 days: DPK 3%; (1,200,000 - 700,000) x 3% = 15,000
    const a = assessLoan(schedule, [], {
      asOf: '2024-04-20',
      kolektibilitas: 'ojk-bpr-2018',
      collateralValue: 700_000,
    });
    expect(a.daysPastDue).toBe(65);
    expect(a.provision).toBe(15_000);
    expect(
      assessLoan(schedule, [], { asOf: '2024-04-20', kolektibilitas: 'ojk-bpr-2018' }).provision,
    ).toBe(36_000);
  });
});

describe('"3 bulan/kali" for weekly and two-monthly loans', () => {
  const weekly = buildSchedule({
    principal: 2_000_000,
    disbursedOn: '2024-01-01',
    tenor: 20,
    frequency: 'weekly',
    interest: { method: 'flat', rate: { percent: '0', per: 'month' } },
  }); // due every Monday from 8 January 2024
  const twoMonthly = buildSchedule({
    principal: 600_000,
    disbursedOn: '2024-01-10',
    tenor: 3,
    frequency: 'every-2-months',
    interest: { method: 'flat', rate: { percent: '0', per: 'month' } },
  }); // due 10 March, 10 May, 10 July 2024
  const byInstalments = { upkThreshold: { unit: 'instalments', value: 3 } } as const;
  const byMonths = { upkThreshold: { unit: 'months', value: 3 } } as const;
  const atRisk = (a: LoanAssessment, o: typeof byInstalments | typeof byMonths) =>
    portfolioIndicators([a], o).loans.arrears3 === 1;

  it('weekly: 3 missed weeks (15 days) is at risk by instalments, not yet by months', () => {
    const a = assessLoan(weekly, [], { asOf: '2024-01-23' });
    expect([a.missedInstalments, a.daysPastDue]).toEqual([3, 15]);
    expect(atRisk(a, byInstalments)).toBe(true);
    expect(atRisk(a, byMonths)).toBe(false);
  });
  it('weekly: by months it takes 90 days (13 missed weeks)', () => {
    const before = assessLoan(weekly, [], { asOf: '2024-04-06' }); // 8 Jan -> 6 Apr = 89 days
    const on = assessLoan(weekly, [], { asOf: '2024-04-07' }); // 90 days
    expect([before.daysPastDue, on.daysPastDue, on.missedInstalments]).toEqual([89, 90, 13]);
    expect(atRisk(before, byMonths)).toBe(false);
    expect(atRisk(on, byMonths)).toBe(true);
  });
  it('two-monthly: 2 missed instalments 90 days late are at risk by months, not by instalments', () => {
    // 10 March -> 8 June = 21 + 30 + 31 + 8 = 90 days; 10 March and 10 May missed
    const a = assessLoan(twoMonthly, [], { asOf: '2024-06-08' });
    expect([a.missedInstalments, a.daysPastDue]).toEqual([2, 90]);
    expect(atRisk(a, byMonths)).toBe(true);
    expect(atRisk(a, byInstalments)).toBe(false);
    // the third missed instalment (10 July) makes it at risk by instalments too
    expect(atRisk(assessLoan(twoMonthly, [], { asOf: '2024-07-11' }), byInstalments)).toBe(true);
  });
  it('says the threshold in the definitions', () => {
    const r = portfolioIndicators([], byMonths);
    expect(r.upkPar.definition.en).toMatch(/3 months or more \(monthsInArrears >= 3\)/);
    expect(portfolioIndicators([]).upkPar.definition.en).toMatch(/missedInstalments >= 3/);
  });
});

describe('PAR > X for any X', () => {
  const rows = [
    row({ outstandingPrincipal: 1_000_000, daysPastDue: 0 }),
    row({ outstandingPrincipal: 2_000_000, daysPastDue: 7, missedInstalments: 1 }),
    row({ outstandingPrincipal: 3_000_000, daysPastDue: 8, missedInstalments: 1 }),
    row({ outstandingPrincipal: 4_000_000, daysPastDue: 61, missedInstalments: 2 }),
  ];
  it('reports every X asked, strictly greater than X days', () => {
    const r = portfolioIndicators(rows, { parDays: [60, 0, 7] });
    // > 0: 9,000,000 / 10,000,000; > 7: 7,000,000; > 60: 4,000,000
    expect(r.par.map((p) => [p.days, p.ratio?.decimal, p.loans])).toEqual([
      [0, '0.9', 3],
      [7, '0.7', 2],
      [60, '0.4', 1],
    ]);
    expect(r.par[1]?.label.en).toBe('Portfolio at risk > 7 days (SEEP)');
  });
  it('refuses a bad X', () => {
    // A ConfigurationError since session 5 (one error class per channel; CHANGELOG "Changed").
    expect(() => portfolioIndicators(rows, { parDays: [-1] })).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', code: 'invalid_portfolio_options' }),
    );
  });
});

describe('LAR counts KSM with larGroupKey', () => {
  // KSM Mawar: three member rows, one with 3 missed instalments; KSM Melati: two current rows.
  const rows = [
    row({ ksm: 'Mawar', missedInstalments: 3, daysPastDue: 70, overduePrincipal: 300_000 }),
    row({ ksm: 'Mawar' }),
    row({ ksm: 'Mawar' }),
    row({ ksm: 'Melati' }),
    row({ ksm: 'Melati' }),
  ];
  it('by row: 1 of 5; by KSM: 1 of 2', () => {
    expect(portfolioIndicators(rows).upkLar.ratio?.fraction).toBe('1/5');
    const r = portfolioIndicators(rows, { larGroupKey: 'ksm' });
    expect(r.upkLar.ratio?.fraction).toBe('1/2');
    expect(r.loans.ksm).toEqual({ withBalance: 2, atRisk: 1 });
  });
  it('merges KSM across accumulators and snapshots as a union', () => {
    const a = createPortfolioAccumulator({ larGroupKey: 'ksm' }).addAll(rows.slice(0, 2));
    const b = createPortfolioAccumulator({ larGroupKey: 'ksm' }).addAll(rows.slice(2));
    const merged = a.merge(JSON.parse(JSON.stringify(b.snapshot())));
    expect(merged.result().upkLar.ratio?.fraction).toBe('1/2');
  });
  it('refuses to merge accumulators with different settings', () => {
    const a = createPortfolioAccumulator({ larGroupKey: 'ksm' });
    const b = createPortfolioAccumulator();
    expect(() => a.merge(b)).toThrow(expect.objectContaining({ code: 'invalid_accumulator' }));
  });
});

describe('RR: the POB reading and the balance reading', () => {
  // 10,000,000 outstanding; one loan of 4,000,000 with 3 missed instalments, 1,200,000 of it overdue
  const rows = [
    row({ outstandingPrincipal: 6_000_000 }),
    row({
      outstandingPrincipal: 4_000_000,
      missedInstalments: 3,
      daysPastDue: 65,
      overduePrincipal: 1_200_000,
    }),
  ];
  it('POB (default): (10,000,000 - 1,200,000) / 10,000,000 = 88%, adequate', () => {
    const r = portfolioIndicators(rows);
    expect(r.upkRr.ratio?.decimal).toBe('0.88');
    expect(r.upkRr.band?.code).toBe('adequate');
    expect(r.upkRr.label.en).toBe('Repayment rate (UPK, POB reading)');
  });
  it('balance: (10,000,000 - 4,000,000) / 10,000,000 = 60% = 1 - PAR, inadequate', () => {
    const r = portfolioIndicators(rows);
    expect(r.upkRrBalance.ratio?.decimal).toBe('0.6');
    expect(r.upkRrBalance.band?.code).toBe('inadequate');
  });
  it('says why when a loan at risk has no overduePrincipal', () => {
    const { overduePrincipal: _drop, ...bare } = rows[1] as LoanAssessment;
    const r = portfolioIndicators([rows[0], bare]);
    expect(r.upkRr.ratio).toBeNull();
    expect(r.upkRr.reason?.code).toBe('overdue_principal_missing');
    expect(r.upkRrBalance.ratio?.decimal).toBe('0.6');
  });
});

describe('rating bands as data', () => {
  const rows = [
    row({ outstandingPrincipal: 9_200_000 }),
    row({ outstandingPrincipal: 800_000, missedInstalments: 3, overduePrincipal: 100_000 }),
  ];
  it('uses the POB bands by default and yours when given', () => {
    expect(portfolioIndicators(rows).upkPar.band?.code).toBe('satisfactory'); // 8% <= 10%
    const strict = {
      id: 'strict',
      source: 'a program rule',
      direction: 'lower-is-better',
      steps: [
        { code: 'satisfactory', bound: '0.05', rule: '<= 5%' },
        { code: 'adequate', bound: '0.1', rule: '<= 10%' },
        { code: 'inadequate', rule: '> 10%' },
      ],
    } as const;
    expect(portfolioIndicators(rows, { bands: { risk: strict } }).upkPar.band).toEqual({
      code: 'adequate',
      label: { id: 'Memadai', en: 'Adequate' },
      rule: '<= 10%',
    });
  });
  /** A lower-is-better risk table whose second band has the bound given. */
  const risk = (secondBound: string) => ({
    id: 'x',
    source: 'y',
    direction: 'lower-is-better' as const,
    steps: [
      { code: 'satisfactory' as const, bound: '0.2', rule: '' },
      { code: 'adequate' as const, bound: secondBound, rule: '' },
      { code: 'inadequate' as const, rule: '' },
    ],
  });
  it('refuses bands that do not move in their direction', () => {
    expect(() => portfolioIndicators(rows, { bands: { risk: risk('0.1') } })).toThrow(
      ConfigurationError,
    );
  });
  it('tells a band-table problem in both languages, the Indonesian one without English words', () => {
    const error = thrown(() => portfolioIndicators(rows, { bands: { risk: risk('ten') } }));
    expect(error).toBeInstanceOf(ConfigurationError);
    const messages = error.messages;
    expect(messages.en).toContain('steps[1].bound must be a decimal string');
    expect(messages.id).toContain('`steps[1].bound` harus berupa teks desimal');
    expect(messages.id).not.toMatch(/\bmust\b|\bstring\b/);
  });
});

describe('SEEP PAR counts restructured loans at risk (IRIS FP2635 / FP6373)', () => {
  // Four loans of 1, 2, 3 and 4 million: A current; B restructured and current (0 days); C 45 days
  // past due; D restructured and 100 days past due. Gross 10,000,000.
  const rows = [
    row({ outstandingPrincipal: 1_000_000 }),
    row({ outstandingPrincipal: 2_000_000, restructured: true }),
    row({ outstandingPrincipal: 3_000_000, daysPastDue: 45, missedInstalments: 2 }),
    row({
      outstandingPrincipal: 4_000_000,
      daysPastDue: 100,
      missedInstalments: 4,
      restructured: true,
    }),
  ];
  const r = portfolioIndicators(rows, { parDays: [0, 30, 90, 120] });

  it('puts a restructured loan in every PAR > X whatever its days past due', () => {
    // PAR30 = B + C + D = 9,000,000 / 10,000,000; PAR90 = B + D = 6,000,000 / 10,000,000
    expect(r.par30.ratio?.decimal).toBe('0.9');
    expect(r.par90.ratio?.decimal).toBe('0.6');
    expect(r.loans.par30).toBe(3);
    expect(r.loans.par90).toBe(2);
    // PAR > 0 = B + C + D; PAR > 120 = B + D (D is 100 days, in only as restructured)
    expect(r.par.map((p) => [p.days, p.ratio?.decimal, p.loans])).toEqual([
      [0, '0.9', 3],
      [30, '0.9', 3],
      [90, '0.6', 2],
      [120, '0.6', 2],
    ]);
    expect(r.par30.definition.en).toMatch(/or restructured/);
    expect(r.par30.source).toMatch(/FP2635/);
  });

  it('reports the restructured loans separately, and leaves UPK PAR to the POB threshold', () => {
    expect(r.loans.restructured).toBe(2);
    expect(r.restructured.ratio?.decimal).toBe('0.6'); // (2,000,000 + 4,000,000) / 10,000,000
    expect(r.upkPar.ratio?.decimal).toBe('0.4'); // D only: 4 missed instalments
  });

  it('a row without the flag is not restructured; a flag that is not a boolean is rejected', () => {
    const plain = portfolioIndicators([row({ daysPastDue: 10, missedInstalments: 1 })]);
    expect(plain.par30.ratio?.decimal).toBe('0');
    expect(plain.restructured.ratio?.decimal).toBe('0');
    const bad = portfolioIndicators([row({ restructured: 'yes' })]);
    expect(bad.rejected[0]?.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'restructured'],
    ]);
  });

  it('merges accumulators and reads snapshots made before the restructured sums', () => {
    const a = createPortfolioAccumulator();
    const b = createPortfolioAccumulator();
    a.addAll(rows.slice(0, 2));
    b.addAll(rows.slice(2));
    expect(a.merge(JSON.parse(JSON.stringify(b.snapshot()))).result().par30.ratio?.decimal).toBe(
      '0.9',
    );
    const old = JSON.parse(
      JSON.stringify(createPortfolioAccumulator().addAll(rows.slice(0, 1)).snapshot()),
    );
    old.overall.n = old.overall.n.slice(0, -2); // a snapshot without the two new sums
    expect(createPortfolioAccumulator().merge(old).result().grossOutstanding.amount).toBe(
      1_000_000,
    );
  });
});
