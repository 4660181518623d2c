import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { defineRuleSet, kpbRuleSets, verifyGroup } from '../../src/kpb/index.js';
import { group, kk, member, registryFor } from './fixtures.js';

const asOf = '2024-06-01';
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const withRules = (overrides: Parameters<typeof defineRuleSet>[1]) =>
  defineRuleSet(kpbRuleSets['pkkpm-default'], { id: 'test', ...overrides });
const verify = (g: ReturnType<typeof group>, ruleSet = kpbRuleSets['pkkpm-default'] as never) =>
  verifyGroup(g, { ruleSet, asOf, registry: registryFor(g) });

describe('verifyGroup: size (pkkpm-default and kube-2020: 5-20)', () => {
  it('accepts exactly 5 and exactly 20 members', () => {
    expect(verify(group(5)).eligible).toBe(true);
    expect(verify(group(20)).eligible).toBe(true);
  });
  it('rejects 4 (min - 1) and 21 (max + 1)', () => {
    expect(codes(verify(group(4)))).toEqual(['group_size_below_min']);
    expect(codes(verify(group(21)))).toEqual(['group_size_above_max']);
    expect(verify(group(21)).reasons[0]?.params).toEqual({ size: 21, maximum: 20 });
  });
  it("'ksm-p2kp' has a minimum of 5 and no maximum", () => {
    const g = (n: number) => group(n);
    const ksm = (n: number) => verifyGroup(g(n), { ruleSet: 'ksm-p2kp', asOf });
    expect(codes(ksm(4))).toEqual(['group_size_below_min']);
    expect(ksm(5).eligible).toBe(true);
    expect(ksm(60).eligible).toBe(true);
  });
});

describe('verifyGroup: minimum share of women', () => {
  it('accepts a share exactly at the minimum: 5 of 10 at 50%, 3 of 10 at 30%', () => {
    expect(
      verify(group(10, 5), withRules({ group: { minWomenPercent: 50 } }) as never).eligible,
    ).toBe(true);
    // 0.3 * 10 is not exactly 3 in binary floating point; the rule compares integers
    expect(
      verify(group(10, 3), withRules({ group: { minWomenPercent: 30 } }) as never).eligible,
    ).toBe(true);
  });
  it('rejects one woman fewer: 4 of 10 at 50%, 2 of 10 at 30%', () => {
    const r = verify(group(10, 4), withRules({ group: { minWomenPercent: 50 } }) as never);
    expect(codes(r)).toEqual(['group_women_share_below_min']);
    expect(r.reasons[0]?.params).toEqual({ women: 4, size: 10, minimumPercent: 50 });
    expect(
      codes(verify(group(10, 2), withRules({ group: { minWomenPercent: 30 } }) as never)),
    ).toEqual(['group_women_share_below_min']);
  });
  it('33.33%: 2 of 6 women pass (33.33...% >= 33.33%), 1 of 5 (20%) fails', () => {
    const rules = withRules({ group: { minWomenPercent: 33.33 } }) as never;
    expect(verify(group(6, 2), rules).eligible).toBe(true);
    expect(codes(verify(group(5, 1), rules))).toEqual(['group_women_share_below_min']);
  });
});

