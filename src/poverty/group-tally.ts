import { BLOCK, personsOf, twoSumError } from './fgt-kernel.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { describeType } from '../core/index.js';
import { configurationError, guarded, invalid, OVERFLOW, povertyIssue } from './issues.js';
import { readLine } from './line-option.js';
import type { PovertyAccumulatorSnapshot } from './measures.js';
import { brokenLine, checkSums } from './sum-rules.js';

/**
 * The most groups a {@link PovertyGroupTally} holds: group numbers run from 0 to 2^20 - 1
 * (1,048,576 groups; Indonesia has about 84,000 desa and kelurahan). The tally keeps 14 numbers per
 * group up to the highest group added, so this also caps its memory at about 120 MB.
 *
 * @category Measures
 */
export const MAX_TALLY_GROUPS = 1_048_576;

/**
 * Options of {@link createPovertyGroupTally}.
 *
 * @category Measures
 */
export interface PovertyGroupTallyOptions {
  /** The line: a positive number, or what {@link povertyLineAt} returns (`{ value }`). */
  line: number | { readonly value: number };
}

/**
 * FGT sums of many groups, fed one household at a time as plain numbers (see
 * {@link createPovertyGroupTally}).
 *
 * @category Measures
 */
export interface PovertyGroupTally {
  /**
   * Adds one household to group `group` (a whole number, 0 to {@link MAX_TALLY_GROUPS} - 1).
   * `size` and `weight` are absent (1) when `undefined` or NaN, as a missing value in a typed array
   * column. Returns `false`, and adds nothing, when the household breaks the rules of a
   * {@link PovertyRecord} (expenditure a number in 0..Number.MAX_VALUE, size a whole number >= 1,
   * weight in 0..2^917): record the rejection yourself.
   *
   * @throws {@link ValidationError} (`not_integer`, path `group`) for a group that is not a whole
   * number >= 0; (`too_big`) for one of {@link MAX_TALLY_GROUPS} or more.
   */
  add(
    group: number,
    expenditurePerCapita: number,
    size?: number | undefined,
    weight?: number | undefined,
  ): boolean;
  /**
   * One more than the highest group number given to `add`, refused households included (0 before
   * the first call).
   */
  readonly groups: number;
  /**
   * Group `group`'s sums as an accumulator snapshot: what `createPovertyAccumulator({ line })`
   * gives after `addAll` of the group's households in the order they were added (`rejected` is
   * empty; `total` = `valid`). Merge it into an accumulator, or send it to another process as JSON.
   * A group never added gives the snapshot of no records.
   *
   * @throws {@link ValidationError} for a bad group number, as {@link PovertyGroupTally.add}.
   */
  snapshot(group: number): PovertyAccumulatorSnapshot;
  /**
   * Empties every group: afterwards the tally is what a new `createPovertyGroupTally` of the same
   * line gives (`groups` 0, every snapshot that of no records), but it keeps the memory it has grown
   * to. For one tally reused batch after batch (the command line uses one per thread, cleared for
   * each chunk of a file) instead of a new one growing its arrays again each time.
   */
  clear(): void;
  /**
   * Groups 0 to `groups` - 1 (by default all, {@link PovertyGroupTally.groups}) packed in two typed
   * arrays: group g's snapshot `sums` at `sums[8g]` to `sums[8g + 7]`, its `valid` at `valid[g]`.
   * For posting a tally's work between threads (a structured clone copies typed arrays whole, where
   * a snapshot object per group is copied field by field) and for {@link PovertyGroupTally.merge}.
   * Groups at or beyond `groups` are packed as groups of no records.
   *
   * @throws {@link ValidationError} for a `groups` that is not a whole number in 0 to
   * {@link MAX_TALLY_GROUPS}.
   */
  pack(groups?: number): PovertyGroupTallyPack;
  /**
   * Merges a {@link PovertyGroupTallyPack} of the same line: group i of the pack into group
   * `into[i]` of this tally (by default group i). Afterwards group g's snapshot is what an
   * accumulator gives that merged g's snapshot from before the call, then each pack group sent to g
   * in pack order (`accumulator.merge` of each one's snapshot, the same compensated sums); and
   * households added to g later are added after them, as `addAll` after those merges. The pack is
   * checked whole before anything is merged: a pack that is refused leaves the tally as it was.
   *
   * @throws {@link ConfigurationError} (`invalid_accumulator`, path `other`) for anything that is not
   * a pack (`kind`, typed or plain number arrays of 8 and 1 numbers per group, finite sums, whole
   * `valid` counts), for a pack group whose sums break the rules a snapshot's obey (the message names
   * the rule and the group), or for a population total that overflows; (`accumulator_mismatch`) for
   * a pack of another line; {@link ValidationError} for an `into` that is not a list of group
   * numbers, one per pack group (`invalid_type` or `too_small` / `too_big` at path `into`;
   * `not_integer` or `too_big` at `into[i]`).
   */
  merge(other: PovertyGroupTallyPack, into?: ArrayLike<number>): void;
}

