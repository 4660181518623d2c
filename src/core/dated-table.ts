import type * as z from 'zod';
import * as zm from 'zod/mini';
import { CalendarDateMini, invalidDateError } from '../_internal/calendar-date-schema.js';
import { assembleTable, freezeCadence, isFrozenTable } from '../_internal/dated-table-build.js';
import { addMonthsYmd, formatYmd, readYmd } from '../_internal/days.js';
import { memoizeFrozen } from '../_internal/memo.js';
import type { CalendarDate } from './calendar-date.js';
import type { DatedEntry, DatedTable, DatedTableCadence } from './dated-table-types.js';

export type { DatedEntry, DatedTable, DatedTableCadence } from './dated-table-types.js';
import { ParameterNotFoundError } from './errors.js';
import { createIssue, describeType } from './issues.js';
import { unreadableAs } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { invalidIn, parseIn } from './parse.js';
import { DATED_TABLE, DATED_TABLE_CADENCE, DATED_TABLE_VALUE } from '../_internal/contexts.js';

/**
 * One value of a dated table as it is written: the value, its legal or statistical source, and an
 * optional note (a revision, a caveat).
 *
 * @category Dated tables
 */
export interface DatedValueInput<T> {
  /** The value in force from the key date on. */
  readonly value: T;
  /** Where the value comes from (regulation, release, article). Required: a value without a source is not accepted. */
  readonly source: string;
  /** Anything a reader should know (a later revision, a derived value). */
  readonly note?: string | undefined;
}

/**
 * A dated table as it is written: values keyed by the date from which each is in force.
 *
 * @category Dated tables
 */
export interface DatedTableInput<T> {
  /** A stable identifier (`'bps-garis-kemiskinan-nasional-total'`). */
  readonly id: string;
  /** What the values are. */
  readonly description: string;
  /** The unit of the values (`'rupiah/kapita/bulan'`). */
  readonly unit: string;
  /** Values keyed by start date (`YYYY-MM-DD`). */
  readonly values: Readonly<Record<CalendarDate, DatedValueInput<T>>>;
}

/**
 * Named cadences: `'semiannual'` (every 6 months, the BPS March/September semesters), `'annual'`
 * (every 12 months), `'quarterly'` (3) and `'monthly'` (1).
 *
 * @category Dated tables
 * @example
 * DATED_TABLE_CADENCES.semiannual
 * //=> { everyMonths: 6 }
 */
export const DATED_TABLE_CADENCES = Object.freeze({
  semiannual: Object.freeze({ everyMonths: 6 }),
  annual: Object.freeze({ everyMonths: 12 }),
  quarterly: Object.freeze({ everyMonths: 3 }),
  monthly: Object.freeze({ everyMonths: 1 }),
}) satisfies Readonly<Record<string, DatedTableCadence>>;

/**
 * What {@link valueAt} returns: the value in force, the date it started and its source.
 *
 * @category Dated tables
 */
export interface ValueInForce<T> {
  /** The value in force. */
  readonly value: T;
  /** The date from which it is in force. */
  readonly from: CalendarDate;
  /** Its source. */
  readonly source: string;
  /** Its note, when there is one. */
  readonly note?: string | undefined;
  /**
   * `true` when the table has a cadence and the date lies on or after the start of the next expected
   * period with no value for it; only returned when the call passed `{ allowStale: true }`.
   */
  readonly stale?: true | undefined;
}

/**
 * Options of {@link valueAt}.
 *
 * @category Dated tables
 */
export interface ValueAtOptions {
  /**
   * Accept a value whose period has passed without a newer one (default `false`: such a date throws
   * `ParameterNotFoundError` with code `parameter_stale`). The result then carries `stale: true`.
   */
  allowStale?: boolean | undefined;
}

/**
 * Options of {@link defineDatedTable}.
 *
 * @category Dated tables
 */
export interface DefineDatedTableOptions<T> {
  /** Validates every value (for tables read from files). */
  valueSchema?: z.core.$ZodType<T> | undefined;
  /**
   * How often a new value is expected (`'semiannual'`, `'annual'`, `'quarterly'`, `'monthly'` or a
   * {@link DatedTableCadence}). With a cadence, {@link valueAt} refuses a value past its period
   * (`parameter_stale`) unless the caller passes `{ allowStale: true }`. Without one, a value stays in
   * force until the next entry, however old.
   */
  cadence?: keyof typeof DATED_TABLE_CADENCES | DatedTableCadence | undefined;
}

