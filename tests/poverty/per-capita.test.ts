import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/index.js';
import { computePerCapitaExpenditure } from '../../src/poverty/index.js';

const codeOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => i.code);
    throw error;
  }
  return [];
};

describe('computePerCapitaExpenditure', () => {
  it('divides household expenditure by household size', () => {
    // 2,331,640 / 4 = 582,910
    expect(computePerCapitaExpenditure({ householdExpenditure: 2_331_640, size: 4 })).toBe(582_910);
    expect(computePerCapitaExpenditure({ householdExpenditure: 0, size: 3 })).toBe(0);
  });

  it('rounds to whole rupiah exactly when asked', () => {
    // 1,000,000 / 3 = 333,333.33...; 2,000,000 / 3 = 666,666.66...; 5 / 2 = 2.5
    expect(
      computePerCapitaExpenditure(
        { householdExpenditure: 1_000_000, size: 3 },
        { rounding: 'half-up' },
      ),
    ).toBe(333_333);
    expect(
      computePerCapitaExpenditure({ householdExpenditure: 1_000_000, size: 3 }, { rounding: 'up' }),
    ).toBe(333_334);
    expect(
      computePerCapitaExpenditure(
        { householdExpenditure: 2_000_000, size: 3 },
        { rounding: 'half-up' },
      ),
    ).toBe(666_667);
    expect(
      computePerCapitaExpenditure(
        { householdExpenditure: 2_000_000, size: 3 },
        { rounding: 'down' },
      ),
    ).toBe(666_666);
    expect(
      computePerCapitaExpenditure({ householdExpenditure: 5, size: 2 }, { rounding: 'half-even' }),
    ).toBe(2);
    expect(
      computePerCapitaExpenditure({ householdExpenditure: 7, size: 2 }, { rounding: 'half-even' }),
    ).toBe(4);
  });

  it('gives a clear error for a household of size 0 or less', () => {
    expect(
      codeOf(() => computePerCapitaExpenditure({ householdExpenditure: 100, size: 0 })),
    ).toEqual(['household_size_not_positive']);
    expect(
      codeOf(() => computePerCapitaExpenditure({ householdExpenditure: 100, size: -2 })),
    ).toEqual(['household_size_not_positive']);
    try {
      computePerCapitaExpenditure({ householdExpenditure: 100, size: 0 });
    } catch (error) {
      expect((error as ValidationError).messages.en).toMatch(/at least 1 person/);
      expect((error as ValidationError).messages.id).toMatch(/paling sedikit 1 orang/);
    }
  });

  it('gives a clear error for a negative amount and a fractional size', () => {
    expect(
      codeOf(() => computePerCapitaExpenditure({ householdExpenditure: -1, size: 2 })),
    ).toEqual(['negative_expenditure']);
    expect(
      codeOf(() => computePerCapitaExpenditure({ householdExpenditure: 100, size: 2.5 })),
    ).toEqual(['household_size_not_integer']);
    expect(
      codeOf(() => computePerCapitaExpenditure({ householdExpenditure: -1, size: 0 })),
    ).toEqual(['negative_expenditure', 'household_size_not_positive']);
  });

  it('rejects rounding of a fractional amount and an unknown rounding mode', () => {
    expect(
      codeOf(() =>
        computePerCapitaExpenditure({ householdExpenditure: 10.5, size: 2 }, { rounding: 'up' }),
      ),
    ).toEqual(['not_integer']);
    expect(() =>
      computePerCapitaExpenditure(
        { householdExpenditure: 10, size: 2 },
        { rounding: 'nearest' as never },
      ),
    ).toThrow(ConfigurationError);
  });
});
