import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateIssues, invalidDateError } from '../../src/_internal/calendar-date-schema.js';
import { CalendarDateSchema, parseWith, safeParseWith, valueAt } from '../../src/index.js';
import { BPS_POVERTY_LINES } from '../../src/poverty/index.js';
import { thrown } from '../helpers/thrown.js';

// The date lookups report a bad date without running zod (calendarDateIssues): the same rule as
// CalendarDateSchema, held equal to it here over arbitrary values.

const dateLike = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 14 }),
  fc
    .tuple(
      fc.integer({ min: -5, max: 10_050 }),
      fc.integer({ min: -1, max: 14 }),
      fc.integer({ min: -1, max: 33 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.constantFrom('2024-02-29', '2023-02-29', '2024-1-5', '2024-02-300', '', undefined, null),
  // Astral characters (two UTF-16 units, one code point) and arrays near the 10-character bound.
  fc.string({ unit: 'binary', minLength: 5, maxLength: 12 }),
  fc.array(fc.integer(), { minLength: 9, maxLength: 12 }),
);

describe('calendarDateIssues agrees with CalendarDateSchema', () => {
  it('gives the same codes and params for any value', () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        const viaSchema = safeParseWith(CalendarDateSchema, value);
        const issues = calendarDateIssues(value);
        if (viaSchema.success) {
          expect(issues).toEqual([]);
        } else {
          expect(issues).toEqual(viaSchema.issues.map((i) => [i.code, i.params]));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('throws the same ValidationError as parseWith(CalendarDateSchema) with context date', () => {
    for (const value of ['2023-02-29', '2024-02-300', 7, undefined, null]) {
      let expected: unknown;
      try {
        parseWith(CalendarDateSchema, value, { context: 'date' });
      } catch (error) {
        expected = error;
      }
      const actual = invalidDateError(value);
      expect(actual).toEqual(expected);
      expect(actual.message).toBe((expected as Error).message);
    }
  });

  it('valueAt refuses 31 February with invalid_calendar_date', () => {
    expect(() => valueAt(BPS_POVERTY_LINES.total, '2024-02-31')).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'invalid_calendar_date' })],
      }),
    );
  });
});

describe('calendarDateIssues measures as zod does (code points, any length)', () => {
  // zod 4 measures a string's length in code points: '😀' is two UTF-16 units but one character.
  it('a string of 11 UTF-16 units but 10 code points is not too long', () => {
    const value = 'abcdefghi😀';
    expect(value.length).toBe(11);
    expect(calendarDateIssues(value)).toEqual([['invalid_calendar_date', {}]]);
    expect(safeParseWith(CalendarDateSchema, value)).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_calendar_date', params: {} }],
    });
  });

  it('a string of 11 code points is too long', () => {
    expect(calendarDateIssues('abcdefghij😀')).toEqual([
      ['too_big', { maximum: 10, inclusive: true, origin: 'string' }],
      ['invalid_calendar_date', {}],
    ]);
  });

  it('an array of 11 entries is the wrong type and too long (zod checks any length)', () => {
    expect(calendarDateIssues(Array.from({ length: 11 }, () => 0))).toEqual([
      ['invalid_type', { expected: 'string', received: 'array' }],
      ['too_big', { maximum: 10, inclusive: true, origin: 'array' }],
    ]);
  });

  it('the lookups throw what parseWith(CalendarDateSchema) throws for such a date', () => {
    const value = 'abcdefghi😀';
    expect(invalidDateError(value)).toEqual(
      thrown(() => parseWith(CalendarDateSchema, value, { context: 'date' })),
    );
  });
});
