import { WEIGHT_CAP } from './weight-cap.js';
import { BLOCK, personsOf, twoSumError } from './fgt-kernel.js';
import { type Accumulator, type BatchRejected, describeType, type Issue } from '../core/index.js';
import { readRowIndex } from '../_internal/accumulate.js';
import { readLine } from './line-option.js';
import { numberTypeProblem } from '../_internal/number-type.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { configurationError, guarded, invalid, OVERFLOW, povertyIssue } from './issues.js';
import { brokenLine, checkSums } from './sum-rules.js';
import { expenditureIssue, householdSizeIssue } from './household-checks.js';

/**
 * One record of a population: a household (or a person) with its monthly expenditure per capita.
 * Other fields (kelurahan, urban/rural flag, ids) may be present and are ignored, so survey rows can
 * be passed as they are.
 *
 * @category Measures
 */
export interface PovertyRecord {
  /** Monthly expenditure per capita, rupiah (finite, >= 0). */
  readonly expenditurePerCapita: number;
  /** Persons in the household (a whole number >= 1; default 1). */
  readonly size?: number | undefined;
  /** Survey weight (>= 0 and at most 2^917, about 4e276, so totals cannot overflow; default 1). */
  readonly weight?: number | undefined;
}

/**
 * The poverty line of a population: one number (rupiah per capita per month), or a function of the
 * record (urban/rural or provincial lines in one population). A function that throws or returns
 * something other than a positive finite number rejects that record (`line_function_failed`).
 *
 * @category Measures
 */
export type PovertyLineOption<R = PovertyRecord> =
  | number
  | { readonly value: number }
  | ((record: R) => number);

/**
 * Options of {@link povertyMeasures} and {@link createPovertyAccumulator}.
 *
 * @category Measures
 */
export interface PovertyMeasuresOptions<R = PovertyRecord> {
  /** The line: a number, what {@link povertyLineAt} returns, or a function of the record. */
  line: PovertyLineOption<R>;
}

/**
 * Options of {@link createPovertyAccumulator}.
 *
 * @category Measures
 */
export interface PovertyAccumulatorOptions<R = PovertyRecord> extends PovertyMeasuresOptions<R> {
  /** Index given to the first record added without an explicit index (default 0): a chunk's offset. */
  firstIndex?: number | undefined;
}

/**
 * Foster-Greer-Thorbecke measures of a population, person-weighted, with the batch accounting.
 *
 * `p0`, `p1`, `p2` are fractions in 0..1 (BPS publishes them x 100). `population` is the sum of
 * size x weight over valid records; `poorPopulation` the same over records below the line. With a
 * population of 0 (no valid record, or all weights 0) the three measures are 0.
 *
 * @category Measures
 */
export interface PovertyMeasuresResult {
  /** Head count index P0: share of persons below the line. */
  readonly p0: number;
  /** Poverty gap index P1 (indeks kedalaman kemiskinan). */
  readonly p1: number;
  /** Poverty severity index P2 (indeks keparahan kemiskinan). */
  readonly p2: number;
  /** Persons represented: sum of size x weight over valid records. */
  readonly population: number;
  /** Persons below the line: sum of size x weight over poor records. */
  readonly poorPopulation: number;
  /** Records seen, used and rejected: `valid + rejected === total`. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
  /** Every rejected record with its index and issues (paths relative to the record), in index order. */
  readonly rejected: readonly BatchRejected[];
}

/** Running sums, each with its compensation term (TwoSum), plus the batch accounting. */
interface State {
  pop: number;
  popC: number;
  poor: number;
  poorC: number;
  g1: number;
  g1C: number;
  g2: number;
  g2C: number;
  total: number;
  valid: number;
  rejected: BatchRejected[];
}

const newState = (): State => ({
  pop: 0,
  popC: 0,
  poor: 0,
  poorC: 0,
  g1: 0,
  g1C: 0,
  g2: 0,
  g2C: 0,
  total: 0,
  valid: 0,
  rejected: [],
});

// Read by the hot loop (`scan`) as constants of this module: see fgt-kernel.ts for why.
const MAX = Number.MAX_VALUE;
const BLOCK_RECORDS = BLOCK;
const MEASURES_KEYS = optionKeys<PovertyMeasuresOptions>()({ line: true });
const STREAM_KEYS = optionKeys<PovertyMeasuresByStreamOptions>()({ line: true, onRejected: true });
const ACCUMULATOR_KEYS = optionKeys<PovertyAccumulatorOptions>()({ line: true, firstIndex: true });
/** What a record stands for when reading it threw (a getter or Proxy trap): `unreadable_row`. */
const READ_FAILED: unique symbol = Symbol('read failed');

/** A compiled line: a constant (fn undefined) or a function of the record. */
interface Line {
  readonly z: number;
  readonly fn: ((record: unknown) => unknown) | undefined;
}

function compileLine(raw: unknown): Line {
  if (typeof raw === 'function') return { z: Number.NaN, fn: raw as (record: unknown) => unknown };
  return { z: readLine(raw), fn: undefined };
}

