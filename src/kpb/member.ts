import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import * as zm from 'zod/mini';
import { CalendarDatePublicMini } from '../_internal/calendar-date-public-mini.js';
import { text } from '../_internal/mini-fields.js';
import { readYmd } from '../_internal/days.js';
import {
  type CalendarDate,
  createIssue,
  type Locale,
  type MessageMap,
  type MessageOptions,
  parseWith,
} from '../core/index.js';
import { invalidIn } from '../core/parse.js';
import { VERIFICATION_OPTIONS } from './contexts.js';
import { ageYmd } from './age.js';
import {
  codeOnly,
  isBlankIdentifier,
  type KpbReason,
  kpbIssue,
  kpbMessages,
  maskForMessage,
} from './issues.js';
import { kkIssueCodes } from './kk.js';
import {
  type NikData,
  nikIssuesWith,
  type Reference,
  readNikFast,
  referenceOf,
  type Sex,
} from './nik.js';
import { type KpbRegistry, type RegistryInput, toRegistry } from './registry.js';
import { assertInForce, type KpbPresetName, type RuleSet, resolveRuleSet } from './rule-set.js';

/**
 * A proposed member as the program office records them. Only `nik` is required; unknown fields are
 * ignored (and dropped from the parsed value). NIK and KK are text: as a number a 16-digit NIK loses
 * digits beyond 2^53. A zod/mini schema: it composes in classic zod objects (to add fields,
 * `z.object({ ...MemberSchema.shape, catatan: z.string() })`).
 *
 * @category KPB
 * @example
 * MemberSchema.safeParse({ nik: '3304124505850001', role: 'leader', alamat: 'RT 02' }).data
 * //=> { nik: '3304124505850001', role: 'leader' }
 */
export const MemberSchema = zm.object({
  /** Caller's own identifier, echoed in the result. */
  id: zm.optional(text(0, 200)),
  /** NIK, 16 digits, as text (a number loses digits beyond 2^53). */
  nik: text(0, 64),
  /** KK (family card) number, 16 digits, as text. */
  kk: zm.optional(text(0, 64)),
  /** Name (never used by a rule; kept for the caller). */
  name: zm.optional(text(0, 500)),
  /** Declared date of birth, `YYYY-MM-DD`. */
  birthDate: zm.optional(CalendarDatePublicMini),
  /** Declared sex. */
  sex: zm.optional(zm.enum(['male', 'female'])),
  /** Desa/kelurahan of residence (a Kemendagri code or a name: compared as text). */
  desa: zm.optional(text(0, 200)),
  /** Role in the group (`'leader'` is the ketua). */
  role: zm.optional(zm.enum(['leader', 'secretary', 'treasurer', 'member'])),
  /** True when the person has been funded by the program before. */
  previouslyFunded: zm.optional(zm.boolean()),
});

/**
 * A proposed member, parsed.
 *
 * @category KPB
 */
export type Member = zm.output<typeof MemberSchema>;

/**
 * A proposed member as input.
 *
 * @category KPB
 */
export type MemberInput = zm.input<typeof MemberSchema>;

/**
 * Options of {@link verifyMember} and {@link verifyGroup}.
 *
 * @category KPB
 */
export interface VerifyOptions extends MessageOptions {
  /** A rule set from {@link defineRuleSet}, a preset, or a preset name. */
  ruleSet: RuleSet | KpbPresetName;
  /** The date of verification: ages are computed and the NIK century chosen on it. */
  asOf: CalendarDate;
  /** The social-welfare registry (see {@link RegistryInput}); required by rules that use desil. */
  registry?: RegistryInput | undefined;
}

/**
 * Options of {@link verifyMember}: {@link VerifyOptions} plus the group being formed.
 *
 * @category KPB
 */
/** The keys of {@link VerifyOptions} (verifyGroup, verifyGroups). */
export const VERIFY_KEYS = optionKeys<VerifyOptions>()({
  ruleSet: true,
  asOf: true,
  registry: true,
  locale: true,
  messages: true,
});

export interface VerifyMemberOptions extends VerifyOptions {
  /** The group the person is proposed for: an `activeGroupId` equal to it is not "another" group. */
  groupId?: string | undefined;
}

const VERIFY_MEMBER_KEYS = [...VERIFY_KEYS, 'groupId'] as const;

