import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  periodicRate,
  periodicRateFraction,
  RateSchema,
  reduceFraction,
  ValidationError,
} from '../../src/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

describe('periodicRateFraction (simple conversion, exact)', () => {
  it.each([
    // rate, target, numerator, denominator (worked by hand)
    [{ percent: '1.5', per: 'month' }, 'month', 3n, 200n], // 1.5% = 15/1000 = 3/200
    [{ percent: 18, per: 'year' }, 'month', 3n, 200n], // 18% / 12 = 1.5%
    [{ percent: 10, per: 'year' }, 'week', 1n, 520n], // 10% / 52 = 1/520
    [{ percent: 1.2, per: 'month' }, 'year', 18n, 125n], // 14.4% = 144/1000
    [{ percent: 1.5, per: 'month' }, { months: 3 }, 9n, 200n], // quarterly 4.5%
    [{ percent: 1.5, per: 'month' }, 'week', 9n, 2600n], // 1.5% x 12 / 52 = 18/5200
    [{ percent: 0, per: 'month' }, 'year', 0n, 1n],
    [{ percent: 1, per: 'week' }, { weeks: 2 }, 1n, 50n],
  ] as const)('%j per %j = %d/%d', (rate, target, num, den) => {
    expect(periodicRateFraction(rate, target)).toEqual({ numerator: num, denominator: den });
  });
});

describe('periodicRate', () => {
  it('converts simply by default', () => {
    expect(periodicRate({ percent: 18, per: 'year' }, 'month').toString()).toBe('0.015');
    expect(periodicRate({ percent: '1.5', per: 'month' }, { months: 6 }).toString()).toBe('0.09');
  });

  it('compounds only when asked', () => {
    // (1.01)^12 - 1 = 0.12682503013196972...
    expect(
      periodicRate({ percent: 1, per: 'month' }, 'year', { method: 'compound' }).toFixed(12),
    ).toBe('0.126825030132');
    // (1.12)^(1/12) - 1 = 0.009488792934583...
    expect(
      periodicRate({ percent: 12, per: 'year' }, 'month', { method: 'compound' }).toFixed(12),
    ).toBe('0.009488792935');
  });

  it('rejects bad rates with the field named', () => {
    expect(() => periodicRate({ percent: -1, per: 'month' }, 'month')).toThrow(ValidationError);
    expect(() => periodicRate({ percent: '1,5', per: 'month' }, 'month')).toThrow(/percent/);
    expect(() => periodicRate({ percent: 1, per: 'day' as never }, 'month')).toThrow(/per/);
    expect(() => periodicRate({ percent: 1, per: 'month' }, { months: 0 })).toThrow(
      ValidationError,
    );
    expect(RateSchema.safeParse({ percent: 1001, per: 'year' }).success).toBe(false);
  });

  it('reduces fractions', () => {
    expect(reduceFraction(15n, 1000n)).toEqual({ numerator: 3n, denominator: 200n });
    expect(reduceFraction(3n, -6n)).toEqual({ numerator: -1n, denominator: 2n });
    expect(() => reduceFraction(1n, 0n)).toThrow(ValidationError);
  });

  it('never throws anything but a SejahteraError', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (rate, to, options) => {
        expectReturnsOrSejahteraError(() =>
          periodicRate(rate as never, to as never, options as never),
        );
        expectReturnsOrSejahteraError(() => periodicRateFraction(rate as never, to as never));
        expectReturnsOrSejahteraError(() => reduceFraction(rate as never, to as never));
      }),
      { numRuns: 400 },
    );
  });
});
