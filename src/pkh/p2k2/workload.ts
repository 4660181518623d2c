import { expects, optionMessages, pkhKit, requireObject } from '../issues.js';
import { P2K2_FIGURES } from './modules.js';
import { unreadableInput } from '../../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

const kit = pkhKit(optionMessages);

/**
 * Options of {@link planP2k2Groups} and {@link p2k2Workload}.
 *
 * @category P2K2
 */
export interface P2k2PlanOptions {
  /** Largest group (default `P2K2_FIGURES.maxGroupSize`, 30). */
  maxGroupSize?: number | undefined;
  /** Minutes per session (default 120, Agusrini, Adib & Sarbanum, docs/sources.md). */
  sessionMinutes?: number | undefined;
  /** Sessions a month per group (default 1, Agusrini, Adib & Sarbanum). */
  sessionsPerMonth?: number | undefined;
}

/**
 * Groups planned for a number of families.
 *
 * @category P2K2
 */
export interface P2k2GroupPlan {
  /** Families to place. */
  readonly families: number;
  /** Groups needed: `ceil(families / maxGroupSize)`. */
  readonly groups: number;
  /** Group sizes, as equal as possible, larger groups first; they add up to `families`. */
  readonly sizes: readonly number[];
  /** Sessions a month for all the groups. */
  readonly sessionsPerMonth: number;
  /** Minutes of sessions a month. */
  readonly minutesPerMonth: number;
}

function whole(v: unknown, name: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw kit.configurationError('invalid_option', {
      option: name,
      ...expects(`a whole number ${min}-${max}`, `bilangan bulat ${min}-${max}`),
    });
  }
  // -0 is read as 0 (a count is never negative zero in a result).
  return v === 0 ? 0 : v;
}

function readPlan(options: unknown): { max: number; minutes: number; perMonth: number } {
  const o = (options !== null && typeof options === 'object' ? options : {}) as P2k2PlanOptions;
  return {
    max: whole(o.maxGroupSize ?? P2K2_FIGURES.maxGroupSize.value, 'maxGroupSize', 1, 10_000),
    minutes: whole(
      o.sessionMinutes ?? P2K2_FIGURES.sessionMinutes.value,
      'sessionMinutes',
      1,
      1440,
    ),
    perMonth: whole(
      o.sessionsPerMonth ?? P2K2_FIGURES.sessionsPerMonth.value,
      'sessionsPerMonth',
      1,
      31,
    ),
  };
}

const P2K2_PLAN_KEYS = optionKeys<P2k2PlanOptions>()({
  maxGroupSize: true,
  sessionMinutes: true,
  sessionsPerMonth: true,
});

/**
 * Plans P2K2 groups for a number of families: as few groups as the largest group allows, sizes as
 * equal as possible (the first `families mod groups` groups get one family more), with the sessions
 * and minutes a month they cost (one 120-minute session a month per group, Agusrini, Adib & Sarbanum).
 *
 * @category P2K2
 * @throws {@link ConfigurationError} `invalid_option` when `families` is not a whole number
 * 0-10,000,000 or an option is out of range.
 * @example
 * planP2k2Groups(80).sizes //=> [27, 27, 26]
 */
export function planP2k2Groups(families: number, options: P2k2PlanOptions = {}): P2k2GroupPlan {
  checkOptionKeys(options, P2K2_PLAN_KEYS, 'planP2k2Groups');
  try {
    const n = whole(families, 'families', 0, 10_000_000);
    const { max, minutes, perMonth } = readPlan(options);
    const groups = Math.ceil(n / max);
    const base = groups === 0 ? 0 : Math.floor(n / groups);
    const extra = n - base * groups;
    const sizes = Array.from({ length: groups }, (_, i) => (i < extra ? base + 1 : base));
    return {
      families: n,
      groups,
      sizes,
      sessionsPerMonth: groups * perMonth,
      minutesPerMonth: groups * perMonth * minutes,
    };
  } catch (error) {
    throw unreadableInput(error, 'P2K2 plan');
  }
}

/**
 * A pendamping's P2K2 workload.
 *
 * @category P2K2
 */
export interface P2k2Workload {
  /** Families in the area. */
  readonly families: number;
  /** Pendamping (social facilitators) in the area. */
  readonly pendamping: number;
  /** Families of the busiest pendamping: `ceil(families / pendamping)`. */
  readonly familiesPerPendamping: number;
  /** The busiest pendamping's groups, sessions and minutes a month. */
  readonly plan: P2k2GroupPlan;
  /** Hours of sessions a month for the busiest pendamping (minutes / 60, a double for display). */
  readonly hoursPerMonth: number;
  /** Where `familiesPerPendamping` falls against the 250-300 of Agusrini, Adib & Sarbanum: below, within or above. */
  readonly comparedToSeed: 'below' | 'within' | 'above';
}

/**
 * The P2K2 workload of the busiest pendamping in an area: families per pendamping, the groups they
 * run, and the sessions and hours a month, compared with the 250-300 families per pendamping Agusrini, Adib & Sarbanum
 * observed.
 *
 * @category P2K2
 * @throws {@link ConfigurationError} `invalid_option` when a count or option is out of range.
 * @example
 * const w = p2k2Workload({ families: 600, pendamping: 2 });
 * [w.familiesPerPendamping, w.plan.groups, w.hoursPerMonth, w.comparedToSeed]
 * //=> [300, 10, 20, 'within']
 */
export function p2k2Workload(
  area: { families: number; pendamping?: number | undefined },
  options: P2k2PlanOptions = {},
): P2k2Workload {
  checkOptionKeys(options, P2K2_PLAN_KEYS, 'p2k2Workload');
  try {
    requireObject(area, 'area', 'an object', 'objek');
    const families = whole(area.families, 'families', 0, 10_000_000);
    const pendamping = whole(area.pendamping ?? 1, 'pendamping', 1, 1_000_000);
    const per = Math.ceil(families / pendamping);
    const plan = planP2k2Groups(per, options);
    const { min, max } = P2K2_FIGURES.familiesPerPendamping.value;
    return {
      families,
      pendamping,
      familiesPerPendamping: per,
      plan,
      hoursPerMonth: plan.minutesPerMonth / 60,
      comparedToSeed: per < min ? 'below' : per > max ? 'above' : 'within',
    };
  } catch (error) {
    throw unreadableInput(error, 'P2K2 workload');
  }
}