/**
 * A {@link PovertyGroupTally}'s groups packed as numbers ({@link PovertyGroupTally.pack}). Plain data:
 * it posts between threads as is; as JSON, give `sums` and `valid` as number arrays (`Array.from`).
 *
 * @category Measures
 */
export interface PovertyGroupTallyPack {
  readonly kind: 'sejahtera/poverty-tally-pack';
  /** The tally's line (a pack merges into a tally of the same line only). */
  readonly line: number;
  /** Eight per group: each group's snapshot `sums`. */
  readonly sums: Float64Array | readonly number[];
  /** One per group: the households each group used (its snapshot's `valid` and `total`). */
  readonly valid: Float64Array | readonly number[];
}

const PACK_KIND = 'sejahtera/poverty-tally-pack';

// Read by `add` as constants of this module: see fgt-kernel.ts for why.
const MAX = Number.MAX_VALUE;
const BLOCK_RECORDS = BLOCK;

const TALLY_KEYS = optionKeys<PovertyGroupTallyOptions>()({ line: true });

/** Per group: the four plain sums of its current block and the block's size. */
const BLOCK_FIELDS = 5;
/** Per group: the four compensated totals, each followed by its compensation. */
const TOTAL_FIELDS = 8;

/**
 * A group number (or, for `pack`, a count of groups: `max` one higher), checked: a ValidationError
 * names `path` and the rule.
 */
function readGroup(
  group: unknown,
  path: readonly (string | number)[] = ['group'],
  max = MAX_TALLY_GROUPS - 1,
): number {
  if (typeof group !== 'number' || !Number.isSafeInteger(group) || group < 0) {
    invalid(
      [povertyIssue('not_integer', path, { received: describeType(group) })],
      'poverty accumulator',
    );
  }
  if (group > max) {
    invalid(
      [povertyIssue('too_big', path, { maximum: max, inclusive: true, origin: 'number' })],
      'poverty accumulator',
    );
  }
  return group;
}

/**
 * Creates a tally of FGT poverty sums for many groups at once, fed one household at a time as plain
 * numbers: no record object per household, for columnar data (the typed arrays of a Parquet or
 * Arrow reader) and streams of millions of rows (the `sejahtera` command line reads national files
 * through it). Each group's sums are exactly those of a {@link createPovertyAccumulator} given the
 * group's households in the order added (same 128-record blocks and compensated totals), so
 * `snapshot(g)` merges with any accumulator or snapshot of the same line.
 *
 * Number the groups yourself (a `Map` from your keys to 0, 1, 2, ...); the tally keeps its state in
 * typed arrays indexed by that number.
 *
 * @category Measures
 * @throws {@link ConfigurationError} (`invalid_line`) for a line that is not a positive finite number
 * (or `{ value }` holding one); (`invalid_option`) for an unknown option.
 * @throws {@link ValidationError} from `add` and `snapshot` for a bad group number.
 * @example
 * const tally = createPovertyGroupTally({ line: 600_000 });
 * tally.add(0, 300_000, 4);
 * tally.add(1, 900_000, 2);
 * tally.add(0, 450_000, 2, Number.NaN);
 * createPovertyAccumulator({ line: 600_000 }).merge(tally.snapshot(0)).result().p0
 * //=> 1
 */
