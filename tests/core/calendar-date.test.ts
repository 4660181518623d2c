import fc from 'fast-check';
import { addMonths as dfAddMonths, differenceInCalendarDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  CalendarDateSchema,
  compareDates,
  daysBetween,
  daysInMonth,
  fromJsDate,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  ValidationError,
} from '../../src/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

describe('CalendarDateSchema', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (d) => {
      expect(CalendarDateSchema.safeParse(d).success).toBe(true);
      expect(isCalendarDate(d)).toBe(true);
    },
  );

  it.each([
    '2023-02-29', // not a leap year
    '1900-02-29', // divisible by 100, not by 400
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-01-00',
    '2024-1-05',
    '2024/01/05',
    '2024-01-05T00:00:00Z',
    ' 2024-01-05',
    '0000-01-01',
    '',
  ])('rejects %s', (d) => {
    expect(CalendarDateSchema.safeParse(d).success).toBe(false);
    expect(isCalendarDate(d)).toBe(false);
    expect(() => parseCalendarDate(d)).toThrow(ValidationError);
  });

  it('reports the rule by code', () => {
    const r = CalendarDateSchema.safeParse('2023-02-29');
    expect(r.success).toBe(false);
    try {
      parseCalendarDate('2023-02-29');
    } catch (e) {
      expect((e as ValidationError).issues[0]?.code).toBe('invalid_calendar_date');
    }
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'], // leap year: clamp to 29 February
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 2, '2024-03-31'], // computed from the anchor, not chained from 29 Feb
    ['2024-01-31', 3, '2024-04-30'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-05-10', 0, '2024-05-10'],
    ['2024-01-15', -13, '2022-12-15'],
  ] as const)('%s + %d months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('agrees with date-fns addMonths on every date of 1999-2031 and offsets -30..30', () => {
    // date-fns on a local noon Date is an independent implementation of the same clamping rule.
    fc.assert(
      fc.property(
        fc.integer({ min: 1999, max: 2031 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -30, max: 30 }),
        (y, m, d, n) => {
          const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          fc.pre(isCalendarDate(date));
          const js = dfAddMonths(new Date(y, m - 1, d, 12), n);
          expect(addMonths(date, n)).toBe(fromJsDate(js));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects a fractional month count and dates past year 9999', () => {
    expect(() => addMonths('2024-01-31', 1.5)).toThrow(ValidationError);
    expect(() => addMonths('9999-12-01', 1)).toThrow(ValidationError);
  });
});

describe('addDays, addWeeks, daysBetween', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-01-01', 366, '2025-01-01'], // 2024 has 366 days
    ['1970-01-01', -1, '1969-12-31'],
  ] as const)('%s + %d days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('adds weeks as 7 days', () => {
    expect(addWeeks('2024-12-25', 1)).toBe('2025-01-01');
    expect(addWeeks('2024-02-22', 1)).toBe('2024-02-29');
  });

  it.each([
    ['2024-02-01', '2024-03-01', 29],
    ['2023-02-01', '2023-03-01', 28],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2024-01-01', -366],
    ['2024-03-10', '2024-03-10', 0],
    ['1900-01-01', '2000-01-01', 36524], // 100 years with 24 leap days (1900 is not one)
  ] as const)('from %s to %s is %d days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('agrees with date-fns differenceInCalendarDays', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1950, 0, 1), max: new Date(2080, 0, 1), noInvalidDate: true }),
        fc.date({ min: new Date(1950, 0, 1), max: new Date(2080, 0, 1), noInvalidDate: true }),
        (a, b) => {
          expect(daysBetween(fromJsDate(a), fromJsDate(b))).toBe(differenceInCalendarDays(b, a));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('inverts addDays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        expect(daysBetween('2000-01-01', addDays('2000-01-01', n))).toBe(n);
      }),
    );
  });
});

describe('other date helpers', () => {
  it('knows the leap-year rule', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(() => daysInMonth(2024, 13)).toThrow(ValidationError);
  });

  it('sorts with compareDates', () => {
    expect(['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareDates)).toEqual([
      '2023-12-31',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('takes the UTC or local day of a JS Date as asked', () => {
    const instant = new Date(Date.UTC(2024, 1, 29, 23, 30)); // 29 Feb 23:30 UTC = 1 Mar 06:30 in Jakarta
    expect(fromJsDate(instant, { zone: 'utc' })).toBe('2024-02-29');
    const local = fromJsDate(instant);
    const offsetHours = -instant.getTimezoneOffset() / 60;
    expect(local).toBe(offsetHours >= 0.5 ? '2024-03-01' : '2024-02-29');
    expect(() => fromJsDate(new Date('nope'))).toThrow(ValidationError);
  });
});

describe('date functions never throw anything but a SejahteraError', () => {
  it.each([
    ['addMonths', (a: unknown, b: unknown) => addMonths(a as never, b as never)],
    ['addDays', (a: unknown, b: unknown) => addDays(a as never, b as never)],
    ['addWeeks', (a: unknown, b: unknown) => addWeeks(a as never, b as never)],
    ['daysBetween', (a: unknown, b: unknown) => daysBetween(a as never, b as never)],
    ['compareDates', (a: unknown, b: unknown) => compareDates(a as never, b as never)],
    ['daysInMonth', (a: unknown, b: unknown) => daysInMonth(a as never, b as never)],
    ['isLeapYear', (a: unknown) => isLeapYear(a as never)],
    ['parseCalendarDate', (a: unknown) => parseCalendarDate(a)],
    ['fromJsDate', (a: unknown, b: unknown) => fromJsDate(a as never, b as never)],
  ])('%s', (_name, fn) => {
    const dateLike = fc.oneof(hostile, fc.constantFrom('2024-01-31', '9999-12-31', '0001-01-01'));
    fc.assert(
      fc.property(dateLike, fc.oneof(hostile, fc.integer()), (a, b) => {
        expectReturnsOrSejahteraError(() => fn(a, b));
      }),
      { numRuns: 300 },
    );
  });
});
