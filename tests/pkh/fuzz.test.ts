import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessGraduation,
  checkDesilEligibility,
  defineGraduationRuleSet,
  PKH_GRADUATION_RULE_SETS,
  p2k2Workload,
  pkhBenefit,
  pkhBenefitColumns,
  pkhBenefits,
  pkhIndeksAt,
  planP2k2Groups,
  programsForDesil,
  summarizeP2k2Attendance,
  verifyFamilyCommitments,
  verifyPersonCommitment,
} from '../../src/pkh/index.js';
import { corrupt, expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

// Every public function, given anything, returns its result or throws a SejahteraError.
const runs = { numRuns: 300 };

const family = {
  id: 'KPM-1',
  akses: true,
  persons: [{ id: 'p1', component: 'sd' }, { component: 'lansia' }, { component: 'lansia' }],
};
const benefitOptions = { year: 2019, capOrder: 'input-order', componentLimits: true, locale: 'id' };
const columns = { counts: { sd: [1, 2], lansia: new Uint8Array([0, 1]) }, akses: [true, 0] };
const earlier = pkhBenefitColumns(columns as never, { year: 2022 });
const commitment = {
  id: 'KPM-1',
  persons: [{ component: 'sd', attended: 50, expected: 60 }],
  p2k2: { attended: 1, expected: 1 },
  previousConsecutiveNonCompliant: 1,
};
const group = {
  families: ['A', 'B'],
  sessions: [{ date: '2024-01-01', session: 1, module: 'm', attendees: ['A', 'Z'] }],
};
const graduation = {
  components: 0,
  desil: 5,
  voluntaryStatement: true,
  consecutiveNonCompliant: 3,
  declaredCapable: true,
};

describe('fuzz: benefits', () => {
  it('pkhBenefit with a hostile family or options', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(family), fc.constant(family)),
        fc.oneof(hostile, corrupt(benefitOptions), fc.constant(benefitOptions)),
        (f, o) => {
          expectReturnsOrSejahteraError(() => pkhBenefit(f as never, o as never));
          expectReturnsOrSejahteraError(() => pkhBenefits([f, family] as never, o as never));
          const r = pkhBenefits([f, f], { year: 2022 });
          expect(r.counts.valid + r.counts.rejected).toBe(2);
        },
      ),
      runs,
    );
  });

  it('pkhBenefitColumns and pkhIndeksAt', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(columns), fc.constant(columns)),
        fc.oneof(hostile, corrupt({ year: 2022, componentLimits: false })),
        fc.oneof(hostile, corrupt({ ...earlier })),
        (c, o, y) => {
          expectReturnsOrSejahteraError(() => pkhBenefitColumns(c as never, o as never));
          // A hostile or damaged earlier result to reuse.
          expectReturnsOrSejahteraError(() =>
            pkhBenefitColumns(columns as never, { year: 2022, into: y as never }),
          );
          expectReturnsOrSejahteraError(() =>
            pkhBenefitColumns(c as never, { year: 2019, into: earlier }),
          );
          expectReturnsOrSejahteraError(() => pkhBenefitColumns(c as never, { year: 2022 }));
          expectReturnsOrSejahteraError(() => pkhIndeksAt(y as never));
          expectReturnsOrSejahteraError(() => pkhIndeksAt(2022, y as never));
        },
      ),
      runs,
    );
  });
});

describe('fuzz: commitments, P2K2, graduation, DTSEN', () => {
  it('verifyFamilyCommitments / verifyPersonCommitment', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(commitment)),
        fc.oneof(hostile, corrupt(commitment.persons[0])),
        hostile,
        (f, p, o) => {
          expectReturnsOrSejahteraError(() => verifyFamilyCommitments(f as never));
          expectReturnsOrSejahteraError(() =>
            verifyFamilyCommitments(commitment as never, o as never),
          );
          expectReturnsOrSejahteraError(() => verifyPersonCommitment(p as never, o as never));
        },
      ),
      runs,
    );
  });

  it('summarizeP2k2Attendance, planP2k2Groups, p2k2Workload', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(group)),
        hostile,
        fc.oneof(hostile, corrupt({ families: 600, pendamping: 2 })),
        fc.oneof(hostile, corrupt({ maxGroupSize: 30, sessionMinutes: 120, sessionsPerMonth: 1 })),
        (g, o, a, p) => {
          expectReturnsOrSejahteraError(() => summarizeP2k2Attendance(g as never, o as never));
          expectReturnsOrSejahteraError(() => planP2k2Groups(o as never, p as never));
          expectReturnsOrSejahteraError(() => p2k2Workload(a as never, p as never));
        },
      ),
      runs,
    );
  });

  it('assessGraduation, defineGraduationRuleSet', () => {
    const preset = PKH_GRADUATION_RULE_SETS['pkh-default'];
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(graduation)),
        fc.oneof(hostile, corrupt({ asOf: '2025-01-01', ruleSet: { ...preset } })),
        fc.oneof(hostile, corrupt({ ...preset })),
        (g, o, rs) => {
          expectReturnsOrSejahteraError(() => assessGraduation(g as never, o as never));
          expectReturnsOrSejahteraError(() => defineGraduationRuleSet(rs as never));
          expectReturnsOrSejahteraError(() => defineGraduationRuleSet(preset, rs as never));
        },
      ),
      runs,
    );
  });

  it('checkDesilEligibility, programsForDesil', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt({ desil: 4 })),
        fc.oneof(hostile, corrupt({ program: 'pkh', date: '2025-06-01' })),
        hostile,
        (h, o, d) => {
          expectReturnsOrSejahteraError(() => checkDesilEligibility(h as never, o as never));
          expectReturnsOrSejahteraError(() => programsForDesil(d as never, o as never));
        },
      ),
      runs,
    );
  });

  it('a valid result survives JSON (no functions, no cycles)', () => {
    const r = pkhBenefit(family as never, benefitOptions as never);
    expect(JSON.parse(JSON.stringify(r)).total).toBe(r.total);
  });
});
