import { createIssue, describeType } from '../../core/issues.js';
import type { Issue, MessageOptions } from '../../core/index.js';
import type { KolektibilitasLevel, KolektibilitasTable, KolektibilitasUnit } from '../types.js';
import type { Report } from './contiguity.js';
import { type KolektibilitasIssueCode, kolektibilitasMessages } from './messages.js';
import { type LevelsSeen, type ReadLevel, readLevel } from './read-level.js';
import { isSource, isTableId, isUnit, MAX_LEVELS } from './rules.js';

// Table metadata (id, source, unit, the levels list) and the driver that reads every level, over the
// rules module. table.ts compiles and caches what this returns.

/** An issue of the kolektibilitas stage. */
export type KIssue = Issue<KolektibilitasIssueCode | string>;

/** Builds one kolektibilitas issue, worded from the stage's catalogue. */
export function kolektibilitasIssue(
  code: KolektibilitasIssueCode | string,
  path: readonly (string | number)[],
  params: Record<string, unknown> = {},
  options: MessageOptions = {},
): KIssue {
  return createIssue(code, path, params, options, kolektibilitasMessages);
}

/** What reading a table found: every issue, and when there is none, a frozen copy and its levels. */
export interface TableInspection {
  issues: KIssue[];
  copy?: KolektibilitasTable;
  levels?: ReadLevel[];
}

interface TableMeta {
  id: unknown;
  source: unknown;
  unit: unknown;
  /** The levels list when it is an array of 1..MAX_LEVELS entries. */
  levels: unknown[] | undefined;
}

function readMeta(t: Record<string, unknown>, report: Report): TableMeta {
  const { id, source, unit, levels } = t;
  const invalid = (field: string, detail: string) =>
    report('invalid_kolektibilitas_table', [field], { detail });
  if (!isTableId(id)) invalid('id', 'id must be a non-empty string');
  if (!isSource(source)) invalid('source', 'source must be a non-empty string');
  if (!isUnit(unit)) invalid('unit', 'unit must be days, instalments or months');
  let list: unknown[] | undefined;
  if (!Array.isArray(levels)) invalid('levels', 'levels must be an array');
  else if (levels.length === 0) report('kolektibilitas_no_levels', ['levels']);
  else if (levels.length > MAX_LEVELS) invalid('levels', `at most ${MAX_LEVELS} levels`);
  else list = levels;
  return { id, source, unit, levels: list };
}

function readLevels(list: readonly unknown[], report: Report): ReadLevel[] {
  const read: ReadLevel[] = [];
  const seen: LevelsSeen = { levels: new Set(), codes: new Set(), previous: undefined };
  for (let i = 0; i < list.length; i++) {
    const place = { index: i, isLast: i === list.length - 1, path: ['levels', i] };
    const level = readLevel(list[i], place, seen, report);
    if (level !== undefined) read.push(level);
  }
  return read;
}

function frozenCopy(meta: TableMeta, read: readonly ReadLevel[]): KolektibilitasTable {
  const levels = read.map((l): KolektibilitasLevel => {
    const base = {
      level: l.level,
      code: l.code,
      label: Object.freeze({ id: l.label.id, en: l.label.en }),
      from: l.from,
      provisionRate: l.provisionRate,
    };
    return Object.freeze(l.to === undefined ? base : { ...base, to: l.to });
  });
  return Object.freeze({
    id: meta.id as string,
    source: meta.source as string,
    unit: meta.unit as KolektibilitasUnit,
    levels: Object.freeze(levels),
  });
}

function inspectUnsafe(table: unknown, options: MessageOptions): TableInspection {
  const issues: KIssue[] = [];
  const report: Report = (code, path, params = {}) =>
    issues.push(kolektibilitasIssue(code, path, params, options));
  if (table === null || typeof table !== 'object' || Array.isArray(table)) {
    report('invalid_kolektibilitas_table', [], { detail: describeType(table) });
    return { issues };
  }
  const meta = readMeta(table as Record<string, unknown>, report);
  if (meta.levels === undefined) return { issues };
  const read = readLevels(meta.levels, report);
  if (issues.length > 0) return { issues };
  return { issues, copy: frozenCopy(meta, read), levels: read };
}

/**
 * Reads and checks a table, returning every issue found and (when there is none) a frozen copy of it.
 * Never throws: a getter that throws makes an `invalid_kolektibilitas_table` issue.
 */
export function inspectTable(table: unknown, options: MessageOptions): TableInspection {
  try {
    return inspectUnsafe(table, options);
  } catch {
    return {
      issues: [
        kolektibilitasIssue('invalid_kolektibilitas_table', [], { detail: 'unreadable' }, options),
      ],
    };
  }
}
