import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import {
  type BatchRejected,
  type BatchValid,
  checkBatch,
  createIssue,
  describeType,
  type MessageOptions,
  redactIdentifiers,
  type SafeParseResult,
  validationError,
} from '../core/index.js';
import { checkGroup, type Group, type GroupVerification, readGroup } from './group.js';
import {
  isBlankIdentifier,
  type KpbIssueCode,
  type KpbReason,
  kpbIssue,
  kpbMessages,
  MAX_LISTED_OTHERS,
  maskForMessage,
} from './issues.js';
import { resolveContext, VERIFY_KEYS, type VerifyOptions } from './member.js';

/**
 * One NIK proposed in more than one group of a batch.
 *
 * @category KPB
 */
export interface BatchDuplicate {
  /** The NIK, masked (`330412********01`). */
  readonly nikMasked: string;
  /** Where it appears: batch index, group id and member index. */
  readonly occurrences: readonly {
    readonly index: number;
    readonly groupId: string;
    readonly memberIndex: number;
  }[];
}

/**
 * The outcome of {@link verifyGroups}: every input row is verified (`valid`, eligible or not) or
 * rejected as malformed (`rejected`, with its index and issues). `counts.valid + counts.rejected ===
 * counts.total` and `counts.eligible + counts.ineligible === counts.valid`, always.
 *
 * @category KPB
 */
export interface GroupBatchResult {
  /** Verified groups, in input order, with their index. */
  readonly valid: BatchValid<GroupVerification>[];
  /** Malformed rows, in input order, with their index and every issue. */
  readonly rejected: BatchRejected[];
  /** Row counts. */
  readonly counts: {
    readonly total: number;
    readonly valid: number;
    readonly rejected: number;
    readonly eligible: number;
    readonly ineligible: number;
  };
  /** NIKs proposed in two or more groups of the batch. */
  readonly duplicates: readonly BatchDuplicate[];
}

/**
 * Verifies a batch of proposed groups (see {@link verifyGroup}) with the options resolved once. A NIK
 * proposed in two or more groups of the batch is found: when the rule set has `exclusiveMembership`,
 * each occurrence gets a `member_in_two_groups` reason (so every group involved is ineligible), and
 * `duplicates` lists them all. A malformed row is a rejection with its index; nothing is thrown for a
 * bad row.
 *
 * @category KPB
 * @throws {@link ValidationError} when `groups` is not iterable or `asOf` is not a real date.
 * @throws {@link ConfigurationError} as {@link verifyMember}.
 * @example
 * const ruleSet = defineRuleSet(kpbRuleSets['ksm-p2kp'], { id: 'ksm-1', group: { minSize: 1 } });
 * const g = (id: string) => ({
 *   id, members: [{ nik: '3304124505850001' }], savingsStartDate: '2024-01-15',
 *   jointLiabilityStatement: true,
 * });
 * const result = verifyGroups([g('A'), g('B'), null], { ruleSet, asOf: '2024-06-01' });
 * result.counts //=> { total: 3, valid: 2, rejected: 1, eligible: 0, ineligible: 2 }
 * result.valid[1].value.reasons[0].code //=> 'member_in_two_groups'
 * result.rejected[0].index //=> 2
 */
export function verifyGroups(groups: Iterable<unknown>, options: VerifyOptions): GroupBatchResult {
  try {
    checkOptionKeys(options, VERIFY_KEYS, 'verifyGroups');
    const ctx = resolveContext(options);
    if (
      groups === null ||
      typeof groups !== 'object' ||
      typeof (groups as Iterable<unknown>)[Symbol.iterator] !== 'function'
    ) {
      throw validationError(
        [createIssue('not_iterable', ['groups'], { received: describeType(groups) })],
        'batch',
      );
    }
    const parseOptions = { catalog: kpbMessages, ...ctx.msg };
    // Pass 1: parse every row (kept by index) and index NIKs across groups.
    const parsed = checkBatch(groups, (row) => readGroup(row, parseOptions), ctx.msg);
    const where = nikOccurrences(parsed.valid);
    const duplicates: BatchDuplicate[] = [];
    for (const [nik, list] of where) {
      duplicates.push({ nikMasked: maskForMessage(nik), occurrences: list });
    }
    const extra = ctx.ruleSet.member.exclusiveMembership
      ? twoGroupReasons(where, ctx.msg)
      : new Map<number, Map<number, KpbReason[]>>();
    // Pass 2: every row in input order, through checkBatch so counts always add up.
    const rows: SafeParseResult<Group>[] = new Array(parsed.counts.total);
    for (const v of parsed.valid) rows[v.index] = { success: true, data: v.value };
    for (const r of parsed.rejected) rows[r.index] = { success: false, issues: r.issues };
    const result = checkBatch(
      rows,
      (row, index): SafeParseResult<GroupVerification> => {
        const r = row as SafeParseResult<Group>;
        return r.success ? { success: true, data: checkGroup(r.data, ctx, extra.get(index)) } : r;
      },
      ctx.msg,
    );
    let eligible = 0;
    for (const v of result.valid) if (v.value.eligible) eligible++;
    return {
      valid: result.valid,
      rejected: result.rejected,
      counts: { ...result.counts, eligible, ineligible: result.counts.valid - eligible },
      duplicates,
    };
  } catch (error) {
    throw unreadableInput(error, 'batch');
  }
}

