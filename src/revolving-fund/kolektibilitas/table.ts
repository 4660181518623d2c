import { decToFraction, toDec } from '../../_internal/decimal.js';
import {
  ConfigurationError,
  createIssue,
  type Issue,
  type MessageOptions,
  renderBoth,
  describeType,
} from '../../core/index.js';
import type {
  KolektibilitasLevel,
  KolektibilitasResult,
  KolektibilitasTable,
  KolektibilitasUnit,
} from '../types.js';
import { type KolektibilitasIssueCode, kolektibilitasMessages } from './messages.js';
import {
  KOLEKTIBILITAS_PRESET_NAMES,
  KOLEKTIBILITAS_PRESETS,
  type KolektibilitasPresetName,
} from './presets.js';

const UNITS: readonly KolektibilitasUnit[] = ['days', 'instalments', 'months'];
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** A validated table ready for classification: upper bounds and the result of every level. */
export interface CompiledKolektibilitasTable {
  readonly table: KolektibilitasTable;
  readonly unit: KolektibilitasUnit;
  /** Inclusive upper bound of each level; the last is +Infinity. */
  readonly upper: readonly number[];
  readonly results: readonly KolektibilitasResult[];
  /**
   * Provision rate of each level as an exact fraction (numerator / denominator, power-of-ten
   * denominator), or `null` for a level with no sourced rate.
   */
  readonly rates: readonly ({ readonly numerator: bigint; readonly denominator: bigint } | null)[];
}

const compiledCache = new WeakMap<object, CompiledKolektibilitasTable>();

type KIssue = Issue<KolektibilitasIssueCode | string>;

function issue(
  code: KolektibilitasIssueCode | string,
  path: readonly (string | number)[],
  params: Record<string, unknown> = {},
  options: MessageOptions = {},
): KIssue {
  return createIssue(code, path, params, options, kolektibilitasMessages);
}

const isBound = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function isLabel(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  const { id, en } = v as { id?: unknown; en?: unknown };
  return typeof id === 'string' && id.trim() !== '' && typeof en === 'string' && en.trim() !== '';
}

interface ReadLevel {
  level: number;
  code: string;
  label: { id: string; en: string };
  from: number;
  to: number | undefined;
  provisionRate: number | string | null;
  rate: { numerator: bigint; denominator: bigint } | null;
  rateText: string | null;
}

/**
 * Reads and checks a table, returning every issue found and (when there is none) a plain copy of it.
 * Never throws: a getter that throws makes an `invalid_kolektibilitas_table` issue.
 */
function inspect(
  table: unknown,
  options: MessageOptions,
): { issues: KIssue[]; copy?: KolektibilitasTable; levels?: ReadLevel[] } {
  try {
    return inspectUnsafe(table, options);
  } catch {
    return {
      issues: [issue('invalid_kolektibilitas_table', [], { detail: 'unreadable' }, options)],
    };
  }
}

