/**
 * The one contract of every mergeable aggregate of the library (poverty measures, portfolio
 * indicators, the UPK monthly report, and those to come).
 */

/**
 * A mergeable accumulator: add rows one at a time or by the iterable, merge the accumulators (or
 * their snapshots) built over other parts of the rows, and read the result at any time. Every
 * accumulator of the library implements this contract:
 *
 * - `add(item, index?)` and `addAll(items)` add rows and return the accumulator itself. A row that
 *   fails validation is kept as a rejection with its index and issues, never thrown. `index` is the
 *   row's place in the whole input (default: the rows this accumulator has seen, plus the
 *   accumulator's first index where it has one); give it when the rows are split across accumulators,
 *   so that rejections keep their global place.
 * - `snapshot()` is plain JSON (objects, arrays, strings, finite numbers, booleans and `null`): a
 *   `JSON.parse(JSON.stringify(snapshot))` merges exactly as the snapshot itself.
 * - `merge(accumulatorOrSnapshot)` adds the other's rows to this one (the other is not changed) and
 *   returns this accumulator. Merging an accumulator into itself, one already merged, or one made with
 *   options that change the sums is a `ConfigurationError`.
 * - `result()` reads the result of every row added or merged so far; the accumulator stays usable.
 * - **Group order**: groups (where the result has them) come in order of first appearance; a merge
 *   appends the groups new to this accumulator in the other's order. So merging, in order, the
 *   accumulators of consecutive parts of the rows gives exactly the result of one pass over all rows
 *   (groups, sums and rejections, which every result lists by index).
 *
 * @typeParam Item - one row.
 * @typeParam Snapshot - the plain-JSON state given by `snapshot()` and accepted by `merge`.
 * @typeParam Result - what `result()` returns.
 *
 * Each accumulator's own interface extends this one and narrows the return types to itself (so
 * `createPortfolioAccumulator().add(row).result()` keeps its types); code written against
 * `Accumulator` works with any of them.
 * @category Accumulators
 * @example
 * // one contract: the same code splits and merges any accumulator of the library
 * const inParts = <I, S, R>(make: () => Accumulator<I, S, R>, rows: I[], cut: number): R => {
 *   const head = make();
 *   rows.slice(0, cut).forEach((row, i) => head.add(row, i));
 *   const tail = make();
 *   rows.slice(cut).forEach((row, i) => tail.add(row, cut + i));
 *   return head.merge(JSON.parse(JSON.stringify(tail.snapshot()))).result();
 * };
 * const rows = [{ expenditurePerCapita: 300_000, size: 4 }, { expenditurePerCapita: 900_000, size: 4 }];
 * inParts(() => createPovertyAccumulator({ line: 600_000 }), rows, 1).p0
 * //=> 0.5
 */
export interface Accumulator<Item, Snapshot, Result> {
  /**
   * Adds one row (a bad row becomes a rejection with its index). Returns this accumulator.
   *
   * @param index - the row's place in the whole input (default: the next index of this accumulator).
   */
  add(item: Item, index?: number): Accumulator<Item, Snapshot, Result>;
  /** Adds every row of an iterable, indexes continuing from the rows already seen. Returns this accumulator. */
  addAll(items: Iterable<Item>): Accumulator<Item, Snapshot, Result>;
  /**
   * Adds another accumulator's rows, or those of its {@link Accumulator.snapshot} (also after a JSON
   * round trip); the other is not changed. Groups new to this accumulator are appended in the other's
   * order. Returns this accumulator.
   */
  merge(other: Accumulator<Item, Snapshot, Result> | Snapshot): Accumulator<Item, Snapshot, Result>;
  /** The state as plain JSON, to store or send and `merge` later. */
  snapshot(): Snapshot;
  /** The result of every row added or merged so far. */
  result(): Result;
}