/** The detailed issues of a record that failed the fast checks (slow path only). */
function describe(record: unknown, line: Line): Issue[] {
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      return [
        povertyIssue('invalid_type', [], {
          expected: 'object',
          received: describeType(record),
        }),
      ];
    }
    const r = record as Record<string, unknown>;
    const issues: Issue[] = [];
    const yIssue = expenditureIssue(r.expenditurePerCapita, ['expenditurePerCapita']);
    if (yIssue !== undefined) issues.push(yIssue);
    const sizeIssue = r.size === undefined ? undefined : householdSizeIssue(r.size, ['size']);
    if (sizeIssue !== undefined) issues.push(sizeIssue);
    const weight = r.weight;
    const weightType = weight === undefined ? undefined : numberTypeProblem(weight);
    if (weightType !== undefined)
      issues.push(povertyIssue(weightType.code, ['weight'], weightType.params));
    else if (
      weight !== undefined &&
      (!((weight as number) >= 0) || (weight as number) > WEIGHT_CAP)
    ) {
      issues.push(povertyIssue('invalid_weight', ['weight']));
    }
    if (issues.length === 0 && line.fn !== undefined) {
      issues.push(povertyIssue('line_function_failed', []));
    }
    return issues.length > 0 ? issues : [povertyIssue('unreadable_row', [])];
  } catch {
    return [povertyIssue('unreadable_row', [])];
  }
}

/**
 * The line of every record from a line function, computed once before the hot loop: NaN where the
 * function throws or returns something other than a positive finite number (or the row is unreadable).
 */
function linesOf(records: ArrayLike<unknown>, fn: (record: unknown) => unknown): Float64Array {
  const n = records.length;
  const zs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z: unknown;
    try {
      z = fn(records[i]);
    } catch {
      z = undefined;
    }
    zs[i] = typeof z === 'number' && z > 0 && z <= MAX ? z : Number.NaN;
  }
  return zs;
}

/**
 * The hot loop over `records[start..n)`: adds valid records to the state and stops at the first
 * record that fails the checks, returning its index (or -1 at the end). Checks are plain typeof and
 * comparisons; building the issues of a bad record is left to the caller (the slow path).
 *
 * Block sums: plain sums over at most BLOCK records, then added into the compensated totals
 * (TwoSum). The rounding error of a block is at most BLOCK x 2^-53 of its sum, so any partition of
 * the records agrees with one pass far inside 1e-12, at nearly the speed of plain sums. (The loop
 * lives in its own function, not inside the caller's retry loop: V8 optimizes it much better so.)
 */
function scan(
  s: State,
  records: ArrayLike<unknown>,
  start: number,
  n: number,
  z0: number,
  zs: Float64Array | undefined,
): number {
  let bPop = 0;
  let bPoor = 0;
  let bG1 = 0;
  let bG2 = 0;
  let inBlock = 0;
  let bad = -1;
  let i = start;
  try {
    for (; i < n; i++) {
      const r = records[i] as FastRecord | null;
      if (typeof r !== 'object' || r === null) {
        bad = i;
        break;
      }
      const y = r.expenditurePerCapita;
      const w = personsOf(r.size, r.weight);
      if (typeof y !== 'number' || !(y >= 0) || y > MAX || w < 0) {
        bad = i;
        break;
      }
      // Lines from a function were computed (and checked) before the loop; NaN marks a failure.
      const z = zs === undefined ? z0 : (zs[i] as number);
      if (!(z > 0)) {
        bad = i;
        break;
      }
      bPop += w;
      if (y < z) {
        const g = (z - y) / z;
        const x1 = w * g;
        bPoor += w;
        bG1 += x1;
        bG2 += x1 * g;
      }
      if (++inBlock === BLOCK_RECORDS) {
        flush(s, bPop, bPoor, bG1, bG2);
        bPop = 0;
        bPoor = 0;
        bG1 = 0;
        bG2 = 0;
        inBlock = 0;
      }
    }
  } catch {
    bad = i;
  }
  flush(s, bPop, bPoor, bG1, bG2);
  s.valid += (bad < 0 ? n : bad) - start;
  return bad;
}

/** The fields the hot loop reads. */
interface FastRecord {
  expenditurePerCapita?: unknown;
  size?: unknown;
  weight?: unknown;
}

/**
 * Adds `records` to the state: the fast scan, and for each record it stops at, a rejection with the
 * record's issues (the slow path), then the scan resumes after it. A getter that throws rejects its
 * record as `unreadable_row`.
 */
function run(
  s: State,
  records: ArrayLike<unknown>,
  line: Line,
  indexOf: ((i: number) => number) | undefined,
  indexBase: number,
): void {
  const n = records.length;
  const zs = line.fn === undefined ? undefined : linesOf(records, line.fn);
  let i = 0;
  while (i < n) {
    const bad = scan(s, records, i, n, line.z, zs);
    if (bad < 0) break;
    const index = indexOf === undefined ? indexBase + bad : indexOf(bad);
    let row: unknown;
    try {
      row = records[bad];
    } catch {
      row = READ_FAILED;
    }
    s.rejected.push({
      index,
      issues: row === READ_FAILED ? [povertyIssue('unreadable_row', [])] : describe(row, line),
    });
    i = bad + 1;
  }
  s.total += n;
}

/** Adds block sums into the compensated totals (TwoSum each). */
function flush(s: State, pop: number, poor: number, g1: number, g2: number): void {
  let t = s.pop + pop;
  s.popC += twoSumError(s.pop, pop, t);
  s.pop = t;
  t = s.poor + poor;
  s.poorC += twoSumError(s.poor, poor, t);
  s.poor = t;
  t = s.g1 + g1;
  s.g1C += twoSumError(s.g1, g1, t);
  s.g1 = t;
  t = s.g2 + g2;
  s.g2C += twoSumError(s.g2, g2, t);
  s.g2 = t;
}