export function createPovertyGroupTally(options: PovertyGroupTallyOptions): PovertyGroupTally {
  return guarded('poverty accumulator', () => {
    checkOptionKeys(options, TALLY_KEYS, 'createPovertyGroupTally');
    return new GroupTally(readLine((options as { line?: unknown }).line));
  });
}

/** The tally's state: typed arrays indexed by group number, grown as groups come. */
class GroupTally implements PovertyGroupTally {
  private capacity = 0;
  private count = 0;
  /** Per group, {@link BLOCK_FIELDS} numbers: the open block's four plain sums and its size. */
  private blocks = new Float64Array(0);
  /** Per group, {@link TOTAL_FIELDS} numbers: the compensated totals. */
  private totals = new Float64Array(0);
  /** Per group: households added. */
  private valid = new Float64Array(0);

  constructor(private readonly z: number) {}

  get groups(): number {
    return this.count;
  }

  add(group: number, expenditurePerCapita: number, size?: number, weight?: number): boolean {
    if (
      !(typeof group === 'number' && group >= 0 && group < this.capacity && (group | 0) === group)
    ) {
      this.grow(readGroup(group));
    }
    if (group >= this.count) this.count = group + 1;
    const y = expenditurePerCapita;
    const w = personsOf(size, weight, true);
    if (typeof y !== 'number' || !(y >= 0) || y > MAX || w < 0) return false;
    const { blocks, z } = this;
    const o = group * BLOCK_FIELDS;
    blocks[o] = (blocks[o] as number) + w;
    if (y < z) {
      const gap = (z - y) / z;
      const x1 = w * gap;
      blocks[o + 1] = (blocks[o + 1] as number) + w;
      blocks[o + 2] = (blocks[o + 2] as number) + x1;
      blocks[o + 3] = (blocks[o + 3] as number) + x1 * gap;
    }
    this.valid[group] = (this.valid[group] as number) + 1;
    const inBlock = (blocks[o + 4] as number) + 1;
    blocks[o + 4] = inBlock;
    if (inBlock === BLOCK_RECORDS) this.flush(group);
    return true;
  }

  snapshot(group: number): PovertyAccumulatorSnapshot {
    const g = readGroup(group);
    const sums = [0, 0, 0, 0, 0, 0, 0, 0];
    let used = 0;
    if (g < this.capacity) {
      // The open block added as the accumulator adds it at the end of `addAll`, on copies.
      this.addOpenBlock(g, sums, 0);
      used = this.valid[g] as number;
    }
    return {
      kind: 'sejahtera/poverty-accumulator',
      sums: sums as unknown as PovertyAccumulatorSnapshot['sums'],
      total: used,
      valid: used,
      rejected: [],
      line: this.z,
    };
  }

  clear(): void {
    // Only groups below `count` were ever written (`add` raises `count` before it writes).
    const n = this.count;
    this.blocks.fill(0, 0, n * BLOCK_FIELDS);
    this.totals.fill(0, 0, n * TOTAL_FIELDS);
    this.valid.fill(0, 0, n);
    this.count = 0;
  }

  pack(groups?: number): PovertyGroupTallyPack {
    return guarded('poverty accumulator', () => this.packed(groups));
  }

