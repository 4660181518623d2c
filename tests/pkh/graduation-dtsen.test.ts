import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  ParameterNotFoundError,
  ValidationError,
} from '../../src/core/index.js';
import {
  assessGraduation,
  checkDesilEligibility,
  defineGraduationRuleSet,
  DTSEN_PROGRAM_DESIL,
  PKH_GRADUATION_RULE_SETS,
  programsForDesil,
} from '../../src/pkh/index.js';

const asOf = '2025-06-01';

describe('graduation rule set', () => {
  it.each([
    // input, graduates, kinds, reason codes
    [{ components: 0, desil: 3 }, true, ['alamiah'], ['graduation_natural']],
    [
      { components: 2, desil: 3 },
      false,
      [],
      ['graduation_components_remain', 'graduation_desil_within'],
    ],
    [{ components: 2, desil: 6 }, true, ['sejahtera_mandiri'], ['graduation_desil_above']],
    [
      { components: 1, voluntaryStatement: true },
      true,
      ['sejahtera_mandiri'],
      ['graduation_voluntary'],
    ],
    [
      { components: 1, desil: 2, consecutiveNonCompliant: 3, declaredCapable: true },
      true,
      ['paksa'],
      ['graduation_forced'],
    ],
    [
      { components: 1, desil: 2, consecutiveNonCompliant: 3 },
      false,
      [],
      ['graduation_components_remain', 'graduation_desil_within'],
    ],
    [{ components: 1 }, false, [], ['graduation_components_remain', 'graduation_desil_unknown']],
    [
      { components: 0, desil: 7, voluntaryStatement: true },
      true,
      ['alamiah', 'sejahtera_mandiri'],
      ['graduation_natural', 'graduation_voluntary', 'graduation_desil_above'],
    ],
  ] as const)('%j', (input, graduates, kinds, codes) => {
    const r = assessGraduation(input, { asOf });
    expect(r.graduates).toBe(graduates);
    expect(r.kinds).toEqual(kinds);
    expect(r.reasons.map((x) => x.code)).toEqual(codes);
    for (const x of r.reasons)
      expect(x.messages.id.length * x.messages.en.length).toBeGreaterThan(0);
  });

  it('a rule set with changes: no desil criterion', () => {
    const rs = defineGraduationRuleSet(PKH_GRADUATION_RULE_SETS['pkh-default'], {
      id: 'no-desil',
      rules: { maxDesil: null },
    });
    expect(rs.rules).toEqual({ natural: true, voluntary: true, maxDesil: null, forcedAfter: 3 });
    expect(assessGraduation({ components: 2, desil: 9 }, { asOf, ruleSet: rs }).graduates).toBe(
      false,
    );
    expect(Object.isFrozen(rs.rules)).toBe(true);
  });

  it('configuration errors: unknown preset, invalid set, not in force', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof ConfigurationError) return e.code;
        throw e;
      }
      return 'none';
    };
    expect(code(() => assessGraduation({ components: 0 }, { asOf, ruleSet: 'x' as never }))).toBe(
      'unknown_rule_set',
    );
    expect(
      code(() =>
        defineGraduationRuleSet(PKH_GRADUATION_RULE_SETS['pkh-default'], {
          rules: { maxDesil: 11 },
        }),
      ),
    ).toBe('invalid_rule_set');
    expect(code(() => assessGraduation({ components: 0 }, { asOf: '2006-12-31' }))).toBe(
      'rule_set_not_in_force',
    );
    expect(() => assessGraduation({ components: -1 }, { asOf })).toThrow(ValidationError);
  });
});

describe('DTSEN desil by program (2025)', () => {
  it.each([
    ['pkh', 4, true, true],
    ['pkh', 5, false, true],
    ['bpnt', 4, true, true],
    ['bpnt', 5, false, true],
    ['pbi_jk', 5, true, true],
    ['pbi_jk', 6, false, true],
    // ATENSI desil 1-5 has one source only (OborSulut): unconfirmed.
    ['atensi', 5, true, false],
  ] as const)('%s, desil %d: eligible %s (confirmed %s)', (program, desil, eligible, confirmed) => {
    const r = checkDesilEligibility({ desil }, { program, date: '2025-06-01' });
    expect(r.eligible).toBe(eligible);
    expect(r.confirmed).toBe(confirmed);
    expect(r.source).toMatch(/desil/);
  });

  it('programs for a desil; before 2025 the table has no value', () => {
    expect(programsForDesil(1, { date: '2025-01-01' })).toEqual([
      'pkh',
      'bpnt',
      'pbi_jk',
      'atensi',
    ]);
    expect(programsForDesil(5, { date: '2026-02-01' })).toEqual(['pbi_jk', 'atensi']);
    expect(programsForDesil(6, { date: '2026-02-01' })).toEqual([]);
    expect(() => programsForDesil(1, { date: '2024-12-31' })).toThrow(ParameterNotFoundError);
    expect(DTSEN_PROGRAM_DESIL.entries[0]?.note).toMatch(/not confirmed/);
  });

  it('reasons in both languages; bad desil or program are configuration errors', () => {
    const r = checkDesilEligibility(
      { desil: 5 },
      { program: 'pkh', date: '2025-06-01', locale: 'id' },
    );
    expect(r.reason.message).toBe(
      'desil 5 di atas desil 1-4 sasaran Program Keluarga Harapan (PKH)',
    );
    expect(r.reason.messages.en).toBe(
      'desil 5 is above desil 1-4 served by Family Hope Program (PKH)',
    );
    expect(() =>
      checkDesilEligibility({ desil: 0 }, { program: 'pkh', date: '2025-06-01' }),
    ).toThrow(ConfigurationError);
    expect(() =>
      checkDesilEligibility({ desil: 2 }, { program: 'blt' as never, date: '2025-06-01' }),
    ).toThrow(ConfigurationError);
  });
});