function resultOf(s: State): PovertyMeasuresResult {
  const pop = s.pop + s.popC;
  const poor = s.poor + s.poorC;
  const g1 = s.g1 + s.g1C;
  const g2 = s.g2 + s.g2C;
  const rejected = s.rejected.slice().sort((a, b) => a.index - b.index);
  return {
    p0: pop > 0 ? Math.min(1, poor / pop) : 0,
    p1: pop > 0 ? Math.min(1, g1 / pop) : 0,
    p2: pop > 0 ? Math.min(1, g2 / pop) : 0,
    population: pop,
    poorPopulation: poor,
    counts: { total: s.total, valid: s.valid, rejected: s.rejected.length },
    rejected,
  };
}

/**
 * Adds b's compensated sums into a (TwoSum each, b's compensation added to a's). Written out field
 * by field: a loop over the field names read them as keyed properties, and 72,000 merges of
 * snapshots (one per group and chunk of a 10 M-row file, as the command line merged them before it
 * merged group tally packs) took 65 ms that way against 48 ms written out.
 */
function mergeState(a: State, b: Readonly<State>): void {
  if (!(a.pop + b.pop <= MAX)) {
    throw configurationError('invalid_accumulator', { reason: OVERFLOW }, ['other']);
  }
  let t = a.pop + b.pop;
  a.popC += twoSumError(a.pop, b.pop, t) + b.popC;
  a.pop = t;
  t = a.poor + b.poor;
  a.poorC += twoSumError(a.poor, b.poor, t) + b.poorC;
  a.poor = t;
  t = a.g1 + b.g1;
  a.g1C += twoSumError(a.g1, b.g1, t) + b.g1C;
  a.g1 = t;
  t = a.g2 + b.g2;
  a.g2C += twoSumError(a.g2, b.g2, t) + b.g2C;
  a.g2 = t;
  a.total += b.total;
  a.valid += b.valid;
  for (const r of b.rejected) a.rejected.push(r);
}

const CHUNK = 4096;

/**
 * The most records read from an array-like that is not iterable (`{ length, 0: ..., 1: ... }`): its
 * `length` is only a claim (`{ length: 2 ** 32 - 1 }` costs nothing to write and would take hours to
 * read), so a longer one is rejected (`too_big`) instead of read. Arrays, iterables and streams are
 * not capped: their length is the data itself; use an iterable or an accumulator for more records.
 *
 * @category Measures
 */
export const MAX_ARRAY_LIKE_RECORDS = 1_000_000;

/**
 * An array-like that is not iterable (`{ length, 0: ..., 1: ... }`, which the types accept): read by
 * index like an array. The length must be a whole number of at most 2^32 - 1, as an array's, and at
 * most {@link MAX_ARRAY_LIKE_RECORDS} (a `ValidationError` with `too_big` otherwise).
 */
function arrayLikeOf(records: unknown): ArrayLike<unknown> | undefined {
  if (typeof records !== 'object' || records === null) return undefined;
  const length = (records as { length?: unknown }).length;
  if (!(Number.isSafeInteger(length) && (length as number) >= 0)) return undefined;
  if ((length as number) > MAX_ARRAY_LIKE_RECORDS) {
    invalid(
      [
        povertyIssue('too_big', ['records', 'length'], {
          maximum: MAX_ARRAY_LIKE_RECORDS,
          inclusive: true,
          origin: 'array',
        }),
      ],
      'poverty records',
    );
  }
  return records as ArrayLike<unknown>;
}

function isIterable(records: unknown): boolean {
  return (
    records !== null &&
    (typeof records === 'object' || typeof records === 'function') &&
    typeof (records as Iterable<unknown>)[Symbol.iterator] === 'function'
  );
}

function runIterable(s: State, records: unknown, line: Line, indexBase: number): void {
  if (Array.isArray(records)) {
    run(s, records, line, undefined, indexBase);
    return;
  }
  const arrayLike = isIterable(records) ? undefined : arrayLikeOf(records);
  if (arrayLike !== undefined) {
    run(s, arrayLike, line, undefined, indexBase);
    return;
  }
  if (!isIterable(records)) {
    invalid(
      [
        povertyIssue('not_iterable', ['records'], {
          received: describeType(records),
        }),
      ],
      'poverty records',
    );
  }
  let buffer: unknown[] = [];
  let base = indexBase;
  for (const r of records as Iterable<unknown>) {
    buffer.push(r);
    if (buffer.length === CHUNK) {
      run(s, buffer, line, undefined, base);
      base += CHUNK;
      buffer = [];
    }
  }
  run(s, buffer, line, undefined, base);
}

