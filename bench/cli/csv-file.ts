// A CSV file read as `sejahtera poverty` reads it, with no library work: its chunks found by number
// (cli/src/csv-ranges.ts) and parsed in pieces (cli/src/csv-rows.ts). Shared by the command's bench,
// its chunk harness and the parser baseline on threads.
import { statSync } from 'node:fs';
import { CHUNK_BYTES, openCsvChunks } from '../../cli/src/chunks.js';
import { type CsvFileRanges, CsvRangeReader, chunkCount } from '../../cli/src/csv-ranges.js';
import { type CsvShape, eachChunkRow } from '../../cli/src/csv-rows.js';

/** A CSV file as the command reads it by chunks: its ranges, shape and header. */
export async function csvFileOf(
  path: string,
): Promise<{ file: CsvFileRanges; shape: CsvShape; header: readonly string[] }> {
  const csv = await openCsvChunks(path);
  csv.close();
  const file = {
    path,
    size: statSync(path).size,
    headerEnd: csv.headerEnd,
    chunkBytes: CHUNK_BYTES,
  };
  const shape = { delimiter: csv.delimiter, newline: csv.newline, columns: csv.header.length };
  return { file, shape, header: csv.header };
}

/**
 * The chunks of the file read by number and parsed as the command reads them (`eachChunkRow`: an
 * ASCII chunk decoded a piece at a time, any other decoded whole as UTF-8); the records (none for a
 * chunk with a quoted line break, which the command reads on from the main thread). `next` gives the
 * number of the next chunk to read (all of them in order by default; threads share a counter, so
 * each takes the next chunk when it is free, as the command's do).
 */
export function parseChunks(
  file: CsvFileRanges,
  shape: CsvShape,
  next: () => number = counter(),
): number {
  const reader = new CsvRangeReader(file);
  const chunks = chunkCount(file);
  let rows = 0;
  for (let k = next(); k < chunks; k = next()) {
    const { bytes } = reader.read(k);
    rows += eachChunkRow(bytes, shape, () => {}) ?? 0;
  }
  reader.close();
  return rows;
}

/** 0, 1, 2, ... */
function counter(): () => number {
  let k = 0;
  return () => k++;
}
