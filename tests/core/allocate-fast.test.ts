// allocateRupiah's plain-number path (whole or short decimal ratios) against an oracle written here
// from the rule (largest remainder over exact fractions, ties to the earlier part), in BigInt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRupiah } from '../../src/core/index.js';

/** A decimal text (no exponent) as numerator over 10^scale. */
function fraction(text: string): [bigint, bigint] {
  const [int = '', frac = ''] = text.replace('+', '').split('.');
  return [BigInt((int || '0') + frac), 10n ** BigInt(frac.length)];
}

function oracle(total: number, ratios: readonly string[]): number[] {
  const fr = ratios.map(fraction);
  const den = fr.reduce((m, [, d]) => (d > m ? d : m), 1n);
  const w = fr.map(([n, d]) => n * (den / d));
  const sum = w.reduce((a, b) => a + b, 0n);
  const whole = BigInt(Math.abs(total));
  const parts = w.map((x) => (whole * x) / sum);
  const rem = w.map((x, i) => ({ i, r: (whole * x) % sum }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  rem.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0n; k++, left--) {
    const at = rem[k]?.i as number;
    parts[at] = (parts[at] as bigint) + 1n;
  }
  return parts.map((p) => (total < 0 ? -Number(p) : Number(p)) + 0);
}

const total = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.constantFrom(0, 1, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 9_000_000_000_000),
  fc.maxSafeInteger(),
);
const whole = fc.oneof(fc.nat(10), fc.nat(1_000_000), fc.constantFrom(0, 2 ** 40, 2 ** 50));
const short = fc
  .tuple(fc.nat(99_999), fc.nat(3))
  .map(([n, scale]) => (scale === 0 ? String(n) : (n / 10 ** scale).toFixed(scale)));

describe('allocateRupiah: the fast path agrees with the exact rule', () => {
  it('whole-number ratios (numbers), any safe total', () => {
    fc.assert(
      fc.property(total, fc.array(whole, { minLength: 1, maxLength: 30 }), (t, ratios) => {
        fc.pre(ratios.some((r) => r > 0));
        expect(allocateRupiah(t, ratios)).toEqual(oracle(t, ratios.map(String)));
      }),
      { numRuns: 500 },
    );
  });

  it('short decimals as strings and as numbers read the same as the exact path', () => {
    fc.assert(
      fc.property(total, fc.array(short, { minLength: 1, maxLength: 30 }), (t, ratios) => {
        fc.pre(ratios.some((r) => Number(r) > 0));
        const expected = oracle(t, ratios);
        expect(allocateRupiah(t, ratios)).toEqual(expected);
        expect(allocateRupiah(t, ratios.map(Number))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('hand-worked splits (ties to the earlier part)', () => {
    expect(allocateRupiah(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateRupiah(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocateRupiah(10, ['0.5', 0.25, '0.25'])).toEqual([5, 3, 2]);
    // 2^53 - 1 split in two equal halves: 4503599627370496 + 4503599627370495
    expect(allocateRupiah(Number.MAX_SAFE_INTEGER, [1, 1])).toEqual([
      4503599627370496, 4503599627370495,
    ]);
  });

  it('sums exactly to the total at the documented cap of 1,000,000 ratios', () => {
    const ratios = Array.from({ length: 1_000_000 }, (_, i) => (i % 97) + 1);
    const parts = allocateRupiah(9_000_000_000_000, ratios);
    expect(parts.length).toBe(1_000_000);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(9_000_000_000_000);
  });
});
