import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/core/index.js';
import { kpbMessages, kpbRuleSets, RuleSetSchema } from '../../src/kpb/index.js';
import { zodLike } from '../../src/_internal/zod-like-reader.js';
import { readRuleSet } from '../../src/kpb/rule-set-reader.js';
import { corrupt, hostile } from '../helpers/fuzz.js';

// Issue 10 ("a fast path beside a schema needs a property that they agree"): the KPB rule-set
// engine validates a caller's rule set without zod (src/kpb/rule-set-reader.ts, issue 11). The
// public RuleSetSchema is the oracle: on any input both accept or both reject, with the same issues
// (code, path, params, messages) in the same order, and an accepted rule set gives the same value,
// a copy (the engine freezes what it returns, never the caller's object).

const field = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 30, arbitrary: good },
    { weight: 3, arbitrary: bad },
    { weight: 1, arbitrary: hostile },
  );
const lengthy = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.constantFrom('', 'x'.repeat(201), '😀'.repeat(150), 'y'.repeat(4001), '😀'.repeat(2001)),
  fc.record({ length: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.string()) }),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const text = (values: string[]) => field(fc.constantFrom(...values), lengthy);
const date = field(
  fc.constantFrom('2014-01-01', '2020-01-01', '2024-02-29'),
  fc.constantFrom('2023-02-29', '2024-1-15', '2024-01-155', 20240115, ''),
);
const number = fc.oneof(
  fc.integer({ min: -3, max: 200 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0.5, 33.33, 33.333, 0.07, -0, 2 ** 60, -(2 ** 60), 1e300, 100_001, '3'),
);
const nullableInt = (good: fc.Arbitrary<number>) =>
  field(fc.oneof(good, fc.constant(null)), number);
const flag = field(fc.boolean(), fc.constantFrom(0, 'true', null));
const extra = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('q', 'k'.repeat(45), '__proto__', 'constructor', 'overrides'),
      fc.integer(),
      { maxKeys: 2 },
    ),
  },
);
const strict = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
  fc.record(shape).chain((r) => extra.map((e) => ({ ...r, ...e })));
/** A key of a record, mostly present: now and then dropped. */
const dropSome = (a: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(a, fc.nat(40)).map(([r, n]) => {
    const keys = Object.keys(r);
    if (n >= keys.length) return r;
    const { [keys[n] as string]: _dropped, ...rest } = r;
    return rest;
  });

const ruleSet = dropSome(
  strict({
    id: text(['mine', 'kube-2020']),
    title: text(['', 'Mine']),
    source: text(['Permensos 2/2019']),
    unconfirmed: field(
      fc.array(text(['member.minAge']), { maxLength: 3 }),
      fc.constantFrom(
        'x',
        null,
        Array.from({ length: 101 }, () => 'a'),
      ),
    ),
    validFrom: date,
    validTo: field(fc.oneof(date, fc.constant(null)), fc.constant(undefined)),
    member: field(
      dropSome(
        strict({
          minAge: nullableInt(fc.integer({ min: 0, max: 20 })),
          maxAge: nullableInt(fc.integer({ min: 40, max: 151 })),
          requireRegistry: flag,
          maxDesil: nullableInt(fc.integer({ min: 0, max: 11 })),
          checkDeclaredIdentity: flag,
          requireValidNik: flag,
          requireValidKk: flag,
          exclusiveMembership: flag,
          notFundedBefore: flag,
        }),
      ),
      fc.constantFrom(null, [], 'member'),
    ),
    group: field(
      dropSome(
        strict({
          minSize: nullableInt(fc.integer({ min: 0, max: 10 })),
          maxSize: nullableInt(fc.integer({ min: 5, max: 100_001 })),
          onePerHousehold: flag,
          sameVillage: flag,
          minWomenPercent: field(
            fc.oneof(fc.constantFrom(null, 50, 33.33, 100), fc.integer({ min: 0, max: 100 })),
            number,
          ),
          minSavingsMonths: nullableInt(fc.integer({ min: 0, max: 1201 })),
          maxLeaders: nullableInt(fc.integer({ min: 0, max: 3 })),
          requireJointLiability: flag,
        }),
      ),
      fc.constantFrom(null, [], 'group'),
    ),
  }),
);

/** The reader as the rule-set engine calls it (src/kpb/rule-set.ts). */
const RuleSetReader = zodLike(readRuleSet);
const options = (locale: 'en' | 'id') => ({ catalog: kpbMessages, locale });

function agree(value: unknown, locale: 'en' | 'id' = 'en'): void {
  const mine = safeParseWith(RuleSetReader, value, options(locale));
  expect(mine).toEqual(safeParseWith(RuleSetSchema, value, options(locale)));
  if (mine.success && typeof value === 'object' && value !== null) {
    expect(mine.data).not.toBe(value);
    const data = mine.data as unknown as Record<string, unknown>;
    const input = value as Record<string, unknown>;
    expect(data.member).not.toBe(input.member);
    expect(data.unconfirmed).not.toBe(input.unconfirmed);
  }
}

describe('the rule-set reader agrees with RuleSetSchema', () => {
  it('on rule sets near the rules (every field right, wrong, missing, or anything)', () => {
    fc.assert(fc.property(ruleSet, fc.constantFrom('en' as const, 'id' as const), agree), {
      numRuns: 3000,
    });
  });

  it('on arbitrary values and on corrupted presets', () => {
    fc.assert(
      fc.property(hostile, (v) => agree(v)),
      { numRuns: 1000 },
    );
    for (const preset of Object.values(kpbRuleSets)) {
      agree(preset);
      fc.assert(
        fc.property(corrupt(preset), (v) => agree(v)),
        { numRuns: 300 },
      );
    }
  });

  it('accepts and rejects often enough for the property to mean something', () => {
    let accepted = 0;
    fc.assert(
      fc.property(ruleSet, (r) => {
        if (safeParseWith(RuleSetReader, r).success) accepted++;
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(900);
  });

  it('on the edge cases of zod it follows (worked out from zod 4 by hand)', () => {
    const base = kpbRuleSets['ksm-p2kp'];
    const at = (group: Record<string, unknown>) => ({
      ...base,
      group: { ...base.group, ...group },
    });
    const cases: unknown[] = [
      at({ minWomenPercent: 33.333 }),
      at({ minWomenPercent: 120.555 }),
      at({ minSize: 2 ** 60, extra: 1 }),
      { ...base, unconfirmed: Array.from({ length: 101 }, () => 1) },
      Object.assign(Object.create({ inherited: 1 }), base),
    ];
    for (const c of cases) agree(c);
    const issues = (v: unknown) => {
      const r = safeParseWith(RuleSetReader, v);
      return r.success ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    expect(issues(cases[0])).toEqual([['not_multiple_of', ['group', 'minWomenPercent']]]);
    expect(issues(cases[1])).toEqual([
      ['too_big', ['group', 'minWomenPercent']],
      ['not_multiple_of', ['group', 'minWomenPercent']],
    ]);
    expect(issues(cases[2])).toEqual([
      ['too_big', ['group', 'minSize']],
      ['too_big', ['group', 'minSize']],
      ['unrecognized_keys', ['group']],
    ]);
    expect(issues(cases[3])).toEqual([['too_big', ['unconfirmed']]]);
    expect(issues(cases[4])).toEqual([['unrecognized_keys', []]]);
  });
});