/**
 * Foster-Greer-Thorbecke poverty measures of a population (Foster, Greer & Thorbecke 1984, as used by
 * BPS): P_alpha = (1/N) x sum over the poor of ((z - y_i) / z)^alpha, with z the line and y_i the
 * monthly expenditure per capita, person-weighted by size x weight (N = sum of size x weight). A record
 * is poor when y_i < z (strict, as BPS: poor means below the Garis Kemiskinan). Results are fractions
 * (0..1); BPS publishes P0, P1, P2 x 100.
 *
 * Batch rules (core): every record is either used or returned in `rejected` with its index and
 * issues; `counts.valid + counts.rejected === counts.total`; nothing is thrown for a bad record.
 * Sums are plain over blocks of 128 records and compensated (TwoSum) across blocks, so chunked or
 * merged runs agree with one pass to within about 3e-14 at worst (usually to the last bit or two).
 *
 * @category Measures
 * @throws {@link ValidationError} (`not_iterable`) when `records` is not an array, an iterable or an array-like (`{ length }`);
 * (`too_big`) for an array-like longer than {@link MAX_ARRAY_LIKE_RECORDS}.
 * @throws {@link ConfigurationError} (`invalid_line`) when `line` is neither a positive finite number
 * (or `{ value }`) nor a function.
 * @example
 * povertyMeasures(
 *   [
 *     { expenditurePerCapita: 300_000, size: 4 },
 *     { expenditurePerCapita: 450_000, size: 2 },
 *     { expenditurePerCapita: 900_000, size: 4 },
 *   ],
 *   { line: 600_000 },
 * )
 * //=> { p0: 0.6, p1: 0.25, p2: 0.1125, population: 10, poorPopulation: 6, counts: { total: 3, valid: 3, rejected: 0 }, rejected: [] }
 */
export function povertyMeasures<R = PovertyRecord>(
  records: Iterable<R> | ArrayLike<R>,
  options: PovertyMeasuresOptions<R>,
): PovertyMeasuresResult {
  return guarded('poverty measures', () => {
    checkOptionKeys(options, MEASURES_KEYS, 'povertyMeasures');
    const line = compileLine(readOption(options, 'line'));
    const s = newState();
    runIterable(s, records, line, 0);
    return resultOf(s);
  });
}

function readOption(options: unknown, key: string): unknown {
  if (typeof options !== 'object' || options === null) {
    throw configurationError('invalid_line', {}, ['line']);
  }
  return (options as Record<string, unknown>)[key];
}

/**
 * A plain-data copy of an accumulator's state, to send between workers or store; pass it to
 * {@link PovertyAccumulator.merge}.
 *
 * @category Measures
 */
export interface PovertyAccumulatorSnapshot {
  /** Format marker. */
  readonly kind: 'sejahtera/poverty-accumulator';
  /** Compensated sums: [population, its compensation, poor, c, gap, c, squared gap, c]. */
  readonly sums: readonly [number, number, number, number, number, number, number, number];
  /** Records seen. */
  readonly total: number;
  /** Records used. */
  readonly valid: number;
  /** Records rejected, with their indexes. */
  readonly rejected: readonly BatchRejected[];
  /**
   * The poverty line the records were measured against, when it was a number (absent for a line
   * function): merging a snapshot made with another line is a `ConfigurationError`.
   */
  readonly line?: number;
}

/**
 * A mergeable accumulator of FGT measures (see {@link createPovertyAccumulator}); it follows the
 * library's one {@link Accumulator} contract (the measures have no groups).
 *
 * @category Measures
 */
export interface PovertyAccumulator<R = PovertyRecord>
  extends Accumulator<R, PovertyAccumulatorSnapshot, PovertyMeasuresResult> {
  /**
   * Adds one record; a record that fails validation is kept as a rejection (never thrown). `index` is
   * its place in the whole population (default: `firstIndex` + records added so far).
   *
   * @throws {@link ValidationError} (`not_integer`, path `index`) when `index` is given and is not a
   * whole number >= 0.
   */
  add(record: R, index?: number): PovertyAccumulator<R>;
  /** Adds every record of an array or iterable (the fast path). */
  addAll(records: Iterable<R> | ArrayLike<R>): PovertyAccumulator<R>;
  /** Adds another accumulator's (or snapshot's) records into this one; `other` is not changed. */
  merge(other: PovertyAccumulator<R> | PovertyAccumulatorSnapshot): PovertyAccumulator<R>;
  /** The measures so far. */
  result(): PovertyMeasuresResult;
  /** The state as plain data. */
  snapshot(): PovertyAccumulatorSnapshot;
}

/**
 * The key of an accumulator's own state, a non-enumerable property of the accumulator (not copied by a
 * spread, not in `Object.keys` or JSON). A WeakMap entry per accumulator cost several microseconds
 * each when many short-lived accumulators are made (the command line makes one per group and chunk:
 * 72,000 for 10 M rows), mostly in the garbage collector's handling of weak entries.
 */
const OWN: unique symbol = Symbol('own');

/** Two lines are the same option when both are the same number or the same function. */
function sameLine(a: Line, b: Line): boolean {
  return a.fn !== undefined || b.fn !== undefined ? a.fn === b.fn : a.z === b.z;
}

const badSnapshot = () => configurationError('invalid_accumulator', {}, ['other']);

/** Whether every element is a finite number (a plain loop: no closure per snapshot merged). */
function allFinite(xs: readonly unknown[]): boolean {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  }
  return true;
}

/** Whether every element looks like a rejection: `{ index: safe integer, issues: array }`. */
function allRejectedShaped(rs: readonly unknown[]): boolean {
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    if (
      typeof r !== 'object' ||
      r === null ||
      !Number.isSafeInteger((r as BatchRejected).index) ||
      !Array.isArray((r as BatchRejected).issues)
    ) {
      return false;
    }
  }
  return true;
}