function inspectUnsafe(
  table: unknown,
  options: MessageOptions,
): { issues: KIssue[]; copy?: KolektibilitasTable; levels?: ReadLevel[] } {
  const issues: KIssue[] = [];
  if (table === null || typeof table !== 'object' || Array.isArray(table)) {
    issues.push(
      issue('invalid_kolektibilitas_table', [], { detail: describeType(table) }, options),
    );
    return { issues };
  }
  const t = table as Record<string, unknown>;
  const id = t.id;
  const source = t.source;
  const unit = t.unit;
  const rawLevels = t.levels;
  if (typeof id !== 'string' || id.trim() === '' || id.length > 200) {
    issues.push(
      issue(
        'invalid_kolektibilitas_table',
        ['id'],
        { detail: 'id must be a non-empty string' },
        options,
      ),
    );
  }
  if (typeof source !== 'string' || source.trim() === '') {
    issues.push(
      issue(
        'invalid_kolektibilitas_table',
        ['source'],
        { detail: 'source must be a non-empty string' },
        options,
      ),
    );
  }
  if (typeof unit !== 'string' || !UNITS.includes(unit as KolektibilitasUnit)) {
    issues.push(
      issue(
        'invalid_kolektibilitas_table',
        ['unit'],
        { detail: 'unit must be days, instalments or months' },
        options,
      ),
    );
  }
  if (!Array.isArray(rawLevels)) {
    issues.push(
      issue(
        'invalid_kolektibilitas_table',
        ['levels'],
        { detail: 'levels must be an array' },
        options,
      ),
    );
    return { issues };
  }
  if (rawLevels.length === 0) {
    issues.push(issue('kolektibilitas_no_levels', ['levels'], {}, options));
    return { issues };
  }
  if (rawLevels.length > 1000) {
    issues.push(
      issue('invalid_kolektibilitas_table', ['levels'], { detail: 'at most 1000 levels' }, options),
    );
    return { issues };
  }
  const read: ReadLevel[] = [];
  const seenLevels = new Set<number>();
  const seenCodes = new Set<string>();
  let previous: { to: unknown; level: unknown; fromOk: boolean } | undefined;
  for (let i = 0; i < rawLevels.length; i++) {
    const path = ['levels', i];
    const raw = rawLevels[i] as unknown;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.push(
        issue(
          'invalid_kolektibilitas_table',
          path,
          { detail: `level is ${describeType(raw)}` },
          options,
        ),
      );
      previous = undefined;
      continue;
    }
    const r = raw as Record<string, unknown>;
    const level = r.level;
    const code = r.code;
    const label = r.label;
    const from = r.from;
    const to = r.to;
    const provisionRate = r.provisionRate;
    const isLast = i === rawLevels.length - 1;
    let ok = true;
    if (typeof level !== 'number' || !Number.isSafeInteger(level) || level < 1) {
      issues.push(issue('kolektibilitas_invalid_level', [...path, 'level'], {}, options));
      ok = false;
    } else if (seenLevels.has(level)) {
      issues.push(issue('kolektibilitas_duplicate_level', [...path, 'level'], { level }, options));
      ok = false;
    } else if (
      previous !== undefined &&
      typeof previous.level === 'number' &&
      Number.isSafeInteger(previous.level) &&
      level < previous.level
    ) {
      issues.push(
        issue('kolektibilitas_levels_not_ascending', [...path, 'level'], { level }, options),
      );
      ok = false;
    }
    if (typeof level === 'number') seenLevels.add(level);
    if (typeof code !== 'string' || code.length > 100 || !SNAKE.test(code)) {
      issues.push(issue('kolektibilitas_invalid_code', [...path, 'code'], {}, options));
      ok = false;
    } else if (seenCodes.has(code)) {
      issues.push(issue('kolektibilitas_duplicate_code', [...path, 'code'], { code }, options));
      ok = false;
    } else seenCodes.add(code);
    if (!isLabel(label)) {
      issues.push(issue('kolektibilitas_invalid_label', [...path, 'label'], {}, options));
      ok = false;
    }
    const fromOk = isBound(from);
    if (!fromOk) {
      issues.push(
        issue('kolektibilitas_bound_not_integer', [...path, 'from'], { field: 'from' }, options),
      );
      ok = false;
    }
    if (to !== undefined && !isBound(to)) {
      issues.push(
        issue('kolektibilitas_bound_not_integer', [...path, 'to'], { field: 'to' }, options),
      );
      ok = false;
    } else if (to === undefined && !isLast) {
      issues.push(issue('kolektibilitas_open_ended_not_last', [...path, 'to'], {}, options));
      ok = false;
    } else if (to !== undefined && isLast) {
      issues.push(issue('kolektibilitas_last_level_closed', [...path, 'to'], { to }, options));
      ok = false;
    } else if (fromOk && to !== undefined && (to as number) < (from as number)) {
      issues.push(issue('kolektibilitas_empty_range', path, { from, to }, options));
      ok = false;
    }
    if (i === 0 && fromOk && from !== 0) {
      issues.push(issue('kolektibilitas_not_from_zero', [...path, 'from'], { from }, options));
      ok = false;
    }
    if (i > 0 && fromOk && previous !== undefined && isBound(previous.to)) {
      const expectedFrom = previous.to + 1;
      if ((from as number) > expectedFrom) {
        issues.push(
          issue(
            'kolektibilitas_gap',
            [...path, 'from'],
            { from, previousTo: previous.to, expectedFrom },
            options,
          ),
        );
        ok = false;
      } else if ((from as number) < expectedFrom) {
        issues.push(
          issue(
            'kolektibilitas_overlap',
            [...path, 'from'],
            { from, previousTo: previous.to },
            options,
          ),
        );
        ok = false;
      }
    }
    let rate: { numerator: bigint; denominator: bigint } | null | undefined;
    let rateText: string | null = '';
    const dec =
      typeof provisionRate === 'number' || typeof provisionRate === 'string'
        ? toDec(provisionRate)
        : undefined;
    if (provisionRate === null) {
      // No source gives this level a rate: it classifies, but cannot provision.
      rate = null;
      rateText = null;
    } else if (dec === undefined || dec.isNegative() || dec.greaterThan(1)) {
      issues.push(
        issue('kolektibilitas_provision_out_of_range', [...path, 'provisionRate'], {}, options),
      );
      ok = false;
    } else {
      rate = decToFraction(dec);
      rateText = dec.isZero() ? '0' : dec.toFixed();
    }
    previous = { to, level, fromOk };
    if (ok && rate !== undefined) {
      read.push({
        level: level as number,
        code: code as string,
        label: { id: (label as { id: string }).id, en: (label as { en: string }).en },
        from: from as number,
        to: to as number | undefined,
        provisionRate: provisionRate as number | string | null,
        rate,
        rateText,
      });
    }
  }
  if (issues.length > 0) return { issues };
  const copy: KolektibilitasTable = {
    id: id as string,
    source: source as string,
    unit: unit as KolektibilitasUnit,
    levels: read.map((l): KolektibilitasLevel => {
      const base = {
        level: l.level,
        code: l.code,
        label: Object.freeze({ id: l.label.id, en: l.label.en }),
        from: l.from,
        provisionRate: l.provisionRate,
      };
      return Object.freeze(l.to === undefined ? base : { ...base, to: l.to });
    }),
  };
  Object.freeze(copy.levels);
  Object.freeze(copy);
  return { issues, copy, levels: read };
}

