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

// Every public function, given anything, returns its result or throws a SejahteraError; a result
// that comes back has the shape of its type (checked by `shape`).
const runs = { numRuns: 300 };

/** Calls `fn`: a SejahteraError passes; a result must satisfy `check`. */
function shape<T>(fn: () => T, check: (r: T) => void): void {
  let result: T;
  try {
    result = fn();
  } catch {
    expectReturnsOrSejahteraError(fn);
    return;
  }
  check(result);
}

const isRupiah = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const benefitShape = (r: ReturnType<typeof pkhBenefit>) => {
  expect(isRupiah(r.total)).toBe(true);
  expect(r.stages.reduce((a, x) => a + x, 0)).toBe(r.total);
  expect(Array.isArray(r.counted) && Array.isArray(r.excluded)).toBe(true);
  for (const e of r.excluded) expect(typeof e.reason.messages.id).toBe('string');
};
const columnsShape = (r: ReturnType<typeof pkhBenefitColumns>) => {
  expect(r.totals).toBeInstanceOf(Float64Array);
  expect(r.totals.length).toBe(r.length);
  expect(r.stages.length).toBe(r.length * r.stageCount);
  expect(r.counts.valid + r.counts.rejected).toBe(r.counts.total);
  for (let i = 0; i < r.length; i++) {
    let sum = 0;
    for (let k = 0; k < r.stageCount; k++) sum += r.stages[i * r.stageCount + k] as number;
    expect(sum).toBe(r.totals[i]);
  }
};

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
          shape(() => pkhBenefit(f as never, o as never), benefitShape);
          shape(
            () => pkhBenefits([f, family] as never, o as never),
            (r) => {
              expect(r.counts.valid + r.counts.rejected).toBe(2);
              for (const v of r.valid) benefitShape(v.value);
            },
          );
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
          shape(() => pkhBenefitColumns(c as never, o as never), columnsShape);
          // A hostile or damaged earlier result to reuse.
          expectReturnsOrSejahteraError(() =>
            pkhBenefitColumns(columns as never, { year: 2022, into: y as never }),
          );
          shape(() => pkhBenefitColumns(c as never, { year: 2019, into: earlier }), columnsShape);
          shape(() => pkhBenefitColumns(c as never, { year: 2022 }), columnsShape);
          shape(
            () => pkhIndeksAt(y as never),
            (r) => expect(isRupiah(r.value.components.sd.value)).toBe(true),
          );
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
          const family = (r: ReturnType<typeof verifyFamilyCommitments>) => {
            expect(typeof r.compliant).toBe('boolean');
            expect(['none', 'penangguhan', 'pembatalan']).toContain(r.consequence);
            expect(Number.isSafeInteger(r.consecutiveNonCompliant)).toBe(true);
          };
          shape(() => verifyFamilyCommitments(f as never), family);
          shape(() => verifyFamilyCommitments(commitment as never, o as never), family);
          shape(
            () => verifyPersonCommitment(p as never, o as never),
            (r) => expect(r.attended).toBeLessThanOrEqual(r.expected),
          );
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
          shape(
            () => summarizeP2k2Attendance(g as never, o as never),
            (r) => expect(r.group.attendances).toBeLessThanOrEqual(r.group.possible),
          );
          shape(
            () => planP2k2Groups(o as never, p as never),
            (r) => expect(r.sizes.reduce((x, y) => x + y, 0)).toBe(r.families),
          );
          shape(
            () => p2k2Workload(a as never, p as never),
            (r) => expect(['below', 'within', 'above']).toContain(r.comparedToSeed),
          );
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
          shape(
            () => assessGraduation(g as never, o as never),
            (r) => expect(r.graduates).toBe(r.kinds.length > 0),
          );
          shape(
            () => defineGraduationRuleSet(rs as never),
            (r) => expect(Object.isFrozen(r)).toBe(true),
          );
          shape(
            () => defineGraduationRuleSet(preset, rs as never),
            (r) => expect(typeof r.id).toBe('string'),
          );
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
          shape(
            () => checkDesilEligibility(h as never, o as never),
            (r) => expect(r.eligible).toBe(r.desil <= r.maxDesil),
          );
          shape(
            () => programsForDesil(d as never, o as never),
            (r) => expect(Array.isArray(r)).toBe(true),
          );
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
