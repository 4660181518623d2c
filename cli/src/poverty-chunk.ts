/**
 * One chunk of `poverty`: its rows read, checked and added to its groups' sums (the library's group
 * tally), returned as plain data (the tally's pack and the rejections) that a worker can post and the
 * main thread merges in chunk order. The same function runs in a worker and, for `--workers 1`, in the main thread.
 */
import type { Issue, PovertyGroupTally, PovertyGroupTallyPack } from 'sejahtera';
import { createPovertyAccumulator, createPovertyGroupTally } from 'sejahtera';
import { type Lang, OWN_MESSAGES } from './own-messages.js';
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

/** A rejected row of a chunk: where it is (see {@link povertyChunk}) and its issues. */
export interface ChunkReject {
  readonly at: number;
  readonly issues: readonly Issue[];
}

/**
 * The groups of a chunk in a few arrays (in order of first appearance), for posting between threads:
 * a worker's result is copied to the main thread (structured clone), where 514 snapshot objects cost
 * several milliseconds a chunk each way and typed arrays almost nothing. The main thread merges the
 * pack whole (`PovertyGroupTally.merge`, poverty-run.ts).
 */
export interface PackedGroups {
  readonly keys: readonly string[];
  /** The groups' sums, group g the chunk's g-th key (the library's group tally `pack`). */
  readonly pack: PovertyGroupTallyPack;
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

/** The thread's cell reader (it remembers the cells the library read, from chunk to chunk). */
let reader: HouseholdCells | undefined;

function cellsFor(lang: Lang): HouseholdCells {
  if (reader === undefined || reader.lang !== lang) reader = new HouseholdCells(lang);
  return reader;
}

/**
 * A cleared group tally kept for the thread's next chunk: a chunk takes it (or makes one) and gives it
 * back, cleared, at its end. A new tally per chunk grew its three typed arrays from nothing to room
 * for the file's 514 groups again each time (64, 128, ... 1,024 groups: 15 allocations of fresh,
 * zeroed memory per chunk).
 */
let spare: { readonly line: number; readonly tally: PovertyGroupTally } | undefined;

function takeTally(line: number): PovertyGroupTally {
  const kept = spare;
  spare = undefined;
  return kept !== undefined && kept.line === line ? kept.tally : createPovertyGroupTally({ line });
}

/** Cleared group numbering kept for the thread's next chunk, as the tally (group-ids.ts says why). */
let spareIds: GroupIds | undefined;

function takeIds(): GroupIds {
  const kept = spareIds ?? new GroupIds();
  spareIds = undefined;
  return kept;
}

/** A number read, with NaN for left out. */
const given = (x: number): number | undefined => (Number.isNaN(x) ? undefined : x);

/**
 * The rows of one chunk, in one pass: `row()` reads each row's group ({@link GroupIds}) and its
 * cells ({@link HouseholdCells}: accepted with their numbers, or rejected with the library's issues)
 * and adds an accepted row to its group in the library's group tally (`createPovertyGroupTally`: no
 * record object per row, each group's sums exactly an accumulator's over its rows in row order);
 * `finish()` packs each group's snapshot.
 */
export class PovertyChunkGather {
  private readonly ids = takeIds();
  /** Rows rejected per group. */
  private readonly bad: number[] = [];
  private readonly rejects: ChunkReject[] = [];
  private readonly cells: HouseholdCells;
  private readonly tally: PovertyGroupTally;
  private readonly byIndex: number;
  private readonly eAt: number;
  private readonly sAt: number;
  private readonly wAt: number;
  private read = 0;
  /** The issues of a row with no group, and of a row not read at all (one array each, read only). */
  private readonly missingGroup: readonly Issue[];
  private readonly notJson: readonly Issue[];

  constructor(private readonly config: PovertyChunkConfig) {
    const col = (field: string) => config.columns.find(([f]) => f === field)?.[1] ?? -1;
    this.byIndex = config.byIndex;
    this.eAt = col('expenditurePerCapita');
    this.sAt = col('size');
    this.wAt = col('weight');
    this.cells = cellsFor(config.lang);
    this.tally = takeTally(config.line);
    this.missingGroup = this.own('missing_group', [config.by]);
    this.notJson = this.own('not_json', []);
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
      this.rejects.push({ at, issues: this.notJson });
      return;
    }
    const id = this.ids.idOf(cells[this.byIndex]);
    if (id < 0) {
      this.rejects.push({ at, issues: this.missingGroup });
      return;
    }
    if (id === this.bad.length) this.bad.push(0);
    const { eAt, sAt, wAt, cells: reader } = this;
    const issues = reader.read(
      eAt < 0 ? undefined : cells[eAt],
      sAt < 0 ? undefined : cells[sAt],
      wAt < 0 ? undefined : cells[wAt],
    );
    if (issues === undefined && this.tally.add(id, reader.y, reader.s, reader.w)) return;
    (this.bad[id] as number)++;
    this.rejects.push({ at, issues: issues ?? this.refused(reader) });
  }

  /**
   * The issues of values the text schema accepted and the tally refused (it applies the record's
   * rules: none of the schema's values breaks them today), as the library's accumulator gives them.
   */
  private refused(read: HouseholdCells): readonly Issue[] {
    const record = { expenditurePerCapita: read.y, size: given(read.s), weight: given(read.w) };
    const snap = createPovertyAccumulator({ line: this.config.line }).add(record).snapshot();
    return snap.rejected[0]?.issues ?? [];
  }

  /** The chunk's result: one part per group in order of first appearance, rejections in row order. */
  finish(): PovertyChunkResult {
    // Every group of the chunk, those with rejected rows only included (the tally packs them empty).
    const pack = this.tally.pack(this.bad.length);
    this.tally.clear();
    spare = { line: this.config.line, tally: this.tally };
    const groups = { keys: this.ids.keys, pack, bad: Float64Array.from(this.bad) };
    this.ids.clear();
    spareIds = this.ids;
    return { rows: this.read, groups, rejects: this.rejects };
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
