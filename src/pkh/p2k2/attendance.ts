import * as zm from 'zod/mini';
import { text, whole } from '../../_internal/mini-fields.js';
import { type MessageOptions, parseWith } from '../../core/index.js';
import { CalendarDatePublicMini } from '../../_internal/calendar-date-public-mini.js';
import { PKH_COMMITMENT_RULES } from '../commitments.js';
import { expects, p2k2Messages, pkhKit, type PkhReason, readMessageOptions } from '../issues.js';
import { unreadableInput } from '../../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

const kit = pkhKit(p2k2Messages);

/**
 * A P2K2 group and its sessions: the families (KPM ids) of the group and, for each session held, who
 * attended. A zod/mini schema, composable in classic zod objects.
 *
 * @category P2K2
 */
export const P2k2GroupSchema = zm.object({
  id: zm.optional(text(0, 200)),
  families: zm.array(text(1, 200)).check(zm.maxLength(10_000)),
  sessions: zm
    .array(
      zm.object({
        date: zm.optional(CalendarDatePublicMini),
        module: zm.optional(text(0, 200)),
        session: zm.optional(whole(1, 100)),
        attendees: zm.array(text(0, 200)).check(zm.maxLength(10_000)),
      }),
    )
    .check(zm.maxLength(1000)),
});

/**
 * A P2K2 group, as parsed.
 *
 * @category P2K2
 */
export type P2k2Group = zm.output<typeof P2k2GroupSchema>;

/**
 * Options of {@link summarizeP2k2Attendance}.
 *
 * @category P2K2
 */
export interface SummarizeP2k2Options extends MessageOptions {
  /** Minimum share of sessions a family must attend, in whole percent (default 100: every session). */
  minPercent?: number | undefined;
}

/**
 * A family's attendance in the group.
 *
 * @category P2K2
 */
export interface P2k2FamilyAttendance {
  /** The family's id. */
  readonly familyId: string;
  /** Sessions attended. */
  readonly attended: number;
  /** Sessions held. */
  readonly held: number;
  /** attended x 100 / held, a double for display; `null` when no session was held. */
  readonly percent: number | null;
  /** `attended x 100 >= minPercent x held`, exact. */
  readonly compliant: boolean;
}

/**
 * One session's attendance.
 *
 * @category P2K2
 */
export interface P2k2SessionAttendance {
  /** Position in `sessions`. */
  readonly index: number;
  /** The session's date, when given. */
  readonly date?: string | undefined;
  /** Families of the group present (each counted once). */
  readonly present: number;
  /** Families of the group absent. */
  readonly absent: number;
  /** present x 100 / families, a double; `null` for a group without families. */
  readonly percent: number | null;
}

/**
 * What {@link summarizeP2k2Attendance} returns.
 *
 * @category P2K2
 */
export interface P2k2AttendanceSummary {
  /** The group's id, when given. */
  readonly id?: string | undefined;
  /** Per family, in the group's order. */
  readonly families: readonly P2k2FamilyAttendance[];
  /** Per session, in input order. */
  readonly sessions: readonly P2k2SessionAttendance[];
  /** The group as a whole: attendances over families x sessions. */
  readonly group: {
    readonly families: number;
    readonly sessions: number;
    readonly attendances: number;
    readonly possible: number;
    readonly percent: number | null;
    readonly compliantFamilies: number;
  };
  /** Problems found in the data: an attendee not in the group, a family listed twice. */
  readonly issues: readonly PkhReason[];
}

const SUMMARIZE_P2K2_KEYS = optionKeys<SummarizeP2k2Options>()({
  locale: true,
  messages: true,
  minPercent: true,
});

/**
 * Summarises a P2K2 group's attendance: per family (sessions attended of those held, and whether it
 * meets `minPercent`, by default every session, the P2K2 commitment of {@link PKH_COMMITMENT_RULES}),
 * per session, and for the group. An attendee who is not in the group is reported and not counted; a
 * family listed twice in one session counts once.
 *
 * @category P2K2
 * @throws {@link ValidationError} when the group does not match {@link P2k2GroupSchema}.
 * @throws {@link ConfigurationError} `invalid_option` when `minPercent` is not a whole number 0-100.
 * @example
 * const s = summarizeP2k2Attendance({
 *   families: ['A', 'B'],
 *   sessions: [{ attendees: ['A', 'B'] }, { attendees: ['A'] }],
 * });
 * s.group.percent //=> 75 (3 attendances of 4)
 * s.families[1].compliant //=> false (B attended 1 of 2)
 */
