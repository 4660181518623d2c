/**
 * `validate --workers N` over a CSV: the file cut into chunks of whole records (chunks.ts), each
 * checked by a worker (validate-chunk.ts), the results written in chunk order (the same output and
 * rejections as one thread). Record types with an identifier that must not repeat (member, group)
 * need every earlier row, so they are read by one thread (validate.ts).
 */
import { type Common, columnNamer, type Counts, resolveColumns, stop } from './common.js';
import { openCsvChunks, parseChunk } from './chunks.js';
import { fail } from './errors.js';
import type { OutputFormat } from './output.js';
import { RowWriter } from './output.js';
import { mapOrdered, WorkerPool } from './pool.js';
import { Progress } from './progress.js';
import type { RecordKind, RecordType } from './records.js';
import { Rejects } from './rejects.js';
import { type ValidateChunkResult, validateChunk } from './validate-chunk.js';
import type { ValidateWorkerSettings } from './worker.js';

/** Reads and checks the file with `workers` threads; returns the counts. */
export async function runValidateChunks(
  path: string | undefined,
  common: Common,
  as: RecordType,
  instrument: unknown,
  kind: RecordKind,
  format: OutputFormat,
  workers: number,
): Promise<Counts> {
  const csv = await openCsvChunks(path);
  const at = resolveColumns(csv, kind.fields, kind.required, common.maps, as);
  const settings: ValidateWorkerSettings = {
    config: {
      as,
      lang: common.lang,
      columns: [...at.entries()],
      ...(instrument === undefined ? {} : { instrument }),
    },
    delimiter: csv.delimiter,
    newline: csv.newline,
    columns: csv.header.length,
  };
  const writer = new RowWriter(format, kind.columns, common.out);
  const rejects = new Rejects(common.rejects, columnNamer(csv.header, at));
  const progress = new Progress(
    process.stderr.isTTY === true && !common.quiet,
    csv.size,
    csv.bytesRead,
  );
  const counts: Counts = { rows: 0, passed: 0, rejected: 0 };
  type Out = ValidateChunkResult & { records: number };
  const pool = workers > 1 ? new WorkerPool(workers, { task: 'validate', settings }) : undefined;
  const inProcess = async (bytes: Uint8Array): Promise<Out> => {
    const rows = parseChunk(bytes, settings.delimiter, settings.newline, settings.columns);
    return { records: rows.length, ...validateChunk(settings.config, rows) };
  };
  const fn =
    pool === undefined
      ? inProcess
      : (bytes: Uint8Array) => pool.run<Out>(bytes, [bytes.buffer as ArrayBuffer]);
  let base = 2;
  try {
    for await (const result of mapOrdered(csv.chunks, fn, workers * 2, () => stop.requested)) {
      // Ctrl-C: the chunks still in flight are dropped; the summary counts the rows written.
      if (stop.requested) break;
      // Awaited only when a buffer was handed on: not a tick per row.
      for (const row of result.passed) {
        const handed = writer.write(row);
        if (handed !== undefined) await handed;
      }
      for (const r of result.rejects) {
        const handed = rejects.add(base + r.at, r.issues);
        if (handed !== undefined) await handed;
      }
      counts.rows += result.rows;
      counts.passed += result.passed.length;
      counts.rejected += result.rejects.length;
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
  await writer.end();
  await rejects.end();
  progress.done();
  return counts;
}
