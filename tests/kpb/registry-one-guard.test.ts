// createRegistry has one guard with one path (issue 10, one code per fault; docs/core.md): whatever a
// hostile registry throws while it is read (a TypeError, a RangeError, a plain Error, a string), the
// error is the ValidationError `unreadable_input` at `['registry']`, the argument that could not be
// read. Before, a TypeError or RangeError gave `['registry']` and anything else `[]`.
import { describe, expect, it } from 'vitest';
import { createRegistry, verifyMember } from '../../src/kpb/index.js';
import { thrownIssues } from '../helpers/thrown.js';

const issuesOf = (fn: () => unknown): [string, readonly (string | number)[]][] =>
  thrownIssues(fn).map((i) => [i.code, i.path]);

const throwers: [string, () => unknown][] = [
  ['a TypeError', () => new TypeError('trap')],
  ['a RangeError', () => new RangeError('trap')],
  ['a plain Error', () => new Error('trap')],
  ['a string', () => 'trap'],
];

describe('createRegistry: one guard, one path', () => {
  it.each(throwers)('an entry whose getter throws %s', (_name, make) => {
    const entries = [
      Object.defineProperty({}, 'nik', {
        enumerable: true,
        get() {
          throw make();
        },
      }),
    ];
    expect(issuesOf(() => createRegistry(entries as never))).toEqual([
      ['unreadable_input', ['registry']],
    ]);
  });

  it.each(throwers)('a list whose iterator throws %s', (_name, make) => {
    const entries = {
      [Symbol.iterator]() {
        throw make();
      },
    };
    expect(issuesOf(() => createRegistry(entries as never))).toEqual([
      ['unreadable_input', ['registry']],
    ]);
  });

  it('a fault of the data is still its own code (the guard lets a SejahteraError through)', () => {
    expect(
      issuesOf(() => createRegistry([{ nik: '3304124505850001', desil: 11 }]))[0]?.[0],
    ).not.toBe('unreadable_input');
    expect(issuesOf(() => createRegistry(5 as never))).toEqual([['not_iterable', ['registry']]]);
  });

  it('the same through verifyMember, whose registry option is read by createRegistry', () => {
    const registry = [
      Object.defineProperty({}, 'nik', {
        enumerable: true,
        get() {
          throw new Error('trap');
        },
      }),
    ];
    const codes = issuesOf(() =>
      verifyMember(
        { nik: '3304124505850001' },
        {
          ruleSet: 'kube-2020',
          asOf: '2024-06-01',
          registry: registry as never,
        },
      ),
    ).map(([code]) => code);
    expect(codes).toEqual(['unreadable_input']);
  });
});
