/**
 * Reading a file or standard input as rows of cells: CSV (papaparse, streaming; delimiter `,` `;` or
 * tab detected; BOM; quoted fields), JSON Lines (one line at a time) and JSON (an array of records,
 * read whole). Every row carries the number a user finds it by: the spreadsheet row for CSV (header =
 * row 1), the line for JSON Lines, the position (from 1) in a JSON array.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ParseResult } from 'papaparse';
import { Papa } from './papa.js';
import { openBinarySource } from './binary-input.js';
import { fail } from './errors.js';

/** Input formats read by the command. */
export const INPUT_FORMATS = ['csv', 'json', 'jsonl', 'xlsx', 'parquet'] as const;

/** One of {@link INPUT_FORMATS}. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** A cell: text, absent (`undefined`), or a JSON value that is not text (left for the schema to reject). */
export type Cell = string | undefined | unknown;

/** One row of the input: its number as the user sees it, and its cells in header order. */
export interface InputRow {
  readonly row: number;
  /** Cells in header order; `undefined` when the row could not be read at all (see `error`). */
  readonly cells: readonly Cell[];
  /** Set when the row is unreadable (a JSON Lines line that is not a JSON object). */
  readonly error?: 'not_json' | undefined;
}

/** An opened input. */
export interface Source {
  /** What to call the input in messages. */
  readonly name: string;
  readonly format: InputFormat;
  /** The column names (CSV header; keys of the first JSON record). */
  readonly header: readonly string[];
  readonly rows: AsyncIterable<InputRow>;
  /** Size in bytes when known (a file), for the progress percentage. */
  readonly size: number | undefined;
  /** Bytes read so far. */
  bytesRead(): number;
  /** Stops reading (Ctrl-C). */
  close(): void;
  /**
   * Reads only the named columns (the others come back blank), when called before the rows are read.
   * A columnar file (Parquet) then does not decode the other columns at all; other formats read
   * whole rows anyway and leave this out.
   */
  only?(columns: readonly string[]): void;
}

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xlsx': 'xlsx',
  '.parquet': 'parquet',
};

const NOT_YET: Readonly<Record<string, string>> = {
  '.xls': 'XLS (Excel 97-2003)',
};

/** The input format of a file name, from its extension. */
export function formatOfPath(path: string, from: InputFormat | undefined): InputFormat {
  if (from !== undefined) return from;
  const ext = extname(path).toLowerCase();
  const notYet = NOT_YET[ext];
  if (notYet !== undefined) {
    fail(`${basename(path)}: ${notYet} input is not supported (save it as .xlsx or CSV)`);
  }
  const format = EXTENSIONS[ext];
  if (format === undefined) {
    fail(
      `${basename(path)}: unknown file type '${ext || '(none)'}'; use .csv, .json, .jsonl, .xlsx or .parquet, or --from csv|json|jsonl|xlsx|parquet`,
    );
  }
  return format;
}

/** What the first bytes of a file say it is, when that is not text. */
function sniffBinary(head: Buffer): string | undefined {
  if (
    head.length >= 4 &&
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    head[2] === 0x03 &&
    head[3] === 0x04
  ) {
    return 'an XLSX (ZIP) file';
  }
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'a Parquet file';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF file';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    return 'an old Excel (XLS) file';
  }
  if (head.includes(0)) return 'a binary file';
  return undefined;
}

/** Fails when the start of the file shows it is not what its extension says. */
export function checkContent(name: string, head: Buffer, format: InputFormat): void {
  const label = format === 'csv' ? 'CSV' : format === 'json' ? 'JSON' : 'JSON Lines';
  const binary = sniffBinary(head);
  if (binary !== undefined) fail(`${name} is not a ${label} file: it looks like ${binary}`);
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text === '') return;
  const first = text[0];
  if (format === 'csv' && (first === '[' || first === '{')) {
    fail(`${name} is not a CSV file: it looks like JSON (name it .json or .jsonl, or pass --from)`);
  }
  if (format === 'json' && first !== '[') {
    fail(
      first === '{'
        ? `${name} is not a JSON array of records: for one record per line use .jsonl (or --from jsonl)`
        : `${name} is not a JSON file: it does not start with '['`,
    );
  }
  if (format === 'jsonl' && first !== '{') {
    fail(`${name} is not a JSON Lines file: its first line is not a JSON object`);
  }
}

function cellOf(value: unknown): Cell {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return value;
}

/**
 * Checks that `path` is a readable file whose first bytes look like `format` (one-line errors for a
 * missing file, a folder, no permission, or content that is not what the extension says); returns
 * its size in bytes.
 */
export function checkFile(path: string, name: string, format: InputFormat): number {
  let fd: number;
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) fail(`${path} is a folder, not a file`);
    size = stat.size;
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `no such file: ${path}`
        : code === 'EACCES'
          ? `cannot read ${path}: permission denied`
          : `cannot read ${path}: ${(error as Error).message}`,
    );
  }
  const head = new Uint8Array(4096);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  checkContent(name, Buffer.from(head.buffer, 0, n), format);
  return size;
}