/** The snapshot's fields, checked for their types and the batch invariant; throws otherwise. */
function snapshotFields(raw: unknown): {
  sums: number[];
  total: number;
  valid: number;
  rejected: BatchRejected[];
  line: unknown;
} {
  if (typeof raw !== 'object' || raw === null) throw badSnapshot();
  const snap = raw as Record<string, unknown>;
  const sums = snap.sums;
  if (
    snap.kind !== 'sejahtera/poverty-accumulator' ||
    !Array.isArray(sums) ||
    sums.length !== 8 ||
    !allFinite(sums) ||
    !Number.isSafeInteger(snap.total) ||
    !Number.isSafeInteger(snap.valid) ||
    !Array.isArray(snap.rejected) ||
    (snap.valid as number) + snap.rejected.length !== snap.total ||
    (snap.valid as number) < 0 ||
    !allRejectedShaped(snap.rejected)
  ) {
    throw badSnapshot();
  }
  return {
    sums: sums as number[],
    total: snap.total as number,
    valid: snap.valid as number,
    rejected: snap.rejected as BatchRejected[],
    line: snap.line,
  };
}

/**
 * What every accumulator's sums obey (each record adds w to population, and when poor w to poor,
 * w x gap to the gap sum and w x gap^2 to the squared one, with 0 < gap <= 1), up to the rounding of
 * the sums; a snapshot that breaks one was not made by an accumulator (or was edited).
 */
function checkSumRules(s: State, line: unknown): void {
  checkSums(s.pop, s.popC, s.poor, s.poorC, s.g1, s.g1C, s.g2, s.g2C, s.valid);
  if (line !== undefined && !(typeof line === 'number' && line > 0)) {
    throw brokenLine({});
  }
}

function stateFromSnapshot(raw: unknown): State {
  const snap = snapshotFields(raw);
  const [pop, popC, poor, poorC, g1, g1C, g2, g2C] = snap.sums as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const state: State = {
    pop,
    popC,
    poor,
    poorC,
    g1,
    g1C,
    g2,
    g2C,
    total: snap.total,
    valid: snap.valid,
    rejected: snap.rejected.map((r) => ({ index: r.index, issues: r.issues })),
  };
  checkSumRules(state, snap.line);
  return state;
}

/** The `firstIndex` option (default 0), a whole number >= 0. */
function readFirstIndex(options: unknown): number {
  const first = (options as { firstIndex?: unknown }).firstIndex ?? 0;
  if (!Number.isSafeInteger(first) || (first as number) < 0) {
    throw configurationError('invalid_option', { allowed: ['a non-negative safe integer'] }, [
      'firstIndex',
    ]);
  }
  return first as number;
}

/** An accumulator's own state: its sums, its line, and the tokens of what was merged into it. */
interface Own {
  readonly s: State;
  readonly line: Line;
  readonly sources: Set<object>;
}

/** Merges `other` (a live accumulator or a snapshot) into `own`, after every check. */
function mergeInto(own: Own, other: unknown): void {
  const mismatch = () => configurationError('accumulator_mismatch', { option: 'line' }, ['other']);
  // A live accumulator of this module carries its own state (a snapshot or anything else does not).
  const theirs =
    typeof other === 'object' && other !== null ? (other as { [OWN]?: Own })[OWN] : undefined;
  const o = theirs?.s;
  if (theirs !== undefined) {
    if (!sameLine(own.line, theirs.line)) throw mismatch();
    for (const token of theirs.sources) {
      if (own.sources.has(token)) {
        throw configurationError('accumulator_already_merged', {}, ['other']);
      }
    }
  }
  const b = o === undefined ? stateFromSnapshot(other) : { ...o, rejected: o.rejected.slice() };
  if (o === undefined) {
    const snapLine = (other as { line?: unknown }).line;
    if (snapLine !== undefined && !sameLine(own.line, { z: snapLine as number, fn: undefined })) {
      throw mismatch();
    }
  }
  mergeState(own.s, b);
  if (theirs !== undefined) for (const token of theirs.sources) own.sources.add(token);
}

function snapshotOf(s: State, line: Line): PovertyAccumulatorSnapshot {
  return {
    kind: 'sejahtera/poverty-accumulator',
    sums: [s.pop, s.popC, s.poor, s.poorC, s.g1, s.g1C, s.g2, s.g2C],
    total: s.total,
    valid: s.valid,
    rejected: s.rejected.slice(),
    ...(line.fn === undefined ? { line: line.z } : {}),
  };
}

/**
 * Creates a mergeable accumulator of FGT poverty measures: `add` records one by one (or `addAll` a
 * chunk), `merge` the accumulators (or `snapshot()`s) of other chunks, workers or nodes, then read
 * `result()`. Merging the accumulators of any partition of the records gives the same result as one
 * pass (block sums with compensated totals: within about 3e-14 at worst, far inside 1e-12). Same rules, validation and result
 * shape as {@link povertyMeasures}.
 *
 * Rejection indexes: `add(record, index)` uses the index you give; without one, `firstIndex` (default
 * 0) plus the number of records added so far, so give each chunk its offset as `firstIndex`.
 *
 * @category Measures
 * @throws {@link ConfigurationError} (`invalid_line`) for a bad line, (`invalid_option`) for a bad
 * `firstIndex`; `merge` throws (`invalid_accumulator`) for something that is neither an accumulator nor a snapshot,
 * or a snapshot that breaks the rules every accumulator obeys (`params.rule` names it: poor population
 * at most the population, gap sums at most the poor population); (`accumulator_mismatch`, with
 * `params.option: 'line'`) for an accumulator or snapshot made with another poverty line; and
 * (`accumulator_already_merged`) for the accumulator itself, or one already merged (directly or through
 * another), whose records would be counted twice.
 * @throws {@link ValidationError} from `add` (`not_integer`, path `index`) for an index that is not a
 * whole number >= 0, as every accumulator's `add`.
 * @example
 * const north = createPovertyAccumulator({ line: 600_000 }).addAll([{ expenditurePerCapita: 300_000, size: 4 }]);
 * const south = createPovertyAccumulator({ line: 600_000, firstIndex: 1 }).addAll([
 *   { expenditurePerCapita: 450_000, size: 2 },
 *   { expenditurePerCapita: 900_000, size: 4 },
 * ]);
 * north.merge(south).result().p0
 * //=> 0.6
 */
