// Issue 10/11: pkhBenefit reads its family with a small reader instead of PkhFamilySchema (so its
// bundle carries no zod). The rule is written twice, so this property proves the two agree on
// arbitrary input: the same accept/reject, the same value, the same issues (code, path, params,
// messages) in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/core/index.js';
import { PKH_COMPONENTS, PkhFamilySchema } from '../../src/pkh/index.js';
import { readPkhFamily } from '../../src/pkh/family-reader.js';
import { benefitMessages } from '../../src/pkh/issues.js';

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 3 }),
  fc.string({ minLength: 199, maxLength: 202 }),
  // zod counts characters (code points), not UTF-16 units: near the limits with a character outside
  // the Basic Multilingual Plane (two units).
  fc.constantFrom(
    `${'a'.repeat(199)}\u{1F600}`,
    `${'a'.repeat(200)}\u{1F600}`,
    '\u{1F600}'.repeat(100),
    '\u{1F600}'.repeat(101),
  ),
  fc.constantFrom(...PKH_COMPONENTS),
  fc.constant([]),
  fc.constant({}),
  fc.constant(new Date(0)),
);
const person = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 4 }), anyValue),
      component: fc.oneof(fc.constantFrom(...PKH_COMPONENTS), anyValue),
      extra: anyValue,
    },
    { requiredKeys: [] },
  ),
  anyValue,
);
const family = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 4 }), anyValue),
      akses: fc.oneof(fc.boolean(), anyValue),
      persons: fc.oneof(
        fc.array(person, { maxLength: 6 }),
        fc.array(
          fc.constantFrom(...PKH_COMPONENTS).map((component) => ({ component })),
          {
            minLength: 99,
            maxLength: 102,
          },
        ),
        fc.array(person, { minLength: 101, maxLength: 102 }),
        anyValue,
      ),
      other: anyValue,
    },
    { requiredKeys: [] },
  ),
  anyValue,
);

describe('the small PKH family reader agrees with PkhFamilySchema', () => {
  it('same result, value and issues (property)', () => {
    const catalog = benefitMessages;
    fc.assert(
      fc.property(family, fc.constantFrom('id' as const, 'en' as const), (value, locale) => {
        const a = readPkhFamily(value, { locale }, catalog);
        const b = safeParseWith(PkhFamilySchema, value, { catalog, locale });
        expect(a).toStrictEqual(b);
      }),
      { numRuns: 5000 },
    );
  });

  it('a concrete case: every kind of issue, in order', () => {
    const r = readPkhFamily(
      { id: 5, akses: 'y', persons: [null, {}, { component: 'sd', id: 'x'.repeat(201) }] },
      {},
      benefitMessages,
    );
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'id'],
      ['invalid_type', 'akses'],
      ['invalid_type', 'persons.0'],
      ['invalid_value', 'persons.1.component'],
      ['too_big', 'persons.2.id'],
    ]);
  });

  it('counts characters, not UTF-16 units, as zod does (by hand: 199 + 1 characters is 201 units)', () => {
    const astral = '\u{1F600}';
    const ok = {
      id: `${'a'.repeat(199)}${astral}`,
      persons: [{ id: astral.repeat(200), component: 'sd' }],
    };
    expect(PkhFamilySchema.safeParse(ok).success).toBe(true);
    expect(readPkhFamily(ok, {}, benefitMessages).success).toBe(true);
    const long = { id: `${'a'.repeat(200)}${astral}`, persons: [] };
    const read = readPkhFamily(long, {}, benefitMessages);
    expect(read.success).toBe(false);
    if (!read.success) {
      expect(read.issues.map((i) => [i.code, i.path])).toEqual([['too_big', ['id']]]);
    }
  });

  it('checks the length of a non-string id too, as zod does (a type issue, then too_big)', () => {
    // zod runs maxLength(200) on anything with a `length`: an array of 201 entries is the wrong type
    // and too long (origin 'array'); the kit's reader reports both, as the schema does.
    const value = {
      id: Array.from({ length: 201 }, () => 0),
      persons: [{ id: ['x'], component: 'sd' }],
    };
    const read = readPkhFamily(value, {}, benefitMessages);
    expect(
      read.success ? [] : read.issues.map((i) => [i.code, i.path.join('.'), i.params]),
    ).toEqual([
      ['invalid_type', 'id', { expected: 'string', received: 'array' }],
      ['too_big', 'id', { maximum: 200, inclusive: true, origin: 'array' }],
      ['invalid_type', 'persons.0.id', { expected: 'string', received: 'array' }],
    ]);
    expect(read).toStrictEqual(safeParseWith(PkhFamilySchema, value, { catalog: benefitMessages }));
  });

  it('a value that throws while read is one unreadable_input issue, as safeParseWith reports it', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new TypeError('boom');
        },
      },
    );
    const persons = { persons: [trap] };
    for (const v of [trap, persons]) {
      const a = readPkhFamily(v, {}, benefitMessages);
      expect(a).toStrictEqual(safeParseWith(PkhFamilySchema, v, { catalog: benefitMessages }));
      expect(a.success ? [] : a.issues.map((i) => i.code)).toEqual(['unreadable_input']);
    }
  });
});
