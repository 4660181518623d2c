import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import * as zm from 'zod/mini';
import type { CalendarDate } from '../core/index.js';
import { whole } from '../_internal/mini-fields.js';
import { deepFreeze } from '../_internal/freeze.js';
import {
  isPlainObject,
  RULE_SET_HEADER_KEYS,
  type RuleSetEngine,
  type RuleSetHeaderKey,
  type RuleSetHeaderOf,
  type RuleSetProblem,
  ruleSetEngine,
  ruleSetHeaderShape,
} from '../_internal/rule-set-engine.js';
import { kpbReasonMessages } from './issues.js';
import { readerMessages } from '../_internal/reader-messages.js';
import { readerParse } from '../_internal/reader-parse.js';
import { hasHundredths, readRuleSet } from './rule-set-reader.js';
import { zodLike } from '../_internal/zod-like-reader.js';

/**
 * Rules every proposed member must pass. A rule is off when its threshold is `null` or its flag is
 * `false`.
 *
 * @category KPB
 */
export interface MemberRules {
  /** Minimum age in whole years at `asOf` (inclusive), from the NIK or the declared birth date. */
  readonly minAge: number | null;
  /** Maximum age in whole years at `asOf` (inclusive: 60 allows anyone before their 61st birthday). */
  readonly maxAge: number | null;
  /** The person must be listed in the registry (the unified social-welfare database, DTKS/DTSEN). */
  readonly requireRegistry: boolean;
  /** Listed with desil (national welfare decile, 1 = poorest) at most this; implies listing. */
  readonly maxDesil: number | null;
  /** A declared birth date or sex must agree with the NIK. */
  readonly checkDeclaredIdentity: boolean;
  /** The NIK must be valid ({@link parseNik}). */
  readonly requireValidNik: boolean;
  /** The KK number must be present and valid ({@link parseKk}). */
  readonly requireValidKk: boolean;
  /** Not already a member of another active group (registry `activeGroupId`, and within a batch). */
  readonly exclusiveMembership: boolean;
  /** Not funded by the program before (member `previouslyFunded` or registry `previouslyFunded`). */
  readonly notFundedBefore: boolean;
}

/**
 * Rules the group as a whole must pass. A rule is off when its threshold is `null` or its flag is
 * `false`.
 *
 * @category KPB
 */
export interface GroupRules {
  /** Minimum number of members (inclusive). */
  readonly minSize: number | null;
  /** Maximum number of members (inclusive). */
  readonly maxSize: number | null;
  /** At most one member per household (KK number). */
  readonly onePerHousehold: boolean;
  /** Every member lives in the group's desa/kelurahan. */
  readonly sameVillage: boolean;
  /** Minimum share of women, in percent of the members (inclusive, up to 2 decimals). */
  readonly minWomenPercent: number | null;
  /** Whole months of group savings before the first loan (inclusive). */
  readonly minSavingsMonths: number | null;
  /** At most this many members with `role: 'leader'`. */
  readonly maxLeaders: number | null;
  /** The joint-liability statement (surat pernyataan tanggung renteng) is signed. */
  readonly requireJointLiability: boolean;
}

/**
 * A rule set: data, not code. It says where its rules come from, when it applies, which thresholds are
 * not confirmed by a primary source, and the thresholds themselves.
 *
 * @category KPB
 */
export interface RuleSet extends RuleSetHeaderOf<typeof RuleSetSchema> {
  /** Rules for each member. */
  readonly member: MemberRules;
  /** Rules for the group. */
  readonly group: GroupRules;
}

/**
 * Changes to a rule set: any field, member rule or group rule.
 *
 * @category KPB
 */
export interface RuleSetOverrides {
  readonly id?: string;
  readonly title?: string;
  readonly source?: string;
  readonly unconfirmed?: readonly string[];
  readonly validFrom?: CalendarDate;
  readonly validTo?: CalendarDate | null;
  readonly member?: Partial<MemberRules>;
  readonly group?: Partial<GroupRules>;
}

