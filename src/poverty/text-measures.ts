import {
  type BatchRejected,
  createIssue,
  describeType,
  MAX_BATCH_ROWS,
  type MessageOptions,
  SejahteraError,
  validateBatch,
  validationError,
} from '../core/index.js';
import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { readLine } from './line-option.js';
import { createPovertyAccumulator, type PovertyMeasuresResult } from './measures.js';
import {
  type PovertyRecordText,
  PovertyRecordTextSchema,
  readPovertyRecordTextFast,
} from './text.js';

/**
 * Options of {@link povertyMeasuresFromText}.
 *
 * @category Measures
 */
export interface PovertyMeasuresFromTextOptions extends MessageOptions {
  /**
   * The poverty line: a number of rupiah per capita per month, or what {@link povertyLineAt} returns
   * (`{ value }`). A line function is not taken here (the text record holds no column to choose a line
   * by); use `validateBatch` and {@link povertyMeasuresBy} for lines by group.
   */
  line: number | { readonly value: number };
  /** The most rows read (default `MAX_BATCH_ROWS`, 10,000,000), as `validateBatch`. */
  maxRows?: number | undefined;
}

const FROM_TEXT_KEYS = optionKeys<PovertyMeasuresFromTextOptions>()({
  line: true,
  locale: true,
  messages: true,
  maxRows: true,
});

/** Valid records per accumulator call: a multiple of the 128-record blocks of the sums (see below). */
const CHUNK = 4096;

/**
 * P0, P1 and P2 straight from CSV text rows: exactly `validateBatch(PovertyRecordTextSchema, rows)`
 * followed by {@link povertyMeasures} over the valid records, in one pass and without building the
 * batch (the path for millions of rows a second, and the one the CLI uses).
 *
 * - **Same rows accepted, same issues.** Each row is read by the hand-written reader of
 *   {@link PovertyRecordTextSchema}; a row it is not sure of (any bad cell, a missing column, a
 *   getter) goes through `validateBatch` with the schema, so every rejection carries the row's index and
 *   the very issues `validateBatch` gives (codes, paths, messages in the call's `locale`). A fast-check
 *   property checks the agreement over arbitrary rows (`tests/poverty/text-measures.test.ts`).
 * - **Same arithmetic.** Valid records go to the poverty accumulator in their order, in chunks of
 *   4,096 (32 of its 128-record blocks), so `p0`, `p1`, `p2`, `population` and `poorPopulation` are
 *   bit for bit those of `povertyMeasures` over the array of valid records.
 * - **Counts.** `counts.total` is the rows read, `counts.valid` the records used and
 *   `counts.rejected` the rows rejected, with `rejected` in index order.
 *
 * Memory grows with the rejections only (rows are read once, through any iterable).
 *
 * @category Measures
 * @throws {@link ValidationError} when `rows` is not iterable (`not_iterable`), holds more than
 * `maxRows` rows (`too_big`), or its iterator fails (`unreadable_input`, path `['rows', n]`).
 * @throws {@link ConfigurationError} for a line that is not a positive finite number (`invalid_line`)
 * or a misspelt option (`unknown_option`).
 * @example
 * povertyMeasuresFromText(
 *   [
 *     { expenditurePerCapita: 'Rp 300.000', size: '4', weight: '' },
 *     { expenditurePerCapita: '450.000', size: '2', weight: '' },
 *     { expenditurePerCapita: '900000', size: '4', weight: '' },
 *     { expenditurePerCapita: '', size: '3', weight: '' },
 *   ],
 *   { line: 600_000 },
 * )
 * //=> { p0: 0.6, p1: 0.25, p2: 0.1125, population: 10, poorPopulation: 6,
 * //     counts: { total: 4, valid: 3, rejected: 1 },
 * //     rejected: [{ index: 3, issues: [{ code: 'required', path: ['expenditurePerCapita'], ... }] }] }
 */
export function povertyMeasuresFromText(
  rows: Iterable<unknown>,
  options: PovertyMeasuresFromTextOptions,
): PovertyMeasuresResult {
  checkOptionKeys(options, FROM_TEXT_KEYS, 'povertyMeasuresFromText');
  try {
    const { line, message, maxRows } = readFromTextOptions(options);
    if (
      rows === null ||
      (typeof rows !== 'object' && typeof rows !== 'function') ||
      typeof (rows as Iterable<unknown>)[Symbol.iterator] !== 'function'
    ) {
      throw validationError(
        [createIssue('not_iterable', ['rows'], { received: describeType(rows) })],
        'batch',
      );
    }
    const sink = textRowSink(line, message);
    const { total, values } = readRows(rows, maxRows, sink);
    return sink.result(total, values);
  } catch (error) {
    throw unreadableInput(error, 'poverty measures from text');
  }
}