/** Opens a file (or standard input for `-` / no path) as rows. */
export async function openSource(
  path: string | undefined,
  from: InputFormat | undefined,
): Promise<Source> {
  const stdin = path === undefined || path === '-';
  const binary = stdin ? from : formatOfPath(path, from);
  if (binary === 'xlsx' || binary === 'parquet') return openBinarySource(path, binary);
  let format: InputFormat;
  let stream: Readable;
  let size: number | undefined;
  const name = stdin ? 'standard input' : basename(path);
  if (stdin) {
    format = from ?? 'csv';
    stream = process.stdin;
  } else {
    format = formatOfPath(path, from);
    size = checkFile(path, name, format);
    stream = createReadStream(path, { highWaterMark: 1 << 18 });
  }
  let bytes = 0;
  stream.on('data', (chunk: Buffer | string) => {
    bytes += chunk.length;
  });
  const base = {
    name,
    format,
    size,
    bytesRead: () => bytes,
    close: () => stream.destroy(),
  };
  if (format === 'json') {
    let text: string;
    if (stdin || path === undefined) text = await readAll(stream);
    else {
      stream.destroy();
      text = readFileSync(path, 'utf8');
      bytes = size ?? 0;
    }
    return { ...base, ...jsonRows(name, text) };
  }
  if (format === 'jsonl') return { ...base, ...(await jsonlRows(name, stream)) };
  return { ...base, ...(await csvRows(name, stream)) };
}

async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  for await (const chunk of stream) text += chunk as string;
  return text;
}

function jsonRows(name: string, text: string): { header: string[]; rows: AsyncIterable<InputRow> } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    fail(`${name} is not valid JSON`);
  }
  if (!Array.isArray(data)) fail(`${name} is not a JSON array of records`);
  const first = data.find((r) => typeof r === 'object' && r !== null && !Array.isArray(r));
  const header = first === undefined ? [] : Object.keys(first as object);
  const rows = (async function* () {
    for (let i = 0; i < data.length; i++) {
      const r = data[i] as Record<string, unknown> | null;
      const ok = typeof r === 'object' && r !== null && !Array.isArray(r);
      yield ok
        ? { row: i + 1, cells: header.map((h) => (Object.hasOwn(r, h) ? cellOf(r[h]) : undefined)) }
        : { row: i + 1, cells: [], error: 'not_json' as const };
    }
  })();
  return { header, rows };
}

async function jsonlRows(
  name: string,
  stream: Readable,
): Promise<{ header: string[]; rows: AsyncIterable<InputRow> }> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  let lineNo = 0;
  let firstLine: { line: number; text: string } | undefined;
  for (;;) {
    const step = await lines.next();
    if (step.done === true) break;
    lineNo++;
    const text = lineNo === 1 ? step.value.replace(/^\uFEFF/, '') : step.value;
    if (text.trim() !== '') {
      firstLine = { line: lineNo, text };
      break;
    }
  }
  let header: string[] = [];
  if (firstLine !== undefined) {
    try {
      const first = JSON.parse(firstLine.text) as unknown;
      if (typeof first !== 'object' || first === null || Array.isArray(first)) throw new Error();
      header = Object.keys(first);
    } catch {
      fail(`${name} is not a JSON Lines file: line ${firstLine.line} is not a JSON object`);
    }
  }
  const parse = (line: number, text: string): InputRow => {
    try {
      const r = JSON.parse(text) as unknown;
      if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new Error();
      const o = r as Record<string, unknown>;
      return {
        row: line,
        cells: header.map((h) => (Object.hasOwn(o, h) ? cellOf(o[h]) : undefined)),
      };
    } catch {
      return { row: line, cells: [], error: 'not_json' };
    }
  };
  const rows = (async function* () {
    if (firstLine === undefined) return;
    yield parse(firstLine.line, firstLine.text);
    for (;;) {
      const step = await lines.next();
      if (step.done === true) return;
      lineNo++;
      if (step.value.trim() === '') continue;
      yield parse(lineNo, step.value);
    }
  })();
  return { header, rows };
}

/**
 * Rows of a CSV stream, parsed by papaparse a chunk at a time (its `chunk` callback: no per-row
 * pause, which made its row-by-row stream mode quadratic on large files). Back-pressure: the file
 * stream is paused while more than a few parsed chunks wait to be read.
 */
function csvRowIterator(stream: Readable): AsyncIterator<string[]> {
  const queue: string[][][] = [];
  let done = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  let paused = false;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  Papa.parse<string[], NodeJS.ReadableStream>(stream, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    chunk(results: ParseResult<string[]>) {
      queue.push(results.data);
      if (queue.length >= 4 && !paused) {
        paused = true;
        stream.pause();
      }
      signal();
    },
    complete() {
      done = true;
      signal();
    },
    error(error: unknown) {
      failure = error;
      signal();
    },
  });
  stream.on('error', (error) => {
    failure = error;
    signal();
  });
  let batch: string[][] = [];
  let at = 0;
  return {
    async next(): Promise<IteratorResult<string[]>> {
      for (;;) {
        if (at < batch.length) return { done: false, value: batch[at++] as string[] };
        const nextBatch = queue.shift();
        if (nextBatch !== undefined) {
          batch = nextBatch;
          at = 0;
          if (paused && queue.length < 2) {
            paused = false;
            stream.resume();
          }
          continue;
        }
        if (failure !== undefined) throw failure;
        if (done) return { done: true, value: undefined };
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}

async function csvRows(
  name: string,
  stream: Readable,
): Promise<{ header: string[]; rows: AsyncIterable<InputRow> }> {
  stream.setEncoding('utf8');
  const it = csvRowIterator(stream);
  let first: IteratorResult<string[]>;
  try {
    first = await it.next();
  } catch (error) {
    fail(`cannot read ${name}: ${(error as Error).message}`);
  }
  if (first.done === true) return { header: [], rows: (async function* () {})() };
  const header = first.value.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const rows = (async function* () {
    let row = 1;
    for (;;) {
      const step = await it.next();
      if (step.done === true) return;
      row++;
      const cells = step.value;
      // A blank line is a row of the spreadsheet too: counted, not read.
      if (cells.length === 1 && cells[0] === '' && header.length !== 1) continue;
      yield { row, cells };
    }
  })();
  return { header, rows };
}