/** Where a NIK is proposed: batch index, group id (redacted) and member index. */
type Occurrence = { index: number; groupId: string; memberIndex: number };

/**
 * Every NIK proposed in two or more groups, with each place it appears (in batch order). The first
 * occurrence of each NIK is packed in one number (row in `valid` x 2^14 + member index; a group has at
 * most 10,000 members), so lists are made only for NIKs seen in two or more groups.
 */
function nikOccurrences(valid: readonly BatchValid<Group>[]): Map<string, Occurrence[]> {
  const first = new Map<string, number>();
  const where = new Map<string, Occurrence[]>();
  for (let v = 0; v < valid.length; v++) {
    const { index, value } = valid[v] as BatchValid<Group>;
    const members = value.members;
    for (let memberIndex = 0; memberIndex < members.length; memberIndex++) {
      const nik = (members[memberIndex] as (typeof members)[number]).nik;
      // A blank NIK is no one's NIK: it never links two groups (its member fails the NIK rule).
      if (isBlankIdentifier(nik)) continue;
      const seen = first.get(nik);
      if (seen === undefined) {
        first.set(nik, v * 16_384 + memberIndex);
        continue;
      }
      const firstRow = Math.floor(seen / 16_384);
      const list = where.get(nik);
      // twice in one group is a group rule (group_duplicate_member), not a batch one
      const sameGroup =
        list === undefined ? firstRow === v : (list[list.length - 1] as Occurrence).index === index;
      if (sameGroup) continue;
      const at = { index, groupId: redactIdentifiers(value.id), memberIndex };
      if (list === undefined) {
        const f = valid[firstRow] as BatchValid<Group>;
        const memberOfFirst = seen - firstRow * 16_384;
        const head = {
          index: f.index,
          groupId: redactIdentifiers(f.value.id),
          memberIndex: memberOfFirst,
        };
        where.set(nik, [head, at]);
      } else list.push(at);
    }
  }
  return where;
}

/**
 * A `member_in_two_groups` reason for every occurrence of a NIK proposed in two or more groups, by
 * batch index and member index. Each reason names the first few other groups and how many there are
 * in all, so the output grows with the number of occurrences, not its square.
 */
function twoGroupReasons(
  where: ReadonlyMap<string, readonly Occurrence[]>,
  msg: MessageOptions,
): Map<number, Map<number, KpbReason[]>> {
  const extra = new Map<number, Map<number, KpbReason[]>>();
  for (const list of where.values()) {
    const head = list.slice(0, MAX_LISTED_OTHERS + 1);
    for (const at of list) {
      const others = head.filter((o) => o.index !== at.index).slice(0, MAX_LISTED_OTHERS);
      const reason = kpbIssue(
        'member_in_two_groups',
        ['nik'],
        {
          otherGroupIds: others.map((o) => o.groupId),
          otherIndexes: others.map((o) => o.index),
          otherCount: list.length - 1,
        },
        msg,
      );
      let byMember = extra.get(at.index);
      if (byMember === undefined) {
        byMember = new Map();
        extra.set(at.index, byMember);
      }
      const reasons = byMember.get(at.memberIndex);
      if (reasons === undefined) byMember.set(at.memberIndex, [reason]);
      else reasons.push(reason);
    }
  }
  return extra;
}

/**
 * A count of one reason code.
 *
 * @category KPB
 */
export interface ReasonCount {
  /** The reason code. */
  readonly code: KpbIssueCode;
  /** How many times it was reported (a member-level reason counts once per member). */
  readonly count: number;
  /** In how many groups it was reported. */
  readonly groups: number;
}