// Internal schemas are zod/mini (tree-shakable); the issues are the same as classic zod's.
const CadenceSchema = zm.strictObject({
  everyMonths: zm.int().check(zm.gte(1), zm.lte(120)),
  notPublished: zm.optional(zm.array(CalendarDateMini).check(zm.maxLength(10_000))),
});

function readCadence(raw: unknown): DatedTableCadence | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && Object.hasOwn(DATED_TABLE_CADENCES, raw)) {
    return DATED_TABLE_CADENCES[raw as keyof typeof DATED_TABLE_CADENCES];
  }
  const c = parseIn(CadenceSchema, raw, DATED_TABLE_CADENCE, { path: ['cadence'] });
  return freezeCadence(c);
}

const VALUE_AT_KEYS = optionKeys<ValueAtOptions>()({ allowStale: true });

const DEFINE_DATED_TABLE_KEYS = optionKeys<DefineDatedTableOptions<unknown>>()({
  valueSchema: true,
  cadence: true,
});

const MetaSchema = zm.strictObject({
  id: zm.string().check(zm.minLength(1), zm.maxLength(200)),
  description: zm.string().check(zm.maxLength(2000)),
  unit: zm.string().check(zm.maxLength(200)),
  values: zm.record(
    CalendarDateMini,
    zm.strictObject({
      value: zm.unknown(),
      source: zm.string().check(zm.minLength(1), zm.maxLength(2000)),
      note: zm.optional(zm.string().check(zm.maxLength(4000))),
    }),
  ),
});

/**
 * Defines a table of dated values (the OpenFisca idea): each value is in force from its key date until
 * the next one. Tables are plain data, so a user can pass a provincial poverty line or a local decree
 * the same way the library ships the national series. The result is sorted and frozen.
 *
 * @category Dated tables
 * @throws {@link ValidationError} when a key is not a real date, a source is missing, the table has no
 * value, a value fails `valueSchema`, or the cadence is not one of the named ones or a valid
 * {@link DatedTableCadence}.
 * @example
 * const line = defineDatedTable({
 *   id: 'gk-contoh', description: 'Contoh garis kemiskinan', unit: 'rupiah/kapita/bulan',
 *   values: { '2024-03-01': { value: 582_932, source: 'BPS, Berita Resmi Statistik Juli 2024' } },
 * });
 * valueAt(line, '2024-06-30').value
 * //=> 582_932
 */
export function defineDatedTable<T>(
  input: DatedTableInput<T>,
  options: DefineDatedTableOptions<T> = {},
): DatedTable<T> {
  try {
    checkOptionKeys(options, DEFINE_DATED_TABLE_KEYS, 'defineDatedTable');
    const meta = parseIn(MetaSchema, input, DATED_TABLE);
    const keys = Object.keys(meta.values).sort();
    if (keys.length === 0) {
      throw invalidIn(
        [createIssue('too_small', ['values'], { minimum: 1, origin: 'array', inclusive: true })],
        DATED_TABLE,
      );
    }
    return assembleTable(
      meta,
      keys,
      (raw, from) =>
        options?.valueSchema === undefined
          ? (raw.value as T)
          : parseIn(options.valueSchema, raw.value, DATED_TABLE_VALUE, {
              path: ['values', from, 'value'],
            }),
      () => readCadence(options?.cadence),
    );
  } catch (error) {
    throw unreadableAs(error, DATED_TABLE);
  }
}

function isCadence(c: unknown): boolean {
  if (typeof c !== 'object' || c === null) return false;
  const { everyMonths, notPublished } = c as { everyMonths?: unknown; notPublished?: unknown };
  return (
    Number.isInteger(everyMonths) &&
    (everyMonths as number) >= 1 &&
    (everyMonths as number) <= 120 &&
    (notPublished === undefined ||
      (Array.isArray(notPublished) &&
        notPublished.every((d) => typeof d === 'string' && readYmd(d) !== undefined)))
  );
}

