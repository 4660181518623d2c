/**
 * XLSX and Parquet inputs, read as rows of text cells like a CSV:
 * - XLSX with exceljs's streaming reader (`stream.xlsx.WorkbookReader`): the first worksheet, one row
 *   at a time; row 1 is the header and each row keeps its spreadsheet number. Numbers become their
 *   decimal text, dates `YYYY-MM-DD`, formulas their cached result, rich text its plain text, an error
 *   cell (`#N/A`) its code (which the schemas then reject), an empty cell blank.
 * - Parquet with hyparquet (pure JavaScript), one row group at a time (memory holds a row group);
 *   the header is the schema's top-level columns, rows are numbered from 1 as in a JSON array. A
 *   command that needs only some columns (`poverty`: the group and the household fields; `validate`:
 *   the record's fields) names them with `only`, and the others are not decoded (a third less of
 *   hyparquet's time on the benchmark's 6-column file).
 *   Integers (INT64 too) and decimals become their text, dates `YYYY-MM-DD`, null blank.
 * Both need a file (not standard input): a ZIP and a Parquet file are read from their ends.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fail } from './errors.js';
import type { Cell, InputRow, Source } from './input.js';

/** The text of a cell value as the text schemas read it. */
export function textOf(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text?: string }[];
      result?: unknown;
      formula?: unknown;
      text?: unknown;
      error?: unknown;
    };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return textOf(v.result);
    if (typeof v.error === 'string') return v.error;
    if (v.text !== undefined) return textOf(v.text);
  }
  return value;
}

function head(path: string): { size: number; bytes: Buffer } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) fail(`${path} is a folder, not a file`);
    const fd = openSync(path, 'r');
    const buf = new Uint8Array(8);
    const n = readSync(fd, buf, 0, 8, 0);
    closeSync(fd);
    return { size: stat.size, bytes: Buffer.from(buf.buffer, 0, n) };
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? error}`);
  }
}

function looksLike(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  if (text.startsWith('PAR1')) return 'a Parquet file';
  if (text.startsWith('PK\u0003\u0004')) return 'a ZIP file';
  if (text.startsWith('%PDF-')) return 'a PDF file';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'an old Excel (XLS) file';
  if (/^\s*[[{]/.test(text)) return 'JSON';
  if (bytes.includes(0)) return 'a binary file';
  return 'text (CSV?)';
}

/** Opens an XLSX or Parquet file as rows. */
export async function openBinarySource(
  path: string | undefined,
  format: 'xlsx' | 'parquet',
): Promise<Source> {
  const label = format === 'xlsx' ? 'XLSX' : 'Parquet';
  if (path === undefined || path === '-') {
    fail(`${label} input needs a file, not standard input`);
  }
  const name = basename(path);
  const { size, bytes } = head(path);
  const magic = bytes.toString('latin1');
  const ok = format === 'xlsx' ? magic.startsWith('PK\u0003\u0004') : magic.startsWith('PAR1');
  const article = format === 'xlsx' ? 'an' : 'a';
  if (!ok) fail(`${name} is not ${article} ${label} file: it looks like ${looksLike(bytes)}`);
  return format === 'xlsx' ? openXlsx(path, name) : openParquet(path, name, size);
}

async function openXlsx(path: string, name: string): Promise<Source> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const notXlsx = (error: unknown): never =>
    fail(`${name} is not an XLSX workbook: ${(error as Error)?.message ?? String(error)}`);
  let sheets: AsyncIterator<unknown>;
  let rows: AsyncIterator<{ number: number; values: unknown }> | undefined;
  try {
    sheets = (reader as unknown as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    const sheet = await sheets.next();
    if (sheet.done !== true) {
      rows = (sheet.value as AsyncIterable<{ number: number; values: unknown }>)[
        Symbol.asyncIterator
      ]();
    }
  } catch (error) {
    notXlsx(error);
  }
  const cellsOf = (values: unknown): Cell[] => {
    // exceljs gives 1-based arrays (index 0 unused) with holes for empty cells.
    const list = Array.isArray(values) ? values : [];
    const out: Cell[] = [];
    for (let i = 1; i < list.length; i++) out.push(textOf(list[i]));
    return out;
  };
  let header: string[] = [];
  let first: { number: number; values: unknown } | undefined;
  try {
    const step = await rows?.next();
    if (step !== undefined && step.done !== true) first = step.value;
  } catch (error) {
    notXlsx(error);
  }
  if (first !== undefined) {
    header = cellsOf(first.values).map((c) => String(c ?? '').trim());
  }
  const width = header.length;
  const iterate = async function* (): AsyncGenerator<InputRow> {
    if (rows === undefined) return;
    for (;;) {
      let step: IteratorResult<{ number: number; values: unknown }>;
      try {
        step = await rows.next();
      } catch (error) {
        fail(`cannot read ${name}: ${(error as Error)?.message ?? String(error)}`);
      }
      if (step.done === true) return;
      const cells = cellsOf(step.value.values);
      while (cells.length < width) cells.push('');
      yield { row: step.value.number, cells };
    }
  };
  return {
    name,
    format: 'xlsx' as Source['format'],
    header,
    rows: iterate(),
    // A ZIP's rows are not in byte order: no percentage.
    size: undefined,
    bytesRead: () => 0,
    close: () => {},
  };
}

async function openParquet(path: string, name: string, size: number): Promise<Source> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } = await import(
    'hyparquet'
  );
  let file: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    fail(`${name} is not a Parquet file: ${(error as Error)?.message ?? String(error)}`);
  }
  const top = metadata.schema[0];
  const header = metadata.schema
    .slice(1, 1 + Number(top?.num_children ?? 0))
    .map((element) => element.name);
  let read = 0;
  const total = Number(metadata.num_rows);
  let columns: string[] | undefined;
  const iterate = async function* (): AsyncGenerator<InputRow> {
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      let objects: Record<string, unknown>[];
      try {
        objects = await parquetReadObjects({
          file,
          metadata,
          rowStart: start,
          rowEnd: end,
          ...(columns === undefined ? {} : { columns }),
        });
      } catch (error) {
        fail(`cannot read ${name}: ${(error as Error)?.message ?? String(error)}`);
      }
      for (let i = 0; i < objects.length; i++) {
        const o = objects[i] as Record<string, unknown>;
        yield { row: start + i + 1, cells: header.map((h) => textOf(o[h])) };
      }
      start = end;
      read = total > 0 ? Math.round((size * start) / total) : size;
    }
  };
  return {
    name,
    format: 'parquet' as Source['format'],
    header,
    rows: iterate(),
    size,
    bytesRead: () => read,
    close: () => {},
    only: (names) => {
      columns = header.filter((h) => names.includes(h));
    },
  };
}
