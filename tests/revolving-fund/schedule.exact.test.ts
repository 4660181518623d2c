import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divRoundBig } from '../../src/_internal/int-division.js';
import {
  annuityFactor,
  mulDivRound,
  scaleByFactor,
} from '../../src/revolving-fund/schedule/exact.js';

const mode = fc.constantFrom(
  'half-up' as const,
  'half-even' as const,
  'up' as const,
  'down' as const,
);

describe('exact integer helpers of the schedule', () => {
  it('rounds x x annuity factor / unit exactly like BigInt, including exact ties (0% rate)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 50 }),
          fc.integer({ min: 0, max: 100_000 }),
        ),
        fc.constantFrom(100, 200, 1200, 5200, 1_000_000),
        fc.integer({ min: 1, max: 120 }),
        fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e15 })),
        fc.constantFrom(1, 2, 5, 100, 5000),
        mode,
        (a, b, m, x, unit, md) => {
          const f = annuityFactor(BigInt(a), BigInt(b), m);
          expect(scaleByFactor(x, f, unit, md)).toBe(
            Number(divRoundBig(BigInt(x) * f.num, f.den * BigInt(unit), md)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('rounds x x num / den exactly, switching to BigInt above 2^53', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e15 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 1e9 }),
        mode,
        (x, num, den, md) => {
          expect(mulDivRound(x, num, den, md)).toBe(
            Number(divRoundBig(BigInt(x) * BigInt(num), BigInt(den), md)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