const OVERRIDE_KEYS = [
  ...RULE_SET_HEADER_KEYS,
  ...optionKeys<Omit<RuleSetOverrides, RuleSetHeaderKey>>()({ member: true, group: true }),
];
const MEMBER_RULE_KEYS = optionKeys<MemberRules>()({
  minAge: true,
  maxAge: true,
  requireRegistry: true,
  maxDesil: true,
  checkDeclaredIdentity: true,
  requireValidNik: true,
  requireValidKk: true,
  exclusiveMembership: true,
  notFundedBefore: true,
});
const GROUP_RULE_KEYS = optionKeys<GroupRules>()({
  minSize: true,
  maxSize: true,
  onePerHousehold: true,
  sameVillage: true,
  minWomenPercent: true,
  minSavingsMonths: true,
  maxLeaders: true,
  requireJointLiability: true,
});

/** Overrides are options: a misspelt key (`{ member: { maxAeg: 65 } }`) is `unknown_option`. */
function checkOverrideKeys(overrides: unknown, path: string): void {
  checkOptionKeys(overrides, OVERRIDE_KEYS, 'defineRuleSet', path);
  if (isPlainObject(overrides)) {
    checkOptionKeys(overrides.member, MEMBER_RULE_KEYS, 'defineRuleSet', `${path}.member`);
    checkOptionKeys(overrides.group, GROUP_RULE_KEYS, 'defineRuleSet', `${path}.group`);
  }
}

/**
 * What {@link defineRuleSet} accepts: a complete rule set (a preset spread is one), optionally with
 * `overrides` applied on top.
 *
 * @category KPB
 */
export type RuleSetInput = RuleSet & { readonly overrides?: RuleSetOverrides };

const age = zm.nullable(whole(0, 150));
const count = zm.nullable(whole(0, 100_000));
const percent = zm.nullable(
  zm.number().check(
    zm.minimum(0),
    zm.maximum(100),
    zm.refine(hasHundredths, {
      // At most 2 decimals: a multiple of 0.01, a message with no English format name in it.
      params: { code: 'not_multiple_of', divisor: 0.01 },
    }),
  ),
);

/**
 * The shape of a rule set, for validation and JSON Schema (`z.toJSONSchema(RuleSetSchema)`).
 * {@link defineRuleSet} adds the checks across fields (`minAge <= maxAge`, ...). A zod/mini schema:
 * it composes in classic zod objects.
 *
 * @category KPB
 * @example
 * RuleSetSchema.safeParse(kpbRuleSets['kube-2020']).success
 * //=> true
 */
export const RuleSetSchema = zm.strictObject({
  ...ruleSetHeaderShape(),
  member: zm.strictObject({
    minAge: age,
    maxAge: age,
    requireRegistry: zm.boolean(),
    maxDesil: zm.nullable(whole(1, 10)),
    checkDeclaredIdentity: zm.boolean(),
    requireValidNik: zm.boolean(),
    requireValidKk: zm.boolean(),
    exclusiveMembership: zm.boolean(),
    notFundedBefore: zm.boolean(),
  }),
  group: zm.strictObject({
    minSize: count,
    maxSize: count,
    onePerHousehold: zm.boolean(),
    sameVillage: zm.boolean(),
    minWomenPercent: percent,
    minSavingsMonths: zm.nullable(whole(0, 1200)),
    maxLeaders: count,
    requireJointLiability: zm.boolean(),
  }),
});

/**
 * The checks across fields, on whatever of them can be read (so that they are reported together with
 * the schema's issues, not only once those are fixed).
 */
function crossFieldProblems(candidate: Record<string, unknown>): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const member = isPlainObject(candidate.member) ? candidate.member : {};
  const group = isPlainObject(candidate.group) ? candidate.group : {};
  if (num(member.minAge) && num(member.maxAge) && member.minAge > member.maxAge) {
    problems.push({
      en: 'member.minAge is greater than member.maxAge',
      id: 'member.minAge (usia minimal) lebih besar dari member.maxAge (usia maksimal)',
    });
  }
  if (num(group.minSize) && num(group.maxSize) && group.minSize > group.maxSize) {
    problems.push({
      en: 'group.minSize is greater than group.maxSize',
      id: 'group.minSize (ukuran minimal) lebih besar dari group.maxSize (ukuran maksimal)',
    });
  }
  const { validFrom, validTo } = candidate;
  if (typeof validFrom === 'string' && typeof validTo === 'string' && validTo < validFrom) {
    problems.push({
      en: 'validFrom is after validTo',
      id: 'validFrom (mulai berlaku) jatuh setelah validTo (akhir berlaku)',
    });
  }
  return problems;
}

