import type * as z from 'zod';
import { SejahteraError, ValidationError } from './errors.js';
import {
  type BilingualCatalog,
  createIssue,
  describeType,
  type Issue,
  type MessageOptions,
  safeParseWith,
  type SafeParseResult,
  validationError,
} from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

/**
 * A row that passed, with its place in the input.
 *
 * @category Batch
 */
export interface BatchValid<T> {
  /** Zero-based position in the input. */
  readonly index: number;
  /** The parsed value. */
  readonly value: T;
}

/**
 * A row that was rejected, with its place in the input and every issue found.
 *
 * @category Batch
 */
export interface BatchRejected {
  /** Zero-based position in the input. */
  readonly index: number;
  /** Every issue found; paths are relative to the row. */
  readonly issues: readonly Issue[];
}

/**
 * The outcome of a batch: every input row is either in `valid` or in `rejected`, with its index, and
 * `counts.valid + counts.rejected === counts.total` always.
 *
 * @category Batch
 */
export interface BatchResult<T> {
  /** Rows that passed, in input order. */
  readonly valid: BatchValid<T>[];
  /** Rows that did not, in input order. */
  readonly rejected: BatchRejected[];
  /** How many rows there were, passed and were rejected. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
}

/**
 * One record of a streamed batch.
 *
 * @category Batch
 */
export type BatchRecord<T> =
  | { readonly index: number; readonly ok: true; readonly value: T }
  | { readonly index: number; readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Options of the batch functions.
 *
 * @category Batch
 */
export interface BatchOptions extends MessageOptions {
  /** Messages for a domain's own issue codes. */
  catalog?: BilingualCatalog | undefined;
}

const BATCH_KEYS = optionKeys<BatchOptions>()({ locale: true, messages: true, catalog: true });

/** The source itself failed while being read (its iterator threw): nothing after `index` can be read. */
function unreadableSource(index: number): ValidationError {
  return validationError([createIssue('unreadable_row', ['rows', index], { index })], 'batch');
}

function ensureIterable(rows: unknown, asyncAllowed: boolean): void {
  const ok =
    rows !== null &&
    (typeof rows === 'object' || typeof rows === 'function') &&
    (typeof (rows as Iterable<unknown>)[Symbol.iterator] === 'function' ||
      (asyncAllowed &&
        typeof (rows as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'));
  if (!ok) {
    throw validationError(
      [createIssue('not_iterable', ['rows'], { received: describeType(rows) })],
      'batch',
    );
  }
}

/**
 * Runs a check that returns a result over one row, turning a thrown {@link SejahteraError} into a
 * rejection and a hostile row (a getter that throws) into an `unreadable_row` issue.
 */
function runRow<T>(
  check: (row: unknown, index: number) => SafeParseResult<T>,
  row: unknown,
  index: number,
  options: BatchOptions,
): BatchRecord<T> {
  try {
    const result = check(row, index);
    return result.success
      ? { index, ok: true, value: result.data }
      : { index, ok: false, issues: result.issues };
  } catch (error) {
    if (error instanceof ValidationError) return { index, ok: false, issues: error.issues };
    if (error instanceof SejahteraError) {
      return {
        index,
        ok: false,
        issues: [
          {
            code: error.code,
            path: [],
            params: error.params,
            message: options.locale === 'id' ? error.messages.id : error.messages.en,
          },
        ],
      };
    }
    // Anything else was thrown while reading the row (a getter, a Proxy trap): the row is unreadable.
    return {
      index,
      ok: false,
      issues: [createIssue('unreadable_row', [], {}, options, options.catalog)],
    };
  }
}

/**
 * Checks every row of a batch with a function that returns a `SafeParseResult`, collecting results and
 * rejections by index. The building block of the domain batch functions; {@link validateBatch} is this
 * with a zod schema.
 *
 * @category Batch
 * @throws {@link ValidationError} when `rows` is not iterable.
 */
export function checkBatch<T>(
  rows: Iterable<unknown>,
  check: (row: unknown, index: number) => SafeParseResult<T>,
  options: BatchOptions = {},
): BatchResult<T> {
  try {
    checkOptionKeys(options, BATCH_KEYS, 'checkBatch');
    ensureIterable(rows, false);
    const valid: BatchValid<T>[] = [];
    const rejected: BatchRejected[] = [];
    let index = 0;
    try {
      for (const row of rows) {
        const record = runRow(check, row, index, options ?? {});
        if (record.ok) valid.push({ index, value: record.value });
        else rejected.push({ index, issues: record.issues });
        index++;
      }
    } catch (error) {
      if (error instanceof SejahteraError) throw error;
      throw unreadableSource(index);
    }
    return {
      valid,
      rejected,
      counts: { total: index, valid: valid.length, rejected: rejected.length },
    };
  } catch (error) {
    throw unreadableInput(error, 'batch');
  }
}

/**
 * Validates every row of a batch against a zod schema. Nothing is lost and nothing is thrown for a bad
 * row: each row comes back in `valid` (parsed) or in `rejected` (with its issues), with its index.
 * Malformed rows (null, arrays, strings, objects with `__proto__` keys, huge strings, objects whose
 * getters throw) are rejections; parsed values are fresh objects, so a `__proto__` key can never reach
 * a prototype.
 *
 * @category Batch
 * @throws {@link ValidationError} when `rows` itself is not iterable.
 * @example
 * const result = validateBatch(RupiahSchema, [1000, -5, 'x']);
 * result.counts //=> { total: 3, valid: 1, rejected: 2 }
 * result.rejected.map((r) => r.index) //=> [1, 2]
 */
export function validateBatch<S extends z.ZodType>(
  schema: S,
  rows: Iterable<unknown>,
  options: BatchOptions = {},
): BatchResult<z.output<S>> {
  try {
    checkOptionKeys(options, BATCH_KEYS, 'validateBatch');
    const opts = options ?? {};
    return checkBatch(rows, (row) => safeParseWith(schema, row, opts), opts);
  } catch (error) {
    throw unreadableInput(error, 'batch');
  }
}

/**
 * The streaming form of {@link validateBatch}: reads an iterable or async iterable (a file reader, a
 * database cursor) and yields one record per row, in order, holding nothing but the current row.
 *
 * @category Batch
 * @throws {@link ValidationError} when `rows` is neither iterable nor async iterable.
 * @example
 * for await (const record of validateStream(RupiahSchema, readRows())) {
 *   if (!record.ok) report(record.index, record.issues);
 * }
 */
export async function* validateStream<S extends z.ZodType>(
  schema: S,
  rows: Iterable<unknown> | AsyncIterable<unknown>,
  options: BatchOptions = {},
): AsyncGenerator<BatchRecord<z.output<S>>, void, undefined> {
  checkOptionKeys(options, BATCH_KEYS, 'validateStream');
  ensureIterable(rows, true);
  const opts = options ?? {};
  let index = 0;
  const iterator =
    typeof (rows as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
      ? (rows as AsyncIterable<unknown>)[Symbol.asyncIterator]()
      : (rows as Iterable<unknown>)[Symbol.iterator]();
  while (true) {
    let step: IteratorResult<unknown>;
    try {
      step = await iterator.next();
    } catch {
      throw unreadableSource(index);
    }
    if (step.done === true) return;
    yield runRow((r) => safeParseWith(schema, r, opts), step.value, index, opts);
    index++;
  }
}
