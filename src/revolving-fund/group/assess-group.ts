import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import { type StageKit, stageKit } from '../../_internal/stage-kit.js';
import { createIssue, type Issue, type Rupiah, describeType } from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import { type AssessLoanOptions, assessLoan } from '../arrears/index.js';
import type { LoanAssessment } from '../types.js';
import { groupLoanMessages } from './messages.js';
import { type GroupMemberShare, splitGroupLoan } from './split.js';

const ASSESS_GROUP_KEYS = optionKeys<AssessLoanOptions>()({
  asOf: true,
  kolektibilitas: true,
  allocation: true,
  overpayment: true,
  collateralValue: true,
});

/**
 * A group loan: the KSM's schedule and its members' shares (a {@link GroupSplit} is one too).
 *
 * @category Groups
 */
export interface GroupLoan {
  /** The group schedule (as {@link buildSchedule} returns it). */
  readonly schedule: unknown;
  /** The members and their shares. */
  readonly members: readonly GroupMemberShare[];
}

/**
 * A repayment by one member of the group.
 *
 * @category Groups
 */
export interface GroupPayment {
  /** Who paid (one of the group's members). */
  readonly memberId: string;
  /** Date paid, `YYYY-MM-DD`. */
  readonly paidOn: string;
  /** Amount in whole rupiah. */
  readonly amount: Rupiah;
}

/**
 * One member in the member view.
 *
 * @category Groups
 */
export interface GroupMemberAssessment {
  /** The member. */
  readonly memberId: string;
  /** The member's own loan: their payments against their share of each instalment. */
  readonly assessment: LoanAssessment;
  /** Whether the member is behind on their own share (`missedInstalments > 0`). */
  readonly inArrears: boolean;
  /**
   * What the member paid on or before `asOf` minus their share due on or before `asOf` (signed rupiah):
   * positive when they paid ahead or for others, negative when others (or nobody) covered their share.
   * The surpluses of all members add up to the group's payments minus the group's amount due.
   */
  readonly surplus: number;
}

/**
 * The two views of a joint-liability (tanggung renteng) loan on a date.
 *
 * @category Groups
 */
export interface GroupAssessment {
  /**
   * Group view: every member's payment applied to the group schedule, so members' payments cover each
   * other; the group is in arrears only when the group total falls short.
   */
  readonly group: LoanAssessment;
  /** Member view, in the order of the members. */
  readonly members: readonly GroupMemberAssessment[];
  /** Members behind on their own share. */
  readonly membersInArrears: readonly string[];
  /** Members behind on their own share while the group as a whole is not in arrears: covered by the group. */
  readonly coveredByGroup: readonly string[];
}

function readGroup(group: unknown): { schedule: unknown; members: unknown } {
  try {
    if (group === null || typeof group !== 'object') throw new TypeError('not an object');
    const g = group as Record<string, unknown>;
    return { schedule: g.schedule, members: g.members };
  } catch {
    throw invalid(
      [
        createIssue('invalid_type', ['group'], {
          expected: 'object',
          received: describeType(group),
        }),
      ],
      'group loan',
    );
  }
}

type PaymentRead = { paidOn: unknown; amount: unknown };

const paymentsKit: StageKit = stageKit(groupLoanMessages, 'group payments');

/** One payment row's fields, or undefined when the row is not a readable object. */
function readPaymentRow(row: unknown): (PaymentRead & { memberId: unknown }) | undefined {
  try {
    if (row === null || typeof row !== 'object') return undefined;
    const r = row as Record<string, unknown>;
    return { memberId: r.memberId, paidOn: r.paidOn, amount: r.amount };
  } catch {
    return undefined;
  }
}

