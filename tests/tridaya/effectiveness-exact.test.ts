import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDec } from '../../src/_internal/decimal.js';
import {
  EFFECTIVENESS_PRESETS,
  type EffectivenessPreset,
  effectivenessRatio,
  type RatioBand,
  type RatioBound,
} from '../../src/tridaya/index.js';

// effectivenessRatio computes on BigInt fractions since 0.2. The oracle below is the 0.1 computation
// on the library's decimal.js clone (50 significant digits, half-up), kept here to prove the two
// give the same percentage (to the bit, -0 included) and the same band on arbitrary input.

function oracle(realisation: unknown, target: unknown, preset: EffectivenessPreset) {
  const r = toDec(realisation) as Decimal;
  const t = toDec(target) as Decimal;
  const scaled = r.times(100);
  const cmp = (bound: RatioBound) => scaled.cmp(t.times(bound.value));
  const band =
    preset.bands.find((b) => {
      if (b.lower !== undefined) {
        const c = cmp(b.lower);
        if (c < 0 || (c === 0 && !b.lower.inclusive)) return false;
      }
      if (b.upper !== undefined) {
        const c = cmp(b.upper);
        if (c > 0 || (c === 0 && !b.upper.inclusive)) return false;
      }
      return true;
    }) ?? (preset.bands[preset.bands.length - 1] as RatioBand);
  return { percentage: scaled.div(t).toNumber(), category: band.code };
}

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Non-negative decimal strings up to 80 characters, with and without fraction and exponent. */
const decimalText = fc
  .tuple(
    digits(1, 40),
    fc.option(digits(0, 30)),
    fc.option(fc.integer({ min: -400, max: 400 })),
    fc.constantFrom('', '+', ' '),
  )
  .map(([whole, part, exp, sign]) => {
    const text = `${sign}${whole}${part === null ? '' : `.${part}`}${exp === null ? '' : `e${exp}`}`;
    return text.slice(0, 80);
  })
  .filter((s) => toDec(s) !== undefined && !toDec(s)?.isNegative());

const amount: fc.Arbitrary<number | string | Decimal> = fc.oneof(
  fc.double({ min: 0, max: 1e300, noNaN: true }),
  fc.integer({ min: 0, max: 10_000 }),
  fc.constantFrom(0, -0, '-0', '-0.000', 90, 100, 0.09, 0.1, 0.15, 0.2, 1e-320, 5e-324, '1e-9999'),
  decimalText,
  decimalText.map((s) => new Decimal(s.trim())),
);

/** A valid preset with bounds from arbitrary percentages (highest first, contiguous). */
const preset: fc.Arbitrary<EffectivenessPreset> = fc
  .uniqueArray(
    fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 200 })),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .chain((cuts) => {
    const sorted = [...new Set(cuts.map((c) => c + 0))].sort((a, b) => b - a);
    return fc.array(fc.boolean(), { minLength: sorted.length, maxLength: sorted.length }).map(
      (incl): EffectivenessPreset => ({
        id: 'p',
        source: '',
        bands: [...sorted, undefined].map((cut, i) => {
          const above = sorted[i - 1];
          const upper =
            above === undefined ? {} : { upper: { value: above, inclusive: !incl[i - 1] } };
          const lower =
            cut === undefined ? {} : { lower: { value: cut, inclusive: incl[i] as boolean } };
          return { code: `b${i}`, label: { id: `b${i}`, en: `b${i}` }, ...upper, ...lower };
        }),
      }),
    );
  });

const presets = fc.oneof(
  fc.constantFrom(...(Object.values(EFFECTIVENESS_PRESETS) as EffectivenessPreset[])),
  preset,
);

describe('effectivenessRatio agrees with its decimal.js computation', () => {
  it('same percentage (to the bit) and band on arbitrary amounts and presets', () => {
    fc.assert(
      fc.property(amount, amount, presets, (r, t, p) => {
        fc.pre(!(toDec(t) as Decimal).isZero());
        const got = effectivenessRatio(r, t, { preset: p });
        const want = oracle(r, t, p);
        expect(Object.is(got.percentage, want.percentage)).toBe(true);
        expect(got.category).toBe(want.category);
      }),
      { numRuns: 3000 },
    );
  });

  it('same on amounts of 45 to 80 significant digits, where decimal.js rounds a product', () => {
    const long = digits(45, 79).filter((s) => /[1-9]/.test(s));
    fc.assert(
      fc.property(long, long, presets, (r, t, p) => {
        const got = effectivenessRatio(r, t, { preset: p });
        const want = oracle(r, t, p);
        expect(Object.is(got.percentage, want.percentage)).toBe(true);
        expect(got.category).toBe(want.category);
      }),
      { numRuns: 1000 },
    );
  });

  it('same just off a bound, beyond the 50th digit, where the rounding of a product decides', () => {
    // r = t x cut / 100 + delta / 10^(m + 2): exact arithmetic would put r on the other side of
    // the bound; decimal.js rounds 100 x r to 50 digits, onto the bound.
    const text = (n: bigint, scale: number) => {
      const neg = n < 0n;
      const s = (neg ? -n : n).toString().padStart(scale + 1, '0');
      return `${neg ? '-' : ''}${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
    };
    const cuts = [60, 75, 80, 90, 100];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...cuts),
        fc.integer({ min: 40, max: 70 }),
        fc.integer({ min: -9, max: 9 }),
        fc.constantFrom(...(Object.values(EFFECTIVENESS_PRESETS) as EffectivenessPreset[])),
        (t, cut, m, delta, p) => {
          const n = BigInt(t) * BigInt(cut) * 10n ** BigInt(m) + BigInt(delta);
          const r = text(n, m + 2);
          const got = effectivenessRatio(r, t, { preset: p });
          const want = oracle(r, t, p);
          expect(Object.is(got.percentage, want.percentage)).toBe(true);
          expect(got.category).toBe(want.category);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a ratio on a bound lands where the preset says, however it is written', () => {
    // 90 of 100 is exactly 90%, efektif ([90, 100]); 899.99...9 of 1000 with 60 nines is cukup.
    expect(effectivenessRatio('9e1', '1e2').category).toBe('efektif');
    expect(effectivenessRatio(new Decimal('0.9'), 1).category).toBe('efektif');
    expect(effectivenessRatio(`0.${'9'.repeat(47)}`, 1).category).toBe('efektif');
    expect(effectivenessRatio('-0', 5).percentage).toBe(-0);
  });
});