export function createPovertyAccumulator<R = PovertyRecord>(
  options: PovertyAccumulatorOptions<R>,
): PovertyAccumulator<R> {
  return guarded('poverty accumulator', () => {
    checkOptionKeys(options, ACCUMULATOR_KEYS, 'createPovertyAccumulator');
    const line = compileLine(readOption(options, 'line'));
    let next = readFirstIndex(options);
    const own: Own = { s: newState(), line, sources: new Set<object>([{}]) };
    const one: unknown[] = [undefined];
    const acc: PovertyAccumulator<R> = {
      add(record, index) {
        one[0] = record;
        run(own.s, one, line, undefined, readRowIndex(index, next));
        one[0] = undefined;
        next++;
        return acc;
      },
      addAll(records) {
        return guarded('poverty records', () => {
          const before = own.s.total;
          runIterable(own.s, records, line, next);
          next += own.s.total - before;
          return acc;
        });
      },
      merge(other) {
        return guarded('poverty accumulator', () => {
          mergeInto(own, other);
          return acc;
        });
      },
      result: () => resultOf(own.s),
      snapshot: () => snapshotOf(own.s, line),
    };
    Object.defineProperty(acc, OWN, { value: own });
    return acc;
  });
}

/**
 * How {@link povertyMeasuresBy} finds a record's group: a field name, or a function of the record.
 * The key must be a string or a finite number.
 *
 * @category Measures
 */
export type PovertyGroupKey<R = PovertyRecord> = string | ((record: R) => string | number);

/**
 * One group of {@link povertyMeasuresBy}: its key and its measures.
 *
 * @category Measures
 */
export interface PovertyGroupResult extends PovertyMeasuresResult {
  /** The group key (`'Kedaton'`, `'urban'`, 1871). */
  readonly key: string | number;
}

/**
 * What {@link povertyMeasuresBy} returns.
 *
 * @category Measures
 */
export interface PovertyMeasuresByResult {
  /** One result per key, in order of first appearance. Each group's `rejected` lists its own records. */
  readonly groups: readonly PovertyGroupResult[];
  /** All rejected records (bad key or bad data), with their index in the input, in index order. */
  readonly rejected: readonly BatchRejected[];
  /** Over the whole input: `valid + rejected === total`. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
}

/**
 * FGT measures per group (kelurahan, kecamatan, urban/rural) for dashboards: {@link povertyMeasures}
 * on each group, where a record's group is a field (`'kelurahan'`) or a function of the record. A
 * record whose key is missing or not a string / finite number is rejected (`invalid_group_key`);
 * nothing is skipped silently.
 *
 * @category Measures
 * @throws {@link ValidationError} (`not_iterable`) when `records` is not an array, an iterable or an array-like (`{ length }`);
 * (`too_big`) for an array-like longer than {@link MAX_ARRAY_LIKE_RECORDS}.
 * @throws {@link ConfigurationError} (`invalid_line`) for a bad line, (`invalid_option`) for a key that
 * is neither a string nor a function.
 * @example
 * povertyMeasuresBy(
 *   [
 *     { kecamatan: 'Kedaton', expenditurePerCapita: 300_000 },
 *     { kecamatan: 'Rajabasa', expenditurePerCapita: 900_000 },
 *   ],
 *   'kecamatan',
 *   { line: 600_000 },
 * ).groups.map((g) => [g.key, g.p0])
 * //=> [['Kedaton', 1], ['Rajabasa', 0]]
 */
export function povertyMeasuresBy<R = PovertyRecord>(
  records: Iterable<R> | ArrayLike<R>,
  key: PovertyGroupKey<R>,
  options: PovertyMeasuresOptions<R>,
): PovertyMeasuresByResult {
  return guarded('poverty measures', () => {
    checkOptionKeys(options, MEASURES_KEYS, 'povertyMeasuresBy');
    const line = compileLine(readOption(options, 'line'));
    checkGroupKey(key);
    const list = listOf(records);
    const { buckets, keyRejected } = bucketsOf(list, key as PovertyGroupKey<unknown>);
    const groups: PovertyGroupResult[] = [];
    const rejected: BatchRejected[] = keyRejected;
    let valid = 0;
    for (const [k, b] of buckets) {
      const s = newState();
      run(s, b.records, line, (j) => b.indexes[j] as number, 0);
      const res = resultOf(s);
      valid += res.counts.valid;
      for (const r of res.rejected) rejected.push(r);
      groups.push({ key: k, ...res });
    }
    rejected.sort((a, b) => a.index - b.index);
    return {
      groups,
      rejected,
      counts: { total: list.length, valid, rejected: rejected.length },
    };
  });
}

/** The key option of the grouped measures: a field name or a function. */
function checkGroupKey(key: unknown): void {
  if (typeof key !== 'string' && typeof key !== 'function') {
    throw configurationError('invalid_option', { allowed: ['a field name', 'a function'] }, [
      'key',
    ]);
  }
}

/** The records as an array-like: an array, an array-like, or an iterable read into an array. */
function listOf(records: unknown): ArrayLike<unknown> {
  const arrayLike = isIterable(records) ? undefined : arrayLikeOf(records);
  if (Array.isArray(records)) return records;
  if (arrayLike !== undefined) return arrayLike;
  if (!isIterable(records)) {
    return invalid(
      [povertyIssue('not_iterable', ['records'], { received: describeType(records) })],
      'poverty records',
    );
  }
  return Array.from(records as Iterable<unknown>);
}

/**
 * A record's group key (a string or a finite number, -0 read as 0), or `undefined` when the key is
 * missing, of another type, or its function throws.
 */
function groupKeyOf(key: PovertyGroupKey<unknown>, r: unknown): string | number | undefined {
  let k: unknown;
  try {
    k =
      typeof key === 'function'
        ? key(r)
        : typeof r === 'object' && r !== null
          ? (r as Record<string, unknown>)[key]
          : undefined;
  } catch {
    k = undefined;
  }
  if (!(typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k)))) return undefined;
  return Object.is(k, -0) ? 0 : k;
}

