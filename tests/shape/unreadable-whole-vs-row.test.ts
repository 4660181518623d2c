// Issue 10, "one code per fault" (docs/core.md): a WHOLE input that cannot be read (a Proxy whose
// traps throw, a getter that throws) is `unreadable_input`, thrown in a ValidationError (or returned
// by a safe twin such as safeParseWith); the same value as ONE ROW of a batch is that row's
// `unreadable_row` rejection, with its index, and the rows around it are still read.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as api from '../../src/index.js';
import { hostile, thrownIssues } from '../helpers/thrown.js';

/** A plain object whose one field is a getter that throws. */
const throwingGetter = (field: string, rest: object = {}): object =>
  Object.defineProperty({ ...rest }, field, {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

/** The codes of the ValidationError `fn` throws (fails when it throws nothing or something else). */
const thrownCodes = (fn: () => unknown): string[] => thrownIssues(fn).map((i) => i.code);

const KPB = { ruleSet: 'kube-2020', asOf: '2024-06-01' } as const;

describe('a whole input that cannot be read is unreadable_input (thrown)', () => {
  const Schema = z.object({ n: z.number() });
  // The getter is on a field each function reads (`n` of the schema below, a member's `nik`, ...).
  const values: [string, (field: string) => object][] = [
    ['a Proxy whose traps throw', hostile],
    ['a getter that throws', (field) => throwingGetter(field)],
  ];

  it.each(values)('parseWith and safeParseWith: %s', (_name, make) => {
    expect(thrownCodes(() => api.parseWith(Schema, make('n')))).toEqual(['unreadable_input']);
    const r = api.safeParseWith(Schema, make('n'), { locale: 'id' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([['unreadable_input', []]]);
      expect(r.issues[0]?.message).toBe(
        'masukan tidak dapat dibaca (membacanya menimbulkan galat)',
      );
    }
  });

  it('safeParseWith keeps the path it was given', () => {
    const r = api.safeParseWith(Schema, hostile(), { path: ['loan'] });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['unreadable_input', ['loan']],
    ]);
  });

  it.each(values)('kpb verifyMember and verifyGroup: %s', (_name, make) => {
    expect(thrownCodes(() => api.verifyMember(make('nik') as never, KPB))).toEqual([
      'unreadable_input',
    ]);
    expect(thrownCodes(() => api.verifyGroup(make('id') as never, KPB))).toEqual([
      'unreadable_input',
    ]);
  });

  it.each(values)('pkhBenefit: %s', (_name, make) => {
    expect(thrownCodes(() => api.pkhBenefit(make('persons') as never, { year: 2022 }))).toEqual([
      'unreadable_input',
    ]);
  });

  it.each(values)('the PKH commitment functions: %s', (_name, make) => {
    expect(thrownCodes(() => api.verifyPersonCommitment(make('component') as never))).toEqual([
      'unreadable_input',
    ]);
    expect(thrownCodes(() => api.verifyFamilyCommitments(make('persons') as never))).toEqual([
      'unreadable_input',
    ]);
  });

  it('a person inside a family that cannot be read is the family input that cannot be read', () => {
    const family = { persons: [hostile()] };
    expect(thrownCodes(() => api.pkhBenefit(family as never, { year: 2022 }))).toEqual([
      'unreadable_input',
    ]);
  });
});

describe('the same value as one row of a batch is unreadable_row, with its index', () => {
  it('checkBatch with safeParseWith as the row check', () => {
    const Schema = z.object({ n: z.number() });
    const r = api.checkBatch([{ n: 1 }, hostile(), throwingGetter('n'), { n: 'x' }], (row) =>
      api.safeParseWith(Schema, row),
    );
    expect(r.counts).toEqual({ total: 4, valid: 1, rejected: 3 });
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [1, ['unreadable_row']],
      [2, ['unreadable_row']],
      [3, ['invalid_type']],
    ]);
    // Worded as a row, in the call's language.
    const id = api.checkBatch([hostile()], (row) => api.safeParseWith(Schema, row), {
      locale: 'id',
    });
    expect(id.rejected[0]?.issues[0]?.message).toBe(
      'baris tidak dapat dibaca (sebuah properti melempar galat saat diakses)',
    );
  });

  it('pkhBenefits', () => {
    const r = api.pkhBenefits([hostile(), { persons: [] }, { persons: [hostile()] }], {
      year: 2022,
    });
    expect(r.counts).toEqual({ total: 3, valid: 1, rejected: 2 });
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [0, ['unreadable_row']],
      [2, ['unreadable_row']],
    ]);
  });

  it('kpb verifyGroups', () => {
    const r = api.verifyGroups([hostile(), throwingGetter('id', { members: [] })], KPB);
    expect(r.counts.total).toBe(2);
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [0, ['unreadable_row']],
      [1, ['unreadable_row']],
    ]);
  });

  it('loanEventIndicators', () => {
    const r = api.loanEventIndicators([hostile(), throwingGetter('state')] as never);
    expect(r.counts).toEqual({ total: 2, valid: 0, rejected: 2 });
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [0, ['unreadable_row']],
      [1, ['unreadable_row']],
    ]);
  });
});

describe('validateBatch and validateStream: one mapping of a row that throws', () => {
  const reading = z.object({ n: z.number() });
  // A schema whose refinement throws the library's own ValidationError (it parses a nested value
  // with parseWith): that error's issues are the row's rejection, an unreadable input as unreadable_row.
  const nested = z.object({ inner: z.unknown() }).refine((v) => {
    api.parseWith(z.object({ m: z.number() }), v.inner);
    return true;
  });

  it('a getter that throws is unreadable_row; a ValidationError thrown inside is its own issues', async () => {
    const rows = [{ n: 1 }, throwingGetter('n'), { n: 'x' }];
    const batch = api.validateBatch(reading, rows);
    expect(batch.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [1, ['unreadable_row']],
      [2, ['invalid_type']],
    ]);
    const streamed: [number, string[]][] = [];
    for await (const r of api.validateStream(reading, rows)) {
      if (!r.ok) streamed.push([r.index, r.issues.map((i) => i.code)]);
    }
    expect(streamed).toEqual([
      [1, ['unreadable_row']],
      [2, ['invalid_type']],
    ]);

    const inner = api.validateBatch(nested, [
      { inner: { m: 1 } },
      { inner: { m: 'x' } },
      { inner: hostile() },
    ]);
    expect(inner.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [1, ['invalid_type']],
      [2, ['unreadable_row']],
    ]);
  });
});