/**
 * Validates a rule set (a preset, a preset with overrides, or one written from scratch) and returns it
 * frozen. Overrides can be passed as the second argument or as an `overrides` field
 * (`defineRuleSet({ ...kpbRuleSets['kube-2020'], overrides: { member: { maxAge: 65 } } })`); member
 * and group rules are merged field by field.
 *
 * @category KPB
 * @throws {@link ConfigurationError} with code `invalid_rule_set` when a field is missing or out of
 * range, `minAge > maxAge`, `minSize > maxSize`, or `validFrom` is after `validTo`; `params.problems`
 * lists every problem.
 * @example
 * const mine = defineRuleSet(kpbRuleSets['kube-2020'], {
 *   id: 'kube-2020-65', member: { maxAge: 65 }, group: { minWomenPercent: 50 },
 * });
 * mine.member.maxAge //=> 65
 * mine.group.maxSize //=> 20
 */
export function defineRuleSet(
  input: RuleSetInput | RuleSet,
  overrides?: RuleSetOverrides,
): RuleSet {
  return kpbEngine.define(input, overrides);
}

/**
 * The preset rule sets, as data. Every threshold can be overridden with {@link defineRuleSet}.
 *
 * - `'pkkpm-default'`: for PKKPM's KPB (Bappenas' sustainable-livelihoods pilot, Central Java 2014;
 *   SMERU's monitoring report 2015, docs/sources.md#smeru-pkkpm-monitoring-2015). The program's PTO (petunjuk teknis operasional) figures are
 *   *unconfirmed*: the values are the closest documented ones: size 5-20 and age 18-60 from KUBE 2020,
 *   3 months of savings from KSM (P2KP), one member per KK, one group per person, same desa/kelurahan
 *   and desil 1-4 (docs/sources.md: KUBE, KSM, deciles). PKKPM KPB averaged 17.6 members.
 * - `'kube-2020'`: Kementerian Sosial, KUBE (Kelompok Usaha Bersama) 2020: 5-20 heads of household
 *   from the social-welfare database, with KTP and KK, aged 18-60, not funded before. "Living close
 *   together" is approximated by the same desa/kelurahan (*unconfirmed* approximation).
 * - `'ksm-p2kp'`: KSM (Kelompok Swadaya Masyarakat) of P2KP: at least 5 members, a joint-liability
 *   statement (tanggung renteng), 3 months of savings before the first loan.
 *
 * No preset sets a minimum share of women: no cited source gives one (set `group.minWomenPercent`).
 *
 * @category KPB
 * @example
 * kpbRuleSets['kube-2020'].group.maxSize //=> 20
 * kpbRuleSets['ksm-p2kp'].group.minSavingsMonths //=> 3
 */
