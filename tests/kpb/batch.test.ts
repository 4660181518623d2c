import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeVerification, verifyGroups } from '../../src/kpb/index.js';
import { group, member, registryFor } from './fixtures.js';

const asOf = '2024-06-01';

describe('verifyGroups', () => {
  // Group A and C share one person (member 2 of A is member 0 of C); B is clean; rows 1 and 4 are malformed.
  const a = group(5, 2, { id: 'A' });
  const b = { ...group(5, 0, { id: 'B', desa: '3304122002' }) };
  b.members = b.members.map((_, i) =>
    member(10 + i, false, { desa: '3304122002', ...(i === 0 ? { role: 'leader' as const } : {}) }),
  );
  const c = group(5, 0, { id: 'C' });
  c.members = [
    a.members[2] as (typeof a.members)[number],
    ...c.members.slice(1).map((_, i) => member(20 + i)),
  ];
  const registry = [
    ...registryFor(a),
    ...registryFor(b),
    ...c.members.slice(1).map((m) => ({ nik: m.nik, desil: 3 })),
  ];
  const rows: unknown[] = [a, null, b, c, { id: 'D', members: [{ nik: 3304120505850001 }] }];
  const result = verifyGroups(rows, { ruleSet: 'pkkpm-default', asOf, registry });

  it('finds the same NIK in two groups and reports it on both', () => {
    const byId = new Map(result.valid.map((v) => [v.value.groupId, v.value]));
    const ra = byId.get('A');
    const rc = byId.get('C');
    expect(ra?.reasons.map((r) => [r.code, r.path])).toEqual([
      ['member_in_two_groups', ['members', 2, 'nik']],
    ]);
    expect(rc?.reasons.map((r) => [r.code, r.path])).toEqual([
      ['member_in_two_groups', ['members', 0, 'nik']],
    ]);
    expect(ra?.reasons[0]?.params).toEqual({
      otherGroupIds: ['C'],
      otherIndexes: [3],
      otherCount: 1,
    });
    expect(rc?.reasons[0]?.params).toEqual({
      otherGroupIds: ['A'],
      otherIndexes: [0],
      otherCount: 1,
    });
    expect(byId.get('B')?.eligible).toBe(true);
    expect(result.duplicates).toEqual([
      {
        nikMasked: `${a.members[2]?.nik.slice(0, 6)}********${a.members[2]?.nik.slice(14)}`,
        occurrences: [
          { index: 0, groupId: 'A', memberIndex: 2 },
          { index: 3, groupId: 'C', memberIndex: 0 },
        ],
      },
    ]);
  });

  it('rejects malformed rows with their index and counts add up to the input', () => {
    expect(result.rejected.map((r) => r.index)).toEqual([1, 4]);
    expect(result.rejected[1]?.issues[0]?.path).toEqual(['members', 0, 'nik']);
    expect(result.counts).toEqual({ total: 5, valid: 3, rejected: 2, eligible: 1, ineligible: 2 });
  });

  it('summarises for a dashboard: counts and top reasons by desa', () => {
    const s = summarizeVerification(result);
    expect([s.total, s.eligible, s.ineligible, s.rejected]).toEqual([5, 1, 2, 2]);
    expect(s.topReasons).toEqual([{ code: 'member_in_two_groups', count: 2, groups: 2 }]);
    expect(s.byDesa).toEqual([
      {
        desa: '3304122001',
        groups: 2,
        eligible: 0,
        ineligible: 2,
        topReasons: [{ code: 'member_in_two_groups', count: 2, groups: 2 }],
      },
      { desa: '3304122002', groups: 1, eligible: 1, ineligible: 0, topReasons: [] },
    ]);
  });

  it('counts always add up, whatever the rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(a), fc.constant(b), fc.anything(), fc.constant(c)), {
          maxLength: 12,
        }),
        (batch) => {
          const r = verifyGroups(batch, { ruleSet: 'pkkpm-default', asOf, registry });
          expect(r.counts.total).toBe(batch.length);
          expect(r.counts.valid + r.counts.rejected).toBe(batch.length);
          expect(r.counts.eligible + r.counts.ineligible).toBe(r.counts.valid);
          const indexes = [...r.valid.map((v) => v.index), ...r.rejected.map((x) => x.index)].sort(
            (x, y) => x - y,
          );
          expect(indexes).toEqual(batch.map((_, i) => i));
        },
      ),
      { numRuns: 200 },
    );
  });
});