/** The line, the message options and the row cap, read as `validateBatch` reads them (same errors). */
function readFromTextOptions(options: PovertyMeasuresFromTextOptions): {
  line: number;
  message: MessageOptions;
  maxRows: number;
} {
  const o = (
    typeof options === 'object' && options !== null ? options : {}
  ) as Partial<PovertyMeasuresFromTextOptions>;
  const line = readLine(o.line);
  const message: MessageOptions = {};
  if (o.locale !== undefined) message.locale = o.locale;
  if (o.messages !== undefined) message.messages = o.messages;
  validateBatch(PovertyRecordTextSchema, [], { ...message, maxRows: o.maxRows });
  return { line, message, maxRows: o.maxRows ?? MAX_BATCH_ROWS };
}

/**
 * Reads every row, at most `maxRows`: the fast reader's values are gathered here (the hot loop keeps
 * them in a local), the rest go to `sink`; returns the rows read and the values not yet added.
 */
function readRows(
  rows: Iterable<unknown>,
  maxRows: number,
  sink: TextRowSink,
): { total: number; values: PovertyRecordText[] } {
  let index = 0;
  let values: PovertyRecordText[] = [];
  try {
    for (const row of rows) {
      if (index === maxRows) {
        throw validationError(
          [
            createIssue('too_big', ['rows'], {
              maximum: maxRows,
              inclusive: true,
              origin: 'array',
            }),
          ],
          'batch',
        );
      }
      let value: PovertyRecordText | undefined;
      try {
        value = readPovertyRecordTextFast(row);
      } catch {
        value = undefined;
      }
      if (value !== undefined) values.push(value);
      else sink.slow(row, index, values.length);
      index++;
      if (values.length >= 2 * CHUNK || sink.slowCount() >= CHUNK) values = sink.settle(values);
    }
  } catch (error) {
    if (error instanceof SejahteraError) throw error;
    throw validationError([createIssue('unreadable_input', ['rows', index], { index })], 'batch');
  }
  return { total: index, values };
}

/** Where the rows go (see {@link textRowSink}). */
interface TextRowSink {
  /** The rows waiting for the schema. */
  slowCount(): number;
  /** A row the fast reader is not sure of; `slot` is where its value goes among the values. */
  slow(row: unknown, index: number, slot: number): void;
  /**
   * Reads the slow rows with the schema (their values put back in row order), adds the whole chunks
   * of `values` and returns the values left over.
   */
  settle(values: PovertyRecordText[]): PovertyRecordText[];
  /** The measures of every row (`total` rows read; `values` not yet added). */
  result(total: number, values: PovertyRecordText[]): PovertyMeasuresResult;
}

/**
 * Where the rows go: the fast reader's values to the poverty accumulator in whole chunks, the rows it
 * is not sure of to the schema (one `validateBatch` call per group), their rejections by index.
 */
function textRowSink(line: number, message: MessageOptions): TextRowSink {
  const acc = createPovertyAccumulator({ line });
  const rejected: BatchRejected[] = [];
  // Rows the fast reader is not sure of, their indexes, and where each one's value goes among the
  // values (in row order) when the schema accepts it.
  let slowRows: unknown[] = [];
  let slowAt: number[] = [];
  let slowSlot: number[] = [];

  const readSlowRows = (values: PovertyRecordText[]): PovertyRecordText[] => {
    const batch = validateBatch(PovertyRecordTextSchema, slowRows, message);
    for (const r of batch.rejected)
      rejected.push({ index: slowAt[r.index] as number, issues: r.issues });
    const out = batch.valid.length > 0 ? putBack(values, batch.valid, slowSlot) : values;
    slowRows = [];
    slowAt = [];
    slowSlot = [];
    return out;
  };

  const settle = (values: PovertyRecordText[]): PovertyRecordText[] => {
    let rest = slowRows.length > 0 ? readSlowRows(values) : values;
    // Whole chunks only, so the accumulator's 128-record blocks fall where one pass puts them.
    let start = 0;
    while (rest.length - start >= CHUNK) {
      acc.addAll(rest.slice(start, start + CHUNK));
      start += CHUNK;
    }
    if (start > 0) rest = rest.slice(start);
    return rest;
  };

  return {
    slowCount: () => slowRows.length,
    slow(row, index, slot) {
      slowRows.push(row);
      slowAt.push(index);
      slowSlot.push(slot);
    },
    settle,
    result(total, values) {
      const rest = settle(values);
      if (rest.length > 0) acc.addAll(rest);
      const m = acc.result();
      rejected.sort((x, y) => x.index - y.index);
      const { p0, p1, p2, population, poorPopulation } = m;
      const counts = { total, valid: m.counts.valid, rejected: rejected.length };
      return { p0, p1, p2, population, poorPopulation, counts, rejected };
    },
  };
}

/**
 * `values` with the schema's accepted values put back in row order, each at its slot (rare: the fast
 * reader is sure of every row the schema accepts that it was written for).
 */
function putBack(
  values: readonly PovertyRecordText[],
  accepted: readonly { readonly index: number; readonly value: PovertyRecordText }[],
  slots: readonly number[],
): PovertyRecordText[] {
  const out: PovertyRecordText[] = [];
  let from = 0;
  for (const v of accepted) {
    const slot = slots[v.index] as number;
    for (; from < slot; from++) out.push(values[from] as PovertyRecordText);
    out.push(v.value);
  }
  for (; from < values.length; from++) out.push(values[from] as PovertyRecordText);
  return out;
}
