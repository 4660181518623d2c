import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  costIndicators,
  type LkmHealthBands,
  POB_2013_COMPOSITE,
  scoreLkmHealth,
  scorePobComposite,
} from '../../src/revolving-fund/books/index.js';

describe('costIndicators (POB 2013 CCr and ROI, SEEP ratios)', () => {
  const figures = {
    incomeYtd: 45_000_000,
    expensesYtd: 30_000_000,
    months: 6,
    capital: 250_000_000,
    loanLossReserve: 23_000,
    writtenOffYtd: 1_500_000,
    averageGrossPortfolioYtd: 200_000_000,
    financialExpenseYtd: 2_000_000,
    impairmentLossYtd: 3_000_000,
    operatingExpenseYtd: 25_000_000,
  };
  const r = costIndicators(figures, { par30Outstanding: 1_000_000 });
  it('CCr = 45,000,000 / 30,000,000 = 150%, satisfactory (>= 125%)', () => {
    expect(r.costCoverage.ratio?.fraction).toBe('3/2');
    expect(r.costCoverage.band?.code).toBe('satisfactory');
  });
  it('ROI = (15,000,000 x 12 / 6) / 250,000,000 = 12%, satisfactory (>= 10%)', () => {
    expect([r.roi.numerator, r.roi.denominator]).toEqual([180_000_000, 1_500_000_000]);
    expect(r.roi.ratio?.decimal).toBe('0.12');
    expect(r.roi.band?.code).toBe('satisfactory');
  });
  it('SEEP: write-off 0.75%, risk coverage 2.3%, OSS 150%', () => {
    expect(r.writeOffRatio.ratio?.decimal).toBe('0.0075');
    expect(r.riskCoverage.ratio?.decimal).toBe('0.023');
    // 45,000,000 / (2,000,000 + 3,000,000 + 25,000,000)
    expect(r.operationalSelfSufficiency.ratio?.decimal).toBe('1.5');
  });
  it.each([
    // [income, expenses, CCr band]
    [125, 100, 'satisfactory'],
    [124_999_999, 100_000_000, 'adequate'],
    [100, 100, 'adequate'],
    [99, 100, 'inadequate'],
  ])('CCr band edges: %i / %i is %s', (income, expenses, band) => {
    const c = costIndicators({ incomeYtd: income, expensesYtd: expenses, months: 12, capital: 1 });
    expect(c.costCoverage.band?.code).toBe(band);
  });
  it('ROI: a loss is inadequate (inferred band), 0 to 10% adequate', () => {
    const loss = costIndicators({ incomeYtd: 10, expensesYtd: 20, months: 3, capital: 1_000 });
    // (-10 x 12 / 3) / 1,000 = -4%
    expect(loss.roi.ratio?.decimal).toBe('-0.04');
    expect(loss.roi.band?.code).toBe('inadequate');
    const small = costIndicators({ incomeYtd: 21, expensesYtd: 20, months: 12, capital: 100 });
    expect(small.roi.ratio?.decimal).toBe('0.01');
    expect(small.roi.band?.code).toBe('adequate');
  });
  it('gives null with a reason for missing figures and zero denominators', () => {
    const c = costIndicators({ incomeYtd: 10, expensesYtd: 0, months: 1, capital: 0 });
    expect(c.costCoverage.reason?.code).toBe('zero_denominator');
    expect(c.roi.ratio).toBeNull();
    expect(c.riskCoverage.reason?.code).toBe('missing_input');
    expect(c.operationalSelfSufficiency.reason?.code).toBe('missing_input');
  });
  it('rejects bad figures with a ValidationError naming the field', () => {
    expect(() => costIndicators({ incomeYtd: -1, expensesYtd: 0, months: 13, capital: 1 })).toThrow(
      ValidationError,
    );
  });
});

describe('scorePobComposite (unconfirmed scoring, "tidak memadai" from 8)', () => {
  it('7 is memadai, 8 is tidak memadai', () => {
    const seven = scorePobComposite({
      lar: 'adequate',
      par: 'adequate',
      rr: 'satisfactory',
      ccr: 'satisfactory',
      roi: 'satisfactory',
    });
    expect([seven.total, seven.status?.code]).toEqual([7, 'memadai']);
    const eight = scorePobComposite({
      lar: 'adequate',
      par: 'adequate',
      rr: 'adequate',
      ccr: 'satisfactory',
      roi: 'satisfactory',
    });
    expect([eight.total, eight.status?.code]).toEqual([8, 'tidak_memadai']);
    expect(eight.confirmed).toBe(false);
    expect(POB_2013_COMPOSITE.unconfirmed.length).toBe(2);
  });
  it('has no total when an indicator has no band', () => {
    const s = scorePobComposite({ lar: 'adequate', par: null });
    expect(s.total).toBeNull();
    expect(s.missing).toEqual(['par', 'rr', 'ccr', 'roi']);
  });
});

