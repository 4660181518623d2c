import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/index.js';
import {
  allocateDayaBudget,
  DAYA_BUDGET_SPLITS,
  dayaBudgetShares,
  EFFECTIVENESS_PRESETS,
  effectivenessRatio,
  scoreTridaya,
  tridayaIndex,
} from '../../src/tridaya/index.js';

const cat = (
  r: number | string,
  t: number | string,
  preset?: 'kepmendagri-690-900-327' | 'mahmudi-2010',
) => effectivenessRatio(r, t, preset === undefined ? {} : { preset }).category;

describe("effectivenessRatio 'kepmendagri-690-900-327'", () => {
  it('bands: > 100 sangat, [90, 100] efektif, [80, 90) cukup, [60, 80) kurang, < 60 tidak', () => {
    expect(cat(101, 100)).toBe('sangat_efektif');
    expect(cat(100, 100)).toBe('efektif');
    expect(cat(90, 100)).toBe('efektif');
    expect(cat('89.999', 100)).toBe('cukup_efektif');
    expect(cat(80, 100)).toBe('cukup_efektif');
    expect(cat('79.999', 100)).toBe('kurang_efektif');
    expect(cat(60, 100)).toBe('kurang_efektif');
    expect(cat('59.999', 100)).toBe('tidak_efektif');
    expect(cat(0, 100)).toBe('tidak_efektif');
  });

  it('compares exactly: 0.09 of 0.1 is exactly 90% (a float gives 89.99999999999999)', () => {
    expect((0.09 / 0.1) * 100).toBe(89.99999999999999);
    expect(cat('0.15', '0.2', 'mahmudi-2010')).toBe('kurang_efektif'); // float: 74.99999999999999
    const r = effectivenessRatio(0.09, 0.1);
    expect(r).toEqual({
      percentage: 90,
      category: 'efektif',
      label: { id: 'Efektif', en: 'Effective' },
      preset: 'kepmendagri-690-900-327',
    });
    // 2/3 of a target: 66.666...% kurang efektif
    expect(effectivenessRatio(2, 3).percentage).toBeCloseTo(200 / 3, 12);
    // 1,000,000,001 of 1,000,000,000 is just above 100%
    expect(cat(1_000_000_001, 1_000_000_000)).toBe('sangat_efektif');
  });

  it("scores seed 000's house repairs (200 of 3,710 unfit houses = 5.39%) as tidak efektif", () => {
    const r = effectivenessRatio(200, 3710);
    expect(r.percentage).toBeCloseTo(20000 / 3710, 12);
    expect(r.category).toBe('tidak_efektif');
  });

  it('treats a zero target, a negative value and a non-number as errors', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).issues[0]?.code;
      }
      return 'none';
    };
    expect(code(() => effectivenessRatio(5, 0))).toBe('zero_target');
    expect(code(() => effectivenessRatio(5, '0.000'))).toBe('zero_target');
    // Codes changed in 0.2 (CHANGELOG, "one code per fault"): negative_value and not_a_number were
    // Tridaya's own names for the core's too_small and invalid_decimal (a decimal input, as roundRupiah).
    expect(code(() => effectivenessRatio(-1, 10))).toBe('too_small');
    expect(code(() => effectivenessRatio('-0.5', 10))).toBe('too_small');
    expect(code(() => effectivenessRatio(Number.NaN, 10))).toBe('invalid_decimal');
    expect(code(() => effectivenessRatio(5, '12x'))).toBe('invalid_decimal');
    expect(code(() => effectivenessRatio(5, null as never))).toBe('invalid_decimal');
  });
});

describe("effectivenessRatio 'mahmudi-2010'", () => {
  it('bands: < 75 tidak, [75, 90) kurang, [90, 100) cukup, exactly 100 efektif, > 100 sangat', () => {
    const m = (r: number | string) => cat(r, 100, 'mahmudi-2010');
    expect(m('74.99')).toBe('tidak_efektif');
    expect(m(75)).toBe('kurang_efektif');
    expect(m(89)).toBe('kurang_efektif');
    expect(m('89.5')).toBe('kurang_efektif');
    expect(m(90)).toBe('cukup_efektif');
    expect(m('99.99')).toBe('cukup_efektif');
    expect(m(100)).toBe('efektif');
    expect(m('100.01')).toBe('sangat_efektif');
  });

  it('presets are data with a source', () => {
    for (const p of Object.values(EFFECTIVENESS_PRESETS))
      expect(p.source.length).toBeGreaterThan(20);
  });
});

