import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates } from '../../src/core/index.js';
import { wholeMonthsYmd } from '../../src/kpb/age.js';
import { ageAt } from '../../src/kpb/index.js';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const date = fc
  .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((t) => iso(t - (t % 86_400_000)));

describe('ageAt', () => {
  it('counts the birthdays reached, a 29 February birthday falling on 1 March in other years (property)', () => {
    // Oracle: Date.UTC(year, 1, 29) rolls over to 1 March in a non-leap year, which is the convention.
    fc.assert(
      fc.property(date, date, (birth, asOf) => {
        fc.pre(birth <= asOf);
        const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
        let age = 0;
        while (iso(Date.UTC(by + age + 1, bm - 1, bd)) <= asOf) age++;
        expect(ageAt(birth, asOf)).toBe(age);
      }),
      { numRuns: 2000 },
    );
  });

  it('a person born on 29 February 2004 is 17 on 28 February 2022 and 18 on 1 March 2022', () => {
    expect(ageAt('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageAt('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageAt('2004-02-29', '2024-02-29')).toBe(20);
  });
});

describe('whole months of savings', () => {
  it('is the largest k with start + k months (core addMonths) not after the end (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), (start, days) => {
        const end = iso(Date.parse(start) + days * 86_400_000);
        let k = 0;
        while (compareDates(addMonths(start, k + 1), end) <= 0) k++;
        const ymd = (s: string) => s.split('-').map(Number) as [number, number, number];
        expect(wholeMonthsYmd(ymd(start), ymd(end))).toBe(k);
      }),
      { numRuns: 2000 },
    );
  });
});
