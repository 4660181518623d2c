import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreMessages, safeParseWith } from '../../src/core/index.js';
import { readerMessages } from '../../src/_internal/reader-messages.js';
import { readerError, readerParse } from '../../src/_internal/reader-parse.js';
import { invalidIn } from '../../src/core/parse.js';
import { zodLike } from '../../src/_internal/zod-like-reader.js';
import { GroupReader } from '../../src/kpb/group.js';
import { readRuleSet } from '../../src/kpb/rule-set-reader.js';
import { kpbMessages, kpbRuleSets } from '../../src/kpb/index.js';
import { hostile } from '../helpers/fuzz.js';

// Issue 11: verifyGroup's path words the core codes its hand readers raise from readerMessages (a
// part of the core catalogue), so its bundle does not carry the whole catalogue. Same words, same
// issues, same errors as safeParseWith / invalidIn over coreMessages.

const RuleSetReader = zodLike(readRuleSet);
const locales = fc.constantFrom('en' as const, 'id' as const);
const overrides = fc.constantFrom(undefined, { required: () => 'wajib!', too_big: () => 'besar' });

describe('readerMessages, the core messages of the hand readers', () => {
  it('holds the core catalogue’s own entries, not copies', () => {
    for (const [code, entry] of Object.entries(readerMessages)) {
      expect(coreMessages[code as keyof typeof coreMessages], code).toBe(entry);
    }
    expect(Object.isFrozen(readerMessages)).toBe(true);
  });

  it('readerParse gives what safeParseWith gives, for the group and rule-set readers', () => {
    const near = fc.record({
      id: fc.oneof(fc.string(), fc.integer()),
      members: fc.oneof(fc.array(fc.record({ nik: fc.string() })), fc.string()),
      savingsMonths: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double()),
      validFrom: fc.constantFrom('2024-02-30', '2024-01-01', 5),
    });
    fc.assert(
      fc.property(
        fc.oneof(hostile, near, fc.constant(kpbRuleSets['ksm-p2kp'])),
        locales,
        overrides,
        (value, locale, messages) => {
          const options = { catalog: kpbMessages, locale, ...(messages ? { messages } : {}) };
          for (const reader of [GroupReader, RuleSetReader]) {
            expect(readerParse(reader, value, options)).toEqual(
              safeParseWith(reader, value, options),
            );
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reports a reader that throws as unreadable_input, as safeParseWith does', () => {
    const throwing = zodLike(() => {
      throw new TypeError('boom');
    });
    const options = { locale: 'id' as const, path: ['registry'] };
    const mine = readerParse(throwing, {}, options);
    expect(mine).toEqual(safeParseWith(throwing, {}, options));
    expect(mine.success ? [] : mine.issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });

  it('readerError builds the error invalidIn builds', () => {
    const context = { en: 'group', id: 'kelompok' };
    fc.assert(
      fc.property(hostile, locales, (value, locale) => {
        const parsed = safeParseWith(GroupReader, value, { locale });
        if (parsed.success) return;
        const mine = readerError(parsed.issues, context, { locale, catalog: kpbMessages });
        const theirs = invalidIn(parsed.issues, context, { locale, catalog: kpbMessages });
        expect(mine.message).toBe(theirs.message);
        expect(mine.issues).toEqual(theirs.issues);
        expect(mine.code).toBe(theirs.code);
      }),
      { numRuns: 500 },
    );
  });
});
