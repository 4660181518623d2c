/**
 * A CSV file (or standard input) cut into chunks of whole records, for the workers. The cuts depend
 * only on the bytes (the first record end at or after every {@link CHUNK_BYTES}), never on how the
 * stream delivered them or on the number of workers, so every `--workers N` sees the same chunks and
 * merges their results in the same order: the results are identical whatever N is.
 *
 * A record ends at a line feed outside double quotes: the number of `"` before it is even (RFC 4180
 * writes a quote inside a quoted field as `""`, which keeps the count even). A stray `"` inside an
 * unquoted field (`5" screen`) can put a cut inside a later quoted field that spans lines; such files
 * are rare, and `--workers 1` reads them exactly as one worker reads any chunk.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import Papa from 'papaparse';
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
  bytesRead(): number;
  /** The chunks after the header, in order: whole records, as UTF-8 bytes. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Stops reading. */
  close(): void;
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
  let bytes = 0;
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let pending: Buffer = Buffer.alloc(0);
  let ended = false;
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    const step = await it.next();
    if (step.done === true) {
      ended = true;
      return false;
    }
    const chunk = typeof step.value === 'string' ? Buffer.from(step.value) : step.value;
    bytes += chunk.length;
    pieces.push(chunk);
    piecesLength += chunk.length;
    return true;
  };
  // Pieces read are joined only when a chunk can be cut (one copy per chunk, not one per read).
  let pieces: Buffer[] = [];
  let piecesLength = 0;
  const join = () => {
    if (pieces.length > 0) {
      pending = Buffer.concat([pending, ...pieces] as Uint8Array[]);
      pieces = [];
      piecesLength = 0;
    }
  };
  // The header: the first record.
  let headerEnd = -1;
  while (headerEnd < 0 && (await more())) {
    join();
    headerEnd = findCut(pending, 0);
  }
  const headText = (headerEnd < 0 ? pending : pending.subarray(0, headerEnd)).toString('utf8');
  const newline = headText.endsWith('\r\n') ? '\r\n' : '\n';
  const parsed = Papa.parse<string[]>(headText.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    newline: newline as '\n' | '\r\n',
  });
  const first = parsed.data[0] ?? [];
  const header = first.length === 1 && first[0] === '' ? [] : first.map((h) => h.trim());
  const delimiter = parsed.meta.delimiter || ',';
  pending = headerEnd < 0 ? Buffer.alloc(0) : pending.subarray(headerEnd);
  const chunks = (async function* () {
    for (;;) {
      if (pending.length + piecesLength >= CHUNK_BYTES) {
        join();
        const cut = findCut(pending, CHUNK_BYTES);
        if (cut > 0) {
          // A copy of its own, so that the chunk can be moved to a worker.
          const out = new Uint8Array(cut);
          out.set(new Uint8Array(pending.buffer, pending.byteOffset, cut));
          pending = pending.subarray(cut);
          yield out;
          continue;
        }
      }
      if (!(await more())) {
        join();
        if (pending.length > 0) {
          const out = new Uint8Array(pending.length);
          out.set(new Uint8Array(pending.buffer, pending.byteOffset, pending.length));
          pending = Buffer.alloc(0);
          yield out;
        }
        return;
      }
    }
  })();
  return {
    name,
    header,
    delimiter,
    newline,
    size,
    bytesRead: () => bytes,
    chunks,
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
