/**
 * One chunk of `poverty`: its rows read, checked and added to one accumulator per group, returned as
 * plain data (snapshots and rejections) that a worker can post and the main thread merges in chunk
 * order. The same function runs in a worker and, for `--workers 1`, in the main thread.
 */
import type { Issue, PovertyAccumulatorSnapshot } from 'sejahtera/bundle';
import { createPovertyAccumulator } from 'sejahtera/bundle';
import { type Lang, OWN_MESSAGES } from './common.js';
import { GroupIds } from './group-ids.js';
import { HouseholdCells } from './poverty-cells.js';

/** What every chunk of a run shares (plain data: it is posted to the workers). */
export interface PovertyChunkConfig {
  readonly line: number;
  /** The name of the group column (the path of `missing_group`). */
  readonly by: string;
  readonly lang: Lang;
  /** The column of the group key. */
  readonly byIndex: number;
  /** The column of each household field read: `[field, column index]`. */
  readonly columns: readonly (readonly [string, number])[];
}

/** One group of a chunk: its accumulator's snapshot without rejections, and its rejected rows. */
export interface PovertyGroupPart {
  readonly key: string;
  /** The snapshot with its rejections taken out (`total` = `valid`): they are reported by row. */
  readonly snapshot: PovertyAccumulatorSnapshot;
  /** Rows of the group rejected (by the text schema or the accumulator). */
  readonly bad: number;
}

/** A rejected row of a chunk: where it is (see {@link povertyChunk}) and its issues. */
export interface ChunkReject {
  readonly at: number;
  readonly issues: readonly Issue[];
}

/**
 * The groups of a chunk in a few arrays (in order of first appearance), for posting between threads:
 * a worker's result is copied to the main thread (structured clone), where 514 snapshot objects cost
 * several milliseconds a chunk each way and typed arrays almost nothing. {@link groupParts} gives the
 * snapshots back.
 */
export interface PackedGroups {
  readonly keys: readonly string[];
  /** Eight per group: its snapshot's `sums`. */
  readonly sums: Float64Array;
  /** Per group: the records its accumulator used (the snapshot's `valid` and `total`). */
  readonly valid: Float64Array;
  /** Per group: its rows rejected. */
  readonly bad: Float64Array;
}

/** The result of one chunk. */
export interface PovertyChunkResult {
  /** Rows read (blank lines not counted). */
  readonly rows: number;
  readonly groups: PackedGroups;
  /** In row order. */
  readonly rejects: readonly ChunkReject[];
}

/** Packs the groups of a chunk (see {@link PackedGroups}). */
function pack(parts: readonly PovertyGroupPart[]): PackedGroups {
  const n = parts.length;
  const sums = new Float64Array(8 * n);
  const valid = new Float64Array(n);
  const bad = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    const part = parts[g] as PovertyGroupPart;
    sums.set(part.snapshot.sums, 8 * g);
    valid[g] = part.snapshot.valid;
    bad[g] = part.bad;
  }
  return { keys: parts.map((p) => p.key), sums, valid, bad };
}

/** The groups of a chunk as the snapshots their accumulators gave (`line`: the run's line). */
export function groupParts(groups: PackedGroups, line: number): PovertyGroupPart[] {
  return groups.keys.map((key, g) => {
    const valid = groups.valid[g] as number;
    const sums = Array.from(groups.sums.subarray(8 * g, 8 * g + 8));
    const snapshot = {
      kind: 'sejahtera/poverty-accumulator',
      sums: sums as unknown as PovertyAccumulatorSnapshot['sums'],
      total: valid,
      valid,
      rejected: [],
      line,
    } as const;
    return { key, snapshot, bad: groups.bad[g] as number };
  });
}

/** A number read, with NaN for left out. */
const given = (x: number): number | undefined => (Number.isNaN(x) ? undefined : x);

/** The thread's cell reader (it remembers the cells the library read, from chunk to chunk). */
let reader: HouseholdCells | undefined;

function cellsFor(lang: Lang): HouseholdCells {
  if (reader === undefined || reader.lang !== lang) reader = new HouseholdCells(lang);
  return reader;
}

/** A record the accumulator reads; a few are reused for every row (no object per row). */
interface Household {
  expenditurePerCapita: number;
  size: number | undefined;
  weight: number | undefined;
}

/** Records per `addAll` call of the block path: the accumulator's block of plain sums. */
const BLOCK = 128;

