/**
 * The records of a CSV chunk handed one by one to a callback, parsed by papaparse's `Parser` (the
 * core under `Papa.parse`) in pieces of at most {@link PIECE} characters, so that the rows' arrays die
 * young (parsing a 2 MiB chunk into one array of arrays spent a third of the time in the garbage
 * collector). In a chunk whose quotes pair up on every line, the runs of lines with no quote at all go
 * through papaparse's fast mode (a split by line and delimiter, about five times faster here) and
 * each line with a quote through its full parser; a chunk whose quoted fields hold line breaks is
 * parsed whole. Either way the records are the ones `Papa.parse` reads from the chunk.
 */
import Papa from 'papaparse';
import { linesPaired } from './csv-ranges.js';

/** How a file's records are read: its delimiter, line ending and number of columns. */
export interface CsvShape {
  readonly delimiter: string;
  readonly newline: string;
  /** Columns of the header (a blank line is a record of one empty cell unless this is 1). */
  readonly columns: number;
}

/** Characters per piece handed to the parser. */
const PIECE = 1 << 16;

/** A record's cells, or `undefined` for a blank line (which keeps its row number). */
export type CsvRow = readonly string[] | undefined;

const parsers = new Map<string, Papa.Parser>();

function parserOf(shape: CsvShape): Papa.Parser {
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
  parser: Papa.Parser,
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

/** Where the line that holds `at` ends (after its line feed), or the text's length. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * Hands every record of `text` (a chunk of whole records) to `onRow`, in order; returns the number
 * of records (blank lines included). `paired`: what {@link linesPaired} says of `text`, when known.
 */
export function eachCsvRow(
  text: string,
  shape: CsvShape,
  onRow: (row: CsvRow) => void,
  paired = linesPaired(text),
): number {
  const parser = parserOf(shape);
  if (!paired) return parsePiece(parser, text, shape.columns, onRow);
  let records = 0;
  let pos = 0;
  let quote = text.indexOf('"');
  while (pos < text.length) {
    if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
    // A run of whole lines with no quote, at most about PIECE long.
    let end = pos + PIECE >= text.length ? text.length : lineEnd(text, pos + PIECE);
    if (quote >= 0 && quote < end) end = text.lastIndexOf('\n', quote) + 1;
    // The line of the quote, when it starts here.
    if (end <= pos) end = lineEnd(text, quote);
    records += parsePiece(parser, text.slice(pos, end), shape.columns, onRow);
    pos = end;
  }
  return records;
}