describe('verifyGroup: savings before the first loan (3 months)', () => {
  it('accepts exactly 3 whole months: 15 January to 15 April', () => {
    expect(
      verify(group(5, 0, { savingsStartDate: '2024-01-15', firstLoanDate: '2024-04-15' })).eligible,
    ).toBe(true);
  });
  it('rejects one day short: 15 January to 14 April is 2 whole months', () => {
    const r = verify(group(5, 0, { savingsStartDate: '2024-01-15', firstLoanDate: '2024-04-14' }));
    expect(codes(r)).toEqual(['group_savings_too_short']);
    expect(r.reasons[0]?.params.months).toBe(2);
  });
  it('counts month ends as whole months: 31 January to 30 April, 30 November to 29 February', () => {
    expect(
      verify(group(5, 0, { savingsStartDate: '2024-01-31', firstLoanDate: '2024-04-30' })).eligible,
    ).toBe(true);
    expect(
      verify(group(5, 0, { savingsStartDate: '2023-11-30', firstLoanDate: '2024-02-29' })).eligible,
    ).toBe(true);
  });
  it('uses asOf when no loan date is given, and reports a group that has not started saving', () => {
    // 2024-03-01 to asOf 2024-06-01 is 3 months; 2024-03-02 to 2024-06-01 is 2
    const { firstLoanDate: _drop, ...noLoan } = group(5, 0, { savingsStartDate: '2024-03-01' });
    expect(verify(noLoan as ReturnType<typeof group>).eligible).toBe(true);
    expect(
      codes(verify({ ...noLoan, savingsStartDate: '2024-03-02' } as ReturnType<typeof group>)),
    ).toEqual(['group_savings_too_short']);
    const { savingsStartDate: _s, ...noSavings } = group(5);
    expect(codes(verify(noSavings as ReturnType<typeof group>))).toEqual(['group_savings_missing']);
  });
});

describe('verifyGroup: households, village, leaders, joint liability', () => {
  it('one member per household: a second member with the same KK is reported at its index', () => {
    const g = group(6);
    g.members[3] = { ...g.members[3], nik: g.members[3]?.nik as string, kk: kk(2) }; // member 1 has kk(2)
    const r = verify(g);
    expect(codes(r)).toEqual(['group_duplicate_household']);
    expect(r.reasons[0]?.path).toEqual(['members', 3, 'kk']);
    expect(r.reasons[0]?.params).toEqual({ firstIndex: 1 });
  });

  it('the same NIK twice in a group is a duplicate member', () => {
    const g = group(5);
    const registry = registryFor(g);
    g.members.push(g.members[2] as (typeof g.members)[number]);
    const r = verifyGroup(g, { ruleSet: 'pkkpm-default', asOf, registry });
    expect(codes(r)).toEqual(['group_duplicate_member']);
    expect(r.reasons[0]?.path).toEqual(['members', 5, 'nik']);
  });

  it('all members in the desa/kelurahan of the group', () => {
    const g = group(5);
    g.members[4] = member(4, false, { desa: '3304122002' });
    const r = verify(g);
    expect(codes(r)).toEqual(['group_member_other_village']);
    expect(r.reasons[0]?.path).toEqual(['members', 4, 'desa']);
  });

  it('a group record without desa: the first desa a member gives stands for the group', () => {
    // Every member of group(5) lives in 3304122001: one desa, so the rule passes.
    const { desa: _d, ...noDesa } = group(5);
    const same = verify(noDesa as ReturnType<typeof group>);
    expect(codes(same)).toEqual([]);
    expect(same.desa).toBe('3304122001');
    // Member 3 lives elsewhere: reported against member 0's desa; no single desa for the dashboard.
    const split = { ...noDesa, members: [...noDesa.members] };
    split.members[3] = member(3, false, { desa: '3304122002' });
    const r = verify(split as ReturnType<typeof group>);
    expect(codes(r)).toEqual(['group_member_other_village']);
    expect(r.reasons[0]?.path).toEqual(['members', 3, 'desa']);
    expect(r.reasons[0]?.params).toMatchObject({ expected: '3304122001', received: '3304122002' });
    expect(r.desa).toBeNull();
    // Nobody gives a desa: the rule cannot be checked.
    const none = { ...noDesa, members: noDesa.members.map(({ desa: _m, ...m }) => m) };
    expect(codes(verify(none as ReturnType<typeof group>))).toEqual(['group_village_unknown']);
  });

  it('at most one leader: 1 passes, 2 fail', () => {
    const g = group(5);
    expect(verify(g).eligible).toBe(true);
    g.members[1] = member(1, false, { role: 'leader' });
    expect(codes(verify(g))).toEqual(['group_too_many_leaders']);
  });

  it("'ksm-p2kp' needs the joint-liability statement", () => {
    expect(
      codes(
        verifyGroup(group(5, 0, { jointLiabilityStatement: false }), { ruleSet: 'ksm-p2kp', asOf }),
      ),
    ).toEqual(['group_joint_liability_missing']);
    expect(verifyGroup(group(5), { ruleSet: 'ksm-p2kp', asOf }).eligible).toBe(true);
  });
});

