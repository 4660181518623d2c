import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRupiah, splitRupiah, ValidationError } from '../../src/core/index.js';

describe('splitRupiah', () => {
  it.each([
    // total, weights, expected (worked by hand: floors, then the leftover rupiah to the largest remainders)
    [100, [1, 1, 1], [34, 33, 33]],
    [3_000_000, [1, 1, 1, 1], [750_000, 750_000, 750_000, 750_000]],
    [1_000_003, [1, 1, 1, 1], [250_001, 250_001, 250_001, 250_000]],
    [10, [3, 7], [3, 7]],
    [10, [1, 2], [3, 7]], // 10/3 = 3.33 and 6.67: the second has the larger remainder
    [-100, [1, 1, 1], [-34, -33, -33]],
    [0, [5, 0], [0, 0]],
  ])('splits %d by %j as %j', (total, weights, expected) => {
    expect(splitRupiah(total, weights)).toEqual(expected);
  });

  it('gives the same parts as allocateRupiah for whole-number weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          expect(splitRupiah(total, weights)).toEqual(allocateRupiah(total, weights));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is exact for totals and weights near the safe-integer limit', () => {
    const parts = splitRupiah(Number.MAX_SAFE_INTEGER, [Number.MAX_SAFE_INTEGER, 1]);
    expect(parts).toEqual(allocateRupiah(Number.MAX_SAFE_INTEGER, [Number.MAX_SAFE_INTEGER, 1]));
    expect(BigInt(parts[0] as number) + BigInt(parts[1] as number)).toBe(
      BigInt(Number.MAX_SAFE_INTEGER),
    );
  });

  it('rejects a bad total, bad weights and a zero sum with every issue named', () => {
    const issues = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof ValidationError) return e.issues.map((i) => [i.code, i.path.join('.')]);
        throw e;
      }
      throw new Error('did not throw');
    };
    expect(issues(() => splitRupiah(1.5, [1, -1, 0.5]))).toEqual([
      ['not_integer', 'total'],
      ['too_small', 'weights.1'],
      ['not_integer', 'weights.2'],
    ]);
    expect(issues(() => splitRupiah(10, [0, 0]))).toEqual([['zero_sum', 'weights']]);
    expect(issues(() => splitRupiah(10, []))).toEqual([['too_small', 'weights']]);
  });
});
