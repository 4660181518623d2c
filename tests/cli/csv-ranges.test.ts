// The chunks each worker finds by itself in a CSV file (csv-ranges.ts) are the chunks the one reader
// cuts from the start (chunks.ts), whenever no quoted field holds a line break; and the records of a
// chunk read in pieces (csv-rows.ts) are the records papaparse reads from the whole chunk, also when
// an ASCII chunk is decoded a piece at a time.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvChunksFrom, openCsvChunks } from '../../cli/src/chunks.js';
import { chunkCount, CsvRangeReader, linesPaired } from '../../cli/src/csv-ranges.js';
import {
  type CsvShape,
  eachAsciiCsvRow,
  eachChunkRow,
  eachCsvRow,
  quotesWellFormed,
} from '../../cli/src/csv-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'sejahtera-ranges-'));
let files = 0;

/** A cell: plain text, or quoted with commas and doubled quotes (and, when allowed, line breaks). */
const cell = (breaks: boolean) =>
  fc.oneof(
    fc.stringMatching(/^[a-z0-9 .]{0,12}$/),
    fc
      .array(fc.constantFrom('a', ',', '""', ' ', '9', ...(breaks ? ['\n'] : [])), {
        maxLength: 8,
      })
      .map((parts) => `"${parts.join('')}"`),
  );
const line = (breaks: boolean) =>
  fc.oneof(
    {
      weight: 9,
      arbitrary: fc.array(cell(breaks), { minLength: 1, maxLength: 5 }).map((c) => c.join(',')),
    },
    { weight: 1, arbitrary: fc.constant('') },
  );
const csv = (breaks: boolean) =>
  fc
    .tuple(fc.array(line(breaks), { maxLength: 60 }), fc.boolean(), fc.constantFrom('\n', '\r\n'))
    .map(([lines, lastNewline, nl]) => {
      const body = lines.join(nl);
      return `a,b,c${nl}${body}${lastNewline && body !== '' ? nl : ''}`;
    });

async function oneReaderCuts(path: string, from: number, chunkBytes: number): Promise<number[]> {
  const rest = csvChunksFrom(path, from, chunkBytes);
  const ends: number[] = [];
  let at = from;
  for await (const chunk of rest.chunks) {
    at += chunk.length;
    ends.push(at);
  }
  rest.close();
  return ends;
}

describe('chunks found from anywhere in a CSV file', () => {
  it('are the chunks one reader cuts from the start, and hold every byte once', async () => {
    await fc.assert(
      fc.asyncProperty(csv(false), fc.integer({ min: 1, max: 90 }), async (text, chunkBytes) => {
        const path = join(dir, `f${files++}.csv`);
        writeFileSync(path, text);
        const opened = await openCsvChunks(path);
        opened.close();
        const file = {
          path,
          size: Buffer.byteLength(text),
          headerEnd: opened.headerEnd,
          chunkBytes,
        };
        const reader = new CsvRangeReader(file);
        const ends: number[] = [];
        let joined = '';
        let previousEnd = file.headerEnd;
        for (let k = 0; k < chunkCount(file); k++) {
          const { start, end, bytes } = reader.read(k);
          expect(start).toBe(previousEnd);
          previousEnd = end;
          joined += Buffer.from(bytes).toString('utf8');
          if (end === start) continue;
          ends.push(end);
          // Every chunk starts at a line start.
          expect(start === file.headerEnd || text[start - 1] === '\n').toBe(true);
        }
        reader.close();
        expect(joined).toBe(text.slice(file.headerEnd));
        expect(ends).toEqual(await oneReaderCuts(path, file.headerEnd, chunkBytes));
      }),
      { numRuns: 150 },
    );
  });

  it('say when a line holds a quote without its pair (a quoted field with a line break)', () => {
    expect(linesPaired('a,b\n"x, ""y""",2\n')).toBe(true);
    expect(linesPaired('no quotes\nat all\n')).toBe(true);
    expect(linesPaired('a,"two\nlines"\n')).toBe(false);
    expect(linesPaired('a,"open\n')).toBe(false);
    expect(linesPaired('"a"\n"b\nc"\n')).toBe(false);
  });
});

