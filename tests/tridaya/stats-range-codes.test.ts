import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../src/index.js';
import {
  correlationPValue,
  logGamma,
  regularizedIncompleteBeta,
  studentTTwoSidedP,
} from '../../src/tridaya/index.js';
import { thrown, thrownIssues } from '../helpers/thrown.js';

// One code per fault (issue 10, docs/core.md): a number argument outside its range is the value's
// fault, `too_small` / `too_big` in a ValidationError, as the core and zod name it (was
// `invalid_option`, which names an option value not taken). The expected messages are the core's
// templates for zod's too_small / too_big, written out here by hand.

function issueOf(fn: () => unknown) {
  const e = thrown(fn) as ValidationError;
  const issues = thrownIssues(fn);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  return { code: issue?.code, path: issue?.path, en: issue?.message, e };
}

describe('the statistics: an argument out of its range is too_small / too_big', () => {
  it.each([
    ['logGamma(0)', () => logGamma(0), 'too_small', ['x'], 'x must be greater than 0'],
    ['logGamma(-2.5)', () => logGamma(-2.5), 'too_small', ['x'], 'x must be greater than 0'],
    [
      'regularizedIncompleteBeta(-0.1, 1, 1)',
      () => regularizedIncompleteBeta(-0.1, 1, 1),
      'too_small',
      ['x'],
      'x must be at least 0',
    ],
    [
      'regularizedIncompleteBeta(1.5, 1, 1)',
      () => regularizedIncompleteBeta(1.5, 1, 1),
      'too_big',
      ['x'],
      'x must be at most 1',
    ],
    [
      'regularizedIncompleteBeta(0.5, 0, 1)',
      () => regularizedIncompleteBeta(0.5, 0, 1),
      'too_small',
      ['a'],
      'a must be greater than 0',
    ],
    [
      'regularizedIncompleteBeta(0.5, 1, -1)',
      () => regularizedIncompleteBeta(0.5, 1, -1),
      'too_small',
      ['b'],
      'b must be greater than 0',
    ],
    [
      'studentTTwoSidedP(1, 0)',
      () => studentTTwoSidedP(1, 0),
      'too_small',
      ['df'],
      'df must be greater than 0',
    ],
    [
      'correlationPValue(-1.2, 10)',
      () => correlationPValue(-1.2, 10),
      'too_small',
      ['r'],
      'r must be at least -1',
    ],
    [
      'correlationPValue(1.2, 10)',
      () => correlationPValue(1.2, 10),
      'too_big',
      ['r'],
      'r must be at most 1',
    ],
  ] as const)('%s', (_name, fn, code, path, en) => {
    const got = issueOf(fn);
    expect([got.code, got.path, got.en]).toEqual([code, path, en]);
    expect(got.e.messages.en).toContain(en);
  });

  it('words the range in Indonesian too', () => {
    const { e } = issueOf(() => correlationPValue(1.2, 10));
    expect(e.messages.id).toContain('r harus paling banyak 1');
    expect(issueOf(() => logGamma(0)).e.messages.id).toContain('x harus lebih dari 0');
  });

  it('the bounds themselves are accepted', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    // r = +-1 gives t = +-Infinity: p = 0.
    expect(correlationPValue(1, 10)).toBe(0);
    expect(correlationPValue(-1, 10)).toBe(0);
  });
});
