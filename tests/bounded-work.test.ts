// Small inputs never cause unbounded work or output: reasons that list other groups are capped,
// blank identifiers never link rows, and array-likes are read up to a cap.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/core/index.js';
import { createRegistry, verifyGroup, verifyGroups } from '../src/kpb/index.js';
import {
  createPovertyAccumulator,
  MAX_ARRAY_LIKE_RECORDS,
  povertyMeasures,
  povertyMeasuresBy,
} from '../src/poverty/index.js';

const asOf = '2024-06-01';
const NIK = '3304124505850001';
const options = { ruleSet: 'pkkpm-default' as const, asOf };

describe('verifyGroups: reasons name a few other groups and a count', () => {
  it('8,000 one-member groups sharing a NIK: each reason lists 5 others, output is linear', () => {
    const n = 8_000;
    const groups = Array.from({ length: n }, (_, i) => ({ id: `G${i}`, members: [{ nik: NIK }] }));
    const r = verifyGroups(groups, options);
    expect(r.valid.length).toBe(n);
    let listed = 0;
    for (const v of r.valid) {
      const reason = v.value.reasons.find((x) => x.code === 'member_in_two_groups');
      expect(reason?.params.otherCount).toBe(n - 1);
      const ids = reason?.params.otherGroupIds as string[];
      expect(ids.length).toBe(5);
      expect(ids).not.toContain(v.value.groupId);
      listed += ids.length;
    }
    expect(listed).toBe(5 * n);
    // the first group's reason names the next five, the last one's the first five
    const firstReason = r.valid[0]?.value.reasons.find((x) => x.code === 'member_in_two_groups');
    expect(firstReason?.params.otherGroupIds).toEqual(['G1', 'G2', 'G3', 'G4', 'G5']);
    expect(firstReason?.params.otherIndexes).toEqual([1, 2, 3, 4, 5]);
    expect(firstReason?.message).toBe(
      'the same NIK is also proposed in group G1, G2, G3, G4, G5 and 7994 more',
    );
    // one duplicate entry listing every occurrence once
    expect(r.duplicates.length).toBe(1);
    expect(r.duplicates[0]?.occurrences.length).toBe(n);
  });

  it('says it in Indonesian too, and lists every other group when there are few', () => {
    const groups = ['A', 'B', 'C'].map((id) => ({ id, members: [{ nik: NIK }] }));
    const r = verifyGroups(groups, { ...options, locale: 'id' });
    const reason = r.valid[0]?.value.reasons.find((x) => x.code === 'member_in_two_groups');
    expect(reason?.params).toEqual({
      otherGroupIds: ['B', 'C'],
      otherIndexes: [1, 2],
      otherCount: 2,
    });
    expect(reason?.message).toBe('NIK yang sama juga diusulkan di kelompok B, C');
  });
});

describe('blank identifiers never link rows', () => {
  it.each([[''], ['   '], ['\u00A0'], ['\u200B']])(
    'NIK %j in two groups is not member_in_two_groups',
    (blank) => {
      const r = verifyGroups(
        [
          { id: 'A', members: [{ nik: blank }] },
          { id: 'B', members: [{ nik: blank }] },
        ],
        options,
      );
      expect(r.duplicates).toEqual([]);
      for (const v of r.valid) {
        expect(v.value.reasons.map((x) => x.code)).not.toContain('member_in_two_groups');
      }
    },
  );

  it('two blank NIKs (or KKs) in one group are not the same member or household', () => {
    const g = verifyGroup(
      {
        id: 'A',
        members: [
          { nik: '', kk: ' ' },
          { nik: '', kk: ' ' },
          { nik: ' ', kk: '' },
        ],
      },
      options,
    );
    const codes = g.reasons.map((x) => x.code);
    expect(codes).not.toContain('group_duplicate_member');
    expect(codes).not.toContain('group_duplicate_household');
  });

  it('a registry entry with a blank NIK is rejected, so it can match no member', () => {
    expect(() => createRegistry([{ nik: '   ', desil: 1 }])).toThrow(ValidationError);
  });
});

describe('array-likes are read up to a cap', () => {
  const line = { line: 500_000 };

  it('povertyMeasures({ length: 2 ** 32 - 1 }) is rejected at once, naming the cap', () => {
    let error: unknown;
    try {
      povertyMeasures({ length: 2 ** 32 - 1 } as never, line);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issue = (error as ValidationError).issues[0];
    expect(issue?.code).toBe('too_big');
    expect(issue?.path).toEqual(['records', 'length']);
    expect(issue?.params.maximum).toBe(1_000_000);
    expect(MAX_ARRAY_LIKE_RECORDS).toBe(1_000_000);
  });

  it('povertyMeasuresBy and accumulator addAll apply the same cap', () => {
    const huge = { length: MAX_ARRAY_LIKE_RECORDS + 1 } as never;
    expect(() => povertyMeasuresBy(huge, 'k', line)).toThrow(ValidationError);
    expect(() => createPovertyAccumulator(line).addAll(huge)).toThrow(ValidationError);
  });

  it('an array-like at the cap or below is read by index', () => {
    const small = {
      length: 2,
      0: { expenditurePerCapita: 400_000 },
      1: { expenditurePerCapita: 600_000 },
    };
    expect(povertyMeasures(small as never, line).p0).toBe(0.5);
  });
});

describe('assessLoans: rows that are not objects are cheap rejections', () => {
  it('each is rejected with invalid_type and its received type, in the call locale', async () => {
    const { assessLoans } = await import('../src/revolving-fund/index.js');
    const r = assessLoans([null, 5, 'x', null] as never, { asOf: '2024-06-30', locale: 'id' });
    expect(r.counts).toEqual({ total: 4, valid: 0, rejected: 4 });
    expect(
      r.rejected.map((x) => [x.index, x.issues[0]?.code, x.issues[0]?.params.received]),
    ).toEqual([
      [0, 'invalid_type', 'null'],
      [1, 'invalid_type', 'number'],
      [2, 'invalid_type', 'string'],
      [3, 'invalid_type', 'null'],
    ]);
    expect(r.rejected[0]?.issues[0]?.message).toMatch(/harus/); // Indonesian, as asked
    // shared and frozen: a caller cannot change another row's issues through one of them
    expect(Object.isFrozen(r.rejected[0]?.issues)).toBe(true);
    expect(Object.isFrozen(r.rejected[0]?.issues[0])).toBe(true);
  });
});
