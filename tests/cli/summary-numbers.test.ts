// The summary line's numbers, written without Intl (cli/src/common.ts says why), against the platform's
// own locale formatting, which is the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText, secondsText } from '../../cli/src/common.js';

const LOCALE = { id: 'id-ID', en: 'en-US' } as const;

describe('summary numbers', () => {
  it('group a count as toLocaleString does', () => {
    expect(countText(10_000_000, 'id')).toBe('10.000.000');
    expect(countText(99_813, 'en')).toBe('99,813');
    expect(countText(0, 'id')).toBe('0');
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.maxSafeNat(), fc.maxSafeInteger()),
        fc.constantFrom('id' as const, 'en' as const),
        (n, lang) => countText(n, lang) === n.toLocaleString(LOCALE[lang]),
      ),
      { numRuns: 2000 },
    );
  });

  it('write seconds to one decimal as toLocaleString does', () => {
    expect(secondsText(3.27, 'id')).toBe('3,3');
    expect(secondsText(3.27, 'en')).toBe('3.3');
    expect(secondsText(3, 'id')).toBe('3');
    expect(secondsText(1234.56, 'id')).toBe('1.234,6');
    expect(secondsText(0.04, 'en')).toBe('0');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          fc.integer({ min: 0, max: 100_000 }).map((k) => k / 20),
          fc.integer({ min: 0, max: 100_000 }).map((k) => k / 100),
        ),
        fc.constantFrom('id' as const, 'en' as const),
        (s, lang) =>
          secondsText(s, lang) === s.toLocaleString(LOCALE[lang], { maximumFractionDigits: 1 }),
      ),
      { numRuns: 5000 },
    );
  });
});