  private packed(groups: number | undefined): PovertyGroupTallyPack {
    const n = groups === undefined ? this.count : readGroup(groups, ['groups'], MAX_TALLY_GROUPS);
    const sums = new Float64Array(TOTAL_FIELDS * n);
    const valid = new Float64Array(n);
    const have = Math.min(n, this.capacity);
    for (let g = 0; g < have; g++) this.addOpenBlock(g, sums, TOTAL_FIELDS * g);
    valid.set(this.valid.subarray(0, have));
    return { kind: PACK_KIND, line: this.z, sums, valid };
  }

  merge(other: PovertyGroupTallyPack, into?: ArrayLike<number>): void {
    guarded('poverty accumulator', () => this.merged(other, into));
  }

  private merged(other: unknown, into: unknown): void {
    const { sums, valid, n } = readPack(other, this.z);
    const targets = into === undefined ? undefined : readTargets(into, n);
    let top = -1;
    for (let i = 0; i < n; i++)
      top = Math.max(top, targets === undefined ? i : (targets[i] as number));
    if (top >= 0) this.grow(top);
    // Kept to put back if a population total overflows part way (the pack is refused whole).
    const used = top + 1;
    const before = {
      blocks: this.blocks.slice(0, used * BLOCK_FIELDS),
      totals: this.totals.slice(0, used * TOTAL_FIELDS),
      valid: this.valid.slice(0, used),
      count: this.count,
    };
    try {
      for (let i = 0; i < n; i++) {
        const g = targets === undefined ? i : (targets[i] as number);
        this.mergeGroup(g, sums, i, valid[i] as number);
        if (g >= this.count) this.count = g + 1;
      }
    } catch (error) {
      this.blocks.set(before.blocks);
      this.totals.set(before.totals);
      this.valid.set(before.valid);
      this.count = before.count;
      throw error;
    }
  }

  /**
   * Group g's open block closed into its totals (as `snapshot` adds it), then pack group i's sums
   * added as `accumulator.merge` adds a snapshot's (TwoSum each, the compensation added to ours).
   */
  private mergeGroup(g: number, sums: Float64Array, i: number, valid: number): void {
    const q = TOTAL_FIELDS * i;
    const o = g * BLOCK_FIELDS;
    if ((this.blocks[o + 4] as number) !== 0) this.flush(g);
    const t = this.totals;
    const p = g * TOTAL_FIELDS;
    if (!((t[p] as number) + (sums[q] as number) <= MAX)) {
      throw configurationError('invalid_accumulator', { pack: true, reason: OVERFLOW, group: i }, [
        'other',
      ]);
    }
    for (let k = 0; k < TOTAL_FIELDS; k += 2) {
      const a = t[p + k] as number;
      const b = sums[q + k] as number;
      const sum = a + b;
      t[p + k + 1] =
        (t[p + k + 1] as number) + (twoSumError(a, b, sum) + (sums[q + k + 1] as number));
      t[p + k] = sum;
    }
    this.valid[g] = (this.valid[g] as number) + valid;
  }

  /** Room for group `group` (a checked group number), doubling. */
  private grow(group: number): void {
    if (group < this.capacity) return;
    const next = Math.min(MAX_TALLY_GROUPS, Math.max(group + 1, this.capacity * 2, 64));
    const widen = (a: Float64Array, per: number) => {
      const b = new Float64Array(next * per);
      b.set(a);
      return b;
    };
    this.blocks = widen(this.blocks, BLOCK_FIELDS);
    this.totals = widen(this.totals, TOTAL_FIELDS);
    this.valid = widen(this.valid, 1);
    this.capacity = next;
  }

  /**
   * Group g's totals with its open block added (TwoSum each), written to `out` from `at`: into the
   * totals themselves ({@link flush}) or into a copy ({@link snapshot}).
   */
  private addOpenBlock(g: number, out: Float64Array | number[], at: number): void {
    const { blocks, totals } = this;
    const o = g * BLOCK_FIELDS;
    const p = g * TOTAL_FIELDS;
    for (let k = 0; k < 4; k++) {
      const s = totals[p + 2 * k] as number;
      const x = blocks[o + k] as number;
      const t = s + x;
      const c = (totals[p + 2 * k + 1] as number) + twoSumError(s, x, t);
      out[at + 2 * k] = t;
      out[at + 2 * k + 1] = c;
    }
  }

