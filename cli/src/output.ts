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

const FLUSH_AT = 1 << 16;

/** A writer of rows keyed by column. */
export class RowWriter {
  private buffer = '';
  private rows = 0;
  private readonly stream: Writable;
  private readonly ownStream: boolean;
  private failed: Error | undefined;

  constructor(
    private readonly format: OutputFormat,
    private readonly columns: readonly string[],
    path: string | undefined,
  ) {
    if (path === undefined || path === '-') {
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
    if (this.format === 'csv') {
      const cells = this.columns.map((c) => {
        const v = row[c];
        return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : v;
      });
      this.buffer += `${Papa.unparse([cells], { newline: '\n' })}\n`;
    } else {
      const value: Record<string, unknown> = {};
      for (const c of this.columns) if (row[c] !== undefined) value[c] = row[c];
      const text = JSON.stringify(value);
      if (this.format === 'json') this.buffer += `${this.rows === 0 ? '\n' : ',\n'}${text}`;
      else this.buffer += `${text}\n`;
    }
    this.rows++;
    return this.buffer.length >= FLUSH_AT ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.failed !== undefined) throw this.failed;
    const text = this.buffer;
    this.buffer = '';
    if (text !== '' && !this.stream.write(text)) await once(this.stream, 'drain');
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
