// The @example blocks of the TSDoc, run as written (expected values worked out in the comments).
import { describe, expect, it } from 'vitest';
import {
  ageAt,
  createRegistry,
  defineRuleSet,
  kpbRuleSets,
  PROVINCES,
  parseKk,
  parseNik,
  provinceName,
  resolveRuleSet,
  summarizeVerification,
  verifyGroup,
  verifyGroups,
  verifyMember,
} from '../../src/kpb/index.js';

describe('TSDoc examples hold', () => {
  it('parseNik / parseKk / provinces', () => {
    // 45 -> woman born on the 5th; 050505 -> 2005-05-05 (not after 2024-06-01)
    expect(parseNik('3304124505050001', { referenceDate: '2024-06-01' })).toMatchObject({
      data: { birthDate: '2005-05-05', sex: 'female', regencyCode: '04', districtCode: '12' },
    });
    const bad = parseNik('1004120505050000', { referenceDate: '2024-06-01' });
    expect(!bad.success && bad.issues.map((i) => i.code)).toEqual([
      'nik_unknown_province',
      'nik_zero_serial',
    ]);
    expect(parseKk('3304120101150003').success).toBe(true);
    const kk = parseKk('3304120101');
    expect(!kk.success && kk.issues[0]?.code).toBe('kk_length');
    expect(PROVINCES.provinces.length).toBe(38);
    expect(provinceName('96')).toBe('Papua Barat Daya');
  });

  it('ageAt', () => {
    expect(ageAt('2006-02-28', '2024-02-28')).toBe(18);
    expect(ageAt('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageAt('2004-02-29', '2022-03-01')).toBe(18);
  });

  it('rule sets', () => {
    const mine = defineRuleSet(kpbRuleSets['kube-2020'], {
      id: 'kube-2020-65',
      member: { maxAge: 65 },
      group: { minWomenPercent: 50 },
    });
    expect([mine.member.maxAge, mine.group.maxSize]).toEqual([65, 20]);
    expect(resolveRuleSet('ksm-p2kp').group.minSize).toBe(5);
    const registry = createRegistry([{ nik: '3304124505850001', desil: 2 }]);
    expect(registry.get('3304124505850001')?.desil).toBe(2);
  });

  it('verifyMember / verifyGroup / verifyGroups / summarizeVerification', () => {
    expect(
      verifyMember(
        { nik: '3304124505850001', kk: '3304120101150003' },
        {
          ruleSet: 'kube-2020',
          asOf: '2024-06-01',
          registry: [{ nik: '3304124505850001', desil: 2 }],
        },
      ),
    ).toEqual({
      memberId: null,
      eligible: true,
      reasons: [],
      age: 39,
      sex: 'female',
      birthDate: '1985-05-05',
      unchecked: [],
    });

    const members = [{ nik: '3304124505850001' }, { nik: '3304120606800002' }];
    const one = verifyGroup(
      { id: 'KSM-1', members, savingsStartDate: '2024-01-15' },
      { ruleSet: 'ksm-p2kp', asOf: '2024-06-01' },
    );
    expect(one.eligible).toBe(false);
    expect(one.reasons.map((r) => r.code)).toEqual([
      'group_size_below_min',
      'group_joint_liability_missing',
    ]);

    const ruleSet = defineRuleSet(kpbRuleSets['ksm-p2kp'], { id: 'ksm-1', group: { minSize: 1 } });
    const g = (id: string) => ({
      id,
      members: [{ nik: '3304124505850001' }],
      savingsStartDate: '2024-01-15',
      jointLiabilityStatement: true,
    });
    const result = verifyGroups([g('A'), g('B'), null], { ruleSet, asOf: '2024-06-01' });
    expect(result.counts).toEqual({ total: 3, valid: 2, rejected: 1, eligible: 0, ineligible: 2 });
    expect(result.valid[1]?.value.reasons[0]?.code).toBe('member_in_two_groups');
    expect(result.rejected[0]?.index).toBe(2);
    expect(summarizeVerification(result).byDesa).toEqual([
      {
        desa: null,
        groups: 2,
        eligible: 0,
        ineligible: 2,
        topReasons: [{ code: 'member_in_two_groups', count: 2, groups: 2 }],
      },
    ]);
  });
});

describe('TSDoc examples of the schemas and messages hold', () => {
  it('MemberSchema, GroupSchema, RuleSetSchema, kpbMessages', async () => {
    const { GroupSchema, MemberSchema, RuleSetSchema, kpbMessages } = await import(
      '../../src/kpb/index.js'
    );
    expect(
      MemberSchema.safeParse({ nik: '3304124505850001', role: 'leader', alamat: 'RT 02' }).data,
    ).toEqual({
      nik: '3304124505850001',
      role: 'leader',
    });
    expect(GroupSchema.safeParse({ id: 'KPB-1', members: 'none' }).success).toBe(false);
    expect(RuleSetSchema.safeParse(kpbRuleSets['kube-2020']).success).toBe(true);
    expect(kpbMessages.nik_zero_serial.id({ masked: '330412********00' }, [])).toBe(
      'NIK 330412********00: nomor urut harus 0001-9999, bukan 0000',
    );
  });
});
