/**
 * The reading loop of `poverty`: the file in chunks (CSV: cut by bytes, parsed by `--workers N`
 * worker threads; other formats: batches of rows read in the main thread), each chunk's groups
 * merged in chunk order into the run's groups ({@link RunGroups}), rejections written as they come
 * (in row order). Memory holds the groups and at most `2 x workers` chunks, whatever the file's size.
 */
import { statSync } from 'node:fs';
import {
  createPovertyAccumulator,
  createPovertyGroupTally,
  type PovertyAccumulator,
  type PovertyGroupTally,
  type PovertyRecordText,
} from 'sejahtera';
import {
  type Common,
  columnNamer,
  type Counts,
  listColumns,
  resolveColumns,
  stop,
} from './common.js';
import { fail } from './errors.js';
import { CHUNK_BYTES, type CsvChunks, csvChunksFrom, openCsvChunks } from './chunks.js';
import { chunkCount } from './csv-ranges.js';
import { formatOfPath, openSource } from './input.js';
import { SharedChunkPool } from './chunk-pool.js';
import { adoptEarlyWorker, POVERTY_WORKER_SCRIPT } from './early-workers.js';
import { mapOrdered } from './pool.js';
import {
  type PackedGroups,
  type PovertyChunkConfig,
  type PovertyChunkResult,
  povertyChunk,
} from './poverty-chunk.js';
import { Progress } from './progress.js';
import { householdKind } from './record-kind.js';
import { Rejects } from './rejects.js';
import {
  type PovertyCsvResult,
  PovertyCsvRunner,
  type PovertyCsvSettings,
  type PovertyCsvTask,
} from './poverty-csv.js';

/** Rows per chunk of the formats read in the main thread. */
const BATCH_ROWS = 8192;

/** One group of the output. */
export interface PovertyGroupTotal {
  acc: PovertyAccumulator<PovertyRecordText>;
  bad: number;
}

/** What a run gathered. */
export interface PovertyRun {
  readonly groups: Map<string, PovertyGroupTotal>;
  readonly counts: Counts;
}

/**
 * The groups of a run: one library group tally for the whole run, numbered in order of first
 * appearance, into which each chunk's pack is merged in chunk order (`PovertyGroupTally.merge`: the
 * same sums as merging each chunk's snapshot into one accumulator per group, and so the same results
 * with any number of workers). One `merge` per chunk replaced an accumulator `merge` per group and
 * chunk (514 snapshot objects made, checked and merged per chunk of the national file).
 */
class RunGroups {
  private readonly tally: PovertyGroupTally;
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly bad: number[] = [];
  /** Each chunk group's number in the run (reused from chunk to chunk). */
  private into = new Int32Array(1024);

  constructor(private readonly line: number) {
    this.tally = createPovertyGroupTally({ line });
  }

  take(groups: PackedGroups): void {
    const n = groups.keys.length;
    if (this.into.length < n) this.into = new Int32Array(Math.max(n, 2 * this.into.length));
    const { ids, keys, bad, into } = this;
    for (let i = 0; i < n; i++) {
      const key = groups.keys[i] as string;
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        bad.push(0);
      }
      into[i] = id;
      bad[id] = (bad[id] as number) + (groups.bad[i] as number);
    }
    this.tally.merge(groups.pack, into.subarray(0, n));
  }

  /**
   * Each group's accumulator (its sums merged from the tally) and rows rejected, in order of first
   * appearance (chunk order, then row order in the chunk).
   */
  totals(): Map<string, PovertyGroupTotal> {
    const out = new Map<string, PovertyGroupTotal>();
    this.keys.forEach((key, id) => {
      const acc = createPovertyAccumulator<PovertyRecordText>({ line: this.line });
      out.set(key, { acc: acc.merge(this.tally.snapshot(id)), bad: this.bad[id] as number });
    });
    return out;
  }
}

/** Adds a chunk's result to the run's groups and counts; returns the rows read so far. */
type Take = (
  result: PovertyChunkResult,
  rowOf: (at: number) => number,
  rejects: Rejects,
) => Promise<number>;

/** Reads the input and gathers the groups; writes `--rejects` as it goes. */
export async function runPovertyChunks(
  path: string | undefined,
  common: Common,
  by: string,
  line: number,
  workers: number,
): Promise<PovertyRun> {
  const stdin = path === undefined || path === '-';
  const inputFormat = stdin ? (common.from ?? 'csv') : formatOfPath(path, common.from);
  const kind = householdKind();
  const counts: Counts = { rows: 0, passed: 0, rejected: 0 };
  const setUp = (source: { name: string; header: readonly string[] }) => {
    const byIndex = source.header.indexOf(by);
    if (byIndex < 0) {
      fail(
        `--by ${by}: ${source.name} has no column '${by}'; its columns are ${listColumns(source.header)}`,
      );
    }
    const at = resolveColumns(source, kind.fields, kind.required, common.maps, 'household');
    const namer = columnNamer(source.header, at);
    const config: PovertyChunkConfig = {
      line,
      by,
      lang: common.lang,
      byIndex,
      columns: [...at.entries()],
    };
    const rejects = new Rejects(common.rejects, (field) => (field === by ? by : namer(field)));
    return { config, rejects };
  };
  const run = new RunGroups(line);
  const take: Take = async (result, rowOf, rejects) => {
    counts.rows += result.rows;
    for (const r of result.rejects) {
      // Awaited only when the rejects file's buffer was handed on: not a tick per row.
      const handed = rejects.add(rowOf(r.at), r.issues);
      if (handed !== undefined) await handed;
    }
    counts.rejected += result.rejects.length;
    run.take(result.groups);
    return counts.rows;
  };
  const quietProgress = process.stderr.isTTY !== true || common.quiet;
  if (inputFormat === 'csv') {
    const csv = await openCsvChunks(path);
    const { config, rejects } = setUp(csv);
    await readCsv(path, csv, config, workers, !quietProgress, take, rejects);
    return { groups: run.totals(), counts };
  }
  const source = await openSource(path, common.from);
  const { config, rejects } = setUp(source);
  // A columnar file decodes only the group's column and the household fields.
  source.only?.([by, ...config.columns.map(([, i]) => source.header[i] as string)]);
  const progress = new Progress(!quietProgress, source.size, source.bytesRead);
  let rows: (readonly unknown[] | null)[] = [];
  let numbers: number[] = [];
  const flush = async () => {
    const n = numbers;
    await take(
      povertyChunk(config, rows, (i) => n[i] as number),
      (at) => at,
      rejects,
    );
    rows = [];
    numbers = [];
    progress.set(counts.rows);
  };
  for await (const r of source.rows) {
    if (stop.requested) break;
    rows.push(r.error === undefined ? r.cells : null);
    numbers.push(r.row);
    if (rows.length === BATCH_ROWS) await flush();
  }
  if (rows.length > 0) await flush();
  source.close();
  progress.done();
  await rejects.end();
  return { groups: run.totals(), counts };
}

