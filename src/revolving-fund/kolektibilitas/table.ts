import { memoizeFrozen } from '../../_internal/memo.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import {
  ConfigurationError,
  type Issue,
  type MessageOptions,
  renderBoth,
} from '../../core/index.js';
import type { KolektibilitasResult, KolektibilitasTable, KolektibilitasUnit } from '../types.js';
import { type KolektibilitasIssueCode, kolektibilitasMessages } from './messages.js';
import type { ReadLevel } from './read-level.js';
import { inspectTable, type KIssue, kolektibilitasIssue } from './read-table.js';
import {
  KOLEKTIBILITAS_PRESET_NAMES,
  KOLEKTIBILITAS_PRESETS,
  type KolektibilitasPresetName,
} from './presets.js';

const MESSAGE_KEYS = optionKeys<MessageOptions>()({ locale: true, messages: true });

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

/** A table that cannot change: frozen, and so are its levels and their labels. Never throws. */
function isFrozenTable(table: object): boolean {
  try {
    if (!Object.isFrozen(table)) return false;
    const levels = (table as KolektibilitasTable).levels;
    if (!Object.isFrozen(levels)) return false;
    for (const l of levels) if (!Object.isFrozen(l) || !Object.isFrozen(l.label)) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * Validates a table and compiles it. A frozen table cannot change, so it is compiled against itself;
 * any other table is compiled against its validated, frozen copy (it could be mutated later).
 */
function compileTable(table: unknown): CompiledKolektibilitasTable {
  const { issues, copy, levels } = inspectTable(table, {});
  if (copy === undefined || levels === undefined) throw configurationError(issues, readId(table));
  return compile(isFrozenTable(table as object) ? (table as KolektibilitasTable) : copy, levels);
}

/**
 * Compiled tables: a frozen table once (it was compiled against itself), and so the frozen copy that
 * {@link resolveKolektibilitasTable} returns; an unfrozen table on every call.
 */
const compiledTable = memoizeFrozen(compileTable, (table, compiled) => compiled.table === table);

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
  return compiledTable(
    typeof tableOrPresetName === 'string' ? presetByName(tableOrPresetName) : tableOrPresetName,
  );
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
      kolektibilitasIssue('unknown_kolektibilitas_preset', ['table'], {
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
  checkOptionKeys(options, MESSAGE_KEYS, 'checkKolektibilitasTable');
  let opts: MessageOptions = {};
  try {
    opts = options !== null && typeof options === 'object' ? { ...options } : {};
  } catch {
    opts = {};
  }
  try {
    return inspectTable(table, opts).issues;
  } catch {
    return inspectTable(table, {}).issues;
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
