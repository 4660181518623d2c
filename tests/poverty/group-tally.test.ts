// The group tally (src/poverty/group-tally.ts) against the accumulator used the plain way: for
// arbitrary households in a few groups (enough rows to pass the 128-record blocks; valid and bad
// values, NaN and undefined sizes and weights), each group's snapshot is bit for bit the snapshot of
// a fresh accumulator given that group's accepted households in one `addAll`, and `add` refuses
// exactly the households the accumulator rejects; a cleared tally is a new one. Then a case worked
// out by hand, and the errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  createPovertyAccumulator,
  createPovertyGroupTally,
  MAX_TALLY_GROUPS,
  type PovertyRecord,
} from '../../src/poverty/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

type Household = [group: number, y: number, size: number | undefined, weight: number | undefined];

const money = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY, -0) },
);
const size = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(undefined, Number.NaN) },
  { weight: 1, arbitrary: fc.constantFrom(0, 2.5, -3, 2 ** 53) },
);
const weight = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 600 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(undefined, Number.NaN) },
  { weight: 1, arbitrary: fc.constantFrom(-1, Number.POSITIVE_INFINITY, 2 ** 918) },
);
const household = fc.tuple(fc.integer({ min: 0, max: 4 }), money, size, weight);

/** The record the accumulator reads: NaN size or weight left out, as the tally reads it. */
function recordOf([, y, s, w]: Household): PovertyRecord {
  const record: { expenditurePerCapita: number; size?: number; weight?: number } = {
    expenditurePerCapita: y,
  };
  if (s !== undefined && !Number.isNaN(s)) record.size = s;
  if (w !== undefined && !Number.isNaN(w)) record.weight = w;
  return record;
}

