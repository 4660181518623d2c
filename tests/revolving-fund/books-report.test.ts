import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  createUpkMonthlyReportAccumulator,
  type UpkLoanRecord,
  upkMonthlyReport,
} from '../../src/revolving-fund/books/index.js';
import { assessLoan } from '../../src/revolving-fund/arrears/index.js';
import {
  assessLoanWithEvents,
  loanEventIndicators,
} from '../../src/revolving-fund/events/index.js';
import { buildSchedule } from '../../src/revolving-fund/schedule/index.js';

// A UPK of three loans, reported for June 2024 (assessed on 2024-06-30), worked by hand in
// docs/revolving-fund.md ("Worked example: a monthly report").
const flat = (principal: number, disbursedOn: string, tenor: number) =>
  buildSchedule({
    principal,
    disbursedOn,
    tenor,
    frequency: 'monthly',
    interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
  });
const year = flat(1_200_000, '2024-01-15', 12); // 100,000 pokok + 18,000 jasa a month, due the 15th
const pay = (dates: string[]) => dates.map((paidOn) => ({ paidOn, amount: 118_000 }));
const L1: UpkLoanRecord = {
  schedule: year,
  payments: pay(['2024-02-15', '2024-03-15', '2024-04-15', '2024-05-15', '2024-06-15']),
  disbursedOn: '2024-01-15',
  ksm: 'A',
};
const L2: UpkLoanRecord = {
  schedule: year,
  payments: pay(['2024-02-15', '2024-03-15']),
  disbursedOn: '2024-01-15',
  ksm: 'B',
};
const L3: UpkLoanRecord = {
  schedule: flat(600_000, '2024-06-10', 6),
  payments: [],
  disbursedOn: '2024-06-10',
  ksm: 'C',
};
const financials = {
  incomeYtd: 45_000_000,
  expensesYtd: 30_000_000,
  months: 6,
  capital: 250_000_000,
  loanLossReserve: 23_000,
};

