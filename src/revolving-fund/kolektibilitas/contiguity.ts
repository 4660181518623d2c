import type { KolektibilitasIssueCode } from './messages.js';

// Contiguity: where a level sits between its neighbours. Only the last level is open-ended (and it
// must be), a range is not empty, the first level starts at 0, and each level starts right after the
// previous one ends (no gap, no overlap).

/** Records one issue found while reading a table. */
export type Report = (
  code: KolektibilitasIssueCode,
  path: readonly (string | number)[],
  params?: Record<string, unknown>,
) => void;

/** Where a level stands in its table. */
export interface LevelPlace {
  readonly index: number;
  readonly isLast: boolean;
  readonly path: readonly (string | number)[];
}

/**
 * The rules on a level's end. `from` is the level's start when it is a valid bound (else undefined),
 * `to` its end, already known to be a valid bound or absent. Returns false when a rule is broken.
 */
export function checkEnd(
  place: LevelPlace,
  from: number | undefined,
  to: number | undefined,
  report: Report,
): boolean {
  const { path, isLast } = place;
  if (to === undefined && !isLast) {
    report('kolektibilitas_open_ended_not_last', [...path, 'to']);
  } else if (to !== undefined && isLast) {
    report('kolektibilitas_last_level_closed', [...path, 'to'], { to });
  } else if (from !== undefined && to !== undefined && to < from) {
    report('kolektibilitas_empty_range', path, { from, to });
  } else {
    return true;
  }
  return false;
}

/**
 * The rules on a level's start: the first level starts at 0, any other right after `previousTo`
 * (checked only when both are valid bounds). Returns false when a rule is broken.
 */
export function checkStart(
  place: LevelPlace,
  from: number | undefined,
  previousTo: number | undefined,
  report: Report,
): boolean {
  if (from === undefined) return true;
  const path = [...place.path, 'from'];
  if (place.index === 0) {
    if (from === 0) return true;
    report('kolektibilitas_not_from_zero', path, { from });
    return false;
  }
  if (previousTo === undefined) return true;
  const expectedFrom = previousTo + 1;
  if (from > expectedFrom) {
    report('kolektibilitas_gap', path, { from, previousTo, expectedFrom });
  } else if (from < expectedFrom) {
    report('kolektibilitas_overlap', path, { from, previousTo });
  } else {
    return true;
  }
  return false;
}