function compile(
  table: KolektibilitasTable,
  levels: readonly ReadLevel[],
): CompiledKolektibilitasTable {
  return Object.freeze({
    table,
    unit: table.unit,
    upper: levels.map((l) => (l.to === undefined ? Number.POSITIVE_INFINITY : l.to)),
    results: levels.map((l) =>
      Object.freeze({
        tableId: table.id,
        level: l.level,
        code: l.code,
        label: Object.freeze({ id: l.label.id, en: l.label.en }),
        provisionRate: l.rateText,
      }),
    ),
    rates: levels.map((l) => l.rate),
  });
}

function configurationError(issues: readonly KIssue[], tableId: unknown): ConfigurationError {
  const first = issues[0] as KIssue;
  const both = renderBoth(first, kolektibilitasMessages);
  const more = issues.length > 1 ? issues.length - 1 : 0;
  return new ConfigurationError(
    first.code,
    {
      en: `Invalid kolektibilitas table: ${both.en}${more > 0 ? ` (and ${more} more issue${more > 1 ? 's' : ''})` : ''}`,
      id: `Tabel kolektibilitas tidak valid: ${both.id}${more > 0 ? ` (dan ${more} masalah lain)` : ''}`,
    },
    { issues, tableId: typeof tableId === 'string' ? tableId : undefined },
  );
}

function isFrozenTable(table: object): boolean {
  if (!Object.isFrozen(table)) return false;
  const levels = (table as KolektibilitasTable).levels;
  if (!Object.isFrozen(levels)) return false;
  for (const l of levels) if (!Object.isFrozen(l) || !Object.isFrozen(l.label)) return false;
  return true;
}

/**
 * Validates a table (or looks up a preset) and returns it compiled for classification. Frozen tables
 * (every preset and every table {@link resolveKolektibilitasTable} returns) are compiled once.
 *
 * @internal
 * @throws {@link ConfigurationError} as {@link resolveKolektibilitasTable} does.
 */
