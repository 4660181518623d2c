/**
 * One chunk of a CSV file for `poverty`, in a worker or (for `--workers 1`) in the main thread: the
 * bytes posted by the main thread, or chunk `k` read by the thread itself from the file
 * (csv-ranges.ts), parsed (csv-rows.ts) and gathered by group (poverty-chunk.ts).
 */
import { type CsvFileRanges, CsvRangeReader } from './csv-ranges.js';
import { type CsvRow, type CsvShape, eachChunkRow, eachCsvRow } from './csv-rows.js';
import {
  type PackedGroups,
  type PovertyChunkConfig,
  PovertyChunkGather,
  type PovertyChunkResult,
} from './poverty-chunk.js';

/** What every chunk of a CSV run shares (plain data: it is posted to the workers). */
export interface PovertyCsvSettings {
  readonly config: PovertyChunkConfig;
  readonly shape: CsvShape;
  /** The file, when the threads read their chunks themselves (not standard input). */
  readonly file?: CsvFileRanges | undefined;
}

/** A chunk to run: its bytes, or its number in the file. */
export type PovertyCsvTask = Uint8Array | { readonly chunk: number };

/** The result of a chunk. */
export interface PovertyCsvResult extends PovertyChunkResult {
  /** Records of the chunk, blank lines included (rows numbers of the next chunk start after them). */
  readonly records: number;
  /** For a chunk read by number: where it ends in the file. */
  readonly end?: number;
  /**
   * For a chunk read by number: where it starts, when a quoted field in it holds a line break (or its
   * quotes do not pair up). It is not read: the run reads on from there from the start of a record.
   */
  readonly unpairedAt?: number;
}

/** UTF-8 text of bytes, as `Buffer#toString` reads them (a byte order mark is kept, not dropped). */
function utf8(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
}

/** No groups (of a chunk not read). */
function noGroups(line: number): PackedGroups {
  return {
    keys: [],
    pack: { kind: 'sejahtera/poverty-tally-pack', line, sums: [], valid: [] },
    bad: new Float64Array(0),
  };
}

/** Runs chunks; one per thread. */
export class PovertyCsvRunner {
  private reader: CsvRangeReader | undefined;

  constructor(private readonly settings: PovertyCsvSettings) {}

  run(task: PovertyCsvTask): PovertyCsvResult {
    const { shape } = this.settings;
    if (task instanceof Uint8Array) {
      return (
        this.gather((onRow) => eachChunkRow(task, shape, onRow)) ??
        // A posted chunk is cut following the quotes: one whose quoted field holds a line break is
        // read again, whole.
        (this.gather((onRow) => eachCsvRow(utf8(task), shape, onRow)) as PovertyCsvResult)
      );
    }
    const file = this.settings.file;
    if (file === undefined) throw new Error('no file to read chunks from');
    this.reader ??= new CsvRangeReader(file);
    const { start, end, bytes } = this.reader.read(task.chunk);
    const result = this.gather((onRow) => eachChunkRow(bytes, shape, onRow));
    return result === undefined
      ? {
          records: 0,
          rows: 0,
          groups: noGroups(this.settings.config.line),
          rejects: [],
          end,
          unpairedAt: start,
        }
      : { ...result, end };
  }

  /**
   * The rows `each` hands on, gathered by group: the chunk's result, or `undefined` when `each` gives
   * no record count (the chunk is not read this way).
   */
  private gather(
    each: (onRow: (row: CsvRow) => void) => number | undefined,
  ): PovertyCsvResult | undefined {
    const gather = new PovertyChunkGather(this.settings.config);
    let at = 0;
    const records = each((row) => {
      gather.row(row, at++);
    });
    return records === undefined ? undefined : { records, ...gather.finish() };
  }

  close(): void {
    this.reader?.close();
    this.reader = undefined;
  }
}