function readGroupPayments(
  payments: unknown,
  memberIds: ReadonlySet<string>,
): { all: PaymentRead[]; byMember: Map<string, PaymentRead[]> } {
  const issues: Issue[] = [];
  const all: PaymentRead[] = [];
  const byMember = new Map<string, PaymentRead[]>();
  for (const id of memberIds) byMember.set(id, []);
  let list: unknown[] = [];
  try {
    if (!Array.isArray(payments)) throw new TypeError('not an array');
    list = [...payments];
  } catch {
    paymentsKit.failWith('invalid_group_payment', ['payments'], {
      received: describeType(payments),
    });
  }
  for (let j = 0; j < list.length; j++) {
    const row = list[j];
    const read = readPaymentRow(row);
    if (read === undefined) {
      issues.push(
        paymentsKit.issue('invalid_group_payment', ['payments', j], {
          received: describeType(row),
        }),
      );
      continue;
    }
    const { memberId, paidOn, amount } = read;
    if (typeof memberId !== 'string' || !memberIds.has(memberId)) {
      issues.push(paymentsKit.issue('unknown_member', ['payments', j, 'memberId']));
      continue;
    }
    const p = { paidOn, amount };
    all.push(p);
    byMember.get(memberId)?.push(p);
  }
  if (issues.length > 0) paymentsKit.fail(issues);
  return { all, byMember };
}

/**
 * Assesses a joint-liability (tanggung renteng) KSM loan on a date, in two views:
 *
 * - **member view**: each member's own payments against their own share of each instalment (from
 *   {@link splitGroupLoan}), assessed with {@link assessLoan}: their days past due, missed
 *   instalments, kolektibilitas and provision;
 * - **group view**: every payment, whoever made it, applied to the group schedule with
 *   {@link assessLoan}: members' payments cover each other, and the group is in arrears only when the
 *   group total falls short.
 *
 * `coveredByGroup` lists the members behind on their share while the group is not in arrears
 * (the others paid for them). Options are those of {@link assessLoan} (`asOf`, `kolektibilitas`,
 * allocation order) and apply to both views.
 *
 * @category Groups
 * @throws {@link ValidationError} when the schedule, the members or the payments are not valid, or a
 * payment names someone who is not a member.
 * @throws {@link ConfigurationError} when the kolektibilitas table or the allocation options are not valid.
 * @example
 * const r = assessGroup({ schedule, members: [{ memberId: 'A', share: 1 }, { memberId: 'B', share: 1 }] },
 *   [{ memberId: 'A', paidOn: '2024-02-15', amount: 236_000 }], { asOf: '2024-02-20' });
 * [r.group.missedInstalments, r.membersInArrears, r.coveredByGroup]
 * //=> [0, ['B'], ['B']]
 */
export function assessGroup(
  group: GroupLoan,
  payments: readonly GroupPayment[],
  options: AssessLoanOptions,
): GroupAssessment {
  checkOptionKeys(options, ASSESS_GROUP_KEYS, 'assessGroup');
  const { schedule, members } = readGroup(group);
  const split = splitGroupLoan(schedule, members as readonly GroupMemberShare[]);
  const ids = new Set(split.members.map((m) => m.memberId));
  const { all, byMember } = readGroupPayments(payments, ids);
  const groupView = assessLoan(split.schedule, all, options);
  const asOf = groupView.asOf;
  const memberViews = split.members.map((m): GroupMemberAssessment => {
    const own = byMember.get(m.memberId) ?? [];
    const a = assessLoan(m.schedule, own, options);
    // The amounts and dates were checked by assessLoan; count what was paid on or before asOf.
    let paid = 0;
    for (const p of own) if ((p.paidOn as string) <= asOf) paid += p.amount as number;
    return {
      memberId: m.memberId,
      assessment: a,
      inArrears: a.missedInstalments > 0,
      surplus: paid - a.dueToDate,
    };
  });
  const membersInArrears = memberViews.filter((m) => m.inArrears).map((m) => m.memberId);
  return {
    group: groupView,
    members: memberViews,
    membersInArrears,
    coveredByGroup: groupView.missedInstalments === 0 ? membersInArrears : [],
  };
}