export function compileKolektibilitasTable(
  tableOrPresetName: unknown,
): CompiledKolektibilitasTable {
  if (typeof tableOrPresetName === 'string') {
    const preset = presetByName(tableOrPresetName);
    return compileKolektibilitasTable(preset);
  }
  if (tableOrPresetName !== null && typeof tableOrPresetName === 'object') {
    const cached = compiledCache.get(tableOrPresetName);
    if (cached !== undefined) return cached;
  }
  const { issues, copy, levels } = inspect(tableOrPresetName, {});
  if (copy === undefined || levels === undefined) {
    throw configurationError(issues, readId(tableOrPresetName));
  }
  const original = tableOrPresetName as object;
  let frozen = false;
  try {
    frozen = isFrozenTable(original);
  } catch {
    frozen = false;
  }
  // A frozen table cannot change, so it is compiled against itself and cached; any other table is
  // compiled against its validated copy and not cached (it could be mutated later).
  const compiled = compile(frozen ? (original as KolektibilitasTable) : copy, levels);
  if (frozen) compiledCache.set(original, compiled);
  compiledCache.set(compiled.table, compiled);
  return compiled;
}

function readId(table: unknown): unknown {
  try {
    return table !== null && typeof table === 'object' ? (table as { id?: unknown }).id : undefined;
  } catch {
    return undefined;
  }
}

function presetByName(name: string): KolektibilitasTable {
  if (Object.hasOwn(KOLEKTIBILITAS_PRESETS, name)) {
    return KOLEKTIBILITAS_PRESETS[name as KolektibilitasPresetName];
  }
  throw configurationError(
    [
      issue('unknown_kolektibilitas_preset', ['table'], {
        allowed: KOLEKTIBILITAS_PRESET_NAMES.join(', '),
      }),
    ],
    undefined,
  );
}

/**
 * Checks a kolektibilitas table against every rule and returns the problems found (an empty array
 * when the table is valid). Never throws. The rules: at least one level; levels in ascending order with
 * unique whole level numbers >= 1 and unique snake_case codes; a `{ id, en }` label; whole-number bounds
 * >= 0; the first level starts at 0; each level starts right after the previous one ends (no gap, no
 * overlap); only the last level is open-ended, and it must be; provision rates are fractions 0..1.
 *
 * @category Kolektibilitas
 * @example
 * checkKolektibilitasTable({ ...OJK_BANK_2019, levels: OJK_BANK_2019.levels.filter((l) => l.level !== 3) })
 *   .map((i) => i.code)
 * //=> ['kolektibilitas_gap']
 */
export function checkKolektibilitasTable(
  table: unknown,
  options: MessageOptions = {},
): readonly Issue<KolektibilitasIssueCode | string>[] {
  let opts: MessageOptions = {};
  try {
    opts = options !== null && typeof options === 'object' ? { ...options } : {};
  } catch {
    opts = {};
  }
  try {
    return inspect(table, opts).issues;
  } catch {
    return inspect(table, {}).issues;
  }
}

/**
 * Returns a kolektibilitas table ready to use: the preset of that name, or a validated, frozen copy of
 * the table given. Use it once when a program starts so that a broken table fails loudly before any
 * loan is classified.
 *
 * Rules checked (see {@link checkKolektibilitasTable}): levels contiguous from 0 with no gaps or
 * overlaps, whole-number bounds, only the last level open-ended (and it must be), provision rates
 * 0..1, unique level numbers and codes.
 *
 * @category Kolektibilitas
 * @throws {@link ConfigurationError} when the name is not a preset (`code: 'unknown_kolektibilitas_preset'`)
 * or the table breaks a rule: `code` names the first rule broken (`'kolektibilitas_gap'`,
 * `'kolektibilitas_overlap'`, `'kolektibilitas_provision_out_of_range'`,
 * `'kolektibilitas_open_ended_not_last'`, ...) and `params.issues` lists every problem.
 * @example
 * resolveKolektibilitasTable('ojk-bank-2019').levels.length
 * //=> 5
 * resolveKolektibilitasTable({ id: 'x', source: 'y', unit: 'days', levels: [] })
 * //=> throws ConfigurationError (code 'kolektibilitas_no_levels')
 */
export function resolveKolektibilitasTable(
  tableOrPresetName: KolektibilitasTable | KolektibilitasPresetName,
): KolektibilitasTable {
  return compileKolektibilitasTable(tableOrPresetName).table;
}
