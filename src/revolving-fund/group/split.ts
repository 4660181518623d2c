import { decimalFraction } from '../../_internal/decimal-fraction.js';
import { type StageKit, stageKit } from '../../_internal/stage-kit.js';
import {
  allocateRupiah,
  type DecimalInput,
  type Issue,
  type Rupiah,
  describeType,
} from '../../core/index.js';
import { readSchedule } from '../payments/internal.js';
import type { Instalment, Schedule } from '../schedule/index.js';
import { groupLoanMessages } from './messages.js';

/**
 * One member of a KSM and their share of the group loan. The share is a weight: shares `[1, 1, 2]`,
 * `['0.25', '0.25', '0.5']` and `[250_000, 250_000, 500_000]` split the same way.
 *
 * @category Groups
 */
export interface GroupMemberShare {
  /** The member's identifier (a member number; if it is a NIK it is never echoed in messages). */
  readonly memberId: string;
  /** The member's weight, > 0 (a number or a decimal string, read exactly). */
  readonly share: DecimalInput;
}

/**
 * One member's part of a group loan: their own schedule.
 *
 * @category Groups
 */
export interface GroupMemberSchedule {
  /** The member. */
  readonly memberId: string;
  /** The member's share as given. */
  readonly share: DecimalInput;
  /** The member's schedule: same instalment numbers and due dates as the group's. */
  readonly schedule: Schedule;
}

/**
 * A KSM loan split among its members.
 *
 * @category Groups
 */
export interface GroupSplit {
  /** The group schedule as read (with `balanceAfter` recomputed). */
  readonly schedule: Schedule;
  /** Each member's schedule, in the order given. */
  readonly members: readonly GroupMemberSchedule[];
}

/** The most members a group may have. */
const MAX_MEMBERS = 1000;

const kit: StageKit = stageKit(groupLoanMessages, 'group members');

/** Reads the members once; throws a ValidationError listing every problem. */
export function readMembers(members: unknown): { memberId: string; share: DecimalInput }[] {
  let list: unknown[];
  try {
    if (!Array.isArray(members) || members.length < 1 || members.length > MAX_MEMBERS) {
      kit.fail([
        kit.issue('invalid_group_members', ['members'], { received: describeType(members) }),
      ]);
    }
    list = [...members];
  } catch (error) {
    if (error instanceof Error && error.name === 'ValidationError') throw error;
    kit.fail([kit.issue('invalid_group_members', ['members'], { received: 'unreadable' })]);
  }
  const issues: Issue[] = [];
  const out: { memberId: string; share: DecimalInput }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const row = list[i];
    let memberId: unknown;
    let share: unknown;
    try {
      if (row === null || typeof row !== 'object') throw new TypeError('not an object');
      memberId = (row as Record<string, unknown>).memberId;
      share = (row as Record<string, unknown>).share;
    } catch {
      issues.push(
        kit.issue('invalid_group_members', ['members', i], { received: describeType(row) }),
      );
      continue;
    }
    let ok = true;
    if (typeof memberId !== 'string' || memberId.trim() === '' || memberId.length > 200) {
      issues.push(kit.issue('invalid_member_id', ['members', i, 'memberId']));
      ok = false;
    } else if (seen.has(memberId)) {
      issues.push(kit.issue('duplicate_member_id', ['members', i, 'memberId']));
      ok = false;
    } else seen.add(memberId);
    // A share is a decimal above 0, read exactly.
    const d = decimalFraction(share);
    if (d === undefined || d.numerator <= 0n) {
      issues.push(kit.issue('invalid_share', ['members', i, 'share']));
      ok = false;
    }
    if (ok) out.push({ memberId: memberId as string, share: share as DecimalInput });
  }
  if (issues.length > 0) kit.fail(issues);
  return out;
}

/**
 * Splits each column of parts among members so that (1) every column sums to the group's part,
 * (2) each member's cumulative part through every instalment is `allocateRupiah(cumulative group
 * part, shares)` where that is non-decreasing, so each member's total is exactly their
 * `allocateRupiah` share of the group total, and (3) no part is negative. The largest-remainder method
 * is not monotone in the total (the Alabama paradox), so a member's cumulative share can drop by a
 * rupiah from one instalment to the next; such a -1 is moved, with a matching +1, to a later (or
 * earlier) instalment of the same member and the opposite move made for another member, which keeps
 * every row and column sum.
 */
