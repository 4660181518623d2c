import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import { createRegistry, defineRuleSet, kpbRuleSets, verifyMember } from '../../src/kpb/index.js';
import { kk, nik } from './fixtures.js';

const asOf = '2024-06-01';
const woman85 = nik({ day: 5, month: 5, yy: 85, female: true }); // born 1985-05-05: 39 on 2024-06-01
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const kube = (n: string, desil: number | null = 2) => ({
  ruleSet: 'kube-2020' as const,
  asOf,
  registry: [{ nik: n, desil }],
});

describe('verifyMember: member rules', () => {
  it('accepts a listed 39-year-old woman with a valid NIK and KK', () => {
    const r = verifyMember({ nik: woman85, kk: kk(1) }, kube(woman85));
    expect(r).toEqual({
      memberId: null,
      eligible: true,
      reasons: [],
      age: 39,
      sex: 'female',
      birthDate: '1985-05-05',
      unchecked: [],
    });
  });

  it('age 18-60 inclusive: 18 on the 18th birthday, 17 the day before; 60 until the 61st birthday', () => {
    // born 2006-06-01 -> 18 on 2024-06-01; born 2006-06-02 -> still 17
    const n18 = nik({ day: 1, month: 6, yy: 6 });
    const n17 = nik({ day: 2, month: 6, yy: 6 });
    expect(verifyMember({ nik: n18, kk: kk(1) }, kube(n18))).toMatchObject({
      eligible: true,
      age: 18,
    });
    expect(codes(verifyMember({ nik: n17, kk: kk(1) }, kube(n17)))).toEqual([
      'member_age_below_min',
    ]);
    // born 1963-06-02 -> 60 on 2024-06-01; born 1963-06-01 -> 61
    const n60 = nik({ day: 2, month: 6, yy: 63 });
    const n61 = nik({ day: 1, month: 6, yy: 63 });
    expect(verifyMember({ nik: n60, kk: kk(1) }, kube(n60))).toMatchObject({
      eligible: true,
      age: 60,
    });
    expect(codes(verifyMember({ nik: n61, kk: kk(1) }, kube(n61)))).toEqual([
      'member_age_above_max',
    ]);
  });

  it('a 29 February birthday turns a year older on 1 March in a non-leap year', () => {
    // born 2004-02-29: on 2022-02-28 still 17 (2022 - 2004 - 1), on 2022-03-01 18
    const n = nik({ day: 29, month: 2, yy: 4 });
    const at = (d: string) => verifyMember({ nik: n, kk: kk(1) }, { ...kube(n), asOf: d });
    expect(at('2022-02-28')).toMatchObject({ age: 17, eligible: false });
    expect(at('2022-03-01')).toMatchObject({ age: 18, eligible: true });
    // in a leap year the birthday is the day itself: 2024-02-28 -> 19, 2024-02-29 -> 20
    expect(at('2024-02-28').age).toBe(19);
    expect(at('2024-02-29').age).toBe(20);
  });

  it('must be listed in the registry with desil at most the maximum (pkkpm-default: 4)', () => {
    const opts = (desil: number | null) => ({
      ruleSet: 'pkkpm-default' as const,
      asOf,
      registry: [{ nik: woman85, desil }],
    });
    expect(verifyMember({ nik: woman85, kk: kk(1) }, opts(4)).eligible).toBe(true);
    expect(codes(verifyMember({ nik: woman85, kk: kk(1) }, opts(5)))).toEqual([
      'member_desil_above_max',
    ]);
    expect(codes(verifyMember({ nik: woman85, kk: kk(1) }, opts(null)))).toEqual([
      'member_desil_unknown',
    ]);
    const other = nik({ day: 1, month: 1, yy: 80 });
    expect(codes(verifyMember({ nik: other, kk: kk(1) }, opts(1)))).toEqual([
      'member_not_in_registry',
    ]);
  });

  it('accepts the registry as a Map and as a prepared registry', () => {
    const map = new Map([[woman85, { desil: 5 }]]);
    const base = { ruleSet: 'pkkpm-default' as const, asOf };
    expect(codes(verifyMember({ nik: woman85, kk: kk(1) }, { ...base, registry: map }))).toEqual([
      'member_desil_above_max',
    ]);
    const prepared = createRegistry([{ nik: woman85, desil: 1 }]);
    expect(
      verifyMember({ nik: woman85, kk: kk(1) }, { ...base, registry: prepared }).eligible,
    ).toBe(true);
  });

  it('declared birth date and sex must agree with the NIK', () => {
    const r = verifyMember(
      { nik: woman85, kk: kk(1), birthDate: '1985-05-06', sex: 'male' },
      kube(woman85),
    );
    expect(codes(r)).toEqual(['member_birth_date_mismatch', 'member_sex_mismatch']);
    expect(
      verifyMember(
        { nik: woman85, kk: kk(1), birthDate: '1985-05-05', sex: 'female' },
        kube(woman85),
      ).eligible,
    ).toBe(true);
  });

  it('a declared birth date that agrees on DD-MM-YY settles the century (a person aged 104)', () => {
    // 05-05-20 read on 2024-06-01 alone is 2020-05-05 (age 4); declared 1920-05-05 makes it 104
    const n = nik({ day: 5, month: 5, yy: 20 });
    expect(verifyMember({ nik: n, kk: kk(1) }, kube(n))).toMatchObject({ age: 4 });
    const r = verifyMember({ nik: n, kk: kk(1), birthDate: '1920-05-05' }, kube(n));
    expect(r.age).toBe(104);
    expect(codes(r)).toEqual(['member_age_above_max']);
  });

  it('NIK and KK must be valid; the age then comes from the declared birth date', () => {
    const bad = '3304123205850001'; // day 32
    const r = verifyMember(
      { nik: bad, kk: '1004120101150003', birthDate: '1985-05-05' },
      kube(bad),
    );
    expect(codes(r)).toEqual(['member_nik_invalid', 'member_kk_invalid']);
    expect(r.age).toBe(39);
    expect(r.reasons[0]?.params.issues).toEqual(['nik_invalid_day']);
    expect(codes(verifyMember({ nik: woman85 }, kube(woman85)))).toEqual(['member_kk_missing']);
    expect(codes(verifyMember({ nik: bad, kk: kk(1) }, kube(bad)))).toEqual([
      'member_nik_invalid',
      'member_age_unknown',
    ]);
  });

  it('not already a member of another active group', () => {
    const registry = [{ nik: woman85, desil: 2, activeGroupId: 'KUBE-7' }];
    const base = { ruleSet: 'kube-2020' as const, asOf, registry };
    expect(codes(verifyMember({ nik: woman85, kk: kk(1) }, base))).toEqual([
      'member_in_other_group',
    ]);
    expect(verifyMember({ nik: woman85, kk: kk(1) }, { ...base, groupId: 'KUBE-7' }).eligible).toBe(
      true,
    );
  });

  it("'kube-2020': not funded before", () => {
    expect(
      codes(verifyMember({ nik: woman85, kk: kk(1), previouslyFunded: true }, kube(woman85))),
    ).toEqual(['member_funded_before']);
  });

  it('lists every failed rule, not only the first', () => {
    const n = nik({ day: 1, month: 1, yy: 50 }); // 1950-01-01 -> 74
    const r = verifyMember(
      { nik: n, kk: '33041201', sex: 'female', previouslyFunded: true },
      { ruleSet: 'kube-2020', asOf, registry: [{ nik: n, activeGroupId: 'X' }] },
    );
    expect(codes(r)).toEqual([
      'member_kk_invalid',
      'member_sex_mismatch',
      'member_age_above_max',
      'member_in_other_group',
      'member_funded_before',
    ]);
  });

  it('writes reasons in Indonesian on request', () => {
    const n = nik({ day: 2, month: 6, yy: 6 });
    const r = verifyMember({ nik: n, kk: kk(1) }, { ...kube(n), locale: 'id' });
    expect(r.reasons[0]?.message).toBe('umur 17 pada 2024-06-01 di bawah batas minimal 18 tahun');
  });
});

