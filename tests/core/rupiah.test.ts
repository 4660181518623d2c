import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  allocateRupiah,
  RupiahSchema,
  roundRupiah,
  SignedRupiahSchema,
  ValidationError,
} from '../../src/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

describe('roundRupiah', () => {
  it('rounds the exact half-rupiah from TOOLCHAIN.md up, whatever float arithmetic makes of it', () => {
    // 52,365,000 x 0.086 / 12 = 4,503,390 / 12 = 375,282.5 exactly; (52,365,000 / 12) x 0.086 in floats is 375282.49999999994.
    expect((52_365_000 / 12) * 0.086).toBeLessThan(375_282.5);
    expect(roundRupiah('375282.5')).toBe(375_283);
    expect(roundRupiah(new Decimal(52_365_000).mul('0.086').div(12))).toBe(375_283);
  });

  it('takes a number by the decimal value JavaScript prints for it', () => {
    // String(375282.49999999994) === '375282.49999999994', which is below the half.
    expect(roundRupiah(375_282.49999999994)).toBe(375_282);
  });

  it.each([
    // value, unit, mode, expected (worked by hand)
    [1_234_567, 5000, 'up', 1_235_000],
    [1_234_567, 5000, 'down', 1_230_000],
    [1_232_500, 5000, 'half-up', 1_235_000], // exactly half of 5,000 above 1,230,000
    [1_232_499, 5000, 'half-up', 1_230_000],
    [1_232_500, 5000, 'half-even', 1_230_000], // 246 x 5000 is even, 247 x 5000 odd
    [1_237_500, 5000, 'half-even', 1_240_000], // 247.5 -> 248 (even)
    [2_500, 1000, 'half-even', 2_000],
    [3_500, 1000, 'half-even', 4_000],
    [2_500, 1000, 'half-up', 3_000],
    [1_230_000, 5000, 'up', 1_230_000], // already a multiple: unchanged in every mode
    [1_230_000, 5000, 'down', 1_230_000],
    [149, 100, 'half-up', 100],
    [150, 100, 'half-up', 200],
    [0, 500, 'up', 0],
  ] as const)('rounds %d to unit %d with %s as %d', (value, unit, mode, expected) => {
    expect(roundRupiah(value, { unit, mode })).toBe(expected);
  });

  it('defines up and down toward +/- infinity and half-up ties toward +infinity for negatives', () => {
    expect(roundRupiah(-1_234, { unit: 1000, mode: 'up' })).toBe(-1_000);
    expect(roundRupiah(-1_234, { unit: 1000, mode: 'down' })).toBe(-2_000);
    expect(roundRupiah(-2.5)).toBe(-2);
    expect(roundRupiah('-2.5', { mode: 'half-even' })).toBe(-2);
    expect(roundRupiah('-3.5', { mode: 'half-even' })).toBe(-4);
    expect(Object.is(roundRupiah('-0.4'), -0)).toBe(false);
  });

  it('rounds decimal strings with exponents and many digits exactly', () => {
    expect(roundRupiah('1e3')).toBe(1000);
    expect(roundRupiah('0.49999999999999999999999999')).toBe(0);
    expect(roundRupiah('0.50000000000000000000000000')).toBe(1);
    expect(roundRupiah('12345.6789', { unit: 100 })).toBe(12_300);
  });

  it('rejects what is not money with a ValidationError naming the field and rule', () => {
    expect(() => roundRupiah(Number.NaN)).toThrow(ValidationError);
    expect(() => roundRupiah('12,5')).toThrow(/value/);
    const error = (() => {
      try {
        roundRupiah(10, { unit: 0 });
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error?.issues[0]?.code).toBe('too_small');
    expect(error?.issues[0]?.path).toEqual(['unit']);
    expect(error?.messages.id).toMatch(/unit/);
    expect(() => roundRupiah(10, { unit: 2.5 })).toThrow(ValidationError);
    expect(() => roundRupiah(10, { mode: 'nearest' as never })).toThrow(ValidationError);
    expect(() => roundRupiah('1e30')).toThrow(/at most/);
  });

  it('gives a multiple of the unit within one unit of the input, in the direction of the mode', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom('half-up', 'half-even', 'up', 'down'),
        (scaled, decimals, unit, mode) => {
          // value = scaled / 10^decimals, written as an exact decimal string
          const value = new Decimal(scaled.toString()).div(new Decimal(10).pow(decimals));
          const out = roundRupiah(value.toFixed(), { unit, mode });
          expect(Number.isSafeInteger(out)).toBe(true);
          expect(out % unit === 0).toBe(true);
          const diff = new Decimal(out).minus(value);
          expect(diff.abs().lte(unit)).toBe(true);
          if (mode === 'up') expect(diff.gte(0)).toBe(true);
          if (mode === 'down') expect(diff.lte(0)).toBe(true);
          if (mode === 'half-up' || mode === 'half-even')
            expect(diff.abs().lte(unit / 2)).toBe(true);
        },
      ),
    );
  });

  it('never throws anything but a SejahteraError', () => {
    fc.assert(
      fc.property(hostile, hostile, (value, options) => {
        expectReturnsOrSejahteraError(() => roundRupiah(value as never, options as never));
      }),
      { numRuns: 500 },
    );
  });
});