describe('the records of a chunk read in pieces', () => {
  /** `text` as ASCII bytes read by eachAsciiCsvRow: its records, and what it returned. */
  const asciiPieces = (text: string, shape: CsvShape, piece: number) => {
    const rows: (readonly string[] | undefined)[] = [];
    const records = eachAsciiCsvRow(
      Buffer.from(text, 'latin1'),
      shape,
      (row) => rows.push(row),
      piece,
    );
    return { rows, records };
  };

  it('are the records papaparse reads from the whole chunk (also an ASCII chunk decoded by pieces)', () => {
    fc.assert(
      fc.property(csv(true), fc.integer({ min: 1, max: 40 }), (text, piece) => {
        const newline = text.includes('\r\n') ? '\r\n' : '\n';
        const shape = { delimiter: ',', newline, columns: 3 };
        const rows: (readonly string[] | undefined)[] = [];
        const records = eachCsvRow(
          text,
          shape,
          (row) => {
            rows.push(row);
          },
          undefined,
          piece,
        );
        const data = Papa.parse<string[]>(text, { delimiter: ',', newline: newline as '\n' }).data;
        if (text.endsWith('\n')) data.pop();
        const expected = data.map((r) => (r.length === 1 && r[0] === '' ? undefined : r));
        expect(rows).toEqual(expected);
        expect(records).toBe(expected.length);
        // The same chunk as ASCII bytes, decoded a piece at a time: the same records, or none (undefined)
        // when a quoted field holds a line break.
        const ascii = asciiPieces(text, shape, piece);
        if (!linesPaired(text)) {
          expect(ascii.records).toBeUndefined();
        } else {
          expect(ascii.rows).toEqual(expected);
          expect(ascii.records).toBe(expected.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  /**
   * Each line of `text` as it stands (with its line ending) parsed on its own by papaparse, less the
   * empty record papaparse reads after a final line ending; a blank line is one blank record.
   */
  const lineByLine = (text: string, delimiter: string, newline: string, columns: number) => {
    const lines = text === '' ? [] : text.split(newline);
    if (text.endsWith(newline)) lines.pop();
    const out: (readonly string[] | undefined)[] = [];
    lines.forEach((l, i) => {
      const whole = i < lines.length - 1 || text.endsWith(newline) ? l + newline : l;
      const data = Papa.parse<string[]>(whole, { delimiter, newline: newline as '\n' }).data;
      const last = data[data.length - 1];
      if (whole.endsWith('\n') && last?.length === 1 && last[0] === '') data.pop();
      for (const r of data)
        out.push(r.length === 1 && r[0] === '' && columns !== 1 ? undefined : r);
    });
    return out;
  };

  // Lines of fragments with quotes anywhere (`x"`, `"x"y`, `""`), a stray carriage return, and the
  // delimiter; no line feed inside a line.
  const looseText = fc
    .tuple(
      fc.array(
        fc
          .array(fc.constantFrom('a', 'b9', ' ', 'D', '"', '""', '"x"', 'x"', '\r'), {
            maxLength: 7,
          })
          .map((parts) => parts.join('')),
        { maxLength: 30 },
      ),
      fc.constantFrom(',', ';', '\t'),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
    )
    .map(([lines, delimiter, newline, last]) => {
      const body = lines.map((l) => l.replaceAll('D', delimiter)).join(newline);
      return { text: `${body}${last && body !== '' ? newline : ''}`, delimiter, newline };
    });

  it('of a chunk whose quotes pair up on every line are the records of each line read alone', () => {
    fc.assert(
      fc.property(
        looseText,
        fc.integer({ min: 1, max: 30 }),
        ({ text, delimiter, newline }, piece) => {
          fc.pre(linesPaired(text) && !(newline === '\r\n' && /(^|[^\r])\n/.test(text)));
          const shape = { delimiter, newline, columns: 3 };
          const rows: (readonly string[] | undefined)[] = [];
          eachCsvRow(text, shape, (row) => rows.push(row), undefined, piece);
          expect(rows).toEqual(lineByLine(text, delimiter, newline, 3));
          if (quotesWellFormed(text, shape)) {
            // Well-formed quotes: the whole text read at once gives the same records.
            const data = Papa.parse<string[]>(text, { delimiter, newline: newline as '\n' }).data;
            if (text.endsWith('\n')) data.pop();
            expect(rows).toEqual(data.map((r) => (r.length === 1 && r[0] === '' ? undefined : r)));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('say which quotes are well formed (by hand)', () => {
    const comma = { delimiter: ',', newline: '\n', columns: 3 };
    expect(quotesWellFormed('a,"b, c",d\n"x ""y""",2\n', comma)).toBe(true);
    expect(quotesWellFormed('"",""""\n', comma)).toBe(true);
    expect(quotesWellFormed('no quotes\n', comma)).toBe(true);
    // A quote inside an unquoted field, text after a closing quote, a quote left open.
    expect(quotesWellFormed('a,5" screen,b\n', comma)).toBe(false);
    expect(quotesWellFormed('a,"b"c,d\n', comma)).toBe(false);
    expect(quotesWellFormed('a,"b\n', comma)).toBe(false);
    // A quoted field holding a line feed; a space before the opening quote.
    expect(quotesWellFormed('a,"b\nc"\n', comma)).toBe(false);
    expect(quotesWellFormed('a, "b"\n', comma)).toBe(false);
    // The line ending is the file's: `"a"` before a carriage return and a line feed, in a file of
    // line feeds, is followed by a carriage return (text of the field's line, not its end).
    expect(quotesWellFormed('"a"\r\n', comma)).toBe(false);
    expect(
      quotesWellFormed('"a"\r\n"b";"c"', { delimiter: ';', newline: '\r\n', columns: 2 }),
    ).toBe(true);
  });

  it('of an ASCII chunk decoded a piece at a time are those of the whole text, with loose quotes', () => {
    fc.assert(
      fc.property(
        looseText,
        fc.integer({ min: 1, max: 30 }),
        ({ text, delimiter, newline }, piece) => {
          const shape = { delimiter, newline, columns: 3 };
          const { rows, records } = asciiPieces(text, shape, piece);
          if (!linesPaired(text)) {
            expect(records).toBeUndefined();
            return;
          }
          const whole: (readonly string[] | undefined)[] = [];
          expect(records).toBe(eachCsvRow(text, shape, (row) => whole.push(row)));
          expect(rows).toEqual(whole);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('of an ASCII chunk decoded a piece at a time, by hand', () => {
    const text = 'a,1\n"b, c",2\n\nd,"x ""y"""\ne,5\n';
    const shape = { delimiter: ',', newline: '\n', columns: 2 };
    const rows: (readonly string[] | undefined)[] = [];
    // Pieces of about 4 bytes: every line is a piece of its own.
    expect(eachAsciiCsvRow(Buffer.from(text), shape, (row) => rows.push(row), 4)).toBe(5);
    expect(rows).toEqual([['a', '1'], ['b, c', '2'], undefined, ['d', 'x "y"'], ['e', '5']]);
    // A quoted field with a line break in the last piece: the chunk is not read in pieces.
    const broken = 'a,1\nb,2\nc,"3\n4"\n';
    expect(eachAsciiCsvRow(Buffer.from(broken), shape, () => {}, 4)).toBeUndefined();
    // A chunk as the command reads it: ASCII by pieces, other bytes whole as UTF-8 (a byte order mark
    // kept, as Buffer#toString keeps it), none when a quoted field holds a line break.
    const chunk = (text: string) => {
      const out: (readonly string[] | undefined)[] = [];
      return {
        records: eachChunkRow(new TextEncoder().encode(text), shape, (row) => out.push(row)),
        out,
      };
    };
    expect(chunk(text)).toEqual({ records: 5, out: rows });
    expect(chunk('\uFEFFDésa,"Rp 1.000"\nkota,2\n')).toEqual({
      records: 2,
      out: [
        ['\uFEFFDésa', 'Rp 1.000'],
        ['kota', '2'],
      ],
    });
    expect(chunk(broken).records).toBeUndefined();
    expect(chunk('é,"1\n2"\n').records).toBeUndefined();
  });
});