describe('upkMonthlyReport on a worked UPK (June 2024)', () => {
  const r = upkMonthlyReport([L1, L2, L3], [financials], { month: '2024-06' });

  it('gives the period, disbursements, repayments and outstanding', () => {
    expect(r.period).toEqual({ from: '2024-06-01', to: '2024-06-30' });
    expect(r.counts).toEqual({ total: 3, valid: 3, rejected: 0 });
    // L3 disbursed on 10 June: 1 loan, 600,000
    expect(r.disbursements).toEqual({ loans: 1, principal: 600_000 });
    // only L1 paid in June: 118,000 = 100,000 pokok + 18,000 jasa
    expect(r.repayments).toEqual({ principal: 100_000, jasa: 18_000, total: 118_000, payments: 1 });
    // 700,000 + 1,000,000 + 600,000
    expect(r.outstanding).toEqual({ loans: 3, principal: 2_300_000 });
    // L2 missed April, May, June: 3 x 100,000
    expect(r.principalInArrears).toBe(300_000);
  });

  it('gives PAR, LAR by KSM and both RR readings with their bands', () => {
    expect(r.portfolio.upkPar.ratio?.fraction).toBe('10/23');
    expect(r.portfolio.upkPar.band?.code).toBe('inadequate');
    expect(r.portfolio.upkLar.ratio?.fraction).toBe('1/3');
    expect(r.portfolio.loans.ksm).toEqual({ withBalance: 3, atRisk: 1 });
    // POB reading: (2,300,000 - 300,000) / 2,300,000 = 20/23 = 86.96%: adequate
    expect(r.portfolio.upkRr.ratio?.fraction).toBe('20/23');
    expect(r.portfolio.upkRr.band?.code).toBe('adequate');
    // balance reading: 1,300,000 / 2,300,000 = 13/23 = 56.5%: inadequate
    expect(r.portfolio.upkRrBalance.ratio?.fraction).toBe('13/23');
    expect(r.portfolio.upkRrBalance.band?.code).toBe('inadequate');
    // L2: 15 April -> 30 June = 76 days > 30, not > 90
    expect(r.portfolio.par.map((p) => [p.days, p.ratio?.fraction])).toEqual([
      [30, '10/23'],
      [90, '0/1'],
    ]);
  });

  it('gives the kolektibilitas table with provisions (UPK software default)', () => {
    // L2 is 76 days = 2 whole months in arrears: still lancar; 0.5% of 2,300,000 = 11,500
    expect(r.portfolio.requiredProvisions.amount).toBe(11_500);
    expect(r.portfolio.kolektibilitas.map((k) => [k.code, k.count, k.provision])).toEqual([
      ['lancar', 3, 11_500],
      ['diragukan', 0, 0],
      ['macet', 0, 0],
    ]);
  });

  it('gives CCr, ROI, risk coverage and the POB composite', () => {
    expect(r.costs?.costCoverage.ratio?.decimal).toBe('1.5');
    expect(r.costs?.roi.ratio?.decimal).toBe('0.12');
    // 23,000 / 1,000,000 (PAR30 outstanding)
    expect(r.costs?.riskCoverage.ratio?.decimal).toBe('0.023');
    // LAR 3 + PAR 3 + RR 2 + CCr 1 + ROI 1 = 10 >= 8
    expect(r.health.pob.total).toBe(10);
    expect(r.health.pob.status?.code).toBe('tidak_memadai');
    expect(r.health.lkm).toBeNull();
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('refuses the writtenOff / restructured flags: they are events now', () => {
    const w = upkMonthlyReport(
      [L1, { ...L2, writtenOff: true }, { ...L3, restructured: true }],
      undefined,
      {
        month: '2024-06',
      },
    );
    expect(w.counts).toEqual({ total: 3, valid: 1, rejected: 2 });
    expect(w.rejected.map((x) => x.issues.map((i) => [i.code, i.path.join('.')]))).toEqual([
      [['write_off_is_an_event', 'writtenOff']],
      [['restructure_is_an_event', 'restructured']],
    ]);
    expect(w.costs).toBeNull();
    // false says nothing and is let through
    const ok = upkMonthlyReport([{ ...L1, writtenOff: false, restructured: false }], undefined, {
      month: '2024-06',
    });
    expect(ok.counts).toEqual({ total: 1, valid: 1, rejected: 0 });
  });

  it('rejects a record it cannot assess, with its index, and keeps the rest', () => {
    const w = upkMonthlyReport([L1, { schedule: null, payments: [] }, L3], undefined, {
      month: '2024-06',
    });
    expect(w.counts).toEqual({ total: 3, valid: 2, rejected: 1 });
    expect(w.rejected[0]?.index).toBe(1);
  });

  it('refuses a kolektibilitas table without sourced rates and a bad month', () => {
    expect(() =>
      upkMonthlyReport([], undefined, { month: '2024-06', kolektibilitas: 'upk-perkotaan-2013' }),
    ).toThrow(expect.objectContaining({ code: 'provision_rate_unsourced' }));
    expect(() => upkMonthlyReport([], undefined, { month: '2024-13' })).toThrow(ConfigurationError);
  });
});

// Write-offs, recoveries and a restructuring as events, June 2024 (assessed on 2024-06-30), worked
// by hand in docs/revolving-fund.md ("The monthly report with loan events"). Every loan is `year`:
// 1,200,000 over 12 months from 15 January, 100,000 pokok + 18,000 jasa due on the 15th.
describe('upkMonthlyReport with loan events (June 2024)', () => {
  // W: instalments 1 and 2 paid; 50,000 on 5 June goes to instalment 3 (due 15 April): jasa 18,000,
  // pokok 32,000; written off on 20 June with 1,200,000 - 200,000 - 32,000 = 968,000 outstanding;
  // recovered 40,000 on 25 June (and 25,000 on 2 July, after the month).
  const W: UpkLoanRecord = {
    schedule: year,
    payments: [...pay(['2024-02-15', '2024-03-15']), { paidOn: '2024-06-05', amount: 50_000 }],
    disbursedOn: '2024-01-15',
    ksm: 'B',
    events: [
      { type: 'write-off', on: '2024-06-20' },
      { type: 'recovery', on: '2024-06-25', amount: 40_000 },
      { type: 'recovery', on: '2024-07-02', amount: 25_000 },
    ],
  };
  // W0: instalment 1 paid; written off on 31 May with 1,100,000 outstanding; recovered 10,000 that
  // day (before the month) and 30,000 on 10 June.
  const W0: UpkLoanRecord = {
    schedule: year,
    payments: pay(['2024-02-15']),
    disbursedOn: '2024-01-15',
    ksm: 'C',
    events: [
      { type: 'write-off', on: '2024-05-31' },
      { type: 'recovery', on: '2024-05-31', amount: 10_000 },
      { type: 'recovery', on: '2024-06-10', amount: 30_000 },
    ],
  };
  // R: instalments 1 and 2 paid; restructured on 10 June with 1,000,000 outstanding into 10 months of
  // 100,000 + 15,000 from 10 July; 20,000 paid on 28 June goes to the coming instalment: jasa 15,000,
  // pokok 5,000. Outstanding 995,000, nothing overdue, but restructured.
  const R: UpkLoanRecord = {
    schedule: year,
    payments: [...pay(['2024-02-15', '2024-03-15']), { paidOn: '2024-06-28', amount: 20_000 }],
    disbursedOn: '2024-01-15',
    ksm: 'D',
    events: [
      { type: 'restructure', on: '2024-06-10', schedule: flat(1_000_000, '2024-06-10', 10) },
    ],
  };
  const r = upkMonthlyReport([L1, W, W0, R], undefined, { month: '2024-06' });

  it('moves written-off balances out of the portfolio and tracks recoveries', () => {
    expect(r.counts).toEqual({ total: 4, valid: 4, rejected: 0 });
    // in the portfolio: L1 700,000 and R 995,000
    expect(r.outstanding).toEqual({ loans: 2, principal: 1_695_000 });
    expect(r.writeOffs).toEqual({
      loans: 1,
      principal: 968_000,
      recoveredInMonth: 70_000, // 40,000 (W) + 30,000 (W0)
      netInMonth: 898_000,
      toDate: { loans: 2, principal: 2_068_000, recovered: 80_000 },
    });
  });

  it("counts each phase's payments of the month, before the write-off and after the restructuring", () => {
    // L1 100,000 + 18,000; W 32,000 + 18,000; R 5,000 + 15,000
    expect(r.repayments).toEqual({ principal: 137_000, jasa: 51_000, total: 188_000, payments: 3 });
    expect(r.principalInArrears).toBe(0);
    expect(r.disbursements).toEqual({ loans: 0, principal: 0 });
  });

  it('flags the restructured loan at risk in SEEP PAR, not in UPK PAR', () => {
    expect(r.restructured).toEqual({
      loans: 1,
      outstanding: 995_000,
      inMonth: { loans: 1, principal: 1_000_000 },
    });
    // 995,000 / 1,695,000 = 199/339
    expect(r.portfolio.par30.ratio?.fraction).toBe('199/339');
    expect(r.portfolio.par90.ratio?.fraction).toBe('199/339');
    expect(r.portfolio.restructured.ratio?.fraction).toBe('199/339');
    expect(r.portfolio.upkPar.ratio?.fraction).toBe('0/1');
    expect(r.portfolio.upkLar.ratio?.fraction).toBe('0/1'); // KSM A and D, neither 3 behind
  });

  it('agrees with assessLoanWithEvents and loanEventIndicators on the same loans', () => {
    const results = [L1, W, W0, R].map((l) =>
      assessLoanWithEvents(
        { schedule: l.schedule, payments: l.payments, events: l.events ?? [] },
        { asOf: '2024-06-30' },
      ),
    );
    const k = loanEventIndicators(results, { from: '2024-06-01', to: '2024-06-30' });
    expect(k.grossOutstanding).toBe(r.outstanding.principal);
    expect(k.parWithRestructured.numerator).toBe(r.portfolio.par30.numerator);
    expect(k.writtenOff).toEqual({ count: r.writeOffs.loans, principal: r.writeOffs.principal });
    expect(k.recoveries).toBe(r.writeOffs.recoveredInMonth);
    expect(k.netWrittenOff).toBe(r.writeOffs.netInMonth);
    expect(k.restructured.outstanding).toBe(r.restructured.outstanding);
  });

  it('rejects contradictory events with their path, and keeps the other loans', () => {
    const bad = { ...W, payments: [...(W.payments as []), { paidOn: '2024-06-22', amount: 1 }] };
    const x = upkMonthlyReport([L1, bad], undefined, { month: '2024-06' });
    expect(x.counts).toEqual({ total: 2, valid: 1, rejected: 1 });
    expect(x.rejected[0]?.issues[0]?.code).toBe('payment_after_write_off');
    expect(x.rejected[0]?.issues[0]?.path).toEqual(['payments', 3, 'paidOn']);
  });
});

describe('merging UPKs', () => {
  const arbLoan = fc.record({
    principal: fc.integer({ min: 1, max: 5_000_000 }),
    start: fc.integer({ min: 0, max: 200 }),
    tenor: fc.integer({ min: 1, max: 12 }),
    paid: fc.integer({ min: 0, max: 12 }),
    ksm: fc.option(fc.constantFrom('A', 'B', 'C', 'D', 7), { nil: undefined }),
    writtenOff: fc.boolean(),
    restructured: fc.boolean(),
    broken: fc.boolean(),
  });
  const toRecord = (
    l: typeof arbLoan extends fc.Arbitrary<infer T> ? T : never,
  ): UpkLoanRecord | unknown => {
    if (l.broken && l.principal % 7 === 0) return { schedule: 'nope', payments: [] };
    const d = new Date(Date.UTC(2024, 0, 1 + l.start)).toISOString().slice(0, 10);
    const schedule = buildSchedule({
      principal: l.principal,
      disbursedOn: d,
      tenor: l.tenor,
      frequency: 'monthly',
      interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
    });
    const payments = schedule.instalments
      .slice(0, l.paid)
      .map((i) => ({ paidOn: i.dueOn, amount: i.total }));
    const ksm = l.ksm === undefined ? {} : { ksm: l.ksm };
    if (l.writtenOff && l.principal % 5 === 0) {
      // written off on 5 July (in the month) or 20 June (before it), recovered on 20 July
      const on = l.start % 2 === 0 ? '2024-07-05' : '2024-06-20';
      return {
        schedule,
        payments: payments.filter((p) => p.paidOn <= on),
        disbursedOn: d,
        ...ksm,
        events: [
          { type: 'write-off', on },
          { type: 'recovery', on: '2024-07-20', amount: 1 + (l.principal % 1000) },
        ],
      };
    }
    if (l.restructured && d < '2024-06-30') {
      const on = '2024-06-30';
      const before = payments.filter((p) => p.paidOn <= on);
      const left = assessLoan(schedule, before, { asOf: on }).outstandingPrincipal;
      if (left > 0) {
        const next = buildSchedule({
          principal: left,
          disbursedOn: on,
          tenor: 6,
          frequency: 'monthly',
          interest: { method: 'flat', rate: { percent: '1', per: 'month' } },
        });
        return {
          schedule,
          payments: [...before, { paidOn: '2024-07-30', amount: next.instalments[0]?.total ?? 1 }],
          disbursedOn: d,
          ...ksm,
          events: [{ type: 'restructure', on, schedule: next }],
        };
      }
    }
    return { schedule, payments, disbursedOn: d, ...ksm };
  };
  const arbFin = fc.record({
    incomeYtd: fc.integer({ min: 0, max: 1e9 }),
    expensesYtd: fc.integer({ min: 0, max: 1e9 }),
    months: fc.constant(7),
    capital: fc.integer({ min: 0, max: 1e10 }),
    loanLossReserve: fc.option(fc.integer({ min: 0, max: 1e8 }), { nil: undefined }),
  });

  it('the report of merged UPKs equals the report over their union (accumulators and snapshots)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(arbLoan, { maxLength: 8 }), arbFin), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        (upks, viaSnapshot) => {
          const options = { month: '2024-07' };
          const union = createUpkMonthlyReportAccumulator(options);
          const parts = upks.map(() => createUpkMonthlyReportAccumulator(options));
          let index = 0;
          upks.forEach(([loans, fin], u) => {
            for (const l of loans) {
              const rec = toRecord(l);
              union.add(rec, index);
              parts[u]?.add(rec, index);
              index++;
            }
            const f = Object.fromEntries(
              Object.entries(fin).filter(([, v]) => v !== undefined),
            ) as typeof fin;
            union.addFinancials(f);
            parts[u]?.addFinancials(f);
          });
          const merged = createUpkMonthlyReportAccumulator(options);
          for (const p of parts)
            merged.merge(viaSnapshot ? JSON.parse(JSON.stringify(p.snapshot())) : p);
          expect(merged.result()).toEqual(union.result());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses to merge different months', () => {
    const a = createUpkMonthlyReportAccumulator({ month: '2024-06' });
    const b = createUpkMonthlyReportAccumulator({ month: '2024-07' });
    expect(() => a.merge(b)).toThrow(expect.objectContaining({ code: 'period_mismatch' }));
    expect(() => a.merge({ kind: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_report_accumulator' }),
    );
  });

  it('keeps KSM of different UPKs apart with upkId', () => {
    const a = createUpkMonthlyReportAccumulator({ month: '2024-06', upkId: 'Kedaton' }).add(L2);
    const b = createUpkMonthlyReportAccumulator({ month: '2024-06', upkId: 'Rajabasa' }).add(L2);
    // both are "KSM B" at home: two KSM in the kabupaten view, both at risk
    expect(a.merge(b).result().portfolio.upkLar.ratio?.fraction).toBe('1/1');
    expect(a.result().portfolio.loans.ksm).toEqual({ withBalance: 2, atRisk: 2 });
  });
});
