import type { CalendarDate } from '../core/calendar-date.js';
import type { DatedEntry, DatedTable, DatedTableCadence } from '../core/dated-table-types.js';

// How a dated table is put together once its input is known good: shared by `defineDatedTable`
// (which validates the input with its schema first) and the library's own shipped tables, whose
// data is checked by the tests (each equals what `defineDatedTable` makes of it) rather than at
// every import: a poverty line lookup then carries no zod into a user's bundle.

/**
 * A table that cannot change, so that `valueAt` checks its shape once: frozen, and so are its entries,
 * each entry, its cadence and the cadence's unpublished dates (every table made here or by
 * `defineDatedTable` is). Any other table is checked at every call, as it may have changed since.
 */
export function isFrozenTable(table: object): boolean {
  const t = table as DatedTable<unknown>;
  return [t, t.entries, ...t.entries, t.cadence, t.cadence?.notPublished].every(Object.isFrozen);
}

/** A value of the input as `defineDatedTable` reads it. */
export interface RawDatedValue {
  readonly value: unknown;
  readonly source: string;
  readonly note?: string | undefined;
}

/** The table's metadata and values, already checked. */
export interface CheckedTableInput {
  readonly id: string;
  readonly description: string;
  readonly unit: string;
  readonly values: Readonly<Record<CalendarDate, RawDatedValue>>;
}

/** The cadence as a table keeps it: frozen, its unpublished dates sorted. */
export function freezeCadence(c: DatedTableCadence): DatedTableCadence {
  return Object.freeze(
    c.notPublished === undefined
      ? { everyMonths: c.everyMonths }
      : { everyMonths: c.everyMonths, notPublished: Object.freeze([...c.notPublished].sort()) },
  );
}

/**
 * The sorted, frozen table. `readValue` reads (or validates) each value in date order; `cadence` is
 * read after every value, as `defineDatedTable` reports problems in that order.
 */
export function assembleTable<T>(
  meta: CheckedTableInput,
  keys: readonly CalendarDate[],
  readValue: (raw: RawDatedValue, from: CalendarDate) => T,
  cadence: () => DatedTableCadence | undefined,
): DatedTable<T> {
  const entries = keys.map((from) => {
    const raw = meta.values[from] as RawDatedValue;
    const value = readValue(raw, from);
    const entry: DatedEntry<T> =
      raw.note === undefined
        ? { from, value, source: raw.source }
        : { from, value, source: raw.source, note: raw.note };
    return Object.freeze(entry);
  });
  const c = cadence();
  const base = {
    id: meta.id,
    description: meta.description,
    unit: meta.unit,
    entries: Object.freeze(entries),
  };
  const table: DatedTable<T> = Object.freeze(c === undefined ? base : { ...base, cadence: c });
  return table;
}

/**
 * A table of the library's own data, which the tests prove valid (`defineDatedTable` of the same
 * input gives an equal table): no schema runs at import.
 */
export function shippedDatedTable<T>(
  input: CheckedTableInput,
  cadence: DatedTableCadence | undefined,
): DatedTable<T> {
  return assembleTable(
    input,
    Object.keys(input.values).sort(),
    (raw) => raw.value as T,
    () => (cadence === undefined ? undefined : freezeCadence(cadence)),
  );
}
