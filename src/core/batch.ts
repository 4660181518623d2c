import type * as z from 'zod';
// Named imports from zod's core: `z.core.config()` on the namespace kept all of zod (every locale)
// in a user's bundle of the whole package.
import { config, util } from 'zod/v4/core';
import { SejahteraError, type ValidationError } from './errors.js';
import {
  type BilingualCatalog,
  createIssue,
  describeType,
  type Issue,
  issuesFromZod,
  type MessageOptions,
  type SafeParseResult,
} from './issues.js';
import { redactIdentifiers } from './mask.js';
import { unreadableAs } from '../_internal/guard.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { fastReaderOf } from '../_internal/fast-reader.js';
import { schemaMessageOf } from '../_internal/schema-messages.js';
import { invalidIn } from './parse.js';
import { rowIssues, rowIssuesOfThrown } from '../_internal/row-issues.js';
import { BATCH, BATCH_OPTIONS } from '../_internal/contexts.js';

/**
 * The most rows {@link checkBatch} and {@link validateBatch} read by default (10,000,000). A batch
 * holds every result in memory, so the cap bounds what one call can cost; raise or lower it with the
 * `maxRows` option, or use {@link validateStream}, which holds one row at a time.
 *
 * @category Batch
 */
export const MAX_BATCH_ROWS = 10_000_000;

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
  /**
   * The most rows read (a positive safe integer). Default {@link MAX_BATCH_ROWS} for the batch
   * functions; no limit for {@link validateStream}, which holds one row at a time. A source with more
   * rows throws a `ValidationError` (`too_big` at `rows`) instead of reading on.
   */
  maxRows?: number | undefined;
  /**
   * Reject rows whose identifier repeats an earlier valid row's: a field name of the parsed value
   * (`'nik'`, `'id'`) or a function of it. A repeat is a rejection with code `duplicate_key` whose
   * `params.firstIndex` is the index of the first occurrence (which stays valid). Blank identifiers
   * (`undefined`, `null`, `''` or only blanks) never count as duplicates; strings are compared
   * trimmed, and neither the identifier nor its value is ever put in the issue.
   */
  unique?: string | ((value: never) => unknown) | undefined;
}

/** The duplicate check of a batch, or undefined when `unique` is not given. */
function readUnique(
  options: BatchOptions,
): ((value: unknown, index: number) => readonly Issue[] | undefined) | undefined {
  const unique = options.unique;
  if (unique === undefined) return undefined;
  if (typeof unique !== 'string' && typeof unique !== 'function') {
    throw invalidIn(
      [
        createIssue('invalid_type', ['unique'], {
          expected: 'field name or function',
          received: describeType(unique),
        }),
      ],
      BATCH_OPTIONS,
    );
  }
  const field = typeof unique === 'string' ? unique : undefined;
  const keyOf = unique as (value: unknown) => unknown;
  const path = field === undefined ? [] : [field.length > 60 ? `${field.slice(0, 60)}…` : field];
  const first = new Map<unknown, number>();
  return (value, index) => {
    let key =
      field === undefined
        ? keyOf(value)
        : typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[field]
          : undefined;
    if (typeof key === 'string') {
      key = key.trim();
      if (key === '') return undefined;
    } else if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean') {
      if (typeof key === 'number' && Number.isNaN(key)) return undefined;
    } else return undefined;
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, index);
      return undefined;
    }
    return [createIssue('duplicate_key', path, { firstIndex: seen }, options, options.catalog)];
  };
}

/** Reads `maxRows`: the default when absent, a ValidationError when it is not a positive safe integer. */
function readMaxRows(options: BatchOptions, fallback: number): number {
  const value = options.maxRows;
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw invalidIn(
    [
      typeof value === 'number' && Number.isSafeInteger(value)
        ? createIssue('too_small', ['maxRows'], { minimum: 1, inclusive: true, origin: 'number' })
        : createIssue('not_integer', ['maxRows'], { received: describeType(value) }),
    ],
    BATCH_OPTIONS,
  );
}

