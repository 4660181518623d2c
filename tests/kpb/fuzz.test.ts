import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageAt,
  createRegistry,
  defineRuleSet,
  kpbRuleSets,
  parseKk,
  parseNik,
  provinceName,
  resolveRuleSet,
  summarizeVerification,
  verifyGroup,
  verifyGroups,
  verifyMember,
} from '../../src/kpb/index.js';
import {
  corrupt,
  expectReturnsOrSejahteraError,
  expectUnknownOption,
  hasUnknownKeys,
  hostile,
} from '../helpers/fuzz.js';
import { group, member, registryFor } from './fixtures.js';

const g = group(5, 2);
const options = { ruleSet: 'pkkpm-default' as const, asOf: '2024-06-01', registry: registryFor(g) };
const runs = { numRuns: 300 };
// biome-ignore lint/suspicious/noExplicitAny: fuzzing passes anything
type Any = any;

describe('every public function returns or throws a SejahteraError, for any input', () => {
  it('parseNik never throws, even with hostile options (except unknown_option for a misspelt key)', () => {
    const known = ['referenceDate', 'locale', 'messages'];
    fc.assert(
      fc.property(hostile, hostile, (v, o) => {
        parseNik(v, { referenceDate: '2024-06-01' });
        if (hasUnknownKeys(o, known)) {
          expectUnknownOption(() => parseNik(v, o as Any));
          return;
        }
        parseNik(v, o as Any);
        parseNik('3304124505850001', o as Any);
      }),
      runs,
    );
    fc.assert(
      fc.property(
        corrupt({ nik: '3304124505850001', o: { referenceDate: '2024-06-01', locale: 'id' } }),
        (x) => {
          const r = (x ?? {}) as Any;
          if (hasUnknownKeys(r?.o, known)) expectUnknownOption(() => parseNik(r?.nik, r?.o));
          else parseNik(r?.nik, r?.o);
        },
      ),
      runs,
    );
  });

  it('parseKk never throws', () => {
    fc.assert(
      fc.property(hostile, hostile, (v, o) => {
        if (hasUnknownKeys(o, ['locale', 'messages']))
          expectUnknownOption(() => parseKk(v, o as Any));
        else parseKk(v, o as Any);
      }),
      runs,
    );
  });

  it('parseNik and parseKk fall back to the built-in messages when a message template throws', () => {
    const messages = {
      nik_length: () => {
        throw new Error('template');
      },
      kk_length: () => {
        throw new Error('template');
      },
    };
    const nik = parseNik('123', { referenceDate: '2024-06-01', messages });
    expect(!nik.success && nik.issues.map((i) => i.code)).toEqual(['nik_length']);
    const kk = parseKk('123', { messages });
    expect(!kk.success && kk.issues.map((i) => [i.code, i.message])).toEqual([
      // '123' has 3 characters: floor(3 / 3) = 1 stays visible
      ['kk_length', 'KK number 1** must have 16 characters, it has 3'],
    ]);
  });

  it('provinceName, ageAt', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        expectReturnsOrSejahteraError(() => provinceName(a as Any));
        expectReturnsOrSejahteraError(() => ageAt(a as Any, b as Any));
      }),
      runs,
    );
  });

  it('defineRuleSet and resolveRuleSet', () => {
    fc.assert(
      fc.property(corrupt(kpbRuleSets['kube-2020']), hostile, (r, o) => {
        expectReturnsOrSejahteraError(() => defineRuleSet(r as Any));
        expectReturnsOrSejahteraError(() => defineRuleSet(kpbRuleSets['kube-2020'], o as Any));
        expectReturnsOrSejahteraError(() => resolveRuleSet(r as Any));
      }),
      runs,
    );
  });

  it('createRegistry', () => {
    fc.assert(
      fc.property(corrupt(registryFor(g)), (r) => {
        expectReturnsOrSejahteraError(() => createRegistry(r as Any));
      }),
      runs,
    );
  });

  it('verifyMember', () => {
    fc.assert(
      fc.property(corrupt(member(0, true)), corrupt(options), (m, o) => {
        expectReturnsOrSejahteraError(() => verifyMember(m as Any, options));
        expectReturnsOrSejahteraError(() => verifyMember(member(0) as Any, o as Any));
      }),
      runs,
    );
  });

  it('verifyGroup', () => {
    fc.assert(
      fc.property(corrupt(g), corrupt(options), (x, o) => {
        expectReturnsOrSejahteraError(() => verifyGroup(x as Any, options));
        expectReturnsOrSejahteraError(() => verifyGroup(g, o as Any));
      }),
      runs,
    );
  });

  it('verifyGroups and summarizeVerification', () => {
    fc.assert(
      fc.property(corrupt([g, g]), hostile, (rows, top) => {
        expectReturnsOrSejahteraError(() => {
          const r = verifyGroups(rows as Any, options);
          summarizeVerification(r, { top: top as Any });
        });
        expectReturnsOrSejahteraError(() => summarizeVerification(rows as Any));
      }),
      runs,
    );
  });

  it('objects whose getters throw', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new TypeError('boom');
        },
        has() {
          throw new TypeError('boom');
        },
        ownKeys() {
          throw new TypeError('boom');
        },
        getPrototypeOf() {
          throw new TypeError('boom');
        },
      },
    );
    parseNik(trap, trap as Any);
    parseKk(trap, trap as Any);
    expectReturnsOrSejahteraError(() => verifyMember(trap as Any, options));
    expectReturnsOrSejahteraError(() => verifyMember(member(0), trap as Any));
    expectReturnsOrSejahteraError(() => verifyGroup(trap as Any, options));
    expectReturnsOrSejahteraError(() => verifyGroups([trap, g], options));
    expectReturnsOrSejahteraError(() => verifyGroups(trap as Any, options));
    expectReturnsOrSejahteraError(() => defineRuleSet(trap as Any));
    expectReturnsOrSejahteraError(() => createRegistry(trap as Any));
    expectReturnsOrSejahteraError(() => createRegistry([trap] as Any));
    expectReturnsOrSejahteraError(() =>
      verifyMember(member(0), { ...options, registry: new Map([[member(0).nik, trap]]) as Any }),
    );
  });
});

describe('the fast group reader agrees with GroupSchema', () => {
  it('accepts exactly what GroupSchema accepts, with the same value (property)', async () => {
    const { GroupSchema } = await import('../../src/kpb/index.js');
    const { readGroup } = await import('../../src/kpb/group.js');
    const { safeParseWith } = await import('../../src/core/index.js');
    const full = group(3, 1, {
      savingsMonths: 3,
      members: [
        member(0, true, {
          id: 'm0',
          name: 'Siti',
          birthDate: '1985-05-05',
          sex: 'female',
          role: 'leader',
          previouslyFunded: false,
        }),
      ],
    });
    fc.assert(
      fc.property(fc.oneof(corrupt(full), corrupt(g)), (row) => {
        let a: unknown;
        let b: unknown;
        try {
          a = readGroup(row, {});
        } catch (e) {
          a = e instanceof TypeError ? 'throws' : e;
        }
        try {
          b = safeParseWith(GroupSchema, row);
        } catch (e) {
          b = e instanceof TypeError ? 'throws' : e;
        }
        const ok = (x: unknown) =>
          typeof x === 'object' && x !== null && (x as { success: boolean }).success;
        expect(ok(a)).toBe(ok(b));
        // the fast reader keeps the caller's object; zod's copy of it is the same value
        if (ok(a)) {
          expect(GroupSchema.parse((a as { data: unknown }).data)).toEqual(
            (b as { data: unknown }).data,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
