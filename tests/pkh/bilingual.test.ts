import { describe, expect, it } from 'vitest';
import { type Label, SejahteraError } from '../../src/core/index.js';
import {
  assessGraduation,
  checkDesilEligibility,
  DTSEN_PROGRAM_DESIL,
  defineGraduationRuleSet,
  P2K2_MODULES,
  PKH_COMMITMENT_RULES,
  PKH_COMPONENT_INFO,
  PKH_CONSEQUENCE_LABELS,
  PKH_GRADUATION_RULE_SETS,
  type PkhIssueCode,
  p2k2Workload,
  pkhBenefit,
  pkhBenefitColumns,
  pkhBenefits,
  pkhIndeksAt,
  pkhMessages,
  planP2k2Groups,
  programsForDesil,
  summarizeP2k2Attendance,
  verifyFamilyCommitments,
  verifyPersonCommitment,
} from '../../src/pkh/index.js';

// "Everything bilingual": every reason, error and label of the domain has an Indonesian text that is
// wholly Indonesian (option and field names such as `year` or `persons[0].component` are code and
// stay as they are) and an English text.
const ENGLISH_WORDS =
  /\b(must|the|is|are|of|or|and|with|not|whole|an|object|result|received|could|after|before|above|within|unknown|invalid|number|stays|cancelled|suspended|natural|graduation|below|session|family|group|read)\b/i;
/** Code in a message (a function and its argument, a field path) is not prose: left out. */
const prose = (text: string) =>
  text.replace(/\w+\([\w.]*\)/g, '').replace(/\b[\w]+(\[\d+\]|\.\w+)+/g, '');
const ENGLISH = { test: (text: string) => ENGLISH_WORDS.test(prose(text)) };

function errorOf(fn: () => unknown): SejahteraError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SejahteraError) return e;
    throw e;
  }
  throw new Error('expected a SejahteraError');
}

const bad: [string, () => unknown][] = [
  ['pkhBenefit: options', () => pkhBenefit({ persons: [] }, null as never)],
  ['pkhBenefit: year', () => pkhBenefit({ persons: [] }, { year: 2022.5 })],
  [
    'pkhBenefit: capOrder',
    () => pkhBenefit({ persons: [] }, { year: 2022, capOrder: 'x' as never }),
  ],
  [
    'pkhBenefit: componentLimits',
    () => pkhBenefit({ persons: [] }, { year: 2022, componentLimits: 1 as never }),
  ],
  [
    'pkhBenefit: family',
    () => pkhBenefit({ persons: [{ component: 'kuliah' }] } as never, { year: 2022 }),
  ],
  ['pkhBenefit: before 2019', () => pkhBenefit({ persons: [] }, { year: 2018 })],
  ['pkhBenefits: options', () => pkhBenefits([], { year: 'x' as never })],
  ['pkhIndeksAt: year', () => pkhIndeksAt(-1)],
  ['pkhBenefitColumns: options', () => pkhBenefitColumns({ counts: {} }, 1 as never)],
  [
    'pkhBenefitColumns: not an array',
    () => pkhBenefitColumns({ counts: { sd: 'x' as never } }, { year: 2022 }),
  ],
  [
    'pkhBenefitColumns: lengths',
    () => pkhBenefitColumns({ counts: { sd: [1], smp: [1, 2] } }, { year: 2022 }),
  ],
  [
    'pkhBenefitColumns: akses length',
    () => pkhBenefitColumns({ counts: { sd: [1] }, akses: [1, 0] }, { year: 2022 }),
  ],
  [
    'pkhBenefitColumns: into',
    () => pkhBenefitColumns({ counts: { sd: [1] } }, { year: 2022, into: {} as never }),
  ],
  ['pkhBenefitColumns: input', () => pkhBenefitColumns(null as never, { year: 2022 })],
  [
    'verifyPersonCommitment: attended > expected',
    () => verifyPersonCommitment({ component: 'sd', attended: 5, expected: 4 }),
  ],
  [
    'verifyFamilyCommitments: rules',
    () =>
      verifyFamilyCommitments({ persons: [] }, {
        consequences: { cancelAfter: { value: 0, source: 'x', confirmed: false } },
      } as never),
  ],
  [
    'summarizeP2k2Attendance: minPercent',
    () => summarizeP2k2Attendance({ families: [], sessions: [] }, { minPercent: 101 }),
  ],
  ['planP2k2Groups: families', () => planP2k2Groups(-1)],
  ['p2k2Workload: area', () => p2k2Workload(null as never)],
  ['assessGraduation: options', () => assessGraduation({ components: 1 }, null as never)],
  [
    'assessGraduation: not in force',
    () =>
      assessGraduation(
        { components: 1 },
        { asOf: '2000-01-01', ruleSet: PKH_GRADUATION_RULE_SETS['pkh-default'] },
      ),
  ],
  ['defineGraduationRuleSet: unknown preset', () => defineGraduationRuleSet('x' as never)],
  [
    'defineGraduationRuleSet: bad rules',
    () =>
      defineGraduationRuleSet(PKH_GRADUATION_RULE_SETS['pkh-default'], {
        rules: { maxDesil: 11 },
      } as never),
  ],
  [
    'defineGraduationRuleSet: dates',
    () =>
      defineGraduationRuleSet(PKH_GRADUATION_RULE_SETS['pkh-default'], {
        validFrom: '2020-01-01',
        validTo: '2019-01-01',
      } as never),
  ],
  [
    'defineGraduationRuleSet: unreadable',
    () =>
      defineGraduationRuleSet(
        new Proxy(
          {},
          {
            get() {
              throw new Error('x');
            },
            ownKeys() {
              throw new Error('x');
            },
          },
        ) as never,
      ),
  ],
  [
    'checkDesilEligibility: desil',
    () => checkDesilEligibility({ desil: 0 }, { program: 'pkh', date: '2025-06-01' }),
  ],
  [
    'checkDesilEligibility: program',
    () => checkDesilEligibility({ desil: 1 }, { program: 'blt' as never, date: '2025-06-01' }),
  ],
  ['programsForDesil: options', () => programsForDesil(1, null as never)],
];

