import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/core/index.js';
import {
  DAYAS,
  InstrumentDefinitionSchema,
  safeDefineInstrument,
  tridayaMessages,
} from '../../src/tridaya/index.js';
import { hostile } from '../helpers/fuzz.js';

// Issue 10 ("a fast path beside a schema needs a property that they agree"): defineInstrument reads
// definitions by hand (src/tridaya/instrument-reader.ts, so that scoreResponses' bundle carries no
// zod). The public InstrumentDefinitionSchema is the oracle: on any input both accept or both reject,
// with the same issues (code, path, params, message in both languages) in the same order, and an
// accepted definition gives the instrument built from the schema's output.

/** A value for one field: usually a fitting one, sometimes one that breaks a rule, or anything. */
const field = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 40, arbitrary: good },
    { weight: 2, arbitrary: bad },
    { weight: 1, arbitrary: hostile },
  );

/** Mostly absent (a declared daya list rarely matches the items). */
const rarely = (value: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });

/** Sometimes absent, sometimes present as undefined, else the value. */
const maybe = (value: fc.Arbitrary<unknown>) => fc.option(value, { nil: undefined, freq: 3 });

const lengthy = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('', 'x'.repeat(201), '😀'.repeat(150), '😀'.repeat(201), 'y'.repeat(501)),
  fc.record({ length: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.string()) }),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const itemId = field(fc.constantFrom('a', 'b', 'c', 'answers', 'id'), lengthy);
const daya = field(fc.constantFrom(...DAYAS), fc.constantFrom('sosial ', 'fisik', null, 1));
const number = fc.oneof(
  fc.integer({ min: -3, max: 8 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0.5, -0, 2 ** 60, -(2 ** 60), 1e300, 1_000_000, 1_000_001, 2 ** 53 + 2),
);
const extra = fc.oneof(
  { weight: 5, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('q', 'k'.repeat(45), '__proto__', 'constructor'),
      fc.integer(),
      { maxKeys: 1 },
    ),
  },
);

const item = field(
  fc
    .record(
      {
        id: itemId,
        daya,
        text: maybe(field(fc.string({ maxLength: 3 }), lengthy)),
        reverse: maybe(field(fc.boolean(), fc.constantFrom(0, 'true', null))),
        weight: maybe(field(fc.integer({ min: 1, max: 3 }), number)),
      },
      { requiredKeys: ['id', 'daya'] },
    )
    .chain((r) => extra.map((e) => ({ ...r, ...e }))),
  fc.constantFrom(null, 1, [], 'item'),
);

const definition = fc
  .record(
    {
      id: field(fc.constantFrom('p2kp', 'x'), lengthy),
      name: maybe(field(fc.string({ maxLength: 3 }), lengthy)),
      scale: field(
        fc.record(
          {
            min: field(fc.integer({ min: 0, max: 3 }), number),
            max: field(fc.integer({ min: 2, max: 7 }), number),
          },
          { requiredKeys: ['min', 'max'] },
        ),
        fc.constantFrom(null, [], 'scale', { min: 1, max: 5, step: 1 }),
      ),
      items: field(
        fc.array(item, { maxLength: 3 }),
        fc.constantFrom(
          'abc',
          '',
          null,
          { length: 2 },
          Array.from({ length: 10_001 }, () => 1),
        ),
      ),
      dayas: rarely(
        field(
          fc.uniqueArray(fc.constantFrom(...DAYAS), { minLength: 1, maxLength: 3 }),
          fc.oneof(fc.array(daya, { maxLength: 5 }), fc.constantFrom('sosial', null)),
        ),
      ),
    },
    { requiredKeys: ['id', 'scale', 'items'] },
  )
  .chain((r) => extra.map((e) => ({ ...r, ...e })));

/** What the schema says of a value, in the library's issue shape (or the instrument it describes). */
function oracle(value: unknown) {
  const parsed = safeParseWith(InstrumentDefinitionSchema, value, { catalog: tridayaMessages });
  if (!parsed.success) return parsed;
  const d = parsed.data;
  const used = new Set(d.dayas ?? d.items.map((i) => i.daya));
  return {
    success: true as const,
    data: {
      id: d.id,
      ...(d.name === undefined ? {} : { name: d.name }),
      scale: { min: d.scale.min, max: d.scale.max },
      items: d.items.map((i) => ({
        id: i.id,
        daya: i.daya,
        ...(i.text === undefined ? {} : { text: i.text }),
        reverse: i.reverse ?? false,
        weight: i.weight ?? 1,
      })),
      dayas: DAYAS.filter((x) => used.has(x)),
    },
  };
}

function agree(value: unknown): void {
  const mine = safeDefineInstrument(value);
  const theirs = oracle(value);
  expect(mine.success).toBe(theirs.success);
  if (mine.success && theirs.success) expect(mine.data).toEqual(theirs.data);
  else if (!mine.success && !theirs.success) expect(mine.issues).toEqual(theirs.issues);
}

describe('the instrument reader agrees with InstrumentDefinitionSchema', () => {
  it('on definitions near the rules (every field right, wrong, or anything)', () => {
    fc.assert(fc.property(definition, agree), { numRuns: 3000 });
  });

  it('on arbitrary values', () => {
    fc.assert(fc.property(hostile, agree), { numRuns: 1000 });
  });

  it('accepts a valid definition often enough for the property to mean something', () => {
    let accepted = 0;
    fc.assert(
      fc.property(definition, (d) => {
        if (safeDefineInstrument(d).success) accepted++;
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('on the edge cases of zod it follows (worked out from zod 4 by hand)', () => {
    const base = { id: 'x', scale: { min: 1, max: 5 }, items: [{ id: 'a', daya: 'sosial' }] };
    const cases: unknown[] = [
      Object.assign(Object.create({ inherited: 1 }), base),
      { ...base, scale: { min: 2 ** 60, max: 5 } },
      {
        ...base,
        items: [
          { id: 'a', daya: 'sosial' },
          { id: 'a', daya: 'sosial', weight: 0 },
        ],
      },
      { ...base, dayas: ['foo', 'sosial', 'ekonomi', 'lingkungan'] },
      { ...base, id: [], name: { length: Number.NaN } },
      { ...base, id: '😀'.repeat(200), q: 1 },
      { ...base, items: new Array(2) },
    ];
    for (const c of cases) agree(c);
    const issues = (v: unknown) => {
      const r = safeDefineInstrument(v);
      return r.success ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    expect(issues(cases[1])).toEqual([
      ['too_big', ['scale', 'min']],
      ['too_big', ['scale', 'min']],
      ['invalid_scale', ['scale']],
    ]);
    expect(issues(cases[3])).toEqual([['too_big', ['dayas']]]);
    expect(issues(cases[5])).toEqual([['unrecognized_keys', []]]);
  });

  it('a definition whose reading throws is unreadable_input (the schema path said unreadable_row)', () => {
    const r = safeDefineInstrument(
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
        },
      ),
    );
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });
});
