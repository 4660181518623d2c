import { unreadableAs } from '../_internal/guard.js';
import { invalidIn } from '../core/parse.js';
import { GROUP } from './contexts.js';
import { checkOptionKeys } from '../_internal/options.js';
import * as zm from 'zod/mini';
import { CalendarDatePublicMini } from '../_internal/calendar-date-public-mini.js';
import { text, whole } from '../_internal/mini-fields.js';
import { readYmd } from '../_internal/days.js';
import {
  type CalendarDate,
  type MessageOptions,
  type ParseOptions,
  type SafeParseResult,
  safeParseWith,
} from '../core/index.js';
import { wholeMonthsYmd } from './age.js';
import { readGroupFields } from './group-reader.js';
import { zodLike } from '../_internal/zod-like-reader.js';
import { isBlankIdentifier, type KpbReason, kpbIssue, kpbReasonMessages } from './issues.js';
import {
  type Context,
  checkMember,
  type Member,
  MemberSchema,
  type MemberVerification,
  resolveContext,
  VERIFY_KEYS,
  type VerifyOptions,
} from './member.js';

/**
 * A proposed group (KPB, KUBE or KSM). Unknown fields are ignored. A zod/mini schema: it composes in
 * classic zod objects.
 *
 * @category KPB
 * @example
 * GroupSchema.safeParse({ id: 'KPB-1', members: 'none' }).success
 * //=> false
 */
export const GroupSchema = zm.object({
  /** The group's identifier (used to tell "another" active group from this one). */
  id: text(1, 200),
  /**
   * The desa/kelurahan of the group (Kemendagri code or name; compared as text with members'). When
   * absent, the first desa a member gives stands for the group.
   */
  desa: zm.optional(text(0, 200)),
  /** The proposed members. */
  members: zm.array(MemberSchema).check(zm.maxLength(10_000)),
  /** First day of the group's routine savings. */
  savingsStartDate: zm.optional(CalendarDatePublicMini),
  /**
   * Whole months the group has saved, as recorded by the office; used only when `savingsStartDate`
   * is not given.
   */
  savingsMonths: zm.optional(whole(0, 1200)),
  /** Date of the first loan (defaults to `asOf`). */
  firstLoanDate: zm.optional(CalendarDatePublicMini),
  /** True when the joint-liability statement (tanggung renteng) is signed. */
  jointLiabilityStatement: zm.optional(zm.boolean()),
});

const ROLES = new Set(['leader', 'secretary', 'treasurer', 'member']);

const optString = (v: unknown, max: number): boolean =>
  v === undefined || (typeof v === 'string' && v.length <= max);
const optDate = (v: unknown): boolean =>
  v === undefined || (typeof v === 'string' && readYmd(v) !== undefined);

/**
 * The common case without zod: a row that is plainly well formed (every field `GroupSchema` knows has
 * the right type) is used as it is, without a copy; unknown fields are never read. Anything else
 * returns `undefined` and goes through `GroupSchema`'s rules (group-reader.ts), which report
 * every issue. Measured: zod and the
 * copies were a third of a 10,000-group batch. (A getter that changes its answer between this check
 * and the rules throws a TypeError there, which the batch turns into an `unreadable_row` rejection.)
 */
function readGroupFast(row: unknown): Group | undefined {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return undefined;
  const g = row as Record<string, unknown>;
  const id = g.id;
  const raw = g.members;
  const joint = g.jointLiabilityStatement;
  if (typeof id !== 'string' || id.length < 1 || id.length > 200) return undefined;
  if (!optString(g.desa, 200) || !optDate(g.savingsStartDate) || !optDate(g.firstLoanDate)) {
    return undefined;
  }
  if (joint !== undefined && typeof joint !== 'boolean') return undefined;
  const sm = g.savingsMonths;
  if (
    sm !== undefined &&
    !(Number.isInteger(sm) && (sm as number) >= 0 && (sm as number) <= 1200)
  ) {
    return undefined;
  }
  if (!Array.isArray(raw) || raw.length > 10_000) return undefined;
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i] as Record<string, unknown> | null | undefined;
    if (m === null || typeof m !== 'object' || Array.isArray(m)) return undefined;
    const nik = m.nik;
    const sex = m.sex;
    const role = m.role;
    const funded = m.previouslyFunded;
    if (typeof nik !== 'string' || nik.length > 64) return undefined;
    if (!optString(m.id, 200) || !optString(m.kk, 64) || !optString(m.name, 500)) return undefined;
    if (!optString(m.desa, 200) || !optDate(m.birthDate)) return undefined;
    if (sex !== undefined && sex !== 'male' && sex !== 'female') return undefined;
    if (role !== undefined && !(typeof role === 'string' && ROLES.has(role))) return undefined;
    if (funded !== undefined && typeof funded !== 'boolean') return undefined;
  }
  return row as Group;
}