function checkShape<T>(table: DatedTable<T>): DatedTable<T> {
  // Any table (one from defineDatedTable passes): check its shape and order.
  const ok =
    typeof table === 'object' &&
    table !== null &&
    typeof table.id === 'string' &&
    Array.isArray(table.entries) &&
    table.entries.length > 0 &&
    table.entries.every(
      (e, i, all) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.from === 'string' &&
        readYmd(e.from) !== undefined &&
        typeof e.source === 'string' &&
        (i === 0 || (all[i - 1] as DatedEntry<T>).from < e.from),
    ) &&
    (table.cadence === undefined || isCadence(table.cadence));
  if (!ok) {
    throw invalidIn(
      [
        createIssue('invalid_type', ['table'], {
          expected: 'a dated table from defineDatedTable',
          received: describeType(table),
        }),
      ],
      DATED_TABLE,
    );
  }
  return table;
}

/** {@link checkShape}, once for a table that cannot change. */
const checkTable = memoizeFrozen(checkShape, isFrozenTable) as <T>(
  table: DatedTable<T>,
) => DatedTable<T>;

/**
 * The start of the period after the one `from` opened: `from` plus the cadence, skipping the period
 * starts the publisher announced it would not fill.
 */
function nextExpected(from: CalendarDate, cadence: DatedTableCadence): CalendarDate {
  const ymd = readYmd(from) as [number, number, number];
  const skipped = cadence.notPublished ?? [];
  let next = from;
  for (let k = 1; k <= skipped.length + 1; k++) {
    const [y, m, d] = addMonthsYmd(ymd[0], ymd[1], ymd[2], k * cadence.everyMonths);
    next = formatYmd(y, m, d);
    if (!skipped.includes(next)) return next;
  }
  return next;
}

function describeValue(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'bigint'
    ? String(value)
    : describeType(value);
}

/**
 * The value in force on a date: the latest entry that started on or before it.
 *
 * Without a cadence, a value stays in force until the next entry, however old. With one (see
 * {@link DefineDatedTableOptions.cadence}), a value is in force from its `from` until the next period
 * begins (`from` plus `everyMonths`, skipping the `notPublished` starts); a date on or after that start
 * with no newer value is stale: it throws {@link ParameterNotFoundError} with code `parameter_stale`
 * (naming the table, the last value and its date), unless `{ allowStale: true }` is passed, and then
 * the result carries `stale: true` and the value's own `from`. For the BPS semesters: the March value
 * is in force 1 March to 31 August, the September value 1 September to the last day of February; on
 * 1 September with no September value the March value is stale.
 *
 * @category Dated tables
 * @throws {@link ParameterNotFoundError} (`parameter_not_found`) when the date is before the table's
 * first entry; (`parameter_stale`) when the value found is past its period and `allowStale` is not set.
 * @throws {@link ValidationError} when the date is not a real calendar date or the table is malformed.
 * @example
 * valueAt(table, '2024-03-01') // on the change date, the new value is in force
 * valueAt(semiannualTable, '2025-09-01', { allowStale: true }).stale // no September value yet
 * //=> true
 */
export function valueAt<T>(
  table: DatedTable<T>,
  date: CalendarDate,
  options?: ValueAtOptions,
): ValueInForce<T> {
  try {
    checkOptionKeys(options, VALUE_AT_KEYS, 'valueAt');
    const checked = checkTable(table);
    if (typeof date !== 'string' || readYmd(date) === undefined) {
      throw invalidDateError(date);
    }
    const entries = checked.entries;
    let lo = 0;
    let hi = entries.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((entries[mid] as DatedEntry<T>).from <= date) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) throw new ParameterNotFoundError(checked.id, date, entries[0]?.from);
    const e = entries[found] as DatedEntry<T>;
    let stale = false;
    if (checked.cadence !== undefined) {
      const next = nextExpected(e.from, checked.cadence);
      if (date >= next) {
        const allow =
          typeof options === 'object' && options !== null && options.allowStale === true;
        if (!allow) {
          throw new ParameterNotFoundError(checked.id, date, entries[0]?.from, {
            lastFrom: e.from,
            lastValue: describeValue(e.value),
            nextExpected: next,
          });
        }
        stale = true;
      }
    }
    const result: ValueInForce<T> =
      e.note === undefined
        ? { value: e.value, from: e.from, source: e.source }
        : { value: e.value, from: e.from, source: e.source, note: e.note };
    return stale ? { ...result, stale: true } : result;
  } catch (error) {
    throw unreadableAs(error, DATED_TABLE);
  }
}
