/**
 * The reading loop of `poverty`: the file in chunks (CSV: cut by bytes, parsed by `--workers N`
 * worker threads; other formats: batches of rows read in the main thread), each chunk's accumulators
 * merged in chunk order into one accumulator per group, rejections written as they come (in row
 * order). Memory holds the groups and at most `2 x workers` chunks, whatever the file's size.
 */
import {
  createPovertyAccumulator,
  type PovertyAccumulator,
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
import { openCsvChunks, parseChunk } from './chunks.js';
import { formatOfPath, openSource } from './input.js';
import { mapOrdered, WorkerPool } from './pool.js';
import { type PovertyChunkConfig, type PovertyChunkResult, povertyChunk } from './poverty-chunk.js';
import { Progress } from './progress.js';
import { recordKind } from './records.js';
import { Rejects } from './rejects.js';
import type { PovertyWorkerSettings } from './worker.js';

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
  const kind = recordKind('household');
  const groups = new Map<string, PovertyGroupTotal>();
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
  const take = async (
    result: PovertyChunkResult,
    rowOf: (at: number) => number,
    rejects: Rejects,
  ) => {
    counts.rows += result.rows;
    for (const r of result.rejects) await rejects.add(rowOf(r.at), r.issues);
    counts.rejected += result.rejects.length;
    for (const part of result.groups) {
      let group = groups.get(part.key);
      if (group === undefined) {
        group = { acc: createPovertyAccumulator<PovertyRecordText>({ line }), bad: 0 };
        groups.set(part.key, group);
      }
      group.acc.merge(part.snapshot);
      group.bad += part.bad;
    }
  };
  const quietProgress = process.stderr.isTTY !== true || common.quiet;
  if (inputFormat === 'csv') {
    const csv = await openCsvChunks(path);
    const { config, rejects } = setUp(csv);
    const progress = new Progress(!quietProgress, csv.size, csv.bytesRead);
    const settings: PovertyWorkerSettings = {
      config,
      delimiter: csv.delimiter,
      newline: csv.newline,
      columns: csv.header.length,
    };
    type Out = PovertyChunkResult & { records: number };
    const pool = workers > 1 ? new WorkerPool(workers, { task: 'poverty', settings }) : undefined;
    const inProcess = async (bytes: Uint8Array): Promise<Out> => {
      const rows = parseChunk(bytes, settings.delimiter, settings.newline, settings.columns);
      return { records: rows.length, ...povertyChunk(config, rows) };
    };
    const fn =
      pool === undefined
        ? inProcess
        : (bytes: Uint8Array) => pool.run<Out>(bytes, [bytes.buffer as ArrayBuffer]);
    // Spreadsheet row of a chunk's first record: the header is row 1.
    let base = 2;
    try {
      for await (const result of mapOrdered(csv.chunks, fn, workers * 2, () => stop.requested)) {
        // Ctrl-C: the chunks still in flight are dropped; the summary counts the rows written.
        if (stop.requested) break;
        const first = base;
        await take(result, (at) => first + at, rejects);
        base += result.records;
        progress.set(counts.rows);
      }
    } catch (error) {
      if (error instanceof Error && error.name === 'CliError') throw error;
      fail(`cannot read ${csv.name}: ${(error as Error).message}`);
    } finally {
      csv.close();
      await pool?.close();
    }
    progress.done();
    await rejects.end();
    return { groups, counts };
  }
  const source = await openSource(path, common.from);
  const { config, rejects } = setUp(source);
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
  return { groups, counts };
}