/**
 * The verdict on one member.
 *
 * @category KPB
 */
export interface MemberVerification {
  /** The member's `id`, when given. */
  readonly memberId: string | null;
  /** True when no rule failed. */
  readonly eligible: boolean;
  /** Every failed rule, paths relative to the member. */
  readonly reasons: readonly KpbReason[];
  /** Age in whole years at `asOf`, when known. */
  readonly age: number | null;
  /** Sex from the NIK, else the declared one, else `null`. */
  readonly sex: Sex | null;
  /** Birth date used for the age, when known. */
  readonly birthDate: CalendarDate | null;
  /**
   * Rules of the rule set that were **not** evaluated because their data was not given: without a
   * `registry`, `'member.requireRegistry'`, `'member.maxDesil'` and `'member.exclusiveMembership'`
   * (its registry part). `eligible` covers the rules that were evaluated; pass a registry in
   * production so that this is empty.
   */
  readonly unchecked: readonly string[];
}

/** Everything a verification needs, resolved once per call (or once per batch). */
export interface Context {
  readonly ruleSet: RuleSet;
  readonly asOf: CalendarDate;
  readonly asOfYmd: readonly [number, number, number];
  readonly registry: KpbRegistry | undefined;
  readonly msg: MessageOptions;
  /** `asOf` read as the NIK parser's reference date. */
  readonly nikReference: Reference;
  /** Rules not evaluated for lack of data (no registry). */
  readonly unchecked: readonly string[];
}

/** Reads and checks the options shared by every verification function. */
export function resolveContext(options: unknown): Context {
  if (options === null || typeof options !== 'object') {
    throw invalidIn(
      [createIssue('required', ['options'], { expected: 'object' })],
      VERIFICATION_OPTIONS,
    );
  }
  const o = options as VerifyOptions;
  const ruleSet = resolveRuleSet(o.ruleSet);
  const asOf = o.asOf;
  const asOfYmd = typeof asOf === 'string' ? readYmd(asOf) : undefined;
  if (asOfYmd === undefined) {
    throw invalidIn([createIssue('invalid_calendar_date', ['asOf'])], VERIFICATION_OPTIONS);
  }
  assertInForce(ruleSet, asOf);
  const msg: { locale?: Locale; messages?: MessageMap } = {};
  if (o.locale === 'id' || o.locale === 'en') msg.locale = o.locale;
  if (o.messages !== null && typeof o.messages === 'object') msg.messages = o.messages;
  const registry =
    o.registry === undefined || o.registry === null ? undefined : toRegistry(o.registry);
  // Without a registry the rules that read it are not evaluated, and every result says so.
  const unchecked: string[] = [];
  if (registry === undefined) {
    if (ruleSet.member.requireRegistry) unchecked.push('member.requireRegistry');
    if (ruleSet.member.maxDesil !== null) unchecked.push('member.maxDesil');
    if (ruleSet.member.exclusiveMembership) unchecked.push('member.exclusiveMembership');
  }
  return {
    ruleSet,
    asOf,
    asOfYmd,
    registry,
    msg,
    nikReference: referenceOf(asOf) as Reference,
    unchecked: Object.freeze(unchecked),
  };
}

const sameDdMmYy = (a: CalendarDate, b: CalendarDate): boolean => a.slice(2) === b.slice(2); // 'YYYY-MM-DD': same two-digit year, month and day

/** Applies every member rule of the context's rule set to a parsed member. */
export function checkMember(
  member: Member,
  ctx: Context,
  groupId: string | undefined,
  extra: readonly KpbReason[] | undefined,
  index?: number,
): MemberVerification {
  const reasons: KpbReason[] = [];
  const nikData = readNik(member.nik, ctx);
  identityReasons(member, nikData, ctx, reasons);
  const birthDate = birthDateOf(member, nikData, ctx, reasons);
  const age = birthDate === null ? null : ageOn(birthDate, ctx.asOfYmd);
  ageReasons(age, ctx, reasons);
  registryReasons(member, ctx, groupId, reasons);
  if (extra !== undefined) for (const r of extra) reasons.push(r);
  const memberId = member.id ?? null;
  const eligible = reasons.length === 0;
  const list = eligible ? NO_REASONS : reasons;
  const sex = nikData?.sex ?? member.sex ?? null;
  const unchecked = ctx.unchecked;
  if (index === undefined)
    return { memberId, eligible, reasons: list, age, sex, birthDate, unchecked };
  // In a group the verdict carries its place first (one object, no copy).
  const inGroup: MemberVerification & { readonly index: number } = {
    index,
    memberId,
    eligible,
    reasons: list,
    age,
    sex,
    birthDate,
    unchecked,
  };
  return inGroup;
}