export function summarizeP2k2Attendance(
  group: P2k2Group,
  options: SummarizeP2k2Options = {},
): P2k2AttendanceSummary {
  checkOptionKeys(options, SUMMARIZE_P2K2_KEYS, 'summarizeP2k2Attendance');
  try {
    const msg = readMessageOptions(options);
    const minPercent = readMinPercent(options);
    const g = parseWith(P2k2GroupSchema, group, {
      context: 'P2K2 group',
      catalog: kit.catalog,
      ...msg,
    });
    const issues: PkhReason[] = [];
    const position = positionsOf(g.families, issues, msg);
    const attended = new Array<number>(position.size).fill(0);
    const sessions = g.sessions.map((session, si) =>
      tallySession(session, si, position, attended, issues, msg),
    );
    const held = g.sessions.length;
    const families = [...position.keys()].map((familyId, i) => {
      const a = attended[i] as number;
      const percent = held === 0 ? null : (a * 100) / held;
      return { familyId, attended: a, held, percent, compliant: a * 100 >= minPercent * held };
    });
    const attendances = attended.reduce((x, y) => x + y, 0);
    const possible = position.size * held;
    return {
      ...(g.id === undefined ? {} : { id: g.id }),
      families,
      sessions,
      group: {
        families: position.size,
        sessions: held,
        attendances,
        possible,
        percent: possible === 0 ? null : (attendances * 100) / possible,
        compliantFamilies: families.filter((f) => f.compliant).length,
      },
      issues,
    };
  } catch (error) {
    throw unreadableInput(error, 'P2K2 attendance');
  }
}

/** `minPercent` (default: the P2K2 commitment's), a whole percent 0-100 or a ConfigurationError. */
function readMinPercent(options: unknown): number {
  const minPercent =
    (options !== null && typeof options === 'object'
      ? (options as SummarizeP2k2Options).minPercent
      : undefined) ?? PKH_COMMITMENT_RULES.p2k2.minPercent.value;
  if (!Number.isSafeInteger(minPercent) || minPercent < 0 || minPercent > 100) {
    throw kit.configurationError('invalid_option', {
      option: 'minPercent',
      ...expects('a whole percent 0-100', 'persen berupa bilangan bulat 0-100'),
    });
  }
  return minPercent;
}

/** Each family's place in the group's order; a family listed twice is reported and counted once. */
function positionsOf(
  families: readonly string[],
  issues: PkhReason[],
  msg: MessageOptions,
): Map<string, number> {
  const position = new Map<string, number>();
  families.forEach((f, i) => {
    if (position.has(f)) {
      issues.push(kit.reason('p2k2_duplicate_family', ['families', i], { familyId: f }, msg));
    } else position.set(f, position.size);
  });
  return position;
}

/** One session: its families present (each once), counted into `attended`; strangers reported. */
function tallySession(
  s: P2k2Group['sessions'][number],
  si: number,
  position: ReadonlyMap<string, number>,
  attended: number[],
  issues: PkhReason[],
  msg: MessageOptions,
): P2k2SessionAttendance {
  const here = new Set<number>();
  s.attendees.forEach((a, ai) => {
    const p = position.get(a);
    if (p === undefined) {
      const params = { familyId: a.slice(0, 60), session: si + 1 };
      const path = ['sessions', si, 'attendees', ai];
      issues.push(kit.reason('p2k2_unknown_family', path, params, msg));
    } else here.add(p);
  });
  for (const p of here) attended[p] = (attended[p] as number) + 1;
  const families = position.size;
  return {
    index: si,
    ...(s.date === undefined ? {} : { date: s.date }),
    present: here.size,
    absent: families - here.size,
    percent: families === 0 ? null : (here.size * 100) / families,
  };
}