  /** Adds group g's open block into its totals and empties the block. */
  private flush(g: number): void {
    this.addOpenBlock(g, this.totals, g * TOTAL_FIELDS);
    this.blocks.fill(0, g * BLOCK_FIELDS, (g + 1) * BLOCK_FIELDS);
  }
}

/** Whether `xs` is a Float64Array or an array, and its length. */
function numbersLength(xs: unknown): number {
  return xs instanceof Float64Array || Array.isArray(xs) ? xs.length : -1;
}

/**
 * A pack's fields, checked whole: its kind, its line (the tally's), 8 finite sums and one whole
 * `valid` count per group, and each group's sums within the rules a snapshot's obey. The numbers are
 * copied as they are checked, and merged from the copies: what was checked is what is merged, even if
 * the caller's arrays change meanwhile (a Proxy, or a typed array over shared memory).
 */
function readPack(
  raw: unknown,
  line: number,
): { sums: Float64Array; valid: Float64Array; n: number } {
  const bad = () => configurationError('invalid_accumulator', { pack: true }, ['other']);
  if (typeof raw !== 'object' || raw === null) throw bad();
  const pack = raw as Record<string, unknown>;
  const given = pack.sums;
  const counts = pack.valid;
  const n = numbersLength(counts);
  if (pack.kind !== PACK_KIND || n < 0 || n > MAX_TALLY_GROUPS) throw bad();
  if (numbersLength(given) !== TOTAL_FIELDS * n) throw bad();
  const sums = new Float64Array(TOTAL_FIELDS * n);
  const valid = new Float64Array(n);
  const s = given as ArrayLike<unknown>;
  const v = counts as ArrayLike<unknown>;
  for (let i = 0; i < sums.length; i++) {
    const x = s[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) throw bad();
    sums[i] = x;
  }
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) throw bad();
    valid[i] = x;
  }
  const packLine = pack.line;
  if (!(typeof packLine === 'number' && packLine === line)) {
    if (!(typeof packLine === 'number' && packLine > 0 && Number.isFinite(packLine))) {
      throw brokenLine({ pack: true });
    }
    throw configurationError('accumulator_mismatch', { option: 'line' }, ['other']);
  }
  for (let i = 0; i < n; i++) {
    const q = TOTAL_FIELDS * i;
    checkSums(
      sums[q] as number,
      sums[q + 1] as number,
      sums[q + 2] as number,
      sums[q + 3] as number,
      sums[q + 4] as number,
      sums[q + 5] as number,
      sums[q + 6] as number,
      sums[q + 7] as number,
      valid[i] as number,
      { pack: true, group: i },
    );
  }
  return { sums, valid, n };
}

/**
 * `into`: one group number per pack group (each checked as `add` checks a group, path `into`),
 * copied as they are checked (see {@link readPack}).
 */
function readTargets(into: unknown, n: number): Int32Array {
  if (
    typeof into !== 'object' ||
    into === null ||
    typeof (into as ArrayLike<unknown>).length !== 'number'
  ) {
    invalid(
      [povertyIssue('invalid_type', ['into'], { expected: 'array', received: describeType(into) })],
      'poverty accumulator',
    );
  }
  const xs = into as ArrayLike<unknown>;
  const length = xs.length;
  if (length !== n) {
    const bound = { inclusive: true, origin: 'array' };
    invalid(
      [
        length < n
          ? povertyIssue('too_small', ['into'], { ...bound, minimum: n })
          : povertyIssue('too_big', ['into'], { ...bound, maximum: n }),
      ],
      'poverty accumulator',
    );
  }
  const targets = new Int32Array(n);
  for (let i = 0; i < n; i++) targets[i] = readGroup(xs[i], ['into', i]);
  return targets;
}
