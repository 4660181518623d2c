/**
 * A CSV file (or standard input) cut into chunks of whole records, for the workers. The cuts depend
 * only on the bytes (the first record end at or after every multiple of {@link CHUNK_BYTES}, counted
 * from the start of the file), never on how the stream delivered them or on the number of workers, so
 * every `--workers N` sees the same chunks and merges their results in the same order: the results
 * are identical whatever N is. The same cuts can be found from anywhere in a file whose quoted fields
 * hold no line break (csv-ranges.ts), which lets each worker read its own chunks.
 *
 * A record ends at a line feed outside double quotes: the number of `"` before it is even (RFC 4180
 * writes a quote inside a quoted field as `""`, which keeps the count even). A stray `"` inside an
 * unquoted field (`5" screen`) can put a cut inside a later quoted field that spans lines; such files
 * are rare, and `--workers 1` reads them exactly as one worker reads any chunk.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { Papa } from './papa.js';
import { checkFile } from './input.js';

/**
 * The target size of a chunk in bytes (a chunk ends at the first record end at or after it): 2 MiB,
 * or `SEJAHTERA_CLI_CHUNK_BYTES` (for tests, which cut small files into many chunks).
 */
export const CHUNK_BYTES = Number(process.env.SEJAHTERA_CLI_CHUNK_BYTES) || 1 << 21;

const LF = 0x0a;
const QUOTE = 0x22;

/**
 * Where the first record end at or after `target` is in `buf` (the index after its line feed), or
 * -1 when `buf` has none yet.
 */
export function findCut(b: Buffer, target: number): number {
  let quotes = 0;
  let q = b.indexOf(QUOTE);
  let from = Math.max(0, target - 1);
  for (;;) {
    const nl = b.indexOf(LF, from);
    if (nl < 0) return -1;
    while (q >= 0 && q < nl) {
      quotes++;
      q = b.indexOf(QUOTE, q + 1);
    }
    if ((quotes & 1) === 0) return nl + 1;
    from = nl + 1;
  }
}

/** A CSV input opened for chunked reading. */
export interface CsvChunks {
  readonly name: string;
  /** The header's column names (trimmed, BOM removed). */
  readonly header: readonly string[];
  /** The delimiter found in the header (`,` `;` or tab). */
  readonly delimiter: string;
  /** The line ending of the header (`\n` or `\r\n`). */
  readonly newline: string;
  /** Size in bytes when known (a file). */
  readonly size: number | undefined;
  /** Where the first record after the header starts, in bytes from the start of the input. */
  readonly headerEnd: number;
  bytesRead(): number;
  /** The chunks after the header, in order: whole records, as UTF-8 bytes. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Stops reading. */
  close(): void;
}

/** Bytes of a stream read piece by piece; pieces are joined only when a chunk can be cut. */
class StreamBytes {
  /** Bytes read so far. */
  bytes = 0;
  pending: Buffer = Buffer.alloc(0);
  private pieces: Buffer[] = [];
  private piecesLength = 0;
  private ended = false;
  private readonly it: AsyncIterator<Buffer | string>;

  constructor(readonly stream: Readable) {
    this.it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  }

  /** Bytes held (joined or not). */
  get held(): number {
    return this.pending.length + this.piecesLength;
  }

  /** Reads one more piece; false at the end of the stream. */
  async more(): Promise<boolean> {
    if (this.ended) return false;
    const step = await this.it.next();
    if (step.done === true) {
      this.ended = true;
      return false;
    }
    const chunk = typeof step.value === 'string' ? Buffer.from(step.value) : step.value;
    this.bytes += chunk.length;
    this.pieces.push(chunk);
    this.piecesLength += chunk.length;
    return true;
  }

  /** Joins the pieces read into `pending` (one copy per chunk, not one per read). */
  join(): void {
    if (this.pieces.length === 0) return;
    this.pending = Buffer.concat([this.pending, ...this.pieces] as Uint8Array[]);
    this.pieces = [];
    this.piecesLength = 0;
  }

  /** The first `n` bytes of `pending` as a copy of their own (movable to a worker), removed. */
  take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    out.set(new Uint8Array(this.pending.buffer, this.pending.byteOffset, n));
    this.pending = this.pending.subarray(n);
    return out;
  }
}