function tooManyRows(maxRows: number): ValidationError {
  return invalidIn(
    [createIssue('too_big', ['rows'], { maximum: maxRows, inclusive: true, origin: 'array' })],
    BATCH,
  );
}

const BATCH_KEYS = optionKeys<BatchOptions>()({
  locale: true,
  messages: true,
  catalog: true,
  maxRows: true,
  unique: true,
});

/** The source itself failed while being read (its iterator threw): nothing after `index` can be read. */
function unreadableSource(index: number): ValidationError {
  return invalidIn([createIssue('unreadable_input', ['rows', index], { index })], BATCH);
}

function ensureIterable(rows: unknown, asyncAllowed: boolean): void {
  const ok =
    rows !== null &&
    (typeof rows === 'object' || typeof rows === 'function') &&
    (typeof (rows as Iterable<unknown>)[Symbol.iterator] === 'function' ||
      (asyncAllowed &&
        typeof (rows as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'));
  if (!ok) {
    throw invalidIn(
      [createIssue('not_iterable', ['rows'], { received: describeType(rows) })],
      BATCH,
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
    return { index, ok: false, issues: rowIssuesOfThrown(error, options, options.catalog) };
  }
}

/**
 * A valid record, or its rejection as a duplicate (a key function that throws: `unreadable_row`,
 * worded in the call's locale and messages like every other issue of the batch).
 */
function checkDuplicate<T>(
  duplicate: (value: unknown, index: number) => readonly Issue[] | undefined,
  record: BatchRecord<T> & { ok: true },
  options: BatchOptions,
): BatchRecord<T> {
  let issues: readonly Issue[] | undefined;
  try {
    issues = duplicate(record.value, record.index);
  } catch {
    issues = [createIssue('unreadable_row', [], {}, options, options.catalog)];
  }
  return issues === undefined ? record : { index: record.index, ok: false, issues };
}

/**
 * Checks every row of a batch with a function that returns a `SafeParseResult`, collecting results and
 * rejections by index. The building block of the domain batch functions; {@link validateBatch} is this
 * with a zod schema. Reads at most `maxRows` rows ({@link MAX_BATCH_ROWS} by default).
 *
 * @category Batch
 * @throws {@link ValidationError} when `rows` is not iterable, has more than `maxRows` rows (`too_big`
 * at `rows`), or `maxRows` is not a positive safe integer.
 */
export function checkBatch<T>(
  rows: Iterable<unknown>,
  check: (row: unknown, index: number) => SafeParseResult<T>,
  options: BatchOptions = {},
): BatchResult<T> {
  try {
    checkOptionKeys(options, BATCH_KEYS, 'checkBatch');
    ensureIterable(rows, false);
    const opts = options ?? {};
    const maxRows = readMaxRows(opts, MAX_BATCH_ROWS);
    const duplicate = readUnique(opts);
    const valid: BatchValid<T>[] = [];
    const rejected: BatchRejected[] = [];
    let index = 0;
    try {
      for (const row of rows) {
        if (index === maxRows) throw tooManyRows(maxRows);
        let result: SafeParseResult<T>;
        try {
          result = check(row, index);
        } catch (error) {
          result = { success: false, issues: rowIssuesOfThrown(error, opts, opts.catalog) };
        }
        if (result.success && duplicate !== undefined) {
          const record = checkDuplicate(duplicate, { index, ok: true, value: result.data }, opts);
          if (!record.ok) result = { success: false, issues: record.issues };
        }
        if (result.success) valid.push({ index, value: result.data });
        // A check that could not read its row reports `unreadable_input`: here it is the row's fault.
        else rejected.push({ index, issues: rowIssues(result.issues, opts, opts.catalog) });
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
    throw unreadableAs(error, BATCH);
  }
}

/**
 * Validates every row of a batch against a zod schema. Nothing is lost and nothing is thrown for a bad
 * row: each row comes back in `valid` (parsed) or in `rejected` (with its issues), with its index.
 * Reads at most `maxRows` rows ({@link MAX_BATCH_ROWS} by default).
 *
 * Messages: a message written on the schema (zod's `error` / `message` on a check, or
 * `ctx.addIssue({ message })` in a refinement) is kept as written (identifiers masked), unless the
 * call's `messages` or `catalog` words that issue code; everything else gets the library's message in
 * the call's locale. Text schemas (`PovertyRecordTextSchema`, `NikSchema`...) work here as they are:
 * `validateBatch(PovertyRecordTextSchema, csvRows)` reads a CSV row of strings and returns typed records.
 *
 * Rejections are cheap: equal issues (a million `null` rows) share one frozen issue object, built
 * once per call, so a batch of bad rows costs about what a batch of good ones does.
 * Malformed rows (null, arrays, strings, objects with `__proto__` keys, huge strings, objects whose
 * getters throw) are rejections; parsed values are fresh objects, so a `__proto__` key can never reach
 * a prototype.
 *
 * @category Batch
 * @throws {@link ValidationError} when `rows` itself is not iterable, or has more than `maxRows` rows.
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
    return checkBatch(rows, rowParser(schema, opts), opts);
  } catch (error) {
    throw unreadableAs(error, BATCH);
  }
}

/**
 * The streaming form of {@link validateBatch}: reads an iterable or async iterable (a file reader, a
 * database cursor) and yields one record per row, in order, holding nothing but the current row.
 * Messages as {@link validateBatch}. No row cap unless `maxRows` is given (memory does not grow).
 *
 * @category Batch
 * @throws {@link ValidationError} when `rows` is neither iterable nor async iterable, or yields more
 * than `maxRows` rows.
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
  const maxRows = readMaxRows(opts, Number.POSITIVE_INFINITY);
  const parse = rowParser(schema, opts);
  const duplicate = readUnique(opts);
  let index = 0;
  const isAsync = typeof (rows as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  const iterator = isAsync
    ? (rows as AsyncIterable<unknown>)[Symbol.asyncIterator]()
    : (rows as Iterable<unknown>)[Symbol.iterator]();
  while (true) {
    let step: IteratorResult<unknown>;
    try {
      // A sync source is read without an extra await per row (a microtask each).
      step = isAsync ? await iterator.next() : (iterator as Iterator<unknown>).next();
    } catch {
      throw unreadableSource(index);
    }
    if (step.done === true) return;
    if (index === maxRows) throw tooManyRows(maxRows);
    const record = runRow(parse, step.value, index, opts);
    yield record.ok && duplicate !== undefined ? checkDuplicate(duplicate, record, opts) : record;
    index++;
  }
}

/** What zod reports for an issue that no schema worded: the library then writes its own message. */
const LIBRARY_MESSAGE = '\u0000sejahtera';
/** Per-parse context: inputs kept (for `received`), and a marker for messages nobody wrote. */
const PARSE_CONTEXT = { reportInput: true, error: () => LIBRARY_MESSAGE } as const;
/** The same, for zod's own run: synchronous. */
const RUN_CONTEXT = { ...PARSE_CONTEXT, async: false } as const;

interface Payload {
  value: unknown;
  issues: z.core.$ZodRawIssue[];
}

/**
 * Runs a schema and returns its raw issues (finalized: path, message, input) or its value, without
 * building a `ZodError` (an `Error`, with a stack trace) for every rejected row: that and the garbage
 * it leaves were most of the cost of a bad row. zod's own `run` is what its Standard Schema
 * `validate` calls; a schema without it (or an async one) goes through `safeParse`.
 */
function runSchema(schema: z.ZodType): {
  check: (
    row: unknown,
  ) => { ok: true; value: unknown } | { ok: false; issues: readonly RawIssue[] };
  finalize: (raw: RawIssue) => RawIssue;
} {
  const run = (schema as { _zod?: { run?: unknown } })._zod?.run;
  const finalize = util.finalizeIssue;
  const viaSafeParse = (row: unknown) => {
    const result = schema.safeParse(row, PARSE_CONTEXT);
    return result.success
      ? { ok: true as const, value: result.data }
      : { ok: false as const, issues: result.error.issues as RawIssue[] };
  };
  if (typeof run !== 'function' || typeof finalize !== 'function') {
    return { check: viaSafeParse, finalize: (raw) => raw };
  }
  const internals = (schema as unknown as { _zod: object })._zod;
  let async = false;
  return {
    check: (row) => {
      const payload = (run as (p: Payload, c: object) => Payload | Promise<Payload>).call(
        internals,
        { value: row, issues: [] },
        RUN_CONTEXT,
      );
      if (payload instanceof Promise) {
        payload.catch(() => undefined);
        async = true;
        return viaSafeParse(row);
      }
      async = false;
      if (payload.issues.length === 0) return { ok: true, value: payload.value };
      // Raw issues: finalized (message resolved, a copy made) only when not already remembered.
      return { ok: false, issues: payload.issues as unknown as RawIssue[] };
    },
    finalize: (raw) =>
      async ? raw : (finalize(raw as z.core.$ZodRawIssue, RUN_CONTEXT, config()) as RawIssue),
  };
}

/** Distinct issues remembered per call (a batch of many different bad values stops caching there). */
const CACHE_LIMIT = 4096;

type RawIssue = z.core.$ZodIssue & {
  input?: unknown;
  params?: unknown;
  message?: unknown;
  format?: unknown;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  origin?: unknown;
  divisor?: unknown;
  keys?: unknown;
  values?: unknown;
};

const S = '\u0001';

/**
 * Everything {@link issuesFromZod} reads from a zod issue, plus the schema's own message, as one
 * string: equal keys give equal library issues. `undefined` when the issue cannot be keyed cheaply.
 */
function issueKey(raw: RawIssue, idOf: (o: object) => number): string | undefined {
  const path = raw.path ?? [];
  let key = `${String(raw.code)}${S}`;
  for (const part of path) {
    if (typeof part === 'string') key += `s${part}${S}`;
    else if (typeof part === 'number') key += `n${part}${S}`;
    else return undefined;
  }
  if (raw.code === 'invalid_type') {
    key += `${String(raw.expected)}${S}${'input' in raw && raw.input !== undefined ? describeType(raw.input) : 'undefined'}`;
  } else if (raw.code === 'custom') {
    if (raw.params !== undefined) {
      try {
        key += JSON.stringify(raw.params);
      } catch {
        return undefined;
      }
    }
  } else {
    key += `${String(raw.format)}${S}${String(raw.minimum)}${S}${String(raw.maximum)}${S}${String(raw.inclusive)}${S}${String(raw.origin)}${S}${String(raw.divisor)}`;
    if (Array.isArray(raw.keys)) key += `${S}k${raw.keys.join(S)}`;
    if (Array.isArray(raw.values)) {
      for (const v of raw.values) {
        if (typeof v === 'symbol' || (typeof v === 'object' && v !== null)) return undefined;
        key += `${S}v${typeof v}${String(v)}`;
      }
    }
  }
  // The message: written on the issue, or resolved later from the check and schema that raised it
  // (their own `error`): those take part in the key by identity.
  if (typeof raw.message === 'string' && raw.message !== LIBRARY_MESSAGE) {
    key += `${S}m${raw.message}`;
  }
  const inst = (raw as { inst?: unknown }).inst;
  const owner = (raw as { schema?: unknown }).schema;
  for (const source of [inst, owner]) {
    if (typeof source !== 'object' || source === null) continue;
    // A check with its own `error` may word each value differently: not remembered.
    if ((source as { _zod?: { def?: { error?: unknown } } })._zod?.def?.error !== undefined) {
      return undefined;
    }
    key += `${S}i${idOf(source)}`;
  }
  return key;
}

const hasOwn = (map: unknown, key: string): boolean =>
  typeof map === 'object' && map !== null && Object.hasOwn(map, key);

/** One zod issue as a library issue, keeping a message the schema's author wrote. */
function convert(raw: RawIssue, opts: BatchOptions): Issue | undefined {
  // Only the message options: issuesFromZod rejects keys it does not know (unique, maxRows, ...).
  const issue = issuesFromZod(
    [raw],
    { locale: opts.locale, messages: opts.messages },
    opts.catalog,
  )[0];
  if (issue === undefined) return undefined;
  const own = raw.message;
  if (
    typeof own === 'string' &&
    own !== LIBRARY_MESSAGE &&
    !hasOwn(opts.messages, issue.code) &&
    !hasOwn(opts.catalog, issue.code) &&
    // A library schema's own reason (NikSchema's parseNik message) is worded in the call's locale.
    schemaMessageOf(issue.code) === undefined
  ) {
    return {
      code: issue.code,
      path: issue.path,
      params: issue.params,
      message: redactIdentifiers(own),
    };
  }
  return issue;
}

/** A number per object, for issue keys (per call: a WeakMap, nothing global). */
function objectIds(): (o: object) => number {
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  return (o) => {
    let id = ids.get(o);
    if (id === undefined) {
      id = nextId++;
      ids.set(o, id);
    }
    return id;
  };
}

/**
 * The library issues of a row's raw zod issues, remembered by {@link issueKey} (per call, never
 * globally): a million equal rejections share one frozen issue and one frozen list.
 */
function issueMemo(
  opts: BatchOptions,
  finalize: (raw: RawIssue) => RawIssue,
): (raws: readonly unknown[]) => readonly Issue[] {
  const issues = new Map<string, Issue>();
  const lists = new Map<string, readonly Issue[]>();
  const idOf = objectIds();
  return (raws) => {
    const out: Issue[] = [];
    let listKey: string | undefined = '';
    for (const raw of raws) {
      if (typeof raw !== 'object' || raw === null) continue;
      const key = issueKey(raw as RawIssue, idOf);
      let issue = key === undefined ? undefined : issues.get(key);
      if (issue === undefined) {
        const full = finalize(raw as RawIssue);
        if (!Array.isArray(full.path)) continue;
        issue = convert(full, opts);
        if (issue === undefined) continue;
        if (key !== undefined && issues.size < CACHE_LIMIT) {
          Object.freeze(issue.path);
          Object.freeze(issue.params);
          issues.set(key, Object.freeze(issue));
        }
      }
      out.push(issue);
      listKey =
        key === undefined || listKey === undefined
          ? undefined
          : raws.length === 1
            ? key
            : `${listKey}${key}\u0002`;
    }
    if (listKey === undefined) return out;
    let list = lists.get(listKey);
    if (list === undefined) {
      list = Object.freeze(out);
      if (lists.size < CACHE_LIMIT) lists.set(listKey, list);
    }
    return list;
  };
}

/**
 * The row check of {@link validateBatch} and {@link validateStream}: the schema's verdict, with zod
 * issues turned into library issues. Issues are remembered by {@link issueKey} (per call, never
 * globally), so a million equal rejections share one frozen issue and one frozen list. A getter or
 * Proxy trap that throws while zod reads the row (or while its error is built) throws out of here:
 * the batch's one mapping of a thrown row, `rowIssuesOfThrown`, makes it `unreadable_row`.
 */
function rowParser<S extends z.ZodType>(
  schema: S,
  opts: BatchOptions,
): (row: unknown) => SafeParseResult<z.output<S>> {
  const { check, finalize } = runSchema(schema);
  const fast = fastReaderOf(schema);
  const issuesOf = issueMemo(opts, finalize);
  return (row) => {
    if (fast !== undefined) {
      const sure = fast(row);
      if (sure !== undefined) return { success: true, data: sure as z.output<S> };
    }
    const result = check(row);
    if (result.ok) return { success: true, data: result.value as z.output<S> };
    return { success: false, issues: issuesOf(result.issues) };
  };
}
