/**
 * One chunk of `poverty`: its rows read, checked and added to one accumulator per group, returned as
 * plain data (snapshots and rejections) that a worker can post and the main thread merges in chunk
 * order. The same function runs in a worker and, for `--workers 1`, in the main thread.
 */
import type { BatchRejected, Issue, PovertyAccumulatorSnapshot } from 'sejahtera';
import { createPovertyAccumulator } from 'sejahtera/poverty';
import { type Lang, OWN_MESSAGES } from './common.js';
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

/** The result of one chunk. */
export interface PovertyChunkResult {
  /** Rows read (blank lines not counted). */
  readonly rows: number;
  readonly groups: readonly PovertyGroupPart[];
  /** In row order. */
  readonly rejects: readonly ChunkReject[];
}

/** A number read, with NaN for left out. */
const given = (x: number): number | undefined => (Number.isNaN(x) ? undefined : x);

/** The thread's cell reader (it remembers the cells the library read, from chunk to chunk). */
let reader: HouseholdCells | undefined;

function cellsFor(lang: Lang): HouseholdCells {
  if (reader === undefined || reader.lang !== lang) reader = new HouseholdCells(lang);
  return reader;
}

/** A group of a chunk: its rows as a list through `next` (first and last row), rows it rejected. */
interface GroupRows {
  readonly key: string;
  head: number;
  tail: number;
  bad: number;
}

/** A record the accumulator reads; a few are reused for every row (no object per row). */
interface Household {
  expenditurePerCapita: number;
  size: number | undefined;
  weight: number | undefined;
}

/** Records per `addAll` call: the accumulator's block of plain sums (so the sums are those of one call). */
const BLOCK = 128;

/** Row scratch, grown as needed and reused from chunk to chunk (a thread reads one chunk at a time). */
const scratch = {
  size: 0,
  group: new Int32Array(0),
  next: new Int32Array(0),
  ok: new Uint8Array(0),
  at: new Float64Array(0),
  y: new Float64Array(0),
  s: new Float64Array(0),
  w: new Float64Array(0),
};

function ensureScratch(n: number): void {
  if (n <= scratch.size) return;
  const size = Math.max(n, scratch.size * 2, 4096);
  const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (k: number) => T) => {
    const b = make(size);
    b.set(a as never);
    return b;
  };
  scratch.group = grow(scratch.group, (k) => new Int32Array(k));
  scratch.next = grow(scratch.next, (k) => new Int32Array(k));
  scratch.ok = grow(scratch.ok, (k) => new Uint8Array(k));
  scratch.at = grow(scratch.at, (k) => new Float64Array(k));
  scratch.y = grow(scratch.y, (k) => new Float64Array(k));
  scratch.s = grow(scratch.s, (k) => new Float64Array(k));
  scratch.w = grow(scratch.w, (k) => new Float64Array(k));
  scratch.size = size;
}

const pool: Household[] = Array.from({ length: BLOCK }, () => ({
  expenditurePerCapita: 0,
  size: undefined,
  weight: undefined,
}));

/**
 * The rows of one chunk, gathered in two passes: `row()` reads each row's group and its cells
 * ({@link HouseholdCells}: accepted with their numbers, or rejected with the library's issues) into
 * typed arrays (no object per row); `finish()` adds each group's valid rows, in row order, to the
 * group's accumulator through a few reused records, `BLOCK` at a time.
 */
export class PovertyChunkGather {
  private readonly groups: GroupRows[] = [];
  private readonly ids = new Map<string, number>();
  private readonly rejects: ChunkReject[] = [];
  private readonly cells: HouseholdCells;
  private readonly eAt: number;
  private readonly sAt: number;
  private readonly wAt: number;
  private n = 0;
  private read = 0;

  constructor(private readonly config: PovertyChunkConfig) {
    const col = (field: string) => config.columns.find(([f]) => f === field)?.[1] ?? -1;
    this.eAt = col('expenditurePerCapita');
    this.sAt = col('size');
    this.wAt = col('weight');
    this.cells = cellsFor(config.lang);
  }

  private own(code: keyof typeof OWN_MESSAGES, path: string[]): Issue[] {
    return [{ code, path, params: {}, message: OWN_MESSAGES[code][this.config.lang] }];
  }

  private groupOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.groups.length;
      this.groups.push({ key, head: -1, tail: -1, bad: 0 });
      this.ids.set(key, id);
    }
    return id;
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
    const raw = cells[this.config.byIndex];
    const key = typeof raw === 'string' ? raw.trim() : '';
    if (key === '') {
      this.rejects.push({ at, issues: this.own('missing_group', [this.config.by]) });
      return;
    }
    const id = this.groupOf(key);
    const i = this.n++;
    ensureScratch(this.n);
    const group = this.groups[id] as GroupRows;
    if (group.tail < 0) group.head = i;
    else scratch.next[group.tail] = i;
    group.tail = i;
    scratch.next[i] = -1;
    scratch.group[i] = id;
    scratch.at[i] = at;
    scratch.ok[i] = 1;
    const { eAt, sAt, wAt, cells: reader } = this;
    const issues = reader.read(
      eAt < 0 ? undefined : cells[eAt],
      sAt < 0 ? undefined : cells[sAt],
      wAt < 0 ? undefined : cells[wAt],
    );
    if (issues !== undefined) {
      scratch.ok[i] = 0;
      group.bad++;
      this.rejects.push({ at, issues });
      return;
    }
    scratch.y[i] = reader.y;
    scratch.s[i] = reader.s;
    scratch.w[i] = reader.w;
  }

  /** One group's valid rows through a new accumulator: its part of the chunk's result. */
  private accumulate(group: GroupRows): PovertyGroupPart {
    const acc = createPovertyAccumulator<Household>({ line: this.config.line });
    const { next, ok, y, s, w } = scratch;
    let k = 0;
    for (let i = group.head; i >= 0; i = next[i] as number) {
      if (ok[i] === 0) continue;
      const h = pool[k++] as Household;
      h.expenditurePerCapita = y[i] as number;
      h.size = given(s[i] as number);
      h.weight = given(w[i] as number);
      if (k === BLOCK) {
        acc.addAll(pool);
        k = 0;
      }
    }
    acc.addAll(k === 0 ? [] : pool.slice(0, k));
    const snap = acc.snapshot();
    if (snap.rejected.length > 0) this.rejectedByAccumulator(group, snap.rejected);
    return {
      key: group.key,
      snapshot: { ...snap, total: snap.valid, rejected: [] },
      bad: group.bad + snap.rejected.length,
    };
  }

  /** Records the accumulator rejected (the n-th valid row of the group), by row. */
  private rejectedByAccumulator(group: GroupRows, rejected: readonly BatchRejected[]): void {
    const rowOf: number[] = [];
    for (let i = group.head; i >= 0; i = scratch.next[i] as number) {
      if (scratch.ok[i] === 1) rowOf.push(scratch.at[i] as number);
    }
    for (const r of rejected) this.rejects.push({ at: rowOf[r.index] as number, issues: r.issues });
  }

  /** The chunk's result: one part per group in order of first appearance, rejections in row order. */
  finish(): PovertyChunkResult {
    const parts = this.groups.map((g) => this.accumulate(g));
    this.rejects.sort((a, b) => a.at - b.at);
    return { rows: this.read, groups: parts, rejects: this.rejects };
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
