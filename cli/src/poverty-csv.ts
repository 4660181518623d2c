/**
 * One chunk of a CSV file for `poverty`, in a worker or (for `--workers 1`) in the main thread: the
 * bytes posted by the main thread, or chunk `k` read by the thread itself from the file
 * (csv-ranges.ts), parsed (csv-rows.ts) and gathered by group (poverty-chunk.ts).
 */
import { isAscii } from 'node:buffer';
import { type CsvFileRanges, CsvRangeReader, linesPaired } from './csv-ranges.js';
import { type CsvShape, eachAsciiCsvRow, eachCsvRow } from './csv-rows.js';
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

/**
 * UTF-8 text of bytes, as `Buffer#toString` reads them (a byte order mark is kept, not dropped). Plain
 * ASCII, the usual case, is copied as Latin-1 (the same characters, without UTF-8 decoding).
 */
function decode(b: Uint8Array): string {
  const buffer = bufferOf(b);
  return buffer.toString(isAscii(buffer) ? 'latin1' : 'utf8');
}

/** The same bytes as a Buffer (no copy). */
function bufferOf(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** No groups. */
const EMPTY: PackedGroups = {
  keys: [],
  sums: new Float64Array(0),
  valid: new Float64Array(0),
  bad: new Float64Array(0),
};

/** Runs chunks; one per thread. */
export class PovertyCsvRunner {
  private reader: CsvRangeReader | undefined;

  constructor(private readonly settings: PovertyCsvSettings) {}

  run(task: PovertyCsvTask): PovertyCsvResult {
    if (task instanceof Uint8Array) {
      return (isAscii(task) ? this.gatherAscii(task) : undefined) ?? this.gather(decode(task));
    }
    const file = this.settings.file;
    if (file === undefined) throw new Error('no file to read chunks from');
    this.reader ??= new CsvRangeReader(file);
    const { start, end, bytes } = this.reader.read(task.chunk);
    const unpaired = { records: 0, rows: 0, groups: EMPTY, rejects: [], end, unpairedAt: start };
    if (isAscii(bytes)) {
      const result = this.gatherAscii(bytes);
      return result === undefined ? unpaired : { ...result, end };
    }
    const text = decode(bytes);
    if (!linesPaired(text)) return unpaired;
    return { ...this.gather(text, true), end };
  }

  /**
   * An ASCII chunk read a piece at a time ({@link eachAsciiCsvRow}), so that no text of the whole chunk
   * is made; `undefined` when a line's quotes do not pair up (a quoted field may hold a line break).
   */
  private gatherAscii(bytes: Uint8Array): PovertyCsvResult | undefined {
    const gather = new PovertyChunkGather(this.settings.config);
    let at = 0;
    const records = eachAsciiCsvRow(bufferOf(bytes), this.settings.shape, (row) => {
      gather.row(row, at++);
    });
    return records === undefined ? undefined : { records, ...gather.finish() };
  }

  private gather(text: string, paired?: boolean): PovertyCsvResult {
    const gather = new PovertyChunkGather(this.settings.config);
    let at = 0;
    const records = eachCsvRow(
      text,
      this.settings.shape,
      (row) => {
        gather.row(row, at++);
      },
      paired,
    );
    return { records, ...gather.finish() };
  }

  close(): void {
    this.reader?.close();
    this.reader = undefined;
  }
}