/**
 * Counts for one desa/kelurahan.
 *
 * @category KPB
 */
export interface DesaSummary {
  /** The desa (`null` for groups without one). */
  readonly desa: string | null;
  /** Groups verified. */
  readonly groups: number;
  /** Eligible groups. */
  readonly eligible: number;
  /** Ineligible groups. */
  readonly ineligible: number;
  /** The most frequent reasons, most frequent first. */
  readonly topReasons: readonly ReasonCount[];
}

/**
 * A dashboard summary of a batch.
 *
 * @category KPB
 */
export interface VerificationSummary {
  /** Rows in the batch (= eligible + ineligible + rejected). */
  readonly total: number;
  /** Eligible groups. */
  readonly eligible: number;
  /** Verified but ineligible groups. */
  readonly ineligible: number;
  /** Malformed rows. */
  readonly rejected: number;
  /** The most frequent reasons overall. */
  readonly topReasons: readonly ReasonCount[];
  /** Per desa/kelurahan, sorted by desa (`null` last). */
  readonly byDesa: readonly DesaSummary[];
}

/**
 * Options of {@link summarizeVerification}.
 *
 * @category KPB
 */
export interface SummarizeOptions {
  /** How many reasons to keep in each `topReasons` (default 5). */
  top?: number | undefined;
}

const SUMMARIZE_KEYS = optionKeys<SummarizeOptions>()({ top: true });

function tally(groups: readonly GroupVerification[], top: number): ReasonCount[] {
  const counts = new Map<KpbIssueCode, { count: number; groups: number }>();
  for (const g of groups) {
    const seen = new Set<KpbIssueCode>();
    for (const r of g.reasons) {
      const c = counts.get(r.code) ?? { count: 0, groups: 0 };
      c.count++;
      if (!seen.has(r.code)) {
        c.groups++;
        seen.add(r.code);
      }
      counts.set(r.code, c);
    }
  }
  return [...counts]
    .map(([code, c]) => ({ code, count: c.count, groups: c.groups }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, top);
}

/**
 * Summarises a batch for a dashboard: eligible / ineligible / rejected counts, and the most frequent
 * reasons overall and by desa/kelurahan (ties broken by code, so the order is stable).
 *
 * @category KPB
 * @throws {@link ValidationError} when `result` is not a result of {@link verifyGroups}.
 * @example
 * // `result` from the verifyGroups example: two groups sharing one person, one malformed row
 * summarizeVerification(result).byDesa
 * //=> [{ desa: null, groups: 2, eligible: 0, ineligible: 2,
 * //      topReasons: [{ code: 'member_in_two_groups', count: 2, groups: 2 }] }]
 */
export function summarizeVerification(
  result: GroupBatchResult,
  options: SummarizeOptions = {},
): VerificationSummary {
  try {
    checkOptionKeys(options, SUMMARIZE_KEYS, 'summarizeVerification');
    const ok =
      result !== null &&
      typeof result === 'object' &&
      Array.isArray(result.valid) &&
      Array.isArray(result.rejected);
    if (!ok) {
      throw validationError(
        [
          createIssue('invalid_type', ['result'], {
            expected: 'a result of verifyGroups',
            received: describeType(result),
          }),
        ],
        'summary',
      );
    }
    const rawTop = options?.top;
    const top =
      typeof rawTop === 'number' && Number.isInteger(rawTop) && rawTop >= 0
        ? Math.min(rawTop, 1000)
        : 5;
    const groups = result.valid.map((v) => v.value);
    const byDesa = new Map<string | null, GroupVerification[]>();
    for (const g of groups) {
      const list = byDesa.get(g.desa);
      if (list === undefined) byDesa.set(g.desa, [g]);
      else list.push(g);
    }
    const keys = [...byDesa.keys()].sort((a, b) =>
      a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
    );
    const eligible = groups.filter((g) => g.eligible).length;
    return {
      total: groups.length + result.rejected.length,
      eligible,
      ineligible: groups.length - eligible,
      rejected: result.rejected.length,
      topReasons: tally(groups, top),
      byDesa: keys.map((desa) => {
        const list = byDesa.get(desa) as GroupVerification[];
        const e = list.filter((g) => g.eligible).length;
        return {
          desa,
          groups: list.length,
          eligible: e,
          ineligible: list.length - e,
          topReasons: tally(list, top),
        };
      }),
    };
  } catch (error) {
    throw unreadableInput(error, 'summary');
  }
}
