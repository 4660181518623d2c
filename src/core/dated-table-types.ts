import type { CalendarDate } from './calendar-date.js';

// The shapes of a dated table, apart from its functions, so that the internal table builder
// (_internal/dated-table-build.ts) and dated-table.ts share them without an import cycle.

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
  /**
   * How often a new value is expected, when the table was defined with a `cadence`: a value is then
   * stale from the start of the next expected period on (see `valueAt`).
   */
  readonly cadence?: DatedTableCadence | undefined;
}

/**
 * How often a dated table receives a new value. `everyMonths` is the length of one period: a value
 * keyed on `from` is expected to be followed by one keyed `everyMonths` months later (6 for the BPS
 * March/September semesters, 12 for an annual March series). `notPublished` lists period starts for
 * which the publisher announced no value (BPS published no national September 2010 or September 2023
 * poverty figures): the previous value then stays in force, not stale, through that period.
 *
 * @category Dated tables
 */
export interface DatedTableCadence {
  /** Months from one expected value to the next (1 to 120). */
  readonly everyMonths: number;
  /** Period start dates for which no value was published on purpose. */
  readonly notPublished?: readonly CalendarDate[] | undefined;
}
