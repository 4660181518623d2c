import * as z from 'zod';
import { type Label, type MessageOptions, parseWith } from '../core/index.js';
import { PKH_COMPONENTS, type PkhComponent, type SourcedFigure } from './components.js';
import {
  type PkhReason,
  pkhConfigurationError,
  pkhMessages,
  pkhReason,
  readMessageOptions,
  expects,
} from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { deepFreeze } from '../_internal/freeze.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

/**
 * The commitments (kewajiban) PKH verifies: school attendance for SD/SMP/SMA children, antenatal
 * care for pregnant women, child health visits (posyandu) for early childhood, care visits for the
 * elderly and for persons with a severe disability, and the family's P2K2 attendance.
 *
 * @category PKH
 */
export type PkhCommitment =
  | 'school_attendance'
  | 'antenatal_care'
  | 'child_health'
  | 'elderly_care'
  | 'disability_care'
  | 'p2k2_attendance';

/**
 * One commitment rule: the share of what was due (days, visits, sessions) that must be attended.
 *
 * @category PKH
 */
export interface PkhCommitmentRule {
  /** The commitment. */
  readonly commitment: PkhCommitment;
  /** Indonesian and English names. */
  readonly label: Label;
  /** Minimum share attended, in whole percent of what was due (inclusive). */
  readonly minPercent: SourcedFigure<number>;
  /** What "due" means for this commitment, and its source (the schedule the caller counts). */
  readonly due: SourcedFigure<string>;
}

/**
 * The commitment rules by component, plus `p2k2` for the family.
 *
 * @category PKH
 */
export type PkhCommitmentRules = Readonly<Record<PkhComponent | 'p2k2', PkhCommitmentRule>>;

const SCHOOL_85 =
  'Tribunnews (Bandar Lampung, 1 Dec 2015), Koordinator Wilayah PKH Lampung: children 7-21 "harus memiliki minimal 85 persen kehadiran di kelas"; nasionalisme.co: attendance below 85 percent is penalised; bumdesmakmurbersama.id (2026, citing the Pedoman Umum PKH): "tingkat kehadiran minimal 85% di kelas"';
const ANC =
  'bumdesmakmurbersama.id 2026 (Pedoman Umum PKH): at least 4 antenatal visits (1, 1, 2 by trimester); Tribunnews 2015: checks at set times';
const CHILD =
  'Tribunnews, 1 Dec 2015 (Korwil PKH Lampung): monthly weighing, full immunisation under five; bumdesmakmurbersama.id: monthly Posyandu';
const CARE =
  'bumdesmakmurbersama.id 2026 (Pedoman Umum PKH): a yearly check for the elderly and persons with disabilities';
const P2K2 =
  'Agusrini, Adib, Sarbanum (P2K2 di Kelurahan Korpri Jaya): monthly P2K2, attendance is verified; potrettangerang.id, 12 Mar 2020: missing FDS suspends the benefit; bumdesmakmurbersama.id: P2K2 every month';
const ALL_DUE =
  'sejahtera: every due visit or session must be attended (100%); no source found gives a lower share for health, care or P2K2';

const rule = (
  commitment: PkhCommitment,
  label: Label,
  minPercent: SourcedFigure<number>,
  due: SourcedFigure<string>,
): PkhCommitmentRule => ({ commitment, label, minPercent, due });

const school = rule(
  'school_attendance',
  { id: 'Kehadiran di sekolah', en: 'School attendance' },
  { value: 85, source: SCHOOL_85, confirmed: true },
  { value: 'effective school days in the period', source: SCHOOL_85, confirmed: true },
);

/**
 * The default commitment rules, as data. School attendance of at least 85% of effective school days
 * is confirmed by several sources; for the health, care and P2K2 commitments the sources give the
 * schedule (antenatal care 4 times in a pregnancy, monthly posyandu for young children, a yearly check
 * for the elderly and disabled, monthly P2K2) but no share, so every due visit must be attended
 * (`minPercent` 100, *unconfirmed*). The caller counts what was due in the period from the schedule.
 *
 * @category PKH
 * @example
 * PKH_COMMITMENT_RULES.sd.minPercent.value //=> 85
 */
