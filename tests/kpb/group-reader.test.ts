import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/core/index.js';
import { GroupReader, readGroup, readGroupWithSchema } from '../../src/kpb/group.js';
import { ValidationError } from '../../src/core/index.js';
import { type GroupInput, GroupSchema, kpbMessages, verifyGroup } from '../../src/kpb/index.js';
import { corrupt, hostile } from '../helpers/fuzz.js';
import { thrown } from '../helpers/thrown.js';
import { group, member } from './fixtures.js';

// Issue 10 ("a fast path beside a schema needs a property that they agree"): verifyGroup reads a
// group without zod (src/kpb/group-reader.ts, issue 11). The public GroupSchema is the oracle: on
// any input both accept or both reject, with the same issues (code, path, params, message in both
// languages) in the same order, and an accepted group gives the same value.

const field = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 30, arbitrary: good },
    { weight: 3, arbitrary: bad },
    { weight: 1, arbitrary: hostile },
  );
/** Sometimes absent, sometimes present as undefined, else the value. */
const maybe = (value: fc.Arbitrary<unknown>) => fc.option(value, { nil: undefined, freq: 3 });

const lengthy = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.constantFrom('', 'x'.repeat(65), '😀'.repeat(40), '😀'.repeat(201), 'y'.repeat(501)),
  fc.record({ length: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.string()) }),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const text = (values: string[]) => field(fc.constantFrom(...values), lengthy);
const date = field(
  fc.constantFrom('2024-01-15', '1985-05-05', '2024-02-29'),
  fc.constantFrom('2023-02-29', '2024-1-15', '2024-01-155', '😀😀😀😀😀', 20240115, null),
);
const number = fc.oneof(
  fc.integer({ min: -3, max: 1300 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0.5, -0, 2 ** 60, -(2 ** 60), 1e300, 2 ** 53 + 2, '3'),
);
const extra = fc.oneof(
  { weight: 5, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('alamat', '__proto__', 'constructor'), fc.integer(), {
      maxKeys: 1,
    }),
  },
);

const aMember = field(
  fc
    .record(
      {
        id: maybe(text(['m0', 'm1'])),
        nik: text(['3304124505850001', '3304120606800002', '']),
        kk: maybe(text(['3304120101150001', ''])),
        name: maybe(text(['Siti'])),
        birthDate: maybe(date),
        sex: maybe(field(fc.constantFrom('male', 'female'), fc.constantFrom('m', null, 1))),
        desa: maybe(text(['3304122001', 'Punggelan'])),
        role: maybe(
          field(
            fc.constantFrom('leader', 'secretary', 'treasurer', 'member'),
            fc.constantFrom('ketua', null),
          ),
        ),
        previouslyFunded: maybe(field(fc.boolean(), fc.constantFrom(0, 'true', null))),
      },
      { requiredKeys: ['nik'] },
    )
    .chain((r) => extra.map((e) => ({ ...r, ...e }))),
  fc.constantFrom(null, 1, [], 'member'),
);

const aGroup = fc
  .record(
    {
      id: text(['KPB-1', 'x']),
      desa: maybe(text(['3304122001', ''])),
      members: field(
        fc.array(aMember, { maxLength: 3 }),
        fc.constantFrom(
          'abc',
          null,
          { length: 2 },
          Array.from({ length: 10_001 }, () => 1),
        ),
      ),
      savingsStartDate: maybe(date),
      savingsMonths: maybe(field(fc.integer({ min: 0, max: 24 }), number)),
      firstLoanDate: maybe(date),
      jointLiabilityStatement: maybe(field(fc.boolean(), fc.constantFrom(0, 'ya', null))),
    },
    { requiredKeys: ['id', 'members'] },
  )
  .chain((r) => extra.map((e) => ({ ...r, ...e })));

const VERIFY = { ruleSet: 'ksm-p2kp', asOf: '2024-06-01' } as const;
const options = (locale: 'en' | 'id') => ({ context: 'group', catalog: kpbMessages, locale });

