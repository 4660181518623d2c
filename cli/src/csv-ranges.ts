/**
 * The chunks of a CSV file found from anywhere in it, so that each worker reads its own chunks instead
 * of the main thread reading them all and posting them: chunk `k` starts at the first line start at or
 * after `k x CHUNK_BYTES` (the header's end for chunk 0) and ends where chunk `k + 1` starts. These are
 * the cuts chunks.ts makes reading from the start, as long as no quoted field before them holds a line
 * break; a chunk with a line whose double quotes do not pair up ({@link linesPaired}) says so, and the
 * run reads on from that chunk's start with chunks.ts (which follows the quotes), so the cuts, and so
 * the results, are the same either way.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const LF = 0x0a;

/** A file to read by chunks: where it is, its size and header length, and the chunk size. */
export interface CsvFileRanges {
  readonly path: string;
  readonly size: number;
  readonly headerEnd: number;
  readonly chunkBytes: number;
}

/** How many chunks the file has (some may be empty: a line longer than a chunk). */
export function chunkCount(file: CsvFileRanges): number {
  return file.size <= file.headerEnd ? 0 : Math.floor((file.size - 1) / file.chunkBytes) + 1;
}

/** The first line start at or after `p` (the size when there is none). */
function lineStartFrom(fd: number, p: number, size: number, probe: Uint8Array): number {
  if (p <= 0) return 0;
  let pos = p - 1;
  while (pos < size) {
    const n = readSync(fd, probe, 0, probe.length, pos);
    if (n <= 0) break;
    const i = probe.subarray(0, n).indexOf(LF);
    if (i >= 0) return pos + i + 1;
    pos += n;
  }
  return size;
}

/** Reads chunks of one file; one per thread. */
export class CsvRangeReader {
  private readonly fd: number;
  private readonly probe = new Uint8Array(1 << 16);
  private buffer = new Uint8Array(0);

  constructor(private readonly file: CsvFileRanges) {
    this.fd = openSync(file.path, 'r');
  }

  /** Chunk `k`: where it starts and ends, and its bytes (valid until the next call). */
  read(k: number): { start: number; end: number; bytes: Uint8Array } {
    const { size, headerEnd, chunkBytes } = this.file;
    const start = Math.max(headerEnd, lineStartFrom(this.fd, k * chunkBytes, size, this.probe));
    const end = Math.max(headerEnd, lineStartFrom(this.fd, (k + 1) * chunkBytes, size, this.probe));
    const length = Math.max(0, end - start);
    // One buffer for every chunk of the thread (the bytes are read before the next chunk).
    if (this.buffer.length < length) this.buffer = new Uint8Array(Math.max(length, chunkBytes * 2));
    const bytes = this.buffer;
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, bytes, got, length - got, start + got);
      if (n <= 0) break;
      got += n;
    }
    return { start, end, bytes: bytes.subarray(0, got) };
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Whether every line of `text` holds an even number of double quotes, paired on the line (RFC 4180
 * writes a quote inside a quoted field as `""`): then no quoted field holds a line break, and every
 * line start is a record start.
 */
export function linesPaired(text: string): boolean {
  let q = text.indexOf('"');
  while (q >= 0) {
    const close = text.indexOf('"', q + 1);
    if (close < 0) return false;
    const nl = text.indexOf('\n', q + 1);
    if (nl >= 0 && nl < close) return false;
    q = text.indexOf('"', close + 1);
  }
  return true;
}