/** `GroupSchema`'s rules without zod (group-reader.ts), with zod's `safeParse` contract. */
export const GroupReader = zodLike<Group>(readGroupFields);

/**
 * Parses a group: the fast reader for well-formed rows, else `GroupSchema`'s rules read without zod
 * (group-reader.ts, proven equal to the schema), which report every issue.
 */
export function readGroup(row: unknown, options: ParseOptions): SafeParseResult<Group> {
  const fast = readGroupFast(row);
  return fast !== undefined
    ? { success: true, data: fast }
    : safeParseWith(GroupReader, row, options);
}

/** `GroupSchema` itself, as `readGroup` stood before its reader: the reference the tests compare with. */
export function readGroupWithSchema(row: unknown, options: ParseOptions): SafeParseResult<Group> {
  return safeParseWith(GroupSchema, row, options);
}

/**
 * A proposed group, parsed.
 *
 * @category KPB
 */
export type Group = zm.output<typeof GroupSchema>;

/**
 * A proposed group as input.
 *
 * @category KPB
 */
export type GroupInput = zm.input<typeof GroupSchema>;

/**
 * The verdict on one member of a group: {@link MemberVerification} plus its place in the group.
 *
 * @category KPB
 */
export interface GroupMemberVerification extends MemberVerification {
  /** Position in `group.members`. */
  readonly index: number;
}

/**
 * The verdict on a group.
 *
 * @category KPB
 */
export interface GroupVerification {
  /** The group's `id`. */
  readonly groupId: string;
  /**
   * The group's desa/kelurahan; when the record has none, the desa its members share (every member
   * who gives one gives the same); else `null`.
   */
  readonly desa: string | null;
  /** The rule set applied. */
  readonly ruleSetId: string;
  /** The date of verification. */
  readonly asOf: CalendarDate;
  /** True when no group rule and no member rule failed. */
  readonly eligible: boolean;
  /**
   * Every failed rule: group rules (paths from the group) and member rules (paths
   * `['members', i, ...]`), in that order.
   */
  readonly reasons: readonly KpbReason[];
  /** Each member's verdict, in input order. */
  readonly members: readonly GroupMemberVerification[];
  /** Rules not evaluated for lack of data (see {@link MemberVerification}`.unchecked`). */
  readonly unchecked: readonly string[];
  /** Members, eligible members and women (sex from the NIK, else declared). */
  readonly counts: {
    readonly members: number;
    readonly eligibleMembers: number;
    readonly women: number;
  };
}

const prefix = (index: number, r: KpbReason): KpbReason => ({
  ...r,
  path: ['members', index, ...r.path],
});

/** Applies the group rules and every member's rules (extra member reasons come from a batch). */
export function checkGroup(
  group: Group,
  ctx: Context,
  extraByMember?: ReadonlyMap<number, readonly KpbReason[]>,
): GroupVerification {
  const rules = ctx.ruleSet.group;
  const msg = ctx.msg;
  const members = group.members;
  const n = members.length;
  const reasons: KpbReason[] = [];
  const checks: GroupMemberVerification[] = [];
  let women = 0;
  let eligibleMembers = 0;
  let leaders = 0;
  for (let i = 0; i < n; i++) {
    const m = members[i] as Member;
    const check = checkMember(m, ctx, group.id, extraByMember?.get(i), i);
    checks.push(check as GroupMemberVerification);
    if (check.sex === 'female') women++;
    if (check.eligible) eligibleMembers++;
    if (m.role === 'leader') leaders++;
  }
  sizeReasons(n, rules, msg, reasons);
  // The same person twice; a second person from one household (KK).
  findDuplicates(members, rules.onePerHousehold, reasons, msg);
  const desa = villageReasons(group, rules.sameVillage, msg, reasons);
  womenReasons(women, n, rules.minWomenPercent, msg, reasons);
  savingsReasons(group, rules.minSavingsMonths, ctx, reasons);
  if (rules.maxLeaders !== null && leaders > rules.maxLeaders) {
    const params = { leaders, maximum: rules.maxLeaders };
    reasons.push(kpbIssue('group_too_many_leaders', ['members'], params, msg));
  }
  if (rules.requireJointLiability && group.jointLiabilityStatement !== true) {
    reasons.push(kpbIssue('group_joint_liability_missing', ['jointLiabilityStatement'], {}, msg));
  }
  for (const c of checks) for (const r of c.reasons) reasons.push(prefix(c.index, r));
  return {
    groupId: group.id,
    desa,
    ruleSetId: ctx.ruleSet.id,
    asOf: ctx.asOf,
    eligible: reasons.length === 0,
    reasons,
    members: checks,
    unchecked: ctx.unchecked,
    counts: { members: n, eligibleMembers, women },
  };
}

