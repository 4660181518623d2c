import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  PKH_COMMITMENT_RULES,
  PKH_CONSEQUENCE_RULES,
  verifyFamilyCommitments,
  verifyPersonCommitment,
} from '../../src/pkh/index.js';

describe('school attendance: at least 85% of effective days', () => {
  it.each([
    // attended, expected, compliant (85% of 60 days is exactly 51)
    [51, 60, true],
    [50, 60, false],
    [60, 60, true],
    [17, 20, true], // exactly 85%
    [16, 20, false], // 80%
    [0, 0, true], // nothing due
  ])('%d of %d days: compliant %s', (attended, expected, compliant) => {
    const r = verifyPersonCommitment({ component: 'smp', attended, expected });
    expect(r.compliant).toBe(compliant);
    expect(r.commitment).toBe('school_attendance');
  });

  it('says why in both languages', () => {
    const r = verifyPersonCommitment({ component: 'sd', attended: 50, expected: 60 });
    expect(r.reason.code).toBe('commitment_not_met');
    expect(r.reason.messages).toEqual({
      id: 'Kehadiran di sekolah: 50 dari 60, di bawah batas minimal 85%',
      en: 'School attendance: 50 of 60, below the required 85%',
    });
    expect(r.percent).toBeCloseTo(83.333, 3);
  });
});

describe('family verification and consequences', () => {
  const okKids = [
    { component: 'sd' as const, attended: 55, expected: 60 },
    { component: 'anak_usia_dini' as const, attended: 3, expected: 3 },
  ];

  it('compliant: no consequence, the run resets', () => {
    const r = verifyFamilyCommitments({
      persons: okKids,
      p2k2: { attended: 3, expected: 3 },
      previousConsecutiveNonCompliant: 2,
    });
    expect([r.compliant, r.consecutiveNonCompliant, r.consequence, r.reasons]).toEqual([
      true,
      0,
      'none',
      [],
    ]);
  });

  it('a missed posyandu visit: suspension of the next payment', () => {
    const r = verifyFamilyCommitments({
      persons: [okKids[0] as never, { component: 'anak_usia_dini', attended: 2, expected: 3 }],
      p2k2: { attended: 3, expected: 3 },
    });
    expect([r.compliant, r.consecutiveNonCompliant, r.consequence]).toEqual([
      false,
      1,
      'penangguhan',
    ]);
    expect(r.reasons.map((x) => [x.code, x.path.join('.')])).toEqual([
      ['commitment_not_met', 'persons.1'],
      ['consequence_suspension', ''],
    ]);
    expect(r.consequenceLabel).toEqual({ id: 'Penangguhan bantuan', en: 'Payment suspended' });
  });

  it('missing P2K2 for the third period in a row: cancellation', () => {
    const r = verifyFamilyCommitments({
      persons: okKids,
      p2k2: { attended: 2, expected: 3 },
      previousConsecutiveNonCompliant: 2,
    });
    expect([r.consecutiveNonCompliant, r.consequence]).toEqual([3, 'pembatalan']);
    expect(r.reasons.at(-1)?.messages.id).toBe(
      'tidak memenuhi komitmen 3 periode berturut-turut (batas 3): kepesertaan dibatalkan',
    );
  });

  it('own rules: a lower P2K2 share and cancellation after 2 periods', () => {
    const r = verifyFamilyCommitments(
      { persons: [], p2k2: { attended: 2, expected: 3 }, previousConsecutiveNonCompliant: 1 },
      {
        rules: {
          ...PKH_COMMITMENT_RULES,
          p2k2: {
            ...PKH_COMMITMENT_RULES.p2k2,
            minPercent: { value: 60, source: 'district rule', confirmed: false },
          },
        },
        consequences: {
          ...PKH_CONSEQUENCE_RULES,
          cancelAfter: { value: 2, source: 'x', confirmed: false },
        },
      },
    );
    expect(r.compliant).toBe(true); // 2 of 3 = 66.7% >= 60%
  });

  it('rejects attended > expected and malformed records', () => {
    try {
      verifyFamilyCommitments({ persons: [{ component: 'sd', attended: 61, expected: 60 }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]).toMatchObject({
        code: 'attended_exceeds_expected',
        path: ['persons', 0, 'attended'],
      });
    }
    expect(() => verifyPersonCommitment({ component: 'sd', attended: -1, expected: 2 })).toThrow(
      ValidationError,
    );
    expect(() =>
      verifyFamilyCommitments(
        { persons: [], p2k2: { attended: 0, expected: 1 } },
        {
          consequences: {
            ...PKH_CONSEQUENCE_RULES,
            cancelAfter: { value: 0, source: 'x', confirmed: false },
          },
        },
      ),
    ).toThrow(ConfigurationError);
  });

  it('the rules carry their sources; the 85% is confirmed, the 100% shares are not', () => {
    expect(PKH_COMMITMENT_RULES.sma.minPercent).toMatchObject({ value: 85, confirmed: true });
    expect(PKH_COMMITMENT_RULES.ibu_hamil.minPercent.confirmed).toBe(false);
    expect(PKH_CONSEQUENCE_RULES.cancelAfter.confirmed).toBe(false);
  });
});
