import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalQuotient } from '../../src/poverty/exact.js';

// The oracle: decimal.js dividing the printed decimal values in 50 significant digits, half-up (what
// decimalQuotient computed before it moved to BigInt to keep decimal.js off this light path).
const D = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
const oracle = (a: number, b: number) => new D(a).div(new D(b)).toNumber();

describe('decimalQuotient (BigInt, no decimal library)', () => {
  it('reads 466,345.6 / 582,932 as 0.8, as a person working it out does', () => {
    expect(466345.6 / 582932).not.toBe(0.8);
    expect(decimalQuotient(466345.6, 582932)).toBe(0.8);
  });

  it('equals a 50-digit decimal division for any non-negative numbers', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 0, max: 1e15, noNaN: true }), fc.integer({ min: 0 })),
        fc.oneof(fc.double({ min: 1e-9, max: 1e15, noNaN: true }), fc.integer({ min: 1 })),
        (a, b) => {
          expect(decimalQuotient(a, b)).toBe(oracle(a, b));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agrees on quotients with long and short decimal expansions', () => {
    for (const [a, b] of [
      [1, 3],
      [2, 3.5],
      [0.1, 0.3],
      [696418.8, 580349],
      [123456789.123, 0.007],
      [0, 0.5],
      [5e-324, 3.3],
      [1.7976931348623157e308, 0.5],
    ] as const) {
      expect(decimalQuotient(a, b)).toBe(oracle(a, b));
    }
  });
});
