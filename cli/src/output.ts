/**
 * Writing rows as CSV (papaparse's writer: quoting as RFC 4180), JSON (one array) or JSON Lines, to
 * standard output or a file, in buffered chunks that respect the stream's back-pressure.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Writable } from 'node:stream';
import { Papa } from './papa.js';
import { fail } from './errors.js';

/** Output formats. */
export const OUTPUT_FORMATS = ['csv', 'json', 'jsonl'] as const;

/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  '.csv': 'csv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format of an output: `--format`, else the file's extension, else CSV on standard output. */
export function outputFormat(
  format: OutputFormat | undefined,
  path: string | undefined,
): OutputFormat {
  if (format !== undefined) return format;
  if (path === undefined) return 'csv';
  const found = BY_EXTENSION[extname(path).toLowerCase()];
  if (found === undefined) {
    fail(
      `cannot tell the format of ${basename(path)} from its extension; name it .csv, .json or .jsonl, or pass --format`,
    );
  }
  return found;
}

/** Rows are handed to the stream in pieces of about this many characters. */
const FLUSH_AT = 1 << 16;

/** Keys of {@link RowWriter.writeNumbered} remembered at most (beyond them, each is formatted anew). */
const TAIL_LIMIT = 4096;

/**
 * Characters a stream may hold before a writer waits for it to drain: 16 pieces. A stream's own
 * mark (16 KiB for a file or a pipe) is below one piece, so waiting on it left the thread idle
 * at every piece for a file write to finish (in `poverty --workers 2` with `--rejects`, a thread
 * that also reads chunks). Memory stays bounded by this.
 */
const WAIT_AT = 16 * FLUSH_AT;

/** A writer of rows keyed by column. */
export class RowWriter {
  private buffer = '';
  private rows = 0;
  /** Texts of rows' cells after the first, by the caller's key (writeNumbered). */
  private readonly tails = new Map<string, string>();
  private readonly stream: Writable;
  private readonly ownStream: boolean;
  private failed: Error | undefined;

  constructor(
    private readonly format: OutputFormat,
    private readonly columns: readonly string[],
    path: string | undefined,
    /** A stream to write to instead of `path` (left open at the end). */
    stream?: Writable,
  ) {
    if (stream !== undefined) {
      this.stream = stream;
      this.ownStream = false;
    } else if (path === undefined || path === '-') {
      this.stream = process.stdout;
      this.ownStream = false;
    } else {
      this.stream = createWriteStream(path);
      this.ownStream = true;
    }
    this.stream.on('error', (error: Error) => {
      this.failed = error;
    });
    if (format === 'csv') {
      this.buffer = `${Papa.unparse([columns as string[]], { newline: '\n' })}\n`;
    } else if (format === 'json') this.buffer = '[';
  }

  /**
   * Adds one row. Returns a promise, to be awaited, when the rows buffered were handed to the stream
   * (it resolves once the stream takes more), else `undefined`: a caller writing many rows need not
   * wait a tick for each.
   */
  write(row: Readonly<Record<string, unknown>>): Promise<void> | undefined {
    if (this.format === 'csv') this.buffer += `${this.csvText(row, 0)}\n`;
    else this.addJson(this.jsonText(row, 0));
    return this.added();
  }

  /**
   * Adds one row whose first column holds `first`, a whole number, and whose other columns hold
   * `rest`: the same text as `write` of both. The text of `rest` is kept under `key` (up to
   * {@link TAIL_LIMIT} keys), so rows that differ only in their first cell, as a rejects file's
   * rows differ in their row numbers, are put into CSV or JSON once. The caller's key must tell
   * apart every `rest` it passes. Returns what `write` returns.
   */
  writeNumbered(
    first: number,
    key: string,
    rest: Readonly<Record<string, unknown>>,
  ): Promise<void> | undefined {
    const column = this.columns[0] as string;
    if (!Number.isSafeInteger(first)) return this.write({ ...rest, [column]: first });
    let tail = this.tails.get(key);
    if (tail === undefined) {
      tail = this.tailText(rest);
      if (this.tails.size < TAIL_LIMIT) this.tails.set(key, tail);
    }
    // A whole number is never quoted in CSV, and is written alike by JSON.
    if (this.format === 'csv') this.buffer += `${first}${tail}`;
    else this.addJson(`{${JSON.stringify(column)}:${first}${tail}`);
    return this.added();
  }

  /** The text after the first cell of a row (see {@link writeNumbered}). */
  private tailText(rest: Readonly<Record<string, unknown>>): string {
    if (this.format === 'csv') {
      return this.columns.length > 1 ? `,${this.csvText(rest, 1)}\n` : '\n';
    }
    const text = this.jsonText(rest, 1);
    return text === '{}' ? '}' : `,${text.slice(1)}`;
  }

  /** One CSV line (no line end) of the row's cells from column `from` on. */
  private csvText(row: Readonly<Record<string, unknown>>, from: number): string {
    const cells: unknown[] = [];
    for (let i = from; i < this.columns.length; i++) {
      const v = row[this.columns[i] as string];
      cells.push(
        v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : v,
      );
    }
    return Papa.unparse([cells], { newline: '\n' });
  }

  /** The row's columns from `from` on, as a JSON object (undefined cells left out). */
  private jsonText(row: Readonly<Record<string, unknown>>, from: number): string {
    const value: Record<string, unknown> = {};
    for (let i = from; i < this.columns.length; i++) {
      const c = this.columns[i] as string;
      if (row[c] !== undefined) value[c] = row[c];
    }
    return JSON.stringify(value);
  }

  private addJson(text: string): void {
    if (this.format === 'json') this.buffer += `${this.rows === 0 ? '\n' : ',\n'}${text}`;
    else this.buffer += `${text}\n`;
  }

  private added(): Promise<void> | undefined {
    this.rows++;
    return this.buffer.length >= FLUSH_AT ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.failed !== undefined) throw this.failed;
    const text = this.buffer;
    this.buffer = '';
    // A write that returns false set the stream to emit 'drain' once it empties; it is awaited only
    // when the stream holds WAIT_AT or more, which it keeps until then.
    if (text !== '' && !this.stream.write(text) && this.stream.writableLength >= WAIT_AT) {
      await once(this.stream, 'drain');
    }
  }

  /** Writes what is left and closes a file (standard output stays open). */
  async end(): Promise<void> {
    if (this.format === 'json') this.buffer += this.rows === 0 ? ']\n' : '\n]\n';
    await this.flush();
    if (this.ownStream) {
      this.stream.end();
      await once(this.stream, 'finish');
    }
    if (this.failed !== undefined) throw this.failed;
  }
}