/**
 * Row scratch, grown as needed and reused from chunk to chunk (a thread reads one chunk at a time):
 * per row read its group (-1: rejected), its number and values; per accepted row in group order
 * (`order`) the values again, for the accumulators.
 */
const scratch = {
  size: 0,
  group: new Int32Array(0),
  at: new Float64Array(0),
  y: new Float64Array(0),
  s: new Float64Array(0),
  w: new Float64Array(0),
  order: new Int32Array(0),
};

function ensureScratch(n: number): void {
  const size = Math.max(n, scratch.size * 2, 4096);
  const grow = <T extends Int32Array | Float64Array>(a: T, make: (k: number) => T) => {
    const b = make(size);
    b.set(a as never);
    return b;
  };
  scratch.group = grow(scratch.group, (k) => new Int32Array(k));
  scratch.at = grow(scratch.at, (k) => new Float64Array(k));
  scratch.y = grow(scratch.y, (k) => new Float64Array(k));
  scratch.s = grow(scratch.s, (k) => new Float64Array(k));
  scratch.w = grow(scratch.w, (k) => new Float64Array(k));
  scratch.order = new Int32Array(size);
  scratch.size = size;
}

/**
 * Records handed to the accumulators, reused for every group. Their size and weight are always
 * numbers (1 for an absent cell, which the accumulator reads as the same factor 1), so that V8 keeps
 * them as plain doubles in the object instead of a fresh heap number per row.
 */
const records: Household[] = [];

function recordsFor(n: number): Household[] {
  while (records.length < n) records.push({ expenditurePerCapita: 0, size: 1, weight: 1 });
  return records;
}

/**
 * The rows of one chunk, gathered in two passes: `row()` reads each row's group ({@link GroupIds})
 * and its cells ({@link HouseholdCells}: accepted with their numbers, or rejected with the library's
 * issues) into typed arrays (no object per row); `finish()` adds each group's valid rows, in row
 * order, to the group's accumulator in one `addAll` (its blocks of plain sums are the ones of 128
 * records at a time).
 */
export class PovertyChunkGather {
  private readonly ids = new GroupIds();
  /** Rows rejected per group. */
  private readonly bad: number[] = [];
  private readonly rejects: ChunkReject[] = [];
  private readonly cells: HouseholdCells;
  private readonly byIndex: number;
  private readonly eAt: number;
  private readonly sAt: number;
  private readonly wAt: number;
  private n = 0;
  private read = 0;

  constructor(private readonly config: PovertyChunkConfig) {
    const col = (field: string) => config.columns.find(([f]) => f === field)?.[1] ?? -1;
    this.byIndex = config.byIndex;
    this.eAt = col('expenditurePerCapita');
    this.sAt = col('size');
    this.wAt = col('weight');
    this.cells = cellsFor(config.lang);
  }

  private own(code: keyof typeof OWN_MESSAGES, path: string[]): Issue[] {
    return [{ code, path, params: {}, message: OWN_MESSAGES[code][this.config.lang] }];
  }

  /**
   * Reads one row: its cells (`undefined` for a blank line, `null` for a row that could not be read
   * at all, such as a JSON Lines line that is not an object) and the number its rejection carries.
   */
  row(cells: readonly unknown[] | undefined | null, at: number): void {
    if (cells === undefined) return;
    this.read++;
    if (cells === null) {
      this.rejects.push({ at, issues: this.own('not_json', []) });
      return;
    }
    const id = this.ids.idOf(cells[this.byIndex]);
    if (id < 0) {
      this.rejects.push({ at, issues: this.own('missing_group', [this.config.by]) });
      return;
    }
    if (id === this.bad.length) this.bad.push(0);
    const i = this.n++;
    if (i >= scratch.size) ensureScratch(i + 1);
    const { eAt, sAt, wAt, cells: reader } = this;
    const issues = reader.read(
      eAt < 0 ? undefined : cells[eAt],
      sAt < 0 ? undefined : cells[sAt],
      wAt < 0 ? undefined : cells[wAt],
    );
    scratch.at[i] = at;
    if (issues !== undefined) {
      scratch.group[i] = -1;
      (this.bad[id] as number)++;
      this.rejects.push({ at, issues });
      return;
    }
    scratch.group[i] = id;
    scratch.y[i] = reader.y;
    scratch.s[i] = reader.s;
    scratch.w[i] = reader.w;
  }