describe('every error of the domain in Indonesian and English', () => {
  it.each(bad)('%s', (_name, fn) => {
    const e = errorOf(fn);
    expect(e.messages.en.length).toBeGreaterThan(5);
    expect(e.messages.id.length).toBeGreaterThan(5);
    expect(e.messages.id).not.toBe(e.messages.en);
    expect(ENGLISH.test(e.messages.id), e.messages.id).toBe(false);
  });
});

describe('every reason of the domain in Indonesian and English', () => {
  const reasons = (): Label[] => {
    const out: Label[] = [];
    const b = pkhBenefit(
      {
        persons: ['lansia', 'lansia', 'sd', 'smp', 'sma', 'ibu_hamil'].map((component) => ({
          component: component as never,
        })),
      },
      { year: 2022 },
    );
    out.push(...b.excluded.map((e) => e.reason.messages));
    const f = verifyFamilyCommitments({
      persons: [
        { component: 'sd', attended: 50, expected: 60 },
        { component: 'smp', attended: 60, expected: 60 },
        { component: 'lansia', attended: 0, expected: 0 },
      ],
      p2k2: { attended: 0, expected: 1 },
      previousConsecutiveNonCompliant: 2,
    });
    out.push(...f.reasons.map((r) => r.messages));
    out.push(
      ...verifyFamilyCommitments({
        persons: [{ component: 'sd', attended: 1, expected: 60 }],
      }).reasons.map((r) => r.messages),
    );
    const s = summarizeP2k2Attendance({
      families: ['A', 'B', 'A'],
      sessions: [{ date: '2024-01-01', session: 1, module: 'm', attendees: ['A', 'Z'] }],
    });
    out.push(...s.issues.map((r) => r.messages));
    const preset = PKH_GRADUATION_RULE_SETS['pkh-default'];
    for (const g of [
      {
        components: 0,
        desil: 5,
        voluntaryStatement: true,
        consecutiveNonCompliant: 3,
        declaredCapable: true,
      },
      { components: 2, desil: 3 },
      { components: 2 },
    ]) {
      out.push(
        ...assessGraduation(g, { asOf: '2025-01-01', ruleSet: preset }).reasons.map(
          (r) => r.messages,
        ),
      );
    }
    for (const desil of [4, 5])
      out.push(
        checkDesilEligibility({ desil }, { program: 'pkh', date: '2025-06-01' }).reason.messages,
      );
    return out;
  };

  it('reasons of benefits, commitments, P2K2, graduation and DTSEN', () => {
    const all = reasons();
    expect(all.length).toBeGreaterThan(15);
    for (const m of all) {
      expect(ENGLISH.test(m.id), m.id).toBe(false);
      expect(m.en.length).toBeGreaterThan(5);
      expect(m.id).not.toBe(m.en);
    }
  });

  it('every code of the catalog has both templates', () => {
    for (const [code, t] of Object.entries(pkhMessages) as [
      PkhIssueCode,
      { en: unknown; id: unknown },
    ][]) {
      expect(typeof t.en, code).toBe('function');
      expect(typeof t.id, code).toBe('function');
    }
  });

  it('labels: components, commitments, consequences, P2K2 modules and sessions, DTSEN programs', () => {
    const labels: Label[] = [
      ...Object.values(PKH_COMPONENT_INFO).map((c) => c.label),
      ...Object.values(PKH_COMMITMENT_RULES).map((r) => r.label),
      ...Object.values(PKH_CONSEQUENCE_LABELS),
      ...P2K2_MODULES.flatMap((m) => [m.title, ...m.sessions.map((s) => s.title)]),
      ...Object.values(DTSEN_PROGRAM_DESIL.entries[0]?.value ?? {}).map((p) => p.label),
    ];
    for (const l of labels) {
      expect(ENGLISH.test(l.id), l.id).toBe(false);
      expect(l.en.length).toBeGreaterThan(2);
    }
  });
});
