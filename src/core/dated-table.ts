import * as z from 'zod';
import { readYmd } from '../_internal/days.js';
import { type CalendarDate, CalendarDateSchema } from './calendar-date.js';
import { ParameterNotFoundError } from './errors.js';
import { createIssue, describeType, parseWith, validationError } from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

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
 * One entry of a dated table: in force from `from` until the next entry's `from`.
 *
 * @category Dated tables
 */
export interface DatedEntry<T> {
  /** First date the value is in force. */
  readonly from: CalendarDate;
  /** The value. */
  readonly value: T;
  /** Its source. */
  readonly source: string;
  /** Its note, when there is one. */
  readonly note?: string | undefined;
}

/**
 * A validated dated table: entries sorted by start date, frozen.
 *
 * @category Dated tables
 */
export interface DatedTable<T> {
  /** The table's identifier. */
  readonly id: string;
  /** What the values are. */
  readonly description: string;
  /** The unit of the values. */
  readonly unit: string;
  /** Entries in ascending order of `from`. */
  readonly entries: readonly DatedEntry<T>[];
}

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
}

/**
 * Options of {@link defineDatedTable}.
 *
 * @category Dated tables
 */
export interface DefineDatedTableOptions<T> {
  /** Validates every value (for tables read from files). */
  valueSchema?: z.ZodType<T> | undefined;
}

const DEFINE_DATED_TABLE_KEYS = optionKeys<DefineDatedTableOptions<unknown>>()({
  valueSchema: true,
});

const MetaSchema = z.strictObject({
  id: z.string().min(1).max(200),
  description: z.string().max(2000),
  unit: z.string().max(200),
  values: z.record(
    CalendarDateSchema,
    z.strictObject({
      value: z.unknown(),
      source: z.string().min(1).max(2000),
      note: z.string().max(4000).optional(),
    }),
  ),
});

const validated = new WeakSet<object>();

/**
 * Defines a table of dated values (the OpenFisca idea): each value is in force from its key date until
 * the next one. Tables are plain data, so a user can pass a provincial poverty line or a local decree
 * the same way the library ships the national series. The result is sorted and frozen.
 *
 * @category Dated tables
 * @throws {@link ValidationError} when a key is not a real date, a source is missing, the table has no
 * value, or a value fails `valueSchema`.
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
    const meta = parseWith(MetaSchema, input, { context: 'dated table' });
    const keys = Object.keys(meta.values).sort();
    if (keys.length === 0) {
      throw validationError(
        [createIssue('too_small', ['values'], { minimum: 1, origin: 'array', inclusive: true })],
        'dated table',
      );
    }
    const entries = keys.map((from) => {
      const raw = meta.values[from] as {
        value: unknown;
        source: string;
        note?: string | undefined;
      };
      const value =
        options?.valueSchema === undefined
          ? (raw.value as T)
          : parseWith(options.valueSchema, raw.value, {
              context: 'dated table value',
              path: ['values', from, 'value'],
            });
      const entry: DatedEntry<T> =
        raw.note === undefined
          ? { from, value, source: raw.source }
          : { from, value, source: raw.source, note: raw.note };
      return Object.freeze(entry);
    });
    const table: DatedTable<T> = Object.freeze({
      id: meta.id,
      description: meta.description,
      unit: meta.unit,
      entries: Object.freeze(entries),
    });
    validated.add(table);
    return table;
  } catch (error) {
    throw unreadableInput(error, 'dated table');
  }
}

function checkTable<T>(table: DatedTable<T>): DatedTable<T> {
  if (typeof table === 'object' && table !== null && validated.has(table)) return table;
  // A table built by hand (not by defineDatedTable): check its shape and order once.
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
    );
  if (!ok) {
    throw validationError(
      [
        createIssue('invalid_type', ['table'], {
          expected: 'a dated table from defineDatedTable',
          received: describeType(table),
        }),
      ],
      'dated table',
    );
  }
  validated.add(table);
  return table;
}

/**
 * The value in force on a date: the latest entry that started on or before it. A date between two
 * entries gets the earlier one (a missing semester stays missing; the previous release is still in
 * force).
 *
 * @category Dated tables
 * @throws {@link ParameterNotFoundError} when the date is before the table's first entry.
 * @throws {@link ValidationError} when the date is not a real calendar date or the table is malformed.
 * @example
 * valueAt(table, '2024-03-01') // on the change date, the new value is in force
 */
export function valueAt<T>(table: DatedTable<T>, date: CalendarDate): ValueInForce<T> {
  try {
    const checked = checkTable(table);
    if (typeof date !== 'string' || readYmd(date) === undefined) {
      parseWith(CalendarDateSchema, date, { context: 'date' });
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
    return e.note === undefined
      ? { value: e.value, from: e.from, source: e.source }
      : { value: e.value, from: e.from, source: e.source, note: e.note };
  } catch (error) {
    throw unreadableInput(error, 'dated table');
  }
}