function agree(value: unknown, locale: 'en' | 'id' = 'en'): void {
  const theirs = readGroupWithSchema(value, options(locale));
  expect(safeParseWith(GroupReader, value, options(locale))).toEqual(theirs);
  // readGroup (the fast path for plain rows, else the reader) decides the same; the fast path keeps
  // the caller's object, of which zod's copy is the schema's value.
  const mine = readGroup(value, options(locale));
  expect(mine.success).toBe(theirs.success);
  if (mine.success && theirs.success) expect(GroupSchema.parse(mine.data)).toEqual(theirs.data);
  else expect(mine).toEqual(theirs);
  // verifyGroup reads the group the same way (throwing the schema's issues when it is malformed).
  if (!theirs.success) {
    const error = thrown(() => verifyGroup(value as GroupInput, { ...VERIFY, locale }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual(theirs.issues);
  }
}

describe('the group reader agrees with GroupSchema', () => {
  it('on groups near the rules (every field right, wrong, or anything)', () => {
    fc.assert(fc.property(aGroup, fc.constantFrom('en' as const, 'id' as const), agree), {
      numRuns: 3000,
    });
  });

  it('on arbitrary values and on corrupted valid groups', () => {
    fc.assert(
      fc.property(hostile, (v) => agree(v)),
      { numRuns: 1000 },
    );
    const full = group(3, 1, {
      savingsMonths: 3,
      members: [
        member(0, true, { id: 'm0', name: 'Siti', birthDate: '1985-05-05', role: 'leader' }),
      ],
    });
    fc.assert(
      fc.property(corrupt(full), (v) => agree(v)),
      { numRuns: 1000 },
    );
  });

  it('accepts and rejects often enough for the property to mean something', () => {
    let accepted = 0;
    fc.assert(
      fc.property(aGroup, (g) => {
        if (safeParseWith(GroupReader, g).success) accepted++;
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(950);
  });

  it('reads a plain valid group in place (verifyGroup never keeps it), with its unknown fields', () => {
    const row = { id: 'KPB-1', members: [{ nik: '3304124505850001', alamat: 'RT 02' }], q: 1 };
    const r = readGroup(row, {});
    expect(r.success && r.data).toBe(row);
  });

  it('on the edge cases of zod it follows (worked out from zod 4 by hand)', () => {
    const base = { id: 'KPB-1', members: [{ nik: '3304124505850001' }] };
    const cases: unknown[] = [
      Object.assign(Object.create({ desa: 1 }), base),
      { ...base, id: '😀'.repeat(200) },
      { ...base, id: [], desa: { length: Number.NaN } },
      { ...base, members: new Array(2) },
      { ...base, members: Array.from({ length: 10_001 }, () => 1) },
      { ...base, savingsMonths: 2 ** 60, savingsStartDate: '2024-02-30' },
      { ...base, savingsMonths: 1.5, firstLoanDate: '2024-01-155' },
      { ...base, members: [{ nik: 3304124505850001, sex: 'F', extra: 1 }] },
      { id: '' },
    ];
    for (const c of cases) agree(c);
    const issues = (v: unknown) => {
      const r = safeParseWith(GroupReader, v);
      return r.success ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    // Worked out from zod 4's rules: code points count, an over-long array's elements are not read.
    expect(issues(cases[1])).toEqual([]);
    expect(issues(cases[4])).toEqual([['too_big', ['members']]]);
    expect(issues(cases[5])).toEqual([
      ['invalid_calendar_date', ['savingsStartDate']],
      ['too_big', ['savingsMonths']],
      ['too_big', ['savingsMonths']],
    ]);
    expect(issues(cases[8])).toEqual([
      ['too_small', ['id']],
      ['required', ['members']],
    ]);
  });

  it('a group whose reading throws is one issue, as with the schema (safeParseWith reports it)', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('x');
        },
      },
    );
    for (const value of [trap, { id: 'KPB-1', members: [trap] }]) {
      const r = safeParseWith(GroupReader, value);
      expect(r).toEqual(safeParseWith(GroupSchema, value));
      expect(r.success ? 0 : r.issues.length).toBe(1);
    }
  });
});