/**
 * A CSV input in chunks on `workers` threads (`--workers 1`: this thread), the results taken in chunk
 * order. A file: each thread reads the chunks it is given by number; from the first chunk whose quoted
 * fields hold a line break on (and for standard input), this thread reads the chunks and posts them.
 */
async function readCsv(
  path: string | undefined,
  csv: CsvChunks,
  config: PovertyChunkConfig,
  workers: number,
  showProgress: boolean,
  take: Take,
  rejects: Rejects,
): Promise<void> {
  // Chunks read by number need a regular file (not standard input, a pipe or a device).
  const file =
    path === undefined || path === '-' || csv.size === undefined || !statSync(path).isFile()
      ? undefined
      : { path, size: csv.size, headerEnd: csv.headerEnd, chunkBytes: CHUNK_BYTES };
  const shape = { delimiter: csv.delimiter, newline: csv.newline, columns: csv.header.length };
  const settings: PovertyCsvSettings = { config, shape, file };
  const reader = new CsvChunkRun(settings, workers, take, rejects);
  const progress = new Progress(showProgress, csv.size, () => reader.bytesRead());
  reader.progress = progress;
  try {
    if (file === undefined) {
      reader.bytesRead = csv.bytesRead;
      await reader.consume(csv.chunks);
    } else {
      csv.close();
      const from = await reader.consume(numbered(chunkCount(file)));
      if (from !== undefined && !stop.requested) {
        const rest = csvChunksFrom(file.path, from);
        reader.bytesRead = rest.bytesRead;
        try {
          await reader.consume(rest.chunks);
        } finally {
          rest.close();
        }
      }
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    fail(`cannot read ${csv.name}: ${(error as Error).message}`);
  } finally {
    csv.close();
    await reader.close();
  }
  progress.done();
  await rejects.end();
}

/** The chunk numbers of a file. */
async function* numbered(count: number): AsyncGenerator<PovertyCsvTask> {
  for (let k = 0; k < count; k++) yield { chunk: k };
}

/** Chunks in flight at most per thread (their results are small: snapshots and rejections). */
const IN_FLIGHT_PER_THREAD = 8;

/** Chunks run on this thread and `workers - 1` worker threads, and taken in order. */
class CsvChunkRun {
  private readonly pool: SharedChunkPool<PovertyCsvTask, PovertyCsvResult> | undefined;
  private readonly local: PovertyCsvRunner;
  /** Spreadsheet row of the next chunk's first record: the header is row 1. */
  private base = 2;
  /** The end of the last chunk read by number. */
  private done = 0;
  progress: Progress | undefined;
  bytesRead: () => number = () => this.done;

  constructor(
    settings: PovertyCsvSettings,
    private readonly workers: number,
    private readonly take: Take,
    private readonly rejects: Rejects,
  ) {
    this.local = new PovertyCsvRunner(settings);
    this.pool =
      workers > 1
        ? new SharedChunkPool(
            workers,
            POVERTY_WORKER_SCRIPT,
            settings,
            (t) => this.local.run(t),
            adoptEarlyWorker,
          )
        : undefined;
  }

  private async run(task: PovertyCsvTask): Promise<PovertyCsvResult> {
    if (this.pool === undefined) {
      // Chunks read by number involve no awaited I/O: a turn of the event loop per chunk lets Ctrl-C
      // and the progress line through.
      await new Promise((resolve) => setImmediate(resolve));
      return this.local.run(task);
    }
    const transfer = task instanceof Uint8Array ? [task.buffer as ArrayBuffer] : [];
    return this.pool.run(task, transfer);
  }

  /**
   * Runs the tasks and takes their results in order; stops at a chunk whose quoted fields hold a line
   * break, and returns where it starts (or at Ctrl-C: the chunks still in flight are dropped).
   */
  async consume(tasks: AsyncIterable<PovertyCsvTask>): Promise<number | undefined> {
    const results = mapOrdered(
      tasks,
      (t) => this.run(t),
      this.workers * IN_FLIGHT_PER_THREAD,
      () => stop.requested,
    );
    for await (const result of results) {
      if (stop.requested) return undefined;
      if (result.unpairedAt !== undefined) return result.unpairedAt;
      if (result.end !== undefined) this.done = result.end;
      const first = this.base;
      const rows = await this.take(result, (at) => first + at, this.rejects);
      this.progress?.set(rows);
      this.base += result.records;
    }
    return undefined;
  }

  async close(): Promise<void> {
    this.local.close();
    await this.pool?.close();
  }
}