describe('allocateRupiah', () => {
  it.each([
    // total, ratios, expected (by hand, largest remainder, ties to the earlier part)
    [100, [1, 1, 1], [34, 33, 33]],
    [1_000_000, [50, 30, 20], [500_000, 300_000, 200_000]],
    [10, ['0.5', 0.25, '1e-1'], [6, 3, 1]], // 5.88, 2.94, 1.18 -> 5,2,1 (+2 to .94 then .88)
    [5, [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0]],
    [2, [0, 1, 0], [0, 2, 0]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [0, [3, 4], [0, 0]],
    [1_000_001, [1, 2], [333_334, 666_667]], // 333,333.67 and 666,667.33
  ] as const)('splits %d by %j into %j', (total, ratios, expected) => {
    expect(allocateRupiah(total, ratios)).toEqual(expected);
  });

  it('reads number and string ratios the same way', () => {
    expect(allocateRupiah(100, [0.1, 0.1, 0.1])).toEqual(allocateRupiah(100, ['1', '1', '1']));
  });

  it('always sums to the total, never gives a negative part, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }),
        (total, ratios) => {
          fc.pre(ratios.some((r) => r > 0));
          const parts = allocateRupiah(total, ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(parts.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(total));
          for (const [i, p] of parts.entries()) {
            expect(p).toBeGreaterThanOrEqual(0);
            if (ratios[i] === 0) expect(p).toBe(0);
          }
          expect(allocateRupiah(total, ratios)).toEqual(parts);
        },
      ),
    );
  });

  it('gives each part its exact share rounded down or up, never further', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
        (total, ratios) => {
          const sum = ratios.reduce((a, b) => a + b, 0);
          const parts = allocateRupiah(total, ratios);
          parts.forEach((p, i) => {
            const exactNumerator = BigInt(total) * BigInt(ratios[i] as number);
            const floor = exactNumerator / BigInt(sum);
            expect(BigInt(p) === floor || BigInt(p) === floor + 1n).toBe(true);
          });
        },
      ),
    );
  });

  it('rejects empty, negative and zero-sum ratios', () => {
    expect(() => allocateRupiah(100, [])).toThrow(ValidationError);
    expect(() => allocateRupiah(100, [1, -1])).toThrow(ValidationError);
    expect(() => allocateRupiah(100, [0, 0])).toThrow(/zero/);
    expect(() => allocateRupiah(1.5, [1])).toThrow(ValidationError);
  });

  it('never throws anything but a SejahteraError', () => {
    fc.assert(
      fc.property(hostile, fc.oneof(hostile, fc.array(hostile)), (total, ratios) => {
        expectReturnsOrSejahteraError(() => allocateRupiah(total as never, ratios as never));
      }),
      { numRuns: 500 },
    );
  });
});

describe('rupiah schemas', () => {
  it('accept whole rupiah only', () => {
    expect(RupiahSchema.safeParse(0).success).toBe(true);
    expect(RupiahSchema.safeParse(-1).success).toBe(false);
    expect(RupiahSchema.safeParse(1.5).success).toBe(false);
    expect(RupiahSchema.safeParse(2 ** 53).success).toBe(false);
    expect(SignedRupiahSchema.safeParse(-1).success).toBe(true);
    expect(SignedRupiahSchema.safeParse(Number.NaN).success).toBe(false);
  });
});