/** Where the chunk that starts at `position` (bytes from the start of the input) wants to end. */
export function nextCut(position: number, chunkBytes = CHUNK_BYTES): number {
  return (Math.floor(position / chunkBytes) + 1) * chunkBytes;
}

/**
 * The chunks of a stream whose `pending` bytes start at `position` of the input, at a record start:
 * each ends at the first record end at or after the next multiple of {@link CHUNK_BYTES}.
 */
async function* cutChunks(
  input: StreamBytes,
  position: number,
  chunkBytes = CHUNK_BYTES,
): AsyncGenerator<Uint8Array> {
  let at = position;
  for (;;) {
    const want = nextCut(at, chunkBytes) - at;
    if (input.held >= want) {
      input.join();
      const cut = findCut(input.pending, want);
      if (cut > 0) {
        at += cut;
        yield input.take(cut);
        continue;
      }
    }
    if (!(await input.more())) {
      input.join();
      if (input.pending.length > 0) yield input.take(input.pending.length);
      return;
    }
  }
}

/** The header of a CSV input: its columns, delimiter, line ending and length in bytes. */
async function readHeader(input: StreamBytes) {
  let headerEnd = -1;
  while (headerEnd < 0 && (await input.more())) {
    input.join();
    headerEnd = findCut(input.pending, 0);
  }
  const pending = input.pending;
  const headText = (headerEnd < 0 ? pending : pending.subarray(0, headerEnd)).toString('utf8');
  const newline = headText.endsWith('\r\n') ? '\r\n' : '\n';
  const parsed = Papa.parse<string[]>(headText.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    newline: newline as '\n' | '\r\n',
  });
  const first = parsed.data[0] ?? [];
  const header = first.length === 1 && first[0] === '' ? [] : first.map((h) => h.trim());
  const length = headerEnd < 0 ? pending.length : headerEnd;
  input.pending = pending.subarray(length);
  return { header, delimiter: parsed.meta.delimiter || ',', newline, length };
}

/** Opens a CSV file (or standard input for `-` / no path) for chunked reading. */
export async function openCsvChunks(path: string | undefined): Promise<CsvChunks> {
  const stdin = path === undefined || path === '-';
  const name = stdin ? 'standard input' : basename(path);
  let size: number | undefined;
  let stream: Readable;
  if (stdin) stream = process.stdin;
  else {
    size = checkFile(path, name, 'csv');
    stream = createReadStream(path, { highWaterMark: 1 << 20 });
  }
  const input = new StreamBytes(stream);
  const { header, delimiter, newline, length } = await readHeader(input);
  return {
    name,
    header,
    delimiter,
    newline,
    size,
    headerEnd: length,
    bytesRead: () => input.bytes,
    chunks: cutChunks(input, length),
    close: () => stream.destroy(),
  };
}

/**
 * The chunks of a file from byte `from` (a record start) on, cut as {@link openCsvChunks} cuts them;
 * `bytesRead` counts from the start of the file.
 */
export function csvChunksFrom(
  path: string,
  from: number,
  chunkBytes = CHUNK_BYTES,
): { chunks: AsyncIterable<Uint8Array>; bytesRead: () => number; close: () => void } {
  const stream = createReadStream(path, { highWaterMark: 1 << 20, start: from });
  const input = new StreamBytes(stream);
  return {
    chunks: cutChunks(input, from, chunkBytes),
    bytesRead: () => from + input.bytes,
    close: () => stream.destroy(),
  };
}

/**
 * The records of a chunk as papaparse reads them with the header's delimiter and line ending. A
 * blank line is `undefined` (it keeps its row number, as in a spreadsheet, but is not read).
 */
export function parseChunk(
  bytes: Uint8Array,
  delimiter: string,
  newline: string,
  columns: number,
): (string[] | undefined)[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const data = Papa.parse<string[]>(text, {
    delimiter,
    newline: newline as '\n' | '\r\n',
  }).data;
  // A chunk ends with a line feed, after which papaparse reads one more empty record.
  if (text.endsWith('\n')) data.pop();
  const out: (string[] | undefined)[] = data;
  for (let i = 0; i < data.length; i++) {
    const cells = data[i] as string[];
    if (cells.length === 1 && cells[0] === '' && columns !== 1) out[i] = undefined;
  }
  return out;
}
