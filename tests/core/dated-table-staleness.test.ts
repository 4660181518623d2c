import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATED_TABLE_CADENCES,
  defineDatedTable,
  ParameterNotFoundError,
  ValidationError,
  valueAt,
} from '../../src/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

// Semesters: a value keyed 1 March is in force through 31 August, a value keyed 1 September through
// the last day of February. A date on or after the start of the next semester with no value is stale.
const semesters = defineDatedTable(
  {
    id: 'contoh-semester',
    description: 'semester table',
    unit: 'rupiah',
    values: {
      '2023-03-01': { value: 100, source: 'A' },
      '2024-03-01': { value: 120, source: 'B' },
      '2024-09-01': { value: 130, source: 'C' },
    },
  },
  { cadence: { everyMonths: 6, notPublished: ['2023-09-01'] } },
);

const stale = (fn: () => unknown): ParameterNotFoundError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParameterNotFoundError) return e;
    throw e;
  }
  throw new Error('expected a ParameterNotFoundError');
};

describe('dated tables with a cadence', () => {
  it('keeps the latest value fresh through the last day of its period (leap and plain years)', () => {
    expect(valueAt(semesters, '2025-02-28')).toEqual({
      value: 130,
      from: '2024-09-01',
      source: 'C',
    });
    const e = stale(() => valueAt(semesters, '2025-03-01'));
    expect(e.code).toBe('parameter_stale');
    expect(e.stale).toEqual({
      lastFrom: '2024-09-01',
      lastValue: '130',
      nextExpected: '2025-03-01',
    });
    expect(e.params).toMatchObject({ tableId: 'contoh-semester', date: '2025-03-01' });
  });

  it('skips a period the publisher announced it would not fill', () => {
    // March 2023 is in force through September 2023 (not published) up to 29 February 2024.
    expect(valueAt(semesters, '2023-09-01').value).toBe(100);
    expect(valueAt(semesters, '2024-02-29').value).toBe(100);
    expect(valueAt(semesters, '2024-03-01').value).toBe(120);
  });

  it('flags a missing period in the middle of the table', () => {
    const gap = defineDatedTable(
      {
        id: 'gap',
        description: '',
        unit: '',
        values: {
          '2020-03-01': { value: 1, source: 's' },
          '2021-03-01': { value: 2, source: 's' },
        },
      },
      { cadence: 'semiannual' },
    );
    expect(valueAt(gap, '2020-08-31').value).toBe(1);
    expect(stale(() => valueAt(gap, '2020-09-01')).stale?.nextExpected).toBe('2020-09-01');
    expect(stale(() => valueAt(gap, '2021-02-28')).code).toBe('parameter_stale');
    expect(valueAt(gap, '2021-03-01').value).toBe(2);
  });

  it('returns a stale value with stale: true and its own date when the caller allows it', () => {
    expect(valueAt(semesters, '2030-01-01', { allowStale: true })).toEqual({
      value: 130,
      from: '2024-09-01',
      source: 'C',
      stale: true,
    });
    expect(valueAt(semesters, '2025-01-01', { allowStale: true })).not.toHaveProperty('stale');
  });

  it('still reports a date before the first value as parameter_not_found', () => {
    expect(stale(() => valueAt(semesters, '2023-02-28')).code).toBe('parameter_not_found');
    expect(stale(() => valueAt(semesters, '2023-02-28', { allowStale: true })).code).toBe(
      'parameter_not_found',
    );
  });

  it('supports an annual March cadence (kabupaten/kota lines)', () => {
    const annual = defineDatedTable(
      {
        id: 'kota',
        description: '',
        unit: '',
        values: { '2024-03-01': { value: 7, source: 's' } },
      },
      { cadence: 'annual' },
    );
    expect(annual.cadence).toEqual({ everyMonths: 12 });
    expect(valueAt(annual, '2025-02-28').value).toBe(7);
    expect(stale(() => valueAt(annual, '2025-03-01')).stale?.nextExpected).toBe('2025-03-01');
  });

  it('clamps a period start to the end of a short month', () => {
    const monthly = defineDatedTable(
      { id: 'm', description: '', unit: '', values: { '2024-01-31': { value: 1, source: 's' } } },
      { cadence: 'monthly' },
    );
    // 31 January + 1 month = 29 February 2024.
    expect(valueAt(monthly, '2024-02-28').value).toBe(1);
    expect(stale(() => valueAt(monthly, '2024-02-29')).stale?.nextExpected).toBe('2024-02-29');
  });

  it('never marks a value stale in a table without a cadence', () => {
    const plain = defineDatedTable({
      id: 'p',
      description: '',
      unit: '',
      values: { '2000-01-01': { value: 1, source: 's' } },
    });
    expect(plain.cadence).toBeUndefined();
    expect(valueAt(plain, '2099-12-31')).toEqual({ value: 1, from: '2000-01-01', source: 's' });
  });

  it('names the cadences', () => {
    expect(DATED_TABLE_CADENCES).toEqual({
      semiannual: { everyMonths: 6 },
      annual: { everyMonths: 12 },
      quarterly: { everyMonths: 3 },
      monthly: { everyMonths: 1 },
    });
  });

  it('rejects an invalid cadence', () => {
    const values = { '2024-03-01': { value: 1, source: 's' } };
    for (const cadence of [
      'yearly',
      { everyMonths: 0 },
      { everyMonths: 1.5 },
      { everyMonths: 121 },
      { everyMonths: 6, notPublished: ['2024-02-30'] },
      { everyMonths: 6, extra: true },
      42,
    ]) {
      expect(() =>
        defineDatedTable(
          { id: 'x', description: '', unit: '', values },
          { cadence: cadence as never },
        ),
      ).toThrow(ValidationError);
    }
  });

  it('checks the cadence of a hand-built table', () => {
    const handmade = {
      id: 'h',
      description: '',
      unit: '',
      entries: [{ from: '2020-03-01', value: 1, source: 's' }],
      cadence: { everyMonths: 6 },
    };
    expect(stale(() => valueAt(handmade, '2020-09-01')).code).toBe('parameter_stale');
    expect(() => valueAt({ ...handmade, cadence: { everyMonths: -1 } }, '2020-04-01')).toThrow(
      ValidationError,
    );
  });

  it('never throws anything but a SejahteraError', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        expectReturnsOrSejahteraError(() => defineDatedTable(a as never, { cadence: b as never }));
        expectReturnsOrSejahteraError(() => valueAt(semesters, b as never, c as never));
      }),
      { numRuns: 300 },
    );
  });
});