/**
 * What `parseNik(nik, { referenceDate: asOf })` reads from a valid NIK, else `undefined` (its fast
 * path, which a property proves equal to the rules: tests/kpb/nik-agreement.test.ts).
 */
function readNik(nik: string, ctx: Context): NikData | undefined {
  return nik.length === 16 ? readNikFast(nik, ctx.nikReference) : undefined;
}

/**
 * The NIK and KK rules: a valid NIK (`requireValidNik`), a KK given and valid (`requireValidKk`).
 * A reason lists the codes of the NIK's or KK's issues, which are read without their messages.
 */
function identityReasons(
  member: Member,
  nikData: NikData | undefined,
  ctx: Context,
  reasons: KpbReason[],
): void {
  const rules = ctx.ruleSet.member;
  const msg = ctx.msg;
  if (nikData === undefined && rules.requireValidNik) {
    const issues = codesOf(nikIssuesWith(member.nik, ctx.nikReference, undefined, codeOnly));
    const params = { masked: maskForMessage(member.nik), issues };
    reasons.push(kpbIssue('member_nik_invalid', ['nik'], params, msg));
  }
  if (!rules.requireValidKk) return;
  if (member.kk === undefined || member.kk === '') {
    reasons.push(kpbIssue('member_kk_missing', ['kk'], {}, msg));
    return;
  }
  const kkCodes = kkIssueCodes(member.kk);
  if (kkCodes.length > 0) {
    const params = { masked: maskForMessage(member.kk), issues: kkCodes };
    reasons.push(kpbIssue('member_kk_invalid', ['kk'], params, msg));
  }
}

/**
 * The birth date used for the age: the NIK's, where a declared date that agrees with it on DD-MM-YY
 * settles the century; the declared one when the NIK is invalid. Reports a declared birth date or sex
 * that contradicts the NIK (`checkDeclaredIdentity`).
 */
function birthDateOf(
  member: Member,
  nikData: NikData | undefined,
  ctx: Context,
  reasons: KpbReason[],
): CalendarDate | null {
  if (nikData === undefined) return member.birthDate ?? null;
  const check = ctx.ruleSet.member.checkDeclaredIdentity;
  const msg = ctx.msg;
  let birthDate = nikData.birthDate;
  if (member.birthDate !== undefined) {
    if (sameDdMmYy(member.birthDate, nikData.birthDate)) birthDate = member.birthDate;
    else if (check) {
      const params = { declared: member.birthDate, fromNik: nikData.birthDate };
      reasons.push(kpbIssue('member_birth_date_mismatch', ['birthDate'], params, msg));
    }
  }
  if (member.sex !== undefined && member.sex !== nikData.sex && check) {
    const params = { declared: member.sex, fromNik: nikData.sex };
    reasons.push(kpbIssue('member_sex_mismatch', ['sex'], params, msg));
  }
  return birthDate;
}

/** Age in whole years on `asOf` of a checked `YYYY-MM-DD`, its digits read in place (no array). */
function ageOn(birthDate: CalendarDate, a: readonly [number, number, number]): number {
  const y = digitsAt(birthDate, 0, 4);
  return ageYmd(y, digitsAt(birthDate, 5, 7), digitsAt(birthDate, 8, 10), a[0], a[1], a[2]);
}

/** The age range (`minAge`, `maxAge`): an unknown age fails when either is set. */
function ageReasons(age: number | null, ctx: Context, reasons: KpbReason[]): void {
  const rules = ctx.ruleSet.member;
  if (rules.minAge === null && rules.maxAge === null) return;
  const msg = ctx.msg;
  if (age === null) reasons.push(kpbIssue('member_age_unknown', ['birthDate'], {}, msg));
  else if (rules.minAge !== null && age < rules.minAge) {
    const params = { age, minimum: rules.minAge, asOf: ctx.asOf };
    reasons.push(kpbIssue('member_age_below_min', [], params, msg));
  } else if (rules.maxAge !== null && age > rules.maxAge) {
    const params = { age, maximum: rules.maxAge, asOf: ctx.asOf };
    reasons.push(kpbIssue('member_age_above_max', [], params, msg));
  }
}