function splitColumns(parts: readonly number[], shares: readonly DecimalInput[]): number[][] {
  const m = shares.length;
  const n = parts.length;
  const x: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  let cumulative = 0;
  let previous = new Array<number>(m).fill(0);
  for (let k = 0; k < n; k++) {
    cumulative += parts[k] as number;
    const now = allocateRupiah(cumulative, shares);
    for (let i = 0; i < m; i++)
      (x[i] as number[])[k] = (now[i] as number) - (previous[i] as number);
    previous = now;
  }
  for (let i = 0; i < m; i++) {
    const row = x[i] as number[];
    for (let k = 0; k < n; k++) {
      while ((row[k] as number) < 0) {
        let k2 = -1;
        for (let j = k + 1; j < n && k2 < 0; j++) if ((row[j] as number) > 0) k2 = j;
        for (let j = k - 1; j >= 0 && k2 < 0; j--) if ((row[j] as number) > 0) k2 = j;
        let i2 = -1;
        for (let r = 0; r < m; r++) {
          if (r !== i && ((x[r] as number[])[k] as number) > 0) {
            i2 = r;
            break;
          }
        }
        if (k2 < 0 || i2 < 0) break; // impossible: the row and the column sums are >= 0
        const other = x[i2] as number[];
        row[k] = (row[k] as number) + 1;
        row[k2] = (row[k2] as number) - 1;
        other[k] = (other[k] as number) - 1;
        other[k2] = (other[k2] as number) + 1;
      }
    }
  }
  return x;
}

function scheduleOf(
  number: readonly number[],
  dueOn: readonly string[],
  principal: readonly number[],
  interest: readonly number[],
): Schedule {
  const total = principal.reduce((s, p) => s + p, 0);
  let balance = total;
  let interestSum = 0;
  const instalments: Instalment[] = [];
  for (let k = 0; k < principal.length; k++) {
    const p = principal[k] as number;
    const it = interest[k] as number;
    balance -= p;
    interestSum += it;
    instalments.push({
      number: number[k] as number,
      dueOn: dueOn[k] as string,
      principal: p,
      interest: it,
      total: p + it,
      balanceAfter: balance,
    });
  }
  return {
    instalments,
    totals: { principal: total, interest: interestSum, total: total + interestSum },
  };
}

/**
 * Splits a KSM loan among its members by share (tanggung renteng groups lend to the group, but each
 * member repays their own part). Each member gets their own schedule with the group's instalment
 * numbers and due dates:
 *
 * - a member's total principal is exactly `allocateRupiah(group principal, shares)` for that member,
 *   and likewise their total interest;
 * - the members' parts of every instalment sum exactly to the group's part (principal, interest and
 *   total), and no part is negative;
 * - within that, each member's cumulative principal (and interest) through every instalment is their
 *   `allocateRupiah` share of the group's cumulative amount (largest remainder, ties to the earlier
 *   member), moved by one rupiah only where the largest-remainder method would make a part negative.
 *
 * @category Groups
 * @throws {@link ValidationError} when the schedule is not a schedule, or a member has no id, a
 * duplicate id or a share that is not a decimal > 0.
 * @example
 * const s = splitGroupLoan(schedule, [{ memberId: 'A', share: 1 }, { memberId: 'B', share: 1 },
 *   { memberId: 'C', share: 1 }]);
 * s.members.map((m) => m.schedule.totals.principal)
 * //=> [400_000, 400_000, 400_000]   // of a 1,200,000 group loan
 */
export function splitGroupLoan(
  schedule: unknown,
  members: readonly GroupMemberShare[],
): GroupSplit {
  const data = readSchedule(schedule);
  const list = readMembers(members);
  const shares = list.map((m) => m.share);
  const principal = splitColumns(data.principal, shares);
  const interest = splitColumns(data.interest, shares);
  return {
    schedule: scheduleOf(data.number, data.dueOn, data.principal, data.interest),
    members: list.map((m, i) => ({
      memberId: m.memberId,
      share: m.share,
      schedule: scheduleOf(
        data.number,
        data.dueOn,
        principal[i] as Rupiah[],
        interest[i] as Rupiah[],
      ),
    })),
  };
}
