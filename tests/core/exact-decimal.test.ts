import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decToFraction, toDec } from '../../src/_internal/decimal.js';
import { exactFraction } from '../../src/_internal/exact-decimal.js';
import { roundRupiah } from '../../src/index.js';

// roundRupiah reads its value without decimal.js (exactFraction): the same exact value decimal.js
// reads, for numbers, decimal strings and Decimals, held equal here.

const viaDecimal = (v: unknown) => {
  const d = toDec(v);
  return d === undefined ? undefined : decToFraction(d);
};

const sameValue = (
  a: { numerator: bigint; denominator: bigint } | undefined,
  b: { numerator: bigint; denominator: bigint } | undefined,
) =>
  a === undefined || b === undefined
    ? a === b
    : a.numerator * b.denominator === b.numerator * a.denominator;

const decimalText = fc
  .tuple(
    fc.constantFrom('', '+', '-'),
    fc.stringMatching(/^\d{0,20}$/),
    fc.option(fc.stringMatching(/^\d{0,20}$/)),
    fc.option(
      fc.tuple(
        fc.constantFrom('e', 'E'),
        fc.constantFrom('', '+', '-'),
        fc.integer({ min: 0, max: 400 }),
      ),
    ),
    fc.constantFrom('', ' ', '\t'),
  )
  .map(
    ([sign, whole, part, exp, pad]) =>
      `${pad}${sign}${whole}${part === null ? '' : `.${part}`}${exp === null ? '' : `${exp[0]}${exp[1]}${exp[2]}`}${pad}`,
  );

describe('exactFraction reads what decimal.js reads', () => {
  it('numbers (by their printed decimal), including extremes and non-finite ones', () => {
    fc.assert(
      fc.property(fc.double(), (v) => {
        expect(sameValue(exactFraction(v), viaDecimal(v))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const v of [
      0,
      -0,
      5e-324,
      1e21,
      -1.5e-7,
      Number.MAX_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(sameValue(exactFraction(v), viaDecimal(v))).toBe(true);
    }
  });

  it('decimal strings and anything that is not one', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText, fc.string({ maxLength: 12 })), (s) => {
        expect(sameValue(exactFraction(s), viaDecimal(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const s of [
      '375282.5',
      '1e6',
      '.5',
      '5.',
      '-0',
      '1e9999',
      '1e-9999',
      '',
      '.',
      'e5',
      '1e',
      '0x10',
    ]) {
      expect(sameValue(exactFraction(s), viaDecimal(s))).toBe(true);
    }
  });

  it('Decimals (a clone with other settings too), and other objects', () => {
    const Other = Decimal.clone({ precision: 5, toExpNeg: -2, toExpPos: 2 });
    fc.assert(
      fc.property(decimalText, (s) => {
        const t = s.trim();
        if (toDec(t) === undefined) return;
        for (const d of [new Decimal(t), new Other(t)]) {
          expect(sameValue(exactFraction(d), viaDecimal(d))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    for (const v of [
      new Decimal(Number.NaN),
      new Decimal(Number.POSITIVE_INFINITY),
      {},
      null,
      [1],
      1n,
    ]) {
      expect(sameValue(exactFraction(v), viaDecimal(v))).toBe(true);
    }
  });

  it('roundRupiah rounds a half at the boundary exactly (worked by hand)', () => {
    // A number is read by the decimal it prints: 375282.49999999994 is below the half.
    expect(roundRupiah('375282.5')).toBe(375_283);
    expect(roundRupiah(375282.49999999994)).toBe(375_282);
    expect(roundRupiah(new Decimal('2500.5'), { unit: 1000, mode: 'half-even' })).toBe(3_000);
    expect(roundRupiah('-1.5e3', { unit: 1000, mode: 'half-even' })).toBe(-2_000);
  });
});
