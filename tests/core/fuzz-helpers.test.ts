import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  checkBatch,
  createIssue,
  describeType,
  formatPath,
  isCalendarDate,
  labelIn,
  maskIdentifier,
  parseWith,
  RupiahSchema,
  redactIdentifiers,
  renderBoth,
  safeParseWith,
  validationError,
} from '../../src/index.js';
import { expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

describe('small public helpers never throw anything but a SejahteraError', () => {
  it.each([
    ['maskIdentifier', (a: unknown) => maskIdentifier(a as never)],
    ['redactIdentifiers', (a: unknown) => redactIdentifiers(a as never)],
    ['labelIn', (a: unknown, b: unknown) => labelIn(a as never, b as never)],
    ['formatPath', (a: unknown) => formatPath(a as never)],
    ['describeType', (a: unknown) => describeType(a)],
    ['isCalendarDate', (a: unknown) => isCalendarDate(a)],
    [
      'createIssue',
      (a: unknown, b: unknown, c: unknown) => createIssue(a as never, b as never, c as never),
    ],
    [
      'createIssue options',
      (a: unknown, b: unknown) => createIssue('required', [], {}, a as never, b as never),
    ],
    ['renderBoth', (a: unknown, b: unknown) => renderBoth(a as never, b as never)],
    ['validationError', (a: unknown, b: unknown) => validationError(a as never, b as never)],
    ['safeParseWith', (a: unknown, b: unknown) => safeParseWith(RupiahSchema, a, b as never)],
    ['parseWith', (a: unknown) => parseWith(z.object({ n: RupiahSchema }), a)],
    [
      'checkBatch',
      (a: unknown) => checkBatch(a as never, (row) => safeParseWith(RupiahSchema, row)),
    ],
  ])('%s', (_name, fn) => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        expectReturnsOrSejahteraError(() => fn(a, b, c));
      }),
      { numRuns: 300 },
    );
  });

  it('mask never reveals more than 8 characters of a 16-digit number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (nik) => {
        const masked = maskIdentifier(nik);
        expect(masked.slice(0, 6)).toBe(nik.slice(0, 6));
        expect(masked.slice(-2)).toBe(nik.slice(-2));
        expect(masked.slice(6, -2)).toBe('********');
      }),
    );
  });
});