export const kpbRuleSets = {
  'pkkpm-default': {
    id: 'pkkpm-default',
    title: 'PKKPM KPB (closest documented values; PTO figures unconfirmed)',
    source:
      'Bappenas PKKPM pilot, Jawa Tengah 2014 (SMERU, Hasil Pemantauan PKKPM Sept 2014-Juli 2015); thresholds from Kemensos KUBE 2020 (size 5-20, age 18-60) and KSM P2KP (3 months of savings); one member per KK, one group per person, same desa/kelurahan, desil 1-4 (DTKS/DTSEN targeting). PTO figures unconfirmed.',
    unconfirmed: [
      'member.minAge',
      'member.maxAge',
      'member.maxDesil',
      'group.minSize',
      'group.maxSize',
      'group.sameVillage',
      'group.minSavingsMonths',
      'group.maxLeaders',
    ],
    validFrom: '2014-01-01',
    validTo: null,
    member: {
      minAge: 18,
      maxAge: 60,
      requireRegistry: true,
      maxDesil: 4,
      checkDeclaredIdentity: true,
      requireValidNik: true,
      requireValidKk: true,
      exclusiveMembership: true,
      notFundedBefore: false,
    },
    group: {
      minSize: 5,
      maxSize: 20,
      onePerHousehold: true,
      sameVillage: true,
      minWomenPercent: null,
      minSavingsMonths: 3,
      maxLeaders: 1,
      requireJointLiability: false,
    },
  },
  'kube-2020': {
    id: 'kube-2020',
    title: 'Kemensos KUBE (2020)',
    source:
      'Kementerian Sosial RI, Kelompok Usaha Bersama (KUBE) 2020: 5-20 kepala keluarga dari data terpadu kesejahteraan sosial, tinggal berdekatan, memiliki KTP dan KK, berusia 18-60 tahun, belum pernah menerima bantuan (Permensos No. 2 Tahun 2019 Pasal 3 ayat 2: 5-20 KK; requirements as reported by SeputarTangsel/Pikiran Rakyat, 15 Des 2020)',
    unconfirmed: ['group.sameVillage', 'group.maxLeaders'],
    validFrom: '2020-01-01',
    validTo: null,
    member: {
      minAge: 18,
      maxAge: 60,
      requireRegistry: true,
      maxDesil: null,
      checkDeclaredIdentity: true,
      requireValidNik: true,
      requireValidKk: true,
      exclusiveMembership: true,
      notFundedBefore: true,
    },
    group: {
      minSize: 5,
      maxSize: 20,
      onePerHousehold: true,
      sameVillage: true,
      minWomenPercent: null,
      minSavingsMonths: null,
      maxLeaders: 1,
      requireJointLiability: false,
    },
  },
  'ksm-p2kp': {
    id: 'ksm-p2kp',
    title: 'KSM of P2KP',
    source:
      'P2KP (Program Penanggulangan Kemiskinan di Perkotaan), Kelompok Swadaya Masyarakat: minimal 5 anggota, surat pernyataan tanggung renteng, menabung 3 bulan sebelum pinjaman pertama (POB / Juknis Pinjaman Bergulir PNPM Mandiri Perkotaan as quoted by theses; primary text not found)',
    unconfirmed: ['group.maxLeaders'],
    validFrom: '1999-01-01',
    validTo: null,
    member: {
      minAge: null,
      maxAge: null,
      requireRegistry: false,
      maxDesil: null,
      checkDeclaredIdentity: true,
      requireValidNik: true,
      requireValidKk: false,
      exclusiveMembership: true,
      notFundedBefore: false,
    },
    group: {
      minSize: 5,
      maxSize: null,
      onePerHousehold: false,
      sameVillage: false,
      minWomenPercent: null,
      minSavingsMonths: 3,
      maxLeaders: 1,
      requireJointLiability: true,
    },
  },
} as const satisfies Record<string, RuleSet>;
deepFreeze(kpbRuleSets);

/** The rule-set engine of this domain (shared with PKH graduation: `_internal/rule-set-engine.ts`). */
const kpbEngine: RuleSetEngine<RuleSet> = ruleSetEngine<RuleSet>({
  presets: kpbRuleSets,
  // RuleSetSchema's rules without zod (rule-set-reader.ts; a property proves them the same).
  schema: zodLike<RuleSet>(readRuleSet),
  catalog: kpbReasonMessages,
  fallback: readerMessages,
  parse: readerParse,
  sections: ['member', 'group'],
  crossField: crossFieldProblems,
  overridesField: true,
  checkOverrides: checkOverrideKeys,
});

/**
 * The name of a preset rule set.
 *
 * @category KPB
 */
export type KpbPresetName = keyof typeof kpbRuleSets;

/**
 * A preset by name, or a rule set. Rule sets from {@link defineRuleSet} and the presets are used as
 * they are; any other object is validated first.
 *
 * @category KPB
 * @throws {@link ConfigurationError} `unknown_rule_set` for a name that is not a preset;
 * `invalid_rule_set` for an object that is not a valid rule set.
 * @example
 * resolveRuleSet('ksm-p2kp').group.minSize //=> 5
 */
export function resolveRuleSet(ruleSet: RuleSet | KpbPresetName): RuleSet {
  return kpbEngine.resolve(ruleSet);
}

/**
 * Throws when `asOf` is outside the rule set's dates.
 *
 * @throws {@link ConfigurationError} `rule_set_not_in_force`.
 */
export function assertInForce(ruleSet: RuleSet, asOf: CalendarDate): void {
  kpbEngine.assertInForce(ruleSet, asOf);
}