type GroupRules = Context['ruleSet']['group'];

/** Size within `minSize`-`maxSize` (every listed member counts, a duplicate too). */
function sizeReasons(n: number, rules: GroupRules, msg: MessageOptions, out: KpbReason[]): void {
  if (rules.minSize !== null && n < rules.minSize) {
    const params = { size: n, minimum: rules.minSize };
    out.push(kpbIssue('group_size_below_min', ['members'], params, msg));
  }
  if (rules.maxSize !== null && n > rules.maxSize) {
    const params = { size: n, maximum: rules.maxSize };
    out.push(kpbIssue('group_size_above_max', ['members'], params, msg));
  }
}

/**
 * The same-village rule. The group's desa; when the record has none, the first desa given by a
 * member (all members must then live where that one does). Returns the desa the result reports: the
 * group's own, else the one its members share, else `null`.
 */
function villageReasons(
  group: Group,
  sameVillage: boolean,
  msg: MessageOptions,
  out: KpbReason[],
): string | null {
  const members = group.members;
  const ownDesa = group.desa === undefined || group.desa === '' ? undefined : group.desa;
  let villageDesa = ownDesa;
  for (let i = 0; villageDesa === undefined && i < members.length; i++) {
    const own = (members[i] as Member).desa;
    if (own !== undefined && own !== '') villageDesa = own;
  }
  if (villageDesa === undefined) {
    if (sameVillage) out.push(kpbIssue('group_village_unknown', ['desa'], {}, msg));
    return null;
  }
  let otherVillages = 0;
  for (let i = 0; i < members.length; i++) {
    const own = (members[i] as Member).desa;
    if (own === undefined || own === villageDesa) continue;
    otherVillages++;
    if (sameVillage) {
      const params = { expected: villageDesa, received: own };
      out.push(kpbIssue('group_member_other_village', ['members', i, 'desa'], params, msg));
    }
  }
  return ownDesa ?? (otherVillages === 0 ? villageDesa : null);
}

/** The minimum share of women, compared exactly in integers. */
function womenReasons(
  women: number,
  n: number,
  minWomenPercent: number | null,
  msg: MessageOptions,
  out: KpbReason[],
): void {
  if (minWomenPercent === null || n === 0) return;
  // women / n >= p / 100, in integers: women * 10000 >= round(p * 100) * n (p has <= 2 decimals).
  const hundredths = Math.round(minWomenPercent * 100);
  if (women * 10_000 < hundredths * n) {
    const params = { women, size: n, minimumPercent: minWomenPercent };
    out.push(kpbIssue('group_women_share_below_min', ['members'], params, msg));
  }
}

/** Whole months of savings before the first loan: from the dates when given (exact), else recorded. */
function savingsReasons(
  group: Group,
  minimum: number | null,
  ctx: Context,
  out: KpbReason[],
): void {
  if (minimum === null || minimum <= 0) return;
  const msg = ctx.msg;
  const loanDate = group.firstLoanDate ?? ctx.asOf;
  const start = group.savingsStartDate;
  const months =
    start !== undefined
      ? wholeMonthsYmd(
          readYmd(start) as [number, number, number],
          readYmd(loanDate) as [number, number, number],
        )
      : group.savingsMonths;
  if (months === undefined) {
    out.push(kpbIssue('group_savings_missing', ['savingsStartDate'], { minimum }, msg));
  } else if (months < minimum) {
    const params =
      start !== undefined
        ? { months, minimum, savingsStartDate: start, loanDate }
        : { months, minimum, loanDate };
    const path = [start !== undefined ? 'savingsStartDate' : 'savingsMonths'];
    out.push(kpbIssue('group_savings_too_short', path, params, msg));
  }
}

/**
 * Reports a NIK listed again (at each later occurrence) and a second member of a household (a KK
 * already seen on a member who is not a repeated NIK). Small groups (KUBE caps them at 20) are scanned
 * pairwise, which allocates nothing; larger ones use maps.
 */