/** The rejection of a record whose group key is bad (`invalid_group_key`, at the field's path). */
const keyRejection = (key: PovertyGroupKey<unknown>, index: number): BatchRejected => ({
  index,
  issues: [povertyIssue('invalid_group_key', typeof key === 'string' ? [key.slice(0, 60)] : [])],
});

interface Bucket {
  records: unknown[];
  indexes: number[];
}

/** Adds a record and its index to its group's bucket (a new group is appended). */
function pushTo(buckets: Map<string | number, Bucket>, k: string | number, r: unknown, i: number) {
  let b = buckets.get(k);
  if (b === undefined) {
    b = { records: [], indexes: [] };
    buckets.set(k, b);
  }
  b.records.push(r);
  b.indexes.push(i);
}

/** The records in buckets by group (in order of first appearance), and the key rejections. */
function bucketsOf(
  list: ArrayLike<unknown>,
  key: PovertyGroupKey<unknown>,
): { buckets: Map<string | number, Bucket>; keyRejected: BatchRejected[] } {
  const buckets = new Map<string | number, Bucket>();
  const keyRejected: BatchRejected[] = [];
  for (let i = 0; i < list.length; i++) {
    let r: unknown = READ_FAILED;
    try {
      r = list[i];
    } catch {
      keyRejected.push({ index: i, issues: [povertyIssue('unreadable_row', [])] });
      continue;
    }
    const k = groupKeyOf(key, r);
    if (k === undefined) keyRejected.push(keyRejection(key, i));
    else pushTo(buckets, k, r, i);
  }
  return { buckets, keyRejected };
}

/**
 * Options of {@link povertyMeasuresByStream}.
 *
 * @category Measures
 */
export interface PovertyMeasuresByStreamOptions<R = PovertyRecord>
  extends PovertyMeasuresOptions<R> {
  /**
   * Receives every rejected record (bad key or bad data) in index order, instead of keeping it in the
   * result: with it, memory holds one chunk of records and one running sum per group, whatever the
   * number of records or of bad ones (`rejected` lists of the result are then empty; the counts stay
   * complete).
   */
  onRejected?: ((rejection: BatchRejected) => void) | undefined;
}

/** Records read before they are added to their groups' sums. */
const STREAM_CHUNK = 4096;

/**
 * {@link povertyMeasuresBy} over an iterable or async iterable (a file reader, a database cursor),
 * read once and never copied into an array: records are taken in chunks of 4,096, each chunk is
 * added to the running sums of its groups (the same sums as {@link createPovertyAccumulator}), and
 * only one chunk is held at a time. Memory grows with the number of groups, not of records; with
 * `onRejected`, not with the number of bad records either. Same rules, keys, result and rejection
 * codes as {@link povertyMeasuresBy}, and the same measures (block sums, compensated: equal to one
 * pass within about 3e-14).
 *
 * @category Measures
 * @throws {@link ValidationError} (`not_iterable`) when `records` is neither iterable nor async
 * iterable, or (`unreadable_input`) when reading it fails.
 * @throws {@link ConfigurationError} (`invalid_line`) for a bad line, (`invalid_option`) for a key that
 * is neither a string nor a function or an `onRejected` that is not a function.
 * @example
 * async function* rows() {
 *   yield { kecamatan: 'Kedaton', expenditurePerCapita: 300_000 };
 *   yield { kecamatan: 'Rajabasa', expenditurePerCapita: 900_000 };
 * }
 * (await povertyMeasuresByStream(rows(), 'kecamatan', { line: 600_000 })).groups.map((g) => [g.key, g.p0])
 * //=> [['Kedaton', 1], ['Rajabasa', 0]]
 */
