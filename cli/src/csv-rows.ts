/**
 * The records of a CSV chunk handed one by one to a callback, parsed by papaparse's `Parser` (the
 * core under `Papa.parse`) in pieces of whole lines of about {@link PIECE} characters, so that the
 * rows' arrays die young (parsing a 2 MiB chunk into one array of arrays spent a third of the time in
 * the garbage collector). papaparse picks its fast mode (a split by line and delimiter) for a piece
 * with no quote and its full parser for the others. A piece may end at any line end when every quote
 * of the chunk is well formed ({@link quotesWellFormed}: quoted fields open at a field start and close
 * before a delimiter or line ending, on one line), for then the parser starts a record at every line
 * start. A chunk whose quotes pair up on every line but are not all well formed (`5" screen`) has
 * each line with a quote parsed on its own and the quote-free runs between them in pieces; a chunk
 * whose quoted fields hold line breaks is parsed whole. Either way the records are the ones
 * `Papa.parse` reads from the chunk (tests/cli/csv-ranges.test.ts). A chunk of plain ASCII bytes can
 * also be decoded a piece at a time ({@link eachAsciiCsvRow}), so that no string of the whole chunk is
 * made.
 */
import { isAscii } from 'node:buffer';
import type { Parser } from 'papaparse';
import { Papa } from './papa.js';
import { linesPaired } from './csv-ranges.js';

/** How a file's records are read: its delimiter, line ending and number of columns. */
export interface CsvShape {
  readonly delimiter: string;
  readonly newline: string;
  /** Columns of the header (a blank line is a record of one empty cell unless this is 1). */
  readonly columns: number;
}

/**
 * Characters per piece handed to the parser: 16 Ki. With 64 Ki pieces (each with a few quoted fields,
 * so read by papaparse's full parser), about half the runs of two threads spent most of their time in
 * the young-generation garbage collector, promoting the rows of a piece still being read (8 to 10 s
 * instead of 2.5 s for 10 M rows; bench/cli/parser-threads.ts); 16 Ki pieces gave 2.3 s every time.
 */
const PIECE = 1 << 14;

/** A record's cells, or `undefined` for a blank line (which keeps its row number). */
export type CsvRow = readonly string[] | undefined;

const parsers = new Map<string, Parser>();

function parserOf(shape: CsvShape): Parser {
  const key = `${shape.delimiter}\u0000${shape.newline}`;
  let parser = parsers.get(key);
  if (parser === undefined) {
    parser = new Papa.Parser({
      delimiter: shape.delimiter,
      newline: shape.newline as '\n' | '\r\n',
    });
    parsers.set(key, parser);
  }
  return parser;
}

/** Parses `text` (whole records) and hands each record on; returns how many there were. */
function parsePiece(
  parser: Parser,
  text: string,
  columns: number,
  onRow: (row: CsvRow) => void,
): number {
  const data = (parser.parse(text, 0, false) as { data: string[][] }).data;
  // Text ending with a line ending: papaparse reads one more empty record after it.
  const last = data[data.length - 1];
  const n =
    text.endsWith('\n') && last !== undefined && last.length === 1 && last[0] === ''
      ? data.length - 1
      : data.length;
  for (let i = 0; i < n; i++) {
    const cells = data[i] as string[];
    onRow(cells.length === 1 && cells[0] === '' && columns !== 1 ? undefined : cells);
  }
  return n;
}

/**
 * Whether every double quote of `text` belongs to a well-formed quoted field: one that opens at a
 * field start (the text's start, after the delimiter or after a line ending), holds no line feed,
 * writes a quote inside as `""`, and closes right before the delimiter, a line ending or the text's
 * end. Such a field is read the same whether its line is parsed alone or with its neighbours.
 */
