import { describeType } from '../../core/issues.js';
import { checkEnd, checkStart, type LevelPlace, type Report } from './contiguity.js';
import { isBound, isLabel, isLevelCode, isLevelNumber, readProvisionRate } from './rules.js';

// Level reading: one level of a table checked field by field against the rules module, in the order
// the issues are reported (level number, code, label, bounds, contiguity, provision rate).

/** A level that passed every rule, with its rate as an exact fraction and as text. */
export interface ReadLevel {
  level: number;
  code: string;
  label: { id: string; en: string };
  from: number;
  to: number | undefined;
  provisionRate: number | string | null;
  rate: { numerator: bigint; denominator: bigint } | null;
  rateText: string | null;
}

/** What reading the earlier levels left for the next one. */
export interface LevelsSeen {
  readonly levels: Set<number>;
  readonly codes: Set<string>;
  /** The previous level's `to` and `level`, or undefined after a level that was not an object. */
  previous: { readonly to: unknown; readonly level: unknown } | undefined;
}

function checkLevelNumber(
  level: unknown,
  place: LevelPlace,
  seen: LevelsSeen,
  report: Report,
): boolean {
  const path = [...place.path, 'level'];
  let ok = false;
  const previous = seen.previous?.level;
  if (!isLevelNumber(level)) report('kolektibilitas_invalid_level', path);
  else if (seen.levels.has(level)) report('kolektibilitas_duplicate_level', path, { level });
  else if (Number.isSafeInteger(previous) && level < (previous as number)) {
    report('kolektibilitas_levels_not_ascending', path, { level });
  } else ok = true;
  if (typeof level === 'number') seen.levels.add(level);
  return ok;
}

function checkCode(code: unknown, place: LevelPlace, seen: LevelsSeen, report: Report): boolean {
  const path = [...place.path, 'code'];
  if (!isLevelCode(code)) report('kolektibilitas_invalid_code', path);
  else if (seen.codes.has(code)) report('kolektibilitas_duplicate_code', path, { code });
  else {
    seen.codes.add(code);
    return true;
  }
  return false;
}

function checkBounds(
  from: unknown,
  to: unknown,
  place: LevelPlace,
  seen: LevelsSeen,
  report: Report,
): boolean {
  const { path } = place;
  const fromOk = isBound(from);
  if (!fromOk) report('kolektibilitas_bound_not_integer', [...path, 'from'], { field: 'from' });
  let ok = fromOk;
  const start = fromOk ? from : undefined;
  if (to !== undefined && !isBound(to)) {
    report('kolektibilitas_bound_not_integer', [...path, 'to'], { field: 'to' });
    ok = false;
  } else {
    ok = checkEnd(place, start, to as number | undefined, report) && ok;
  }
  const previousTo = seen.previous?.to;
  return checkStart(place, start, isBound(previousTo) ? previousTo : undefined, report) && ok;
}

/** The provision rate: `null` (no sourced rate), an exact fraction 0..1, or undefined when invalid. */
function readRate(
  provisionRate: unknown,
  place: LevelPlace,
  report: Report,
): Pick<ReadLevel, 'rate' | 'rateText'> | undefined {
  // No source gives this level a rate: it classifies, but cannot provision.
  if (provisionRate === null) return { rate: null, rateText: null };
  const exact = readProvisionRate(provisionRate);
  if (exact === undefined) {
    report('kolektibilitas_provision_out_of_range', [...place.path, 'provisionRate']);
    return undefined;
  }
  const { numerator, denominator, text } = exact;
  return { rate: { numerator, denominator }, rateText: text };
}

/**
 * Reads level `place.index` of a table: every issue goes to `report`; returns the level when it
 * passed every rule. `seen` carries what the earlier levels left.
 */
export function readLevel(
  raw: unknown,
  place: LevelPlace,
  seen: LevelsSeen,
  report: Report,
): ReadLevel | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report('invalid_kolektibilitas_table', place.path, { detail: `level is ${describeType(raw)}` });
    seen.previous = undefined;
    return undefined;
  }
  const { level, code, label, from, to, provisionRate } = raw as Record<string, unknown>;
  let ok = checkLevelNumber(level, place, seen, report);
  ok = checkCode(code, place, seen, report) && ok;
  if (!isLabel(label)) {
    report('kolektibilitas_invalid_label', [...place.path, 'label']);
    ok = false;
  }
  ok = checkBounds(from, to, place, seen, report) && ok;
  const rate = readRate(provisionRate, place, report);
  seen.previous = { to, level };
  if (!ok || rate === undefined) return undefined;
  return {
    level: level as number,
    code: code as string,
    label: { id: (label as { id: string }).id, en: (label as { en: string }).en },
    from: from as number,
    to: to as number | undefined,
    provisionRate: provisionRate as number | string | null,
    ...rate,
  };
}