function findDuplicates(
  members: readonly Member[],
  onePerHousehold: boolean,
  out: KpbReason[],
  msg: MessageOptions,
): void {
  const n = members.length;
  const small = n <= 64;
  const firstByNik = small ? undefined : new Map<string, number>();
  const firstByKk = small ? undefined : new Map<string, number>();
  // Index of the first member with each KK, among first occurrences of their NIK (-1: none yet).
  for (let i = 0; i < n; i++) {
    const m = members[i] as Member;
    let dup = -1;
    if (isBlankIdentifier(m.nik)) {
      // A blank NIK is no one's NIK: two blank members are not the same person.
    } else if (firstByNik !== undefined) {
      dup = firstByNik.get(m.nik) ?? -1;
      if (dup < 0) firstByNik.set(m.nik, i);
    } else {
      for (let j = 0; j < i; j++) {
        if ((members[j] as Member).nik === m.nik) {
          dup = j;
          break;
        }
      }
    }
    if (dup >= 0) {
      out.push(kpbIssue('group_duplicate_member', ['members', i, 'nik'], { firstIndex: dup }, msg));
      continue;
    }
    const kk = m.kk;
    if (!onePerHousehold || kk === undefined || isBlankIdentifier(kk)) continue;
    let first = -1;
    if (firstByKk !== undefined) {
      first = firstByKk.get(kk) ?? -1;
      if (first < 0) firstByKk.set(kk, i);
    } else {
      for (let j = 0; j < i; j++) {
        const other = members[j] as Member;
        if (other.kk === kk && !repeatsEarlierNik(members, j)) {
          first = j;
          break;
        }
      }
    }
    if (first >= 0) {
      out.push(
        kpbIssue('group_duplicate_household', ['members', i, 'kk'], { firstIndex: first }, msg),
      );
    }
  }
}

function repeatsEarlierNik(members: readonly Member[], j: number): boolean {
  const nik = (members[j] as Member).nik;
  if (isBlankIdentifier(nik)) return false;
  for (let k = 0; k < j; k++) if ((members[k] as Member).nik === nik) return true;
  return false;
}

/**
 * Verifies a proposed group against a rule set: the group rules (size min/max, one member per
 * household, same desa/kelurahan, minimum share of women, whole months of savings before the first
 * loan, at most N leaders, joint-liability statement) and every member's rules (see
 * {@link verifyMember}). Every failed rule is listed, for the group and for each member.
 *
 * Conventions: size counts the listed members (a duplicate too); women are counted from the NIK
 * (declared sex when the NIK is invalid), and the share is compared exactly in integers; savings
 * months are whole calendar months from `savingsStartDate` to `firstLoanDate` (or `asOf`; a recorded
 * `savingsMonths` is used when there is no start date), a month
 * counted when the same day of month is reached (clamped to the month's end, as `addMonths`); a
 * member without `desa` is taken to live in the group's desa; a group record without `desa` takes the
 * first desa a member gives, and `group_village_unknown` is reported only when no one gives one. Sources: the rule set's `source` (see
 * {@link kpbRuleSets}); the sources in docs/sources.md (KUBE, KSM, deciles).
 *
 * @category KPB
 * @throws {@link ValidationError} when the group is malformed (no `id`, `members` not an array, a
 * member without a string `nik`, a field of the wrong type) or `asOf` is not a real date.
 * @throws {@link ConfigurationError} as {@link verifyMember}.
 * @example
 * const members = [{ nik: '3304124505850001' }, { nik: '3304120606800002' }];
 * const result = verifyGroup(
 *   { id: 'KSM-1', members, savingsStartDate: '2024-01-15' },
 *   { ruleSet: 'ksm-p2kp', asOf: '2024-06-01' },
 * );
 * result.eligible //=> false
 * result.reasons.map((r) => r.code) //=> ['group_size_below_min', 'group_joint_liability_missing']
 */
export function verifyGroup(group: GroupInput, options: VerifyOptions): GroupVerification {
  try {
    checkOptionKeys(options, VERIFY_KEYS, 'verifyGroup');
    const ctx = resolveContext(options);
    const opts = { context: 'group', catalog: kpbReasonMessages, ...ctx.msg };
    const parsed = readGroup(group, opts);
    if (!parsed.success) throw invalidIn(parsed.issues, GROUP, opts);
    return checkGroup(parsed.data, ctx);
  } catch (error) {
    throw unreadableAs(error, GROUP);
  }
}