  /**
   * The accepted rows in group order (row order within a group): `order[first[g] .. first[g + 1])`
   * are group g's rows. A counting sort: one pass to count, one to place.
   */
  private sortByGroup(): Int32Array {
    const groups = this.bad.length;
    const first = new Int32Array(groups + 1);
    const { group, order } = scratch;
    const n = this.n;
    for (let i = 0; i < n; i++) {
      const g = group[i] as number;
      if (g >= 0) (first[g + 1] as number)++;
    }
    for (let g = 0; g < groups; g++) first[g + 1] = (first[g + 1] as number) + (first[g] as number);
    const next = first.slice(0, groups);
    for (let i = 0; i < n; i++) {
      const g = group[i] as number;
      if (g >= 0) order[(next[g] as number)++] = i;
    }
    return first;
  }

  /** One group's valid rows (`order[from .. to)`) through a new accumulator: its part of the result. */
  private accumulate(id: number, from: number, to: number): PovertyGroupPart {
    const key = this.ids.keys[id] as string;
    const bad = this.bad[id] as number;
    const acc = createPovertyAccumulator<Household>({ line: this.config.line });
    const { order, y, s, w } = scratch;
    const k = to - from;
    const pool = recordsFor(k);
    for (let j = 0; j < k; j++) {
      const i = order[from + j] as number;
      const h = pool[j] as Household;
      h.expenditurePerCapita = y[i] as number;
      const size = s[i] as number;
      const weight = w[i] as number;
      h.size = Number.isNaN(size) ? 1 : size;
      h.weight = Number.isNaN(weight) ? 1 : weight;
    }
    if (k > 0) acc.addAll(k === pool.length ? pool : pool.slice(0, k));
    const snap = acc.snapshot();
    // A row the accumulator rejects splits a block of one `addAll`: read the group again in the
    // blocks of 128 that the sums are defined by.
    if (snap.rejected.length > 0) return this.accumulateInBlocks(id, from, to);
    return { key, snapshot: { ...snap, total: snap.valid, rejected: [] }, bad };
  }

  /** {@link accumulate} with `addAll` called for 128 rows at a time, and absent cells left out. */
  private accumulateInBlocks(id: number, from: number, to: number): PovertyGroupPart {
    const acc = createPovertyAccumulator<Household>({ line: this.config.line });
    const { order, y, s, w } = scratch;
    const block: Household[] = [];
    for (let j = from; j < to; j++) {
      const i = order[j] as number;
      block.push({
        expenditurePerCapita: y[i] as number,
        size: given(s[i] as number),
        weight: given(w[i] as number),
      });
      if (block.length === BLOCK || j === to - 1) acc.addAll(block.splice(0));
    }
    const snap = acc.snapshot();
    for (const r of snap.rejected) {
      this.rejects.push({
        at: scratch.at[order[from + r.index] as number] as number,
        issues: r.issues,
      });
    }
    return {
      key: this.ids.keys[id] as string,
      snapshot: { ...snap, total: snap.valid, rejected: [] },
      bad: (this.bad[id] as number) + snap.rejected.length,
    };
  }

  /** The chunk's result: one part per group in order of first appearance, rejections in row order. */
  finish(): PovertyChunkResult {
    const first = this.sortByGroup();
    const parts: PovertyGroupPart[] = [];
    for (let g = 0; g < this.bad.length; g++) {
      parts.push(this.accumulate(g, first[g] as number, first[g + 1] as number));
    }
    this.rejects.sort((a, b) => a.at - b.at);
    return { rows: this.read, groups: pack(parts), rejects: this.rejects };
  }
}

/**
 * Reads the rows of a chunk. `rows[i]` is a row's cells (`undefined` for a blank line, `null` for a
 * row that could not be read at all, such as a JSON Lines line that is not an object); `atOf(i)` is
 * the number a rejection carries for it (the position in the chunk, or the row number itself).
 */
export function povertyChunk(
  config: PovertyChunkConfig,
  rows: readonly (readonly unknown[] | undefined | null)[],
  atOf: (i: number) => number = (i) => i,
): PovertyChunkResult {
  const gather = new PovertyChunkGather(config);
  for (let i = 0; i < rows.length; i++) gather.row(rows[i], atOf(i));
  return gather.finish();
}