describe('verifyMember: per-call messages', () => {
  it('uses a per-call message override and still masks any identifier it prints', () => {
    const n = nik({ day: 2, month: 6, yy: 6 });
    const r = verifyMember(
      { nik: n, kk: kk(1) },
      {
        ...kube(n),
        messages: { member_age_below_min: (p) => `terlalu muda (${String(p.age)}): ${n}` },
      },
    );
    // the override printed the full NIK; the library masks it (first 6 and last 2 digits kept)
    expect(r.reasons[0]?.message).toBe(`terlalu muda (17): ${n.slice(0, 6)}********${n.slice(14)}`);
  });
});

describe('verifyMember: configuration and input errors', () => {
  it('throws rule_set_not_in_force when asOf is outside the rule set dates', () => {
    const inForce = verifyMember(
      { nik: woman85, kk: kk(1) },
      { ...kube(woman85), asOf: '2020-01-01' },
    );
    expect(inForce.age).toBe(34);
    try {
      verifyMember({ nik: woman85, kk: kk(1) }, { ...kube(woman85), asOf: '2019-12-31' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      expect((e as ConfigurationError).code).toBe('rule_set_not_in_force');
    }
    const closed = defineRuleSet(kpbRuleSets['ksm-p2kp'], { id: 'old', validTo: '2014-12-31' });
    expect(() => verifyMember({ nik: woman85 }, { ruleSet: closed, asOf: '2015-01-01' })).toThrow(
      /applies from 1999-01-01 to 2014-12-31/,
    );
  });

  it('without a registry, the registry rules are not evaluated and the result says which', () => {
    // 'kube-2020' needs the registry listing and reads activeGroupId; nothing else fails here
    const r = verifyMember({ nik: woman85, kk: kk(1) }, { ruleSet: 'kube-2020', asOf });
    expect(r.eligible).toBe(true);
    expect(r.unchecked).toEqual(['member.requireRegistry', 'member.exclusiveMembership']);
    const p = verifyMember({ nik: woman85, kk: kk(1) }, { ruleSet: 'pkkpm-default', asOf });
    expect(p.unchecked).toEqual([
      'member.requireRegistry',
      'member.maxDesil',
      'member.exclusiveMembership',
    ]);
    // with a registry, everything is evaluated
    expect(verifyMember({ nik: woman85, kk: kk(1) }, kube(woman85)).unchecked).toEqual([]);
  });

  it('throws a ValidationError for a malformed member or asOf', () => {
    // @ts-expect-error: nik must be a string
    expect(() => verifyMember({ nik: 3304124505850001 }, kube(woman85))).toThrow(ValidationError);
    expect(() => verifyMember({ nik: woman85 }, { ...kube(woman85), asOf: '2024-02-30' })).toThrow(
      ValidationError,
    );
  });
});