describe('verifyGroup: the whole verdict', () => {
  it('lists group reasons first, then each member reason with its path, and a verdict per member', () => {
    const g = group(4, 0, { jointLiabilityStatement: false });
    g.members[2] = member(2, false, { nik: '3304123205850003' }); // day 32
    const r = verifyGroup(g, { ruleSet: 'ksm-p2kp', asOf });
    expect(codes(r)).toEqual([
      'group_size_below_min',
      'group_joint_liability_missing',
      'member_nik_invalid',
    ]);
    expect(r.reasons[2]?.path).toEqual(['members', 2, 'nik']);
    expect(r.members.map((m) => m.eligible)).toEqual([true, true, false, true]);
    expect(r.members[2]?.reasons[0]?.path).toEqual(['nik']);
    expect(r.counts).toEqual({ members: 4, eligibleMembers: 3, women: 0 });
  });

  it('throws a ValidationError for a malformed group', () => {
    // @ts-expect-error: members must be an array
    expect(() => verifyGroup({ id: 'x', members: 'none' }, { ruleSet: 'ksm-p2kp', asOf })).toThrow(
      ValidationError,
    );
  });
});

describe('verifyGroup: duplicates in a large group (more than 64 members)', () => {
  it('finds the same NIK and the same household as in a small group', () => {
    const rules = defineRuleSet(kpbRuleSets['pkkpm-default'], {
      id: 'big',
      group: { maxSize: null },
    });
    for (const size of [10, 70]) {
      const g = group(size);
      const registry = registryFor(g);
      g.members.push(g.members[2] as (typeof g.members)[number]); // same person again
      g.members[5] = { ...(g.members[5] as (typeof g.members)[number]), kk: kk(4) }; // household of member 3
      const r = verifyGroup(g, { ruleSet: rules, asOf, registry });
      expect(r.reasons.map((x) => [x.code, x.path, x.params])).toEqual([
        ['group_duplicate_household', ['members', 5, 'kk'], { firstIndex: 3 }],
        ['group_duplicate_member', ['members', size, 'nik'], { firstIndex: 2 }],
      ]);
    }
  });
});

describe('verifyGroup: recorded savings months (no start date)', () => {
  it('accepts exactly 3 recorded months and rejects 2', () => {
    const base = (months: number) => {
      const { savingsStartDate: _s, firstLoanDate: _f, ...g } = group(5);
      return { ...g, savingsMonths: months };
    };
    expect(verify(base(3) as ReturnType<typeof group>).eligible).toBe(true);
    const r = verify(base(2) as ReturnType<typeof group>);
    expect(r.reasons.map((x) => [x.code, x.path])).toEqual([
      ['group_savings_too_short', ['savingsMonths']],
    ]);
  });
});

describe('verifyGroup: without a registry', () => {
  it("'kube-2020' size boundaries still hold; registry rules are listed as unchecked", () => {
    const at = (n: number) => verifyGroup(group(n), { ruleSet: 'kube-2020', asOf });
    expect(at(5)).toMatchObject({
      eligible: true,
      unchecked: ['member.requireRegistry', 'member.exclusiveMembership'],
    });
    expect(at(20).eligible).toBe(true);
    expect(at(4).reasons.map((r) => r.code)).toEqual(['group_size_below_min']);
    expect(at(21).reasons.map((r) => r.code)).toEqual(['group_size_above_max']);
  });
});
