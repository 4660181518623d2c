import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  defineDatedTable,
  ParameterNotFoundError,
  ValidationError,
  valueAt,
} from '../../src/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

const table = defineDatedTable({
  id: 'contoh-garis',
  description: 'A small line with a missing semester',
  unit: 'rupiah/kapita/bulan',
  values: {
    // written out of order on purpose
    '2024-09-01': { value: 595_242, source: 'Sep 2024 release' },
    '2023-03-01': { value: 550_458, source: 'Mar 2023 release' },
    '2024-03-01': { value: 582_910, source: 'Mar 2024 release', note: 'revised from 582,932' },
  },
});

describe('valueAt', () => {
  it('returns the latest value that started on or before the date', () => {
    expect(valueAt(table, '2024-06-15')).toEqual({
      value: 582_910,
      from: '2024-03-01',
      source: 'Mar 2024 release',
      note: 'revised from 582,932',
    });
  });

  it('puts the new value in force on its change date, the old one the day before', () => {
    expect(valueAt(table, '2024-03-01').value).toBe(582_910);
    expect(valueAt(table, '2024-02-29').value).toBe(550_458);
  });

  it('keeps a missing semester missing: September 2023 has no value, March 2023 stays in force', () => {
    expect(valueAt(table, '2023-12-31')).toMatchObject({ value: 550_458, from: '2023-03-01' });
  });

  it('keeps the last value in force after the last date', () => {
    expect(valueAt(table, '2099-01-01').value).toBe(595_242);
  });

  it('throws ParameterNotFoundError naming the table and the date before the first value', () => {
    try {
      valueAt(table, '2023-02-28');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParameterNotFoundError);
      const err = e as ParameterNotFoundError;
      expect(err.code).toBe('parameter_not_found');
      expect(err.tableId).toBe('contoh-garis');
      expect(err.date).toBe('2023-02-28');
      expect(err.message).toContain('contoh-garis');
      expect(err.message).toContain('2023-02-28');
      expect(err.messages.id).toContain('2023-02-28');
    }
  });

  it('agrees with a linear scan on every date', () => {
    const starts = ['2023-03-01', '2024-03-01', '2024-09-01'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), (offset) => {
        const d = new Date(Date.UTC(2022, 11, 1 + offset)).toISOString().slice(0, 10);
        const expected = starts.filter((s) => s <= d).pop();
        if (expected === undefined) expect(() => valueAt(table, d)).toThrow(ParameterNotFoundError);
        else expect(valueAt(table, d).from).toBe(expected);
      }),
    );
  });

  it('rejects a bad date', () => {
    expect(() => valueAt(table, '2024-02-30')).toThrow(ValidationError);
  });
});

describe('defineDatedTable', () => {
  it('is frozen plain data', () => {
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.entries)).toBe(true);
    expect(table.entries.map((e) => e.from)).toEqual(['2023-03-01', '2024-03-01', '2024-09-01']);
  });

  it('requires a source for every value and real dates as keys', () => {
    expect(() =>
      defineDatedTable({
        id: 'x',
        description: '',
        unit: '',
        values: { '2024-01-01': { value: 1, source: '' } },
      }),
    ).toThrow(ValidationError);
    expect(() =>
      defineDatedTable({
        id: 'x',
        description: '',
        unit: '',
        values: { '2023-02-29': { value: 1, source: 's' } },
      }),
    ).toThrow(ValidationError);
    expect(() => defineDatedTable({ id: 'x', description: '', unit: '', values: {} })).toThrow(
      ValidationError,
    );
  });

  it('validates values with a schema when given one', () => {
    const input = {
      id: 'x',
      description: '',
      unit: '',
      values: { '2024-01-01': { value: -5, source: 's' } },
    };
    expect(() => defineDatedTable(input, { valueSchema: z.number().nonnegative() })).toThrow(
      ValidationError,
    );
  });

  it('accepts a hand-built table only when it is well formed', () => {
    const handmade = {
      id: 'h',
      description: '',
      unit: '',
      entries: [{ from: '2020-01-01', value: 1, source: 's' }],
    };
    expect(valueAt(handmade, '2021-01-01').value).toBe(1);
    const unsorted = {
      ...handmade,
      entries: [
        { from: '2021-01-01', value: 2, source: 's' },
        { from: '2020-01-01', value: 1, source: 's' },
      ],
    };
    expect(() => valueAt(unsorted, '2021-06-01')).toThrow(ValidationError);
  });

  it('never throws anything but a SejahteraError', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        expectReturnsOrSejahteraError(() => defineDatedTable(a as never));
        expectReturnsOrSejahteraError(() => valueAt(a as never, b as never));
        expectReturnsOrSejahteraError(() => valueAt(table, b as never));
      }),
      { numRuns: 400 },
    );
  });
});