describe('createPovertyGroupTally', () => {
  it("gives each group the accumulator's snapshot bit for bit, and refuses what it rejects", () => {
    fc.assert(
      fc.property(
        // `size: 'max'`: lengths up to 1,500, so groups pass 128-record blocks (fast-check's default
        // size keeps arrays to a few dozen elements, which never closed a block).
        fc.array(household, { minLength: 0, maxLength: 1500, size: 'max' }),
        fc.constantFrom(600_000, 550_458.5, 1_000, { value: 612_345 }),
        (households, line) => {
          const tally = createPovertyGroupTally({ line });
          const accepted: PovertyRecord[][] = [[], [], [], [], []];
          for (const h of households) {
            const record = recordOf(h);
            const rejects =
              createPovertyAccumulator({ line }).add(record).snapshot().rejected.length === 1;
            expect(tally.add(h[0], h[1], h[2], h[3])).toBe(!rejects);
            if (!rejects) accepted[h[0]]?.push(record);
          }
          expect(tally.groups).toBe(
            households.length === 0 ? 0 : Math.max(...households.map((h) => h[0])) + 1,
          );
          for (let g = 0; g < 5; g++) {
            const acc = createPovertyAccumulator({ line }).addAll(accepted[g] ?? []);
            expect(tally.snapshot(g)).toStrictEqual(acc.snapshot());
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('after clear() gives what a new tally gives, whatever it held before', () => {
    // Group numbers up to 199, so that the first batch grows the arrays past their first 64 groups;
    // most households in groups 0 to 2, so that those pass 128-record blocks (their compensated
    // totals written) and are left with an open block: a cleared tally must hold none of it.
    const group = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 2 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 199 }) },
    );
    const wide = fc.tuple(group, money, size, weight);
    fc.assert(
      fc.property(
        fc.array(wide, { minLength: 400, maxLength: 1000 }),
        fc.array(wide, { maxLength: 1000, size: 'max' }),
        (before, after) => {
          const reused = createPovertyGroupTally({ line: 600_000 });
          for (const h of before) reused.add(h[0], h[1], h[2], h[3]);
          reused.clear();
          expect(reused.groups).toBe(0);
          const fresh = createPovertyGroupTally({ line: 600_000 });
          for (const h of after) {
            expect(reused.add(h[0], h[1], h[2], h[3])).toBe(fresh.add(h[0], h[1], h[2], h[3]));
          }
          expect(reused.groups).toBe(fresh.groups);
          for (let g = 0; g < 200; g++) {
            expect(reused.snapshot(g)).toStrictEqual(fresh.snapshot(g));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('measures a small population as worked out by hand', () => {
    // Line 600,000. Group 0: 300,000 x 4 persons (gap 0.5) and 450,000 x 2 persons (gap 0.25,
    // weight NaN = 1): population 6, all poor; gap sum 4 x 0.5 + 2 x 0.25 = 2.5; squared
    // 4 x 0.25 + 2 x 0.0625 = 1.125. Group 1: 900,000 x 2, not poor. Group 2: weight 3 x size 2.
    const tally = createPovertyGroupTally({ line: 600_000 });
    expect(tally.add(0, 300_000, 4)).toBe(true);
    expect(tally.add(1, 900_000, 2)).toBe(true);
    expect(tally.add(0, 450_000, 2, Number.NaN)).toBe(true);
    expect(tally.add(2, 0, 2, 3)).toBe(true);
    expect(tally.add(1, -5, 2)).toBe(false);
    expect(tally.add(1, 100, 0)).toBe(false);
    expect(tally.groups).toBe(3);
    const g0 = createPovertyAccumulator({ line: 600_000 }).merge(tally.snapshot(0)).result();
    expect(g0.population).toBe(6);
    expect(g0.poorPopulation).toBe(6);
    expect(g0.p0).toBe(1);
    expect(g0.p1).toBeCloseTo(2.5 / 6, 15);
    expect(g0.p2).toBeCloseTo(1.125 / 6, 15);
    const g1 = createPovertyAccumulator({ line: 600_000 }).merge(tally.snapshot(1)).result();
    expect([g1.population, g1.p0, g1.counts.valid]).toEqual([2, 0, 1]);
    // Expenditure 0: gap 1, so P0 = P1 = P2 = 1 over 6 persons.
    const g2 = createPovertyAccumulator({ line: 600_000 }).merge(tally.snapshot(2)).result();
    expect([g2.population, g2.p0, g2.p1, g2.p2]).toEqual([6, 1, 1, 1]);
    // A group never added: the snapshot of no records.
    expect(tally.snapshot(7)).toStrictEqual(createPovertyAccumulator({ line: 600_000 }).snapshot());
  });

  it('keeps adding after a snapshot in the same blocks (a snapshot does not close a block)', () => {
    const households = Array.from({ length: 300 }, (_, i) => 1_000 + ((i * 7919) % 997) * 1_103.7);
    const tally = createPovertyGroupTally({ line: 600_000 });
    households.forEach((y, i) => {
      tally.add(0, y, 1 + (i % 5));
      if (i === 100) tally.snapshot(0);
    });
    const acc = createPovertyAccumulator({ line: 600_000 }).addAll(
      households.map((y, i) => ({ expenditurePerCapita: y, size: 1 + (i % 5) })),
    );
    expect(tally.snapshot(0)).toStrictEqual(acc.snapshot());
  });

  it('names a bad group number in a ValidationError, in English and Indonesian', () => {
    const tally = createPovertyGroupTally({ line: 600_000 });
    for (const [group, code] of [
      [-1, 'not_integer'],
      [1.5, 'not_integer'],
      ['1', 'not_integer'],
      [Number.NaN, 'not_integer'],
      [MAX_TALLY_GROUPS, 'too_big'],
    ] as const) {
      for (const call of [
        () => tally.add(group as number, 1),
        () => tally.snapshot(group as number),
      ]) {
        const error = (() => {
          try {
            call();
          } catch (e) {
            return e;
          }
          return undefined;
        })() as ValidationError;
        expect(error).toBeInstanceOf(ValidationError);
        expect(error.issues[0]?.code).toBe(code);
        expect(error.issues[0]?.path).toEqual(['group']);
        if (code === 'not_integer') {
          expect(error.messages.en).toMatch(/group must be a whole number/);
          expect(error.messages.id).toMatch(/group harus bilangan bulat/);
        } else {
          expect(error.messages.en).toMatch(/group must be at most 1048575/);
          expect(error.messages.id).toMatch(/group harus paling banyak 1048575/);
        }
      }
    }
    expect(tally.add(MAX_TALLY_GROUPS - 1, 1)).toBe(true);
    expect(tally.groups).toBe(MAX_TALLY_GROUPS);
  });

  it('refuses a bad line or an unknown option with a ConfigurationError', () => {
    for (const options of [{ line: 0 }, { line: Number.NaN }, { line: '600000' }, {}]) {
      expect(() => createPovertyGroupTally(options as never)).toThrow(ConfigurationError);
    }
    expect(() => createPovertyGroupTally({ line: 1, lines: 2 } as never)).toThrow(
      ConfigurationError,
    );
  });

  it('returns its result or throws a SejahteraError for anything (fuzz)', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, hostile, (o, g, y, s, w) => {
        expectReturnsOrSejahteraError(() => createPovertyGroupTally(o as never));
        const tally = createPovertyGroupTally({ line: 600_000 });
        expectReturnsOrSejahteraError(() =>
          tally.add(g as never, y as never, s as never, w as never),
        );
        expectReturnsOrSejahteraError(() => tally.add(0, y as never, s as never, w as never));
        expectReturnsOrSejahteraError(() => tally.snapshot(g as never));
      }),
      { numRuns: 300 },
    );
  });
});