export const PKH_COMMITMENT_RULES: PkhCommitmentRules = {
  ibu_hamil: rule(
    'antenatal_care',
    { id: 'Pemeriksaan kehamilan', en: 'Antenatal care' },
    { value: 100, source: ALL_DUE, confirmed: false },
    { value: 'antenatal visits scheduled in the period', source: ANC, confirmed: true },
  ),
  anak_usia_dini: rule(
    'child_health',
    { id: 'Pemeriksaan kesehatan anak (posyandu)', en: 'Child health visits (posyandu)' },
    { value: 100, source: ALL_DUE, confirmed: false },
    { value: 'monthly posyandu visits in the period', source: CHILD, confirmed: true },
  ),
  sd: school,
  smp: school,
  sma: school,
  disabilitas_berat: rule(
    'disability_care',
    { id: 'Pemeriksaan/perawatan disabilitas', en: 'Disability care visits' },
    { value: 100, source: ALL_DUE, confirmed: false },
    { value: 'care visits scheduled in the period (yearly check)', source: CARE, confirmed: true },
  ),
  lansia: rule(
    'elderly_care',
    { id: 'Pemeriksaan/perawatan lansia', en: 'Elderly care visits' },
    { value: 100, source: ALL_DUE, confirmed: false },
    { value: 'care visits scheduled in the period (yearly check)', source: CARE, confirmed: true },
  ),
  p2k2: rule(
    'p2k2_attendance',
    { id: 'Kehadiran P2K2', en: 'P2K2 attendance' },
    { value: 100, source: ALL_DUE, confirmed: false },
    {
      value: 'P2K2 sessions held for the family in the period (monthly)',
      source: P2K2,
      confirmed: true,
    },
  ),
};

/**
 * What happens to a family that does not meet its commitments: a suspension (penangguhan) of the
 * next payment from the first non-compliant period, and cancellation (pembatalan) after
 * `cancelAfter` consecutive non-compliant periods.
 *
 * @category PKH
 */
export interface PkhConsequenceRules {
  /** Consecutive non-compliant periods after which membership is cancelled (inclusive). */
  readonly cancelAfter: SourcedFigure<number>;
  /** The consequence of one non-compliant period. */
  readonly suspension: SourcedFigure<'next-stage-suspended'>;
}

/**
 * The default consequences. Suspension of the payment after a non-compliant period is reported by
 * field staff (potrettangerang.id 2020; nasionalisme.co: the cut is applied at the next payment and
 * lifted when the next period is compliant); removal after repeated non-compliance and ignored
 * warnings by penasultra.id ("graduasi paksa"). The number of periods, 3, is *unconfirmed*.
 *
 * @category PKH
 * @example
 * PKH_CONSEQUENCE_RULES.cancelAfter.value //=> 3
 */
export const PKH_CONSEQUENCE_RULES: PkhConsequenceRules = {
  cancelAfter: {
    value: 3,
    source:
      "penasultra.id (Koordinator Kabupaten PKH Muna): graduasi paksa when a family misses several group meetings and ignores warnings; the count of 3 consecutive periods is the library's choice",
    confirmed: false,
  },
  suspension: {
    value: 'next-stage-suspended',
    source:
      'potrettangerang.id (12 Mar 2020): "kalau tidak mengikuti kegiatan fds bantuannya ditangguhkan"; nasionalisme.co: the penalty applies at the next payment and is lifted when the next period is compliant',
    confirmed: true,
  },
};

/**
 * One person's record for a verification period: their component and how much of what was due they
 * attended (school days, visits).
 *
 * @category PKH
 */
export const PkhCommitmentRecordSchema = z.object({
  id: z.string().max(200).optional(),
  component: z.enum(PKH_COMPONENTS),
  attended: z.int().min(0).max(100_000),
  expected: z.int().min(0).max(100_000),
});

/**
 * A family's records for a verification period: every person's record, the family's P2K2
 * attendance, and how many periods in a row before this one it was non-compliant.
 *
 * @category PKH
 */
export const PkhFamilyCommitmentSchema = z.object({
  id: z.string().max(200).optional(),
  persons: z.array(PkhCommitmentRecordSchema).max(100),
  p2k2: z
    .object({ attended: z.int().min(0).max(1000), expected: z.int().min(0).max(1000) })
    .optional(),
  previousConsecutiveNonCompliant: z.int().min(0).max(1000).optional(),
});

/**
 * A person's record, as parsed.
 *
 * @category PKH
 */
export type PkhCommitmentRecord = z.output<typeof PkhCommitmentRecordSchema>;

/**
 * A family's records, as parsed.
 *
 * @category PKH
 */
export type PkhFamilyCommitment = z.output<typeof PkhFamilyCommitmentSchema>;

/**
 * Options of the commitment verification functions.
 *
 * @category PKH
 */
export interface VerifyCommitmentsOptions extends MessageOptions {
  /** Your own rules (default {@link PKH_COMMITMENT_RULES}). */
  rules?: PkhCommitmentRules | undefined;
  /** Your own consequences (default {@link PKH_CONSEQUENCE_RULES}). */
  consequences?: PkhConsequenceRules | undefined;
}

/**
 * The verification of one commitment.
 *
 * @category PKH
 */