export function quotesWellFormed(text: string, shape: CsvShape): boolean {
  const { delimiter, newline } = shape;
  let q = text.indexOf('"');
  while (q >= 0) {
    const opensField =
      q === 0 ||
      text.startsWith(delimiter, q - delimiter.length) ||
      (q >= newline.length && text.startsWith(newline, q - newline.length));
    if (!opensField) return false;
    let close = text.indexOf('"', q + 1);
    // `""` inside the field is one quote.
    while (close >= 0 && text.charCodeAt(close + 1) === 34) close = text.indexOf('"', close + 2);
    if (close < 0) return false;
    const nl = text.indexOf('\n', q + 1);
    if (nl >= 0 && nl < close) return false;
    const after = close + 1;
    if (
      after < text.length &&
      !text.startsWith(delimiter, after) &&
      !text.startsWith(newline, after)
    ) {
      return false;
    }
    q = text.indexOf('"', after);
  }
  return true;
}

/**
 * Hands every record of `text` (a chunk of whole records) to `onRow`, in order; returns the number
 * of records (blank lines included). `paired`: what {@link linesPaired} says of `text`, when known;
 * `piece`: the characters per piece (smaller in tests, to cut small texts into many pieces).
 */
export function eachCsvRow(
  text: string,
  shape: CsvShape,
  onRow: (row: CsvRow) => void,
  paired = linesPaired(text),
  piece = PIECE,
): number {
  const parser = parserOf(shape);
  if (!paired) return parsePiece(parser, text, shape.columns, onRow);
  const wellFormed = quotesWellFormed(text, shape);
  let records = 0;
  let pos = 0;
  let quote = wellFormed ? -1 : text.indexOf('"');
  while (pos < text.length) {
    if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
    // A run of whole lines, at most about `piece` long (with no quote, unless all are well formed).
    let end = pos + piece >= text.length ? text.length : pieceEnd(text, pos + piece, shape.newline);
    if (quote >= 0 && quote < end) end = text.lastIndexOf('\n', quote) + 1;
    // The line of the quote, when it starts here.
    if (end <= pos) end = pieceEnd(text, quote, '\n');
    records += parsePiece(parser, text.slice(pos, end), shape.columns, onRow);
    pos = end;
  }
  return records;
}

/** Where the first `newline` at or after `at` ends, or the text's length. */
function pieceEnd(text: string, at: number, newline: string): number {
  const i = text.indexOf(newline, at);
  return i < 0 ? text.length : i + newline.length;
}

/**
 * Hands every record of an ASCII chunk (whole records) to `onRow`, in order, decoding it a piece at a
 * time; returns the number of records, or `undefined` as soon as a line's quotes do not pair up (the
 * records handed on before it are then not the chunk's: the caller drops them).
 */
export function eachAsciiCsvRow(
  bytes: Buffer,
  shape: CsvShape,
  onRow: (row: CsvRow) => void,
  piece = PIECE,
): number | undefined {
  let records = 0;
  let pos = 0;
  const length = bytes.length;
  while (pos < length) {
    let end = pos + piece >= length ? length : bytes.indexOf(shape.newline, pos + piece, 'latin1');
    end = end < 0 ? length : end + shape.newline.length;
    const text = bytes.toString('latin1', pos, end);
    if (!linesPaired(text)) return undefined;
    records += eachCsvRow(text, shape, onRow, true, text.length);
    pos = end;
  }
  return records;
}

/**
 * Hands every record of a chunk of bytes (whole records) to `onRow`, as `sejahtera poverty` reads a
 * chunk: plain ASCII decoded a piece at a time ({@link eachAsciiCsvRow}), any other bytes decoded
 * whole as UTF-8 (a byte order mark kept). Returns the number of records, or `undefined` when a line's
 * quotes do not pair up (a quoted field may hold a line break; records handed on before it are not
 * the chunk's).
 */
export function eachChunkRow(
  bytes: Uint8Array,
  shape: CsvShape,
  onRow: (row: CsvRow) => void,
): number | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return eachAsciiCsvRow(buffer, shape, onRow);
  const text = buffer.toString('utf8');
  return linesPaired(text) ? eachCsvRow(text, shape, onRow, true) : undefined;
}