describe('scoreLkmHealth (the health worksheet)', () => {
  // Bands made up for the test (no sourced table is shipped): two or three steps per ratio.
  const bands: LkmHealthBands = {
    source: 'test bands',
    arrears: {
      direction: 'lower-is-better',
      steps: [{ bound: '0.05', points: 40 }, { bound: '0.1', points: 30 }, { points: 0 }],
    },
    reserve: {
      direction: 'higher-is-better',
      steps: [{ bound: '0.99', points: 20 }, { points: 10 }],
    },
    profitability: {
      direction: 'higher-is-better',
      steps: [{ bound: '0.02', points: 10 }, { points: '2.5' }],
    },
    expense: {
      direction: 'lower-is-better',
      steps: [{ bound: '0.7', points: '7.5' }, { bound: '0.75', points: '6.25' }, { points: 0 }],
    },
    loanBook: {
      direction: 'higher-is-better',
      steps: [{ bound: '0.75', points: 10 }, { bound: '0.65', points: 5 }, { points: 0 }],
    },
    netWorth: {
      direction: 'higher-is-better',
      steps: [{ bound: '1', points: 10 }, { points: 5 }],
    },
  };
  const figures = {
    principalInArrears: 300_000, // / 2,300,000 = 13.0%: 0 points
    outstandingPrincipal: 2_300_000,
    loanLossReserve: 23_000, // / 11,500 = 200%: 20
    requiredReserve: 11_500,
    netProfit: 15_000_000, // / 500,000,000 = 3%: 10
    productiveAssets: 500_000_000,
    operatingExpense: 30_000_000, // / 45,000,000 = 66.7%: 7.5
    income: 45_000_000,
    loanBook: 400_000_000, // / 500,000,000 = 80%: 10
    economicAssets: 500_000_000,
    netWorth: 260_000_000, // / 250,000,000 = 104%: 10
    initialCapital: 250_000_000,
  };
  it('adds the points and rates the total (0 + 20 + 10 + 7.5 + 10 + 10 = 57.5: Kurang Sehat)', () => {
    const s = scoreLkmHealth(figures, { bands });
    expect(s.ratios.map((r) => r.points)).toEqual(['0', '20', '10', '7.5', '10', '10']);
    expect(s.total).toBe('57.5');
    expect(s.status?.code).toBe('kurang_sehat');
  });
  it.each([
    // arrears points pushed to change the total: 40 -> 97.5, 30 -> 87.5
    [100_000, '97.5', 'sehat'],
    [200_000, '87.5', 'cukup_sehat'], // exactly 87.5 is not above 87.5
  ])('arrears %i gives total %s (%s)', (arrears, total, status) => {
    const s = scoreLkmHealth({ ...figures, principalInArrears: arrears }, { bands });
    expect([s.total, s.status?.code]).toEqual([total, status]);
  });
  it('Tidak Sehat at 37.5 exactly and below', () => {
    const s = scoreLkmHealth(
      { ...figures, loanLossReserve: 0, netProfit: -1, loanBook: 0 },
      { bands },
    );
    // 0 + 10 + 2.5 + 7.5 + 0 + 10 = 30
    expect([s.total, s.status?.code]).toEqual(['30', 'tidak_sehat']);
  });
  // The field software's slip: the expense points rise from 5.75 to 6.25 as the ratio gets worse.
  const rising = {
    ...bands,
    expense: {
      direction: 'lower-is-better',
      steps: [{ bound: '0.7', points: '5.75' }, { bound: '0.75', points: '6.25' }, { points: 0 }],
    },
  } as const;
  it('refuses the field software slips: rising expense points, a repeated loan-book edge', () => {
    expect(() => scoreLkmHealth(figures, { bands: rising })).toThrow(
      expect.objectContaining({ code: 'invalid_health_bands' }),
    );
    const repeated = {
      ...bands,
      loanBook: {
        direction: 'higher-is-better',
        steps: [{ bound: '0.65', points: 10 }, { bound: '0.65', points: 5 }, { points: 0 }],
      },
    } as const;
    expect(() => scoreLkmHealth(figures, { bands: repeated })).toThrow(ConfigurationError);
  });
  it('tells a band-table problem in both languages, the Indonesian one without English words', () => {
    const error = thrown(() => scoreLkmHealth(figures, { bands: rising }));
    expect(error).toBeInstanceOf(ConfigurationError);
    const messages = error.messages;
    expect(messages.en).toContain('points must not rise as the ratio gets worse (6.25 after 5.75)');
    expect(messages.id).toContain('poin tidak boleh naik saat rasio memburuk (6.25 sesudah 5.75)');
    expect(messages.id).not.toMatch(/\bmust\b|\bpoints\b|\bafter\b/);
  });
  it('refuses points above the weight', () => {
    const over = {
      ...bands,
      netWorth: { direction: 'higher-is-better', steps: [{ points: 11 }] },
    } as const;
    expect(() => scoreLkmHealth(figures, { bands: over })).toThrow(ConfigurationError);
  });
  it('has no total when a denominator is 0', () => {
    const s = scoreLkmHealth({ ...figures, requiredReserve: 0 }, { bands });
    expect([s.total, s.status, s.undefinedRatios]).toEqual([null, null, ['reserve']]);
  });
});