export interface PkhCommitmentCheck {
  /** Position of the person in `persons`, or `null` for the family's P2K2 attendance. */
  readonly index: number | null;
  /** The person's id, when given. */
  readonly id?: string | undefined;
  /** The commitment checked. */
  readonly commitment: PkhCommitment;
  /** Attended and due. */
  readonly attended: number;
  /** What was due. */
  readonly expected: number;
  /** The minimum share, in percent. */
  readonly minPercent: number;
  /** `attended / expected` in percent for display (a double), or `null` when nothing was due. */
  readonly percent: number | null;
  /** `attended x 100 >= minPercent x expected`, compared exactly in integers. */
  readonly compliant: boolean;
  /** Why, in both languages. */
  readonly reason: PkhReason;
}

/**
 * The consequence of a period: none, suspension of the next payment, or cancellation.
 *
 * @category PKH
 */
export type PkhConsequence = 'none' | 'penangguhan' | 'pembatalan';

/**
 * Indonesian and English names of the consequences.
 *
 * @category PKH
 */
export const PKH_CONSEQUENCE_LABELS = {
  none: { id: 'Tidak ada', en: 'None' },
  penangguhan: { id: 'Penangguhan bantuan', en: 'Payment suspended' },
  pembatalan: { id: 'Pembatalan kepesertaan', en: 'Membership cancelled' },
} as const satisfies Record<PkhConsequence, Label>;

/**
 * What {@link verifyFamilyCommitments} returns.
 *
 * @category PKH
 */
export interface PkhFamilyCommitmentResult {
  /** The family's id, when given. */
  readonly id?: string | undefined;
  /** Every person and the family's P2K2 attendance met their commitments. */
  readonly compliant: boolean;
  /** One check per person, in input order. */
  readonly persons: readonly PkhCommitmentCheck[];
  /** The family's P2K2 check, when a P2K2 record was given. */
  readonly p2k2: PkhCommitmentCheck | null;
  /** Non-compliant periods in a row, this one included (0 when compliant). */
  readonly consecutiveNonCompliant: number;
  /** The consequence of this period. */
  readonly consequence: PkhConsequence;
  /** Its names. */
  readonly consequenceLabel: Label;
  /** Why: every failed check, then the consequence. Empty when compliant. */
  readonly reasons: readonly PkhReason[];
}

function check(
  r: PkhCommitmentRule,
  attended: number,
  expected: number,
  index: number | null,
  id: string | undefined,
  path: (string | number)[],
  msg: MessageOptions,
): PkhCommitmentCheck {
  const minPercent = r.minPercent.value;
  if (!Number.isSafeInteger(minPercent) || minPercent < 0 || minPercent > 100) {
    throw pkhConfigurationError('invalid_option', {
      option: `rules.${r.commitment}.minPercent`,
      ...expects('a whole percent 0-100', 'persen berupa bilangan bulat 0-100'),
    });
  }
  const params = {
    commitment: r.commitment,
    commitmentId: r.label.id,
    commitmentEn: r.label.en,
    attended,
    expected,
    minPercent,
  };
  const compliant = attended * 100 >= minPercent * expected;
  const code =
    expected === 0 ? 'commitment_nothing_due' : compliant ? 'commitment_met' : 'commitment_not_met';
  return {
    index,
    ...(id === undefined ? {} : { id }),
    commitment: r.commitment,
    attended,
    expected,
    minPercent,
    percent: expected === 0 ? null : (attended * 100) / expected,
    compliant,
    reason: pkhReason(code, path, params, msg),
  };
}

function attendedNotAboveExpected(
  v: { attended: number; expected: number },
  ctx: z.RefinementCtx,
): void {
  if (v.attended > v.expected) {
    ctx.addIssue({
      code: 'custom',
      path: ['attended'],
      params: { code: 'attended_exceeds_expected', attended: v.attended, expected: v.expected },
    });
  }
}

const RecordChecked = PkhCommitmentRecordSchema.superRefine(attendedNotAboveExpected);
const FamilyChecked = PkhFamilyCommitmentSchema.extend({
  persons: z.array(RecordChecked).max(100),
  p2k2: z
    .object({ attended: z.int().min(0).max(1000), expected: z.int().min(0).max(1000) })
    .superRefine(attendedNotAboveExpected)
    .optional(),
});

function rulesOf(options: unknown): {
  rules: PkhCommitmentRules;
  consequences: PkhConsequenceRules;
} {
  if (options === null || typeof options !== 'object') {
    return { rules: PKH_COMMITMENT_RULES, consequences: PKH_CONSEQUENCE_RULES };
  }
  const o = options as VerifyCommitmentsOptions;
  return {
    rules: o.rules ?? PKH_COMMITMENT_RULES,
    consequences: o.consequences ?? PKH_CONSEQUENCE_RULES,
  };
}

const VERIFY_COMMITMENTS_KEYS = optionKeys<VerifyCommitmentsOptions>()({
  locale: true,
  messages: true,
  rules: true,
  consequences: true,
});