describe('effectivenessRatio with a custom preset', () => {
  it('accepts a valid partition and rejects gaps or overlaps', () => {
    const preset = {
      id: 'two',
      source: 'test',
      bands: [
        { code: 'ok', label: { id: 'Baik', en: 'Good' }, lower: { value: 50, inclusive: true } },
        { code: 'bad', label: { id: 'Buruk', en: 'Bad' }, upper: { value: 50, inclusive: false } },
      ],
    };
    expect(effectivenessRatio(50, 100, { preset }).category).toBe('ok');
    expect(effectivenessRatio(49, 100, { preset }).category).toBe('bad');
    const overlap = {
      ...preset,
      bands: [preset.bands[0], { ...preset.bands[1], upper: { value: 50, inclusive: true } }],
    };
    expect(() => effectivenessRatio(1, 2, { preset: overlap as typeof preset })).toThrow(
      ConfigurationError,
    );
    // @ts-expect-error an unknown preset name
    expect(() => effectivenessRatio(1, 2, { preset: 'bappenas' })).toThrow(ConfigurationError);
  });
});

describe('scoreTridaya: the Tridaya index', () => {
  it('is the equal-weight arithmetic mean by default: (70 + 60 + 59) / 3 = 63, cukup efektif', () => {
    const r = scoreTridaya({ sosial: 70, ekonomi: 60, lingkungan: 59 });
    expect(r.index).toBe(63);
    expect(r.category).toBe('cukup_efektif');
    expect(r.weights).toEqual({ sosial: 1, ekonomi: 1, lingkungan: 1 });
  });

  it('weights dayas: (2 x 70 + 60 + 59) / 4 = 64.75', () => {
    expect(
      scoreTridaya(
        { sosial: 70, ekonomi: 60, lingkungan: 59 },
        { weights: { sosial: 2, ekonomi: 1, lingkungan: 1 } },
      ).index,
    ).toBe(64.75);
  });

  it('geometric mean: sqrt(80 x 20) = 40; (90^2 x 10)^(1/3) = 43.27; a zero daya gives 0', () => {
    expect(scoreTridaya({ sosial: 80, ekonomi: 20 }, { method: 'geometric' }).index).toBeCloseTo(
      40,
      12,
    );
    expect(
      scoreTridaya({ sosial: 90, ekonomi: 90, lingkungan: 10 }, { method: 'geometric' }).index,
    ).toBeCloseTo(Math.cbrt(81000), 12);
    expect(scoreTridaya({ sosial: 0, ekonomi: 90 }, { method: 'geometric' }).index).toBe(0);
    expect(scoreTridaya({ sosial: 55, ekonomi: 55 }, { method: 'geometric' }).index).toBe(55);
  });

  it('accepts daya score objects (scoreResponses aggregate) and has the alias tridayaIndex', () => {
    expect(tridayaIndex({ sosial: { percentage: 50 }, ekonomi: { percentage: 70 } }).index).toBe(
      60,
    );
  });

  it('rejects scores outside 0..100 and weights for dayas without a score', () => {
    expect(() => scoreTridaya({ sosial: 101 })).toThrow(ValidationError);
    expect(() => scoreTridaya({})).toThrow(ValidationError);
    expect(() => scoreTridaya({ sosial: 50 }, { weights: { ekonomi: 1 } })).toThrow(
      ConfigurationError,
    );
  });
});

describe('budget shares across dayas (seed 004: 70% physical, 30% economic)', () => {
  it('reports exact shares as reduced fractions and percentages', () => {
    const r = dayaBudgetShares({ lingkungan: 700_000_000, ekonomi: 300_000_000 });
    expect(r.total).toBe(1_000_000_000);
    expect(r.shares.lingkungan).toEqual({
      amount: 700_000_000,
      fraction: { numerator: 7, denominator: 10 },
      percentage: 70,
    });
    expect(r.shares.ekonomi).toEqual({
      amount: 300_000_000,
      fraction: { numerator: 3, denominator: 10 },
      percentage: 30,
    });
    // 1 of 3 rupiah: 1/3 exactly
    expect(dayaBudgetShares({ sosial: 1, ekonomi: 2 }).shares.sosial?.fraction).toEqual({
      numerator: 1,
      denominator: 3,
    });
  });

  it('allocates a budget by the seed split without losing a rupiah (largest remainder)', () => {
    expect(DAYA_BUDGET_SPLITS['pnpm-serang-70-30'].shares).toEqual({ lingkungan: 70, ekonomi: 30 });
    // 1,000,000,001 x 0.3 = 300,000,000.3 -> 300,000,000; x 0.7 = 700,000,000.7 -> floor + the 1 left over
    expect(allocateDayaBudget(1_000_000_001, 'pnpm-serang-70-30')).toEqual({
      ekonomi: 300_000_000,
      lingkungan: 700_000_001,
    });
    const r = allocateDayaBudget(100, { sosial: 1, ekonomi: 1, lingkungan: 1 });
    expect(r).toEqual({ sosial: 34, ekonomi: 33, lingkungan: 33 });
  });

  it('rejects non-integer rupiah, unknown dayas and an all-zero budget', () => {
    expect(() => dayaBudgetShares({ sosial: 1.5 })).toThrow(ValidationError);
    expect(() => dayaBudgetShares({ sosial: 0 })).toThrow(ValidationError);
    expect(() => allocateDayaBudget(100, { budaya: 1 } as never)).toThrow(ValidationError);
    expect(() => allocateDayaBudget(100.5, { sosial: 1 })).toThrow(ValidationError);
  });
});