/**
 * The rules that read the registry (listed, desil at most `maxDesil`, not active in another group)
 * and `notFundedBefore` (the member's own flag or the registry's).
 */
function registryReasons(
  member: Member,
  ctx: Context,
  groupId: string | undefined,
  reasons: KpbReason[],
): void {
  const rules = ctx.ruleSet.member;
  const msg = ctx.msg;
  // A blank NIK is no one's NIK: it never matches a registry entry.
  const entry = isBlankIdentifier(member.nik) ? undefined : ctx.registry?.get(member.nik);
  if (ctx.registry !== undefined && (rules.requireRegistry || rules.maxDesil !== null)) {
    if (entry === undefined) reasons.push(kpbIssue('member_not_in_registry', [], {}, msg));
    else if (rules.maxDesil !== null) desilReasons(entry.desil, rules.maxDesil, msg, reasons);
  }
  if (rules.exclusiveMembership && entry !== undefined) {
    const active = entry.activeGroupId;
    if (active !== undefined && active !== null && active !== groupId) {
      reasons.push(kpbIssue('member_in_other_group', [], { activeGroupId: active }, msg));
    }
  }
  if (
    rules.notFundedBefore &&
    (member.previouslyFunded === true || entry?.previouslyFunded === true)
  ) {
    reasons.push(kpbIssue('member_funded_before', [], {}, msg));
  }
}

/** Desil at most the maximum; a registry entry without a desil fails. */
function desilReasons(
  desil: number | null | undefined,
  maximum: number,
  msg: MessageOptions,
  reasons: KpbReason[],
): void {
  if (desil === undefined || desil === null) {
    reasons.push(kpbIssue('member_desil_unknown', [], { maximum }, msg));
  } else if (desil > maximum) {
    reasons.push(kpbIssue('member_desil_above_max', [], { desil, maximum }, msg));
  }
}

/** Shared by every result with nothing to report (frozen: results are values). */
const NO_REASONS: readonly KpbReason[] = Object.freeze([]);

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

function codesOf(issues: readonly KpbReason[]): string[] {
  const out: string[] = [];
  for (const i of issues) out.push(i.code);
  return out;
}

/**
 * Verifies one proposed member against the member rules of a rule set: valid NIK and KK, age range at
 * `asOf` (whole years, from the NIK or the declared birth date), listed in the registry with desil at
 * most the maximum, declared birth date and sex consistent with the NIK, not an active member of
 * another group, not funded before. Every failed rule is listed, not only the first.
 *
 * Rules and sources: the rule set's `source` (see {@link kpbRuleSets}); the sources in docs/sources.md (KUBE, KSM, deciles).
 *
 * @category KPB
 * @throws {@link ValidationError} when the member is not an object with a string `nik` (or a field
 * has the wrong type), or `asOf` is not a real date.
 * @throws {@link ConfigurationError} `unknown_rule_set` / `invalid_rule_set` for a bad rule set,
 * `rule_set_not_in_force` when `asOf` is outside its dates.
 * @example
 * verifyMember(
 *   { nik: '3304124505850001', kk: '3304120101150003' },
 *   { ruleSet: 'kube-2020', asOf: '2024-06-01', registry: [{ nik: '3304124505850001', desil: 2 }] },
 * )
 * //=> { memberId: null, eligible: true, reasons: [], age: 39, sex: 'female', birthDate: '1985-05-05',
 *      unchecked: [] }
 */
export function verifyMember(
  member: MemberInput,
  options: VerifyMemberOptions,
): MemberVerification {
  try {
    checkOptionKeys(options, VERIFY_MEMBER_KEYS, 'verifyMember');
    const ctx = resolveContext(options);
    const parsed = parseWith(MemberSchema, member, {
      context: 'member',
      catalog: kpbMessages,
      ...ctx.msg,
    });
    const groupId = typeof options.groupId === 'string' ? options.groupId : undefined;
    return checkMember(parsed, ctx, groupId, undefined);
  } catch (error) {
    throw unreadableInput(error, 'member');
  }
}
