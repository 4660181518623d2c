import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import { defineRuleSet, kpbRuleSets, type RuleSet, resolveRuleSet } from '../../src/kpb/index.js';

const errorOf = (fn: () => unknown): ConfigurationError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('presets carry the documented thresholds and their sources', () => {
  it("'kube-2020': 5-20 members, age 18-60, KTP and KK, not funded before, registry listing", () => {
    const r = kpbRuleSets['kube-2020'];
    expect([r.group.minSize, r.group.maxSize, r.member.minAge, r.member.maxAge]).toEqual([
      5, 20, 18, 60,
    ]);
    expect(r.member.requireValidNik && r.member.requireValidKk && r.member.notFundedBefore).toBe(
      true,
    );
    expect(r.member.requireRegistry).toBe(true);
    expect(r.source).toMatch(/KUBE/);
  });

  it("'ksm-p2kp': at least 5 members, joint liability, 3 months of savings", () => {
    const r = kpbRuleSets['ksm-p2kp'];
    expect([r.group.minSize, r.group.maxSize, r.group.minSavingsMonths]).toEqual([5, null, 3]);
    expect(r.group.requireJointLiability).toBe(true);
    expect(r.source).toMatch(/P2KP/);
  });

  it("'pkkpm-default': closest documented values, marked unconfirmed", () => {
    const r = kpbRuleSets['pkkpm-default'];
    expect(r.member.maxDesil).toBe(4);
    expect(r.group.onePerHousehold && r.group.sameVillage && r.member.exclusiveMembership).toBe(
      true,
    );
    expect(r.unconfirmed).toContain('group.minSize');
    expect(r.title).toMatch(/unconfirmed/);
  });

  it('presets are frozen data', () => {
    expect(Object.isFrozen(kpbRuleSets['kube-2020'].member)).toBe(true);
  });
});

describe('defineRuleSet', () => {
  it('overrides one threshold and keeps the rest (second argument)', () => {
    const r = defineRuleSet(kpbRuleSets['kube-2020'], { id: 'kube-65', member: { maxAge: 65 } });
    expect([r.id, r.member.minAge, r.member.maxAge, r.group.maxSize]).toEqual([
      'kube-65',
      18,
      65,
      20,
    ]);
  });

  it('accepts overrides as a field of a preset spread', () => {
    const r = defineRuleSet({
      ...kpbRuleSets['ksm-p2kp'],
      overrides: { group: { minWomenPercent: 30 } },
    });
    expect(r.group.minWomenPercent).toBe(30);
    expect(r.group.minSize).toBe(5);
  });

  it('rejects a contradictory or out-of-range set, listing every problem', () => {
    const e = errorOf(() =>
      defineRuleSet(kpbRuleSets['kube-2020'], { member: { minAge: 61 }, group: { minSize: 21 } }),
    );
    expect(e.code).toBe('invalid_rule_set');
    expect(e.params.problems).toEqual([
      'member.minAge is greater than member.maxAge',
      'group.minSize is greater than group.maxSize',
    ]);
    expect(
      errorOf(() => defineRuleSet(kpbRuleSets['kube-2020'], { member: { maxDesil: 11 } })).code,
    ).toBe('invalid_rule_set');
    expect(
      errorOf(() => defineRuleSet(kpbRuleSets['kube-2020'], { group: { minWomenPercent: 33.333 } }))
        .code,
    ).toBe('invalid_rule_set');
    expect(
      errorOf(() =>
        defineRuleSet(kpbRuleSets['kube-2020'], { validFrom: '2030-01-01', validTo: '2029-12-31' }),
      ).code,
    ).toBe('invalid_rule_set');
    const noSource = { ...kpbRuleSets['kube-2020'], source: undefined } as unknown as RuleSet;
    expect(errorOf(() => defineRuleSet(noSource)).code).toBe('invalid_rule_set');
  });

  it('resolves preset names and rejects unknown ones', () => {
    expect(resolveRuleSet('kube-2020')).toBe(kpbRuleSets['kube-2020']);
    // @ts-expect-error: not a preset
    expect(errorOf(() => resolveRuleSet('kube-2019')).code).toBe('unknown_rule_set');
  });
});