/**
 * Verifies one person's commitment for a period: compliant when they attended at least the rule's
 * share of what was due (`attended x 100 >= minPercent x expected`, exact). Nothing due is compliant.
 *
 * @category PKH
 * @throws {@link ValidationError} when the record is malformed or `attended > expected`.
 * @example
 * verifyPersonCommitment({ component: 'smp', attended: 51, expected: 60 }).compliant
 * //=> true (51 / 60 = 85%, exactly the minimum)
 */
export function verifyPersonCommitment(
  record: PkhCommitmentRecord,
  options: VerifyCommitmentsOptions = {},
): PkhCommitmentCheck {
  checkOptionKeys(options, VERIFY_COMMITMENTS_KEYS, 'verifyPersonCommitment');
  try {
    const msg = readMessageOptions(options);
    const { rules } = rulesOf(options);
    const r = parseWith(RecordChecked, record, {
      context: 'commitment record',
      catalog: pkhMessages,
      ...msg,
    });
    return check(rules[r.component], r.attended, r.expected, 0, r.id, [], msg);
  } catch (error) {
    throw unreadableInput(error, 'commitment record');
  }
}

/**
 * Verifies a family's commitments for a period and gives the consequence: compliant when every
 * person's check and the P2K2 check pass; otherwise the non-compliant run grows by one and the
 * consequence is suspension of the next payment (penangguhan), or cancellation (pembatalan) once the
 * run reaches `consequences.cancelAfter` (3 by default, *unconfirmed*). A compliant period resets the
 * run. Sources: {@link PKH_COMMITMENT_RULES}, {@link PKH_CONSEQUENCE_RULES}.
 *
 * @category PKH
 * @throws {@link ValidationError} when the records are malformed or `attended > expected` anywhere.
 * @example
 * const r = verifyFamilyCommitments({
 *   persons: [{ component: 'sd', attended: 50, expected: 60 }],
 *   p2k2: { attended: 1, expected: 1 },
 *   previousConsecutiveNonCompliant: 2,
 * });
 * [r.compliant, r.consecutiveNonCompliant, r.consequence]
 * //=> [false, 3, 'pembatalan'] (50 / 60 = 83.3% < 85%, third period in a row)
 */
export function verifyFamilyCommitments(
  family: PkhFamilyCommitment,
  options: VerifyCommitmentsOptions = {},
): PkhFamilyCommitmentResult {
  checkOptionKeys(options, VERIFY_COMMITMENTS_KEYS, 'verifyFamilyCommitments');
  try {
    const msg = readMessageOptions(options);
    const { rules, consequences } = rulesOf(options);
    const f = parseWith(FamilyChecked, family, {
      context: 'family commitments',
      catalog: pkhMessages,
      ...msg,
    });
    const persons = f.persons.map((p, i) =>
      check(rules[p.component], p.attended, p.expected, i, p.id, ['persons', i], msg),
    );
    const p2k2 =
      f.p2k2 === undefined
        ? null
        : check(rules.p2k2, f.p2k2.attended, f.p2k2.expected, null, undefined, ['p2k2'], msg);
    const failed = [...persons, ...(p2k2 === null ? [] : [p2k2])].filter((c) => !c.compliant);
    const compliant = failed.length === 0;
    const cancelAfter = consequences.cancelAfter.value;
    if (!Number.isSafeInteger(cancelAfter) || cancelAfter < 1) {
      throw pkhConfigurationError('invalid_option', {
        option: 'consequences.cancelAfter',
        ...expects('a whole number >= 1', 'bilangan bulat >= 1'),
      });
    }
    const run = compliant ? 0 : (f.previousConsecutiveNonCompliant ?? 0) + 1;
    const consequence: PkhConsequence = compliant
      ? 'none'
      : run >= cancelAfter
        ? 'pembatalan'
        : 'penangguhan';
    const reasons = failed.map((c) => c.reason);
    if (consequence !== 'none') {
      reasons.push(
        pkhReason(
          consequence === 'pembatalan' ? 'consequence_cancellation' : 'consequence_suspension',
          [],
          { consecutive: run, cancelAfter },
          msg,
        ),
      );
    }
    return {
      ...(f.id === undefined ? {} : { id: f.id }),
      compliant,
      persons,
      p2k2,
      consecutiveNonCompliant: run,
      consequence,
      consequenceLabel: PKH_CONSEQUENCE_LABELS[consequence],
      reasons,
    };
  } catch (error) {
    throw unreadableInput(error, 'family commitments');
  }
}

deepFreeze(PKH_COMMITMENT_RULES);
deepFreeze(PKH_CONSEQUENCE_LABELS);
deepFreeze(PKH_CONSEQUENCE_RULES);
