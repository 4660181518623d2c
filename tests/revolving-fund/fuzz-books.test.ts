import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  costIndicators,
  createUpkMonthlyReportAccumulator,
  parseUpkFinancials,
  scoreLkmHealth,
  scorePobComposite,
  upkMonthlyReport,
} from '../../src/revolving-fund/books/index.js';
import {
  classifyKolektibilitas,
  computeProvision,
} from '../../src/revolving-fund/kolektibilitas/index.js';
import {
  createPortfolioAccumulator,
  portfolioIndicators,
} from '../../src/revolving-fund/portfolio/index.js';
import { buildSchedule } from '../../src/revolving-fund/schedule/index.js';
import { corrupt, expectReturnsOrSejahteraError, nasty } from '../helpers/fuzz.js';

const RUNS = { numRuns: 200 };

const financials = {
  incomeYtd: 45_000_000,
  expensesYtd: 30_000_000,
  months: 6,
  capital: 250_000_000,
  loanLossReserve: 23_000,
  productiveAssets: 1,
  economicAssets: 1,
  netWorth: 1,
  initialCapital: 1,
};
const schedule = buildSchedule({
  principal: 1_200_000,
  disbursedOn: '2024-01-15',
  tenor: 12,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
});
const record = {
  schedule,
  payments: [{ paidOn: '2024-02-15', amount: 118_000 }],
  disbursedOn: '2024-01-15',
  ksm: 'A',
  collateralValue: 100_000,
  events: [
    {
      type: 'restructure',
      on: '2024-03-01',
      schedule: buildSchedule({
        principal: 1_100_000, // outstanding on 1 March: instalment 1 paid
        disbursedOn: '2024-03-01',
        tenor: 10,
        frequency: 'monthly',
        interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
      }),
    },
    { type: 'write-off', on: '2024-05-31' },
    { type: 'recovery', on: '2024-06-10', amount: 5_000 },
  ],
};
const ratio = (b: string, p: number) => ({
  direction: 'lower-is-better',
  steps: [{ bound: b, points: p }, { points: 0 }],
});
const bands = {
  source: 's',
  arrears: ratio('0.1', 40),
  reserve: ratio('0.1', 20),
  profitability: ratio('0.1', 10),
  expense: ratio('0.1', 10),
  loanBook: ratio('0.1', 10),
  netWorth: ratio('0.1', 10),
};
const health = {
  principalInArrears: 1,
  outstandingPrincipal: 10,
  loanLossReserve: 1,
  requiredReserve: 1,
  netProfit: -5,
  productiveAssets: 10,
  operatingExpense: 1,
  income: 2,
  loanBook: 1,
  economicAssets: 3,
  netWorth: 1,
  initialCapital: 1,
};
const reportOptions = { month: '2024-06', upkId: 'X', parDays: [0, 30], rrReading: 'balance' };

describe('fuzz: UPK books', () => {
  it('the base record is valid: write-off after a restructuring, recovered in the month', () => {
    const r = upkMonthlyReport([record], undefined, { month: '2024-06' });
    expect(r.counts.valid).toBe(1);
    expect(r.writeOffs.toDate).toEqual({ loans: 1, principal: 1_100_000, recovered: 5_000 });
  });

  it('parseUpkFinancials and costIndicators return or throw SejahteraErrors', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, corrupt(financials)), nasty, (f, o) => {
        expectReturnsOrSejahteraError(() => parseUpkFinancials(f as never, o as never));
        expectReturnsOrSejahteraError(() => costIndicators(f as never, o as never));
        expectReturnsOrSejahteraError(() =>
          costIndicators(financials, { par30Outstanding: o as never }),
        );
      }),
      RUNS,
    );
  });
  it('scorePobComposite and scoreLkmHealth return or throw SejahteraErrors', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, corrupt(health)), fc.oneof(nasty, corrupt(bands)), (h, b) => {
        expectReturnsOrSejahteraError(() => scorePobComposite(h as never, b as never));
        expectReturnsOrSejahteraError(() => scoreLkmHealth(h as never, { bands: b as never }));
        expectReturnsOrSejahteraError(() => scoreLkmHealth(health, b as never));
      }),
      RUNS,
    );
  });
  it('the monthly report keeps bad records as rejections; bad options throw SejahteraErrors', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(nasty, corrupt(record)), { maxLength: 4 }),
        fc.oneof(nasty, corrupt(reportOptions)),
        fc.oneof(nasty, corrupt(financials)),
        (records, options, f) => {
          expectReturnsOrSejahteraError(() =>
            upkMonthlyReport(records, [f as never], options as never),
          );
          expectReturnsOrSejahteraError(() => {
            const acc = createUpkMonthlyReportAccumulator(reportOptions as never).addAll(records);
            acc.result();
            acc.merge(options as never);
          });
        },
      ),
      RUNS,
    );
  });
  it('computeProvision and the new portfolio options return or throw SejahteraErrors', () => {
    const k = classifyKolektibilitas('ojk-bpr-2018', {
      daysPastDue: 40,
      missedInstalments: 1,
      monthsInArrears: 1,
    });
    fc.assert(
      fc.property(nasty, fc.oneof(nasty, corrupt(k)), nasty, (n, kk, o) => {
        expectReturnsOrSejahteraError(() => computeProvision(n as never, kk as never, o as never));
        expectReturnsOrSejahteraError(() => computeProvision(1_000, k, o as never));
        expectReturnsOrSejahteraError(() =>
          portfolioIndicators([], {
            upkThreshold: o as never,
            parDays: n as never,
            larGroupKey: kk as never,
            bands: { risk: o as never },
          }),
        );
        expectReturnsOrSejahteraError(() => createPortfolioAccumulator().merge(o as never));
      }),
      RUNS,
    );
  });
});