export async function povertyMeasuresByStream<R = PovertyRecord>(
  records: Iterable<R> | AsyncIterable<R>,
  key: PovertyGroupKey<R>,
  options: PovertyMeasuresByStreamOptions<R>,
): Promise<PovertyMeasuresByResult> {
  const setup = guarded('poverty measures', () => streamSetup(records, key, options));
  const { iterator, isAsync } = setup;
  const st = newStream(setup.line, setup.onRejected);
  for (;;) {
    let step: IteratorResult<unknown>;
    try {
      step = isAsync
        ? await (iterator as AsyncIterator<unknown>).next()
        : (iterator as Iterator<unknown>).next();
    } catch {
      return invalid([povertyIssue('unreadable_input', ['records'])], 'poverty records');
    }
    if (step.done === true) break;
    const i = st.total++;
    const k = groupKeyOf(key as PovertyGroupKey<unknown>, step.value);
    if (k === undefined) rejectKey(st, keyRejection(key as PovertyGroupKey<unknown>, i));
    else {
      st.chunk.push(step.value);
      st.chunkKeys.push(k);
      st.chunkIndexes.push(i);
    }
    if (st.chunk.length + st.chunkRejected.length >= STREAM_CHUNK) flushChunk(st);
  }
  flushChunk(st);
  return guarded('poverty measures', () => streamResult(st));
}

/** The options checked and the records' iterator (async first), or a `not_iterable` error. */
function streamSetup(records: unknown, key: unknown, options: unknown) {
  checkOptionKeys(options, STREAM_KEYS, 'povertyMeasuresByStream');
  const line = compileLine(readOption(options, 'line'));
  checkGroupKey(key);
  const onRejected = (options as { onRejected?: unknown }).onRejected;
  if (onRejected !== undefined && typeof onRejected !== 'function') {
    throw configurationError('invalid_option', { allowed: ['a function'] }, ['onRejected']);
  }
  const r = records as Record<symbol, unknown> | null;
  let iterator: Iterator<unknown> | AsyncIterator<unknown> | undefined;
  let isAsync = false;
  if (r !== null && (typeof r === 'object' || typeof r === 'function')) {
    const asyncIt = r[Symbol.asyncIterator];
    const syncIt = r[Symbol.iterator];
    if (typeof asyncIt === 'function') {
      iterator = asyncIt.call(r) as AsyncIterator<unknown>;
      isAsync = true;
    } else if (typeof syncIt === 'function') iterator = syncIt.call(r) as Iterator<unknown>;
  }
  if (iterator === undefined || iterator === null || typeof iterator.next !== 'function') {
    return invalid(
      [povertyIssue('not_iterable', ['records'], { received: describeType(records) })],
      'poverty records',
    );
  }
  return {
    line,
    onRejected: onRejected as ((rejection: BatchRejected) => void) | undefined,
    iterator,
    isAsync,
  };
}

/** A stream being read: the running sums by group and the chunk of records held. */
interface Stream {
  readonly line: Line;
  readonly onRejected: ((rejection: BatchRejected) => void) | undefined;
  readonly groups: Map<string | number, { state: State; dropped: number }>;
  /** Key rejections kept for the result (without `onRejected`). */
  readonly keyRejected: BatchRejected[];
  keyRejectedCount: number;
  total: number;
  chunk: unknown[];
  chunkKeys: (string | number)[];
  chunkIndexes: number[];
  /** Rejections waiting for `onRejected`, passed on in index order at each flush. */
  chunkRejected: BatchRejected[];
}

function newStream(line: Line, onRejected: Stream['onRejected']): Stream {
  return {
    line,
    onRejected,
    groups: new Map(),
    keyRejected: [],
    keyRejectedCount: 0,
    total: 0,
    chunk: [],
    chunkKeys: [],
    chunkIndexes: [],
    chunkRejected: [],
  };
}

function rejectKey(st: Stream, r: BatchRejected): void {
  st.keyRejectedCount++;
  if (st.onRejected === undefined) st.keyRejected.push(r);
  else st.chunkRejected.push(r);
}

/** Adds the chunk to its groups' running sums, passes its rejections on, and empties it. */
function flushChunk(st: Stream): void {
  guarded('poverty measures', () => {
    const byKey = new Map<string | number, Bucket>();
    for (let j = 0; j < st.chunk.length; j++) {
      pushTo(byKey, st.chunkKeys[j] as string | number, st.chunk[j], st.chunkIndexes[j] as number);
    }
    for (const [k, b] of byKey) {
      let g = st.groups.get(k);
      if (g === undefined) {
        g = { state: newState(), dropped: 0 };
        st.groups.set(k, g);
      }
      run(g.state, b.records, st.line, (j) => b.indexes[j] as number, 0);
      if (st.onRejected !== undefined && g.state.rejected.length > 0) {
        for (const r of g.state.rejected) st.chunkRejected.push(r);
        g.dropped += g.state.rejected.length;
        g.state.rejected = [];
      }
    }
    if (st.onRejected !== undefined && st.chunkRejected.length > 0) {
      const out = st.chunkRejected.sort((a, b) => a.index - b.index);
      st.chunkRejected = [];
      for (const r of out) st.onRejected(r);
    }
    st.chunk = [];
    st.chunkKeys = [];
    st.chunkIndexes = [];
  });
}

function streamResult(st: Stream): PovertyMeasuresByResult {
  const out: PovertyGroupResult[] = [];
  const rejected: BatchRejected[] = st.keyRejected.slice();
  let valid = 0;
  let rejectedCount = st.keyRejectedCount;
  for (const [k, g] of st.groups) {
    const res = resultOf(g.state);
    valid += res.counts.valid;
    rejectedCount += res.counts.rejected + g.dropped;
    for (const r of res.rejected) rejected.push(r);
    out.push({
      key: k,
      ...res,
      counts: { ...res.counts, rejected: res.counts.rejected + g.dropped },
    });
  }
  rejected.sort((a, b) => a.index - b.index);
  return { groups: out, rejected, counts: { total: st.total, valid, rejected: rejectedCount } };
}
