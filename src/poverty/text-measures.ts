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
// Long on purpose: bench/field-data.bench.ts "povertyMeasuresFromText: text rows -> P0/P1/P2"
// 3.96 M rows per CPU second (613 k rows/s wall clock under heavy load, 2026-11-29); the row loop keeps
// its buffers in locals. A split into reader, settle and sink was not benchmarked yet (issue 10 note).
export function povertyMeasuresFromText(
  rows: Iterable<unknown>,
  options: PovertyMeasuresFromTextOptions,
): PovertyMeasuresResult {
  checkOptionKeys(options, FROM_TEXT_KEYS, 'povertyMeasuresFromText');
  try {
    const o = (
      typeof options === 'object' && options !== null ? options : {}
    ) as Partial<PovertyMeasuresFromTextOptions>;
    const line = readLine(o.line);
    const message: MessageOptions = {};
    if (o.locale !== undefined) message.locale = o.locale;
    if (o.messages !== undefined) message.messages = o.messages;
    // The row cap and message options are read as validateBatch reads them (same errors).
    validateBatch(PovertyRecordTextSchema, [], { ...message, maxRows: o.maxRows });
    const maxRows = o.maxRows ?? MAX_BATCH_ROWS;
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
    const acc = createPovertyAccumulator({ line });
    const rejected: BatchRejected[] = [];
    let values: PovertyRecordText[] = [];
    // Rows the fast reader is not sure of, read by the schema in one validateBatch call per group.
    let slowRows: unknown[] = [];
    let slowAt: number[] = [];
    // Where each slow row's value goes among `values` (in row order), when the schema accepts it.
    let slowSlot: number[] = [];
    let index = 0;

    const settle = (): void => {
      if (slowRows.length > 0) {
        const batch = validateBatch(PovertyRecordTextSchema, slowRows, message);
        for (const r of batch.rejected) {
          rejected.push({ index: slowAt[r.index] as number, issues: r.issues });
        }
        if (batch.valid.length > 0) {
          // Rare (the reader is sure of every row the schema accepts that it was written for): put
          // the accepted values back in row order.
          const merged: PovertyRecordText[] = [];
          let from = 0;
          for (const v of batch.valid) {
            const slot = slowSlot[v.index] as number;
            for (; from < slot; from++) merged.push(values[from] as PovertyRecordText);
            merged.push(v.value);
          }
          for (; from < values.length; from++) merged.push(values[from] as PovertyRecordText);
          values = merged;
        }
        slowRows = [];
        slowAt = [];
        slowSlot = [];
      }
      // Whole chunks only, so the accumulator's 128-record blocks fall where one pass puts them.
      let start = 0;
      while (values.length - start >= CHUNK) {
        acc.addAll(values.slice(start, start + CHUNK));
        start += CHUNK;
      }
      values = start === 0 ? values : values.slice(start);
    };

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
        else {
          slowRows.push(row);
          slowAt.push(index);
          slowSlot.push(values.length);
        }
        index++;
        if (values.length >= 2 * CHUNK || slowRows.length >= CHUNK) settle();
      }
    } catch (error) {
      if (error instanceof SejahteraError) throw error;
      throw validationError([createIssue('unreadable_input', ['rows', index], { index })], 'batch');
    }
    settle();
    if (values.length > 0) acc.addAll(values);
    const m = acc.result();
    rejected.sort((a, b) => a.index - b.index);
    return {
      p0: m.p0,
      p1: m.p1,
      p2: m.p2,
      population: m.population,
      poorPopulation: m.poorPopulation,
      counts: { total: index, valid: m.counts.valid, rejected: rejected.length },
      rejected,
    };
  } catch (error) {
    throw unreadableInput(error, 'poverty measures from text');
  }
}
