// The command's writers (cli/src/output.ts, cli/src/rejects.ts): `write` and `add` hand back a
// promise only when the buffer (64 KiB) was handed to the stream, and every row reaches the file,
// in order, whether or not the caller awaited a tick per row; that promise waits for the stream only
// once it holds 16 pieces; and `writeNumbered` (the rejects file's rows) writes what `write` writes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { RowWriter } from '../../cli/src/output.js';
import { Rejects } from '../../cli/src/rejects.js';

const dir = mkdtempSync(join(tmpdir(), 'sejahtera-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('RowWriter', () => {
  it('returns a promise only when 64 KiB were buffered, and writes every row in order', async () => {
    const path = join(dir, 'rows.csv');
    const writer = new RowWriter('csv', ['row', 'note'], path);
    // Each row is "N,<100 x's>\n": about 105 bytes, so the buffer passes 65,536 characters at the
    // 620th to 630th row (the header "row,note\n" is 9 more), not before.
    const note = 'x'.repeat(100);
    const handedAt: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const handed = writer.write({ row: i, note });
      if (handed !== undefined) {
        handedAt.push(i);
        await handed;
      }
    }
    await writer.end();
    expect(handedAt.length).toBe(3);
    expect(handedAt[0]).toBeGreaterThan(600);
    expect(handedAt[0]).toBeLessThan(640);
    const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').trimEnd()).data;
    expect(rows[0]).toEqual(['row', 'note']);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(
      Array.from({ length: 2000 }, (_, i) => i),
    );
  });
});

/** A stream that takes every write and finishes none until `release`: its buffer only grows. */
class StalledStream extends Writable {
  readonly texts: string[] = [];
  private waiting: (() => void)[] = [];
  constructor() {
    super({ decodeStrings: false });
  }
  override _write(chunk: string, _encoding: string, done: () => void): void {
    this.texts.push(chunk);
    this.waiting.push(done);
  }
  /** Finishes the writes held; the stream then takes the next one and holds it in turn. */
  release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const done of waiting) done();
  }
}

/** 'resolved' when the promise settles within 50 ms, else 'waiting'. */
const within = (p: Promise<void>) =>
  Promise.race([
    p.then(() => 'resolved'),
    new Promise((done) => setTimeout(() => done('waiting'), 50)),
  ]);

describe('RowWriter waits for a stream only when it holds 16 pieces', () => {
  it('hands pieces on to a stream that has written none of them, up to 1 MiB, then waits', async () => {
    const stream = new StalledStream();
    const writer = new RowWriter('csv', ['row', 'note'], undefined, stream);
    const note = 'y'.repeat(1000);
    const handed: Promise<void>[] = [];
    let row = 0;
    // Each piece is about 65,536 characters (a 16 KiB stream mark is below one): the first 15
    // pieces leave the stream holding less than 16 x 65,536, so nothing waits on it.
    while (handed.length < 15) {
      const p = writer.write({ row: row++, note });
      if (p !== undefined) handed.push(p);
    }
    for (const p of handed) expect(await within(p)).toBe('resolved');
    expect(stream.writableLength).toBeLessThan(16 * 65_536);
    // The 16th piece takes it past 16 x 65,536: that hand-over waits for the stream to drain.
    let last: Promise<void> | undefined;
    while (last === undefined) last = writer.write({ row: row++, note });
    expect(stream.writableLength).toBeGreaterThanOrEqual(16 * 65_536);
    expect(await within(last)).toBe('waiting');
    // Released write by write (the stream runs one at a time), it drains and the hand-over ends.
    const releasing = setInterval(() => stream.release(), 1);
    await last;
    await writer.end();
    clearInterval(releasing);
    stream.release();
    const rows = Papa.parse<string[]>(stream.texts.join('').trimEnd()).data;
    expect(rows.length).toBe(row + 1);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(
      Array.from({ length: row }, (_, i) => i),
    );
  });
});

/** What a writer of `format` wrote to a stream, once ended. */
async function written(
  format: 'csv' | 'json' | 'jsonl',
  columns: readonly string[],
  writeAll: (writer: RowWriter) => void,
): Promise<string> {
  const texts: string[] = [];
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      texts.push(chunk);
      done();
    },
  });
  const writer = new RowWriter(format, columns, undefined, stream);
  writeAll(writer);
  await writer.end();
  return texts.join('');
}

describe('RowWriter.writeNumbered', () => {
  // Cells a CSV or JSON writer must quote or escape: delimiters, quotes, line breaks, edge spaces.
  const cell = fc.oneof(
    fc.constant(undefined),
    fc.string({
      unit: fc.constantFrom('a', 'B', ',', '"', '\n', '\r', ' ', ';', '\t', 'é', '😀', '\\', '0'),
    }),
    fc.string({ unit: 'grapheme' }),
  );
  const rest = fc.record({ column: cell, code: cell, message: cell });
  const first = fc.oneof(
    fc.integer(),
    fc.constantFrom(Number.NaN, 1.5, -0, 2 ** 60, Number.POSITIVE_INFINITY),
  );

  it('writes what write writes, for every format, with keys that repeat', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('csv' as const, 'json' as const, 'jsonl' as const),
        fc.array(rest, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(first, fc.nat()), { maxLength: 40 }),
        async (format, rests, rows) => {
          const columns = ['row', 'column', 'code', 'message'];
          const pick = (i: number) => rests[i % rests.length] as (typeof rests)[number];
          // The key of each distinct rest: its place in `rests` (equal rests may share it or not).
          const plain = await written(format, columns, (w) => {
            for (const [n, i] of rows) w.write({ row: n, ...pick(i) });
          });
          const numbered = await written(format, columns, (w) => {
            for (const [n, i] of rows) w.writeNumbered(n, String(i % rests.length), pick(i));
          });
          expect(numbered).toBe(plain);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a one-column row and a row whose other cells are all absent', async () => {
    for (const format of ['csv', 'json', 'jsonl'] as const) {
      const one = await written(format, ['row'], (w) => {
        w.writeNumbered(3, 'k', {});
        w.writeNumbered(4, 'k', {});
      });
      expect(one).toBe(
        await written(format, ['row'], (w) => {
          w.write({ row: 3 });
          w.write({ row: 4 });
        }),
      );
      const empty = await written(format, ['row', 'a', 'b'], (w) => {
        w.writeNumbered(5, 'k', { a: undefined, b: undefined });
      });
      expect(empty).toBe(
        format === 'csv'
          ? 'row,a,b\n5,,\n'
          : format === 'json'
            ? '[\n{"row":5}\n]\n'
            : '{"row":5}\n',
      );
    }
  });
});

describe('Rejects', () => {
  it('counts rows with no file, and hands back nothing to await', () => {
    const rejects = new Rejects(undefined, String);
    const issue = { code: 'invalid_number', path: ['size'], params: {}, message: 'bad' };
    expect(rejects.add(2, [issue])).toBeUndefined();
    expect(rejects.add(3, [issue, issue])).toBeUndefined();
    expect(rejects.count).toBe(2);
  });

  it('keeps apart issues whose column, code and message run together alike', async () => {
    const path = join(dir, 'rejects-keys.csv');
    // Column names are the issue's path here: "a" + "bc" and "ab" + "c" read the same joined.
    const rejects = new Rejects(path, String);
    const issue = (column: string, code: string, message: string) => ({
      code,
      path: [column],
      params: {},
      message,
    });
    for (let row = 2; row < 6; row++) {
      rejects.add(row, [issue('a', 'bc', 'm, "q"'), issue('ab', 'c', 'm, "q"')]);
      rejects.add(row, [issue('a', 'b', 'cm, "q"')]);
    }
    await rejects.end();
    const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').trimEnd()).data;
    expect(rows.slice(1)).toEqual(
      [2, 3, 4, 5].flatMap((row) => [
        [String(row), 'a', 'bc', 'm, "q"'],
        [String(row), 'ab', 'c', 'm, "q"'],
        [String(row), 'a', 'b', 'cm, "q"'],
      ]),
    );
  });

  it('writes every issue of a row whose issues fill the buffer twice, awaiting both hand-overs', async () => {
    const path = join(dir, 'rejects.csv');
    const rejects = new Rejects(path, (field) => `col:${String(field)}`);
    // Two issues of 70,000 characters each: each one alone passes the 64 KiB buffer.
    const big = (c: string) => ({
      code: 'invalid_number',
      path: [c],
      params: {},
      message: c.repeat(70_000),
    });
    const handed = rejects.add(7, [big('a'), big('b')]);
    expect(handed).toBeInstanceOf(Promise);
    await handed;
    expect(rejects.add(8, [{ code: 'too_small', path: ['size'], params: {}, message: 'm' }])).toBe(
      undefined,
    );
    await rejects.end();
    const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').trimEnd()).data;
    expect(rows).toEqual([
      ['row', 'column', 'code', 'message'],
      ['7', 'col:a', 'invalid_number', 'a'.repeat(70_000)],
      ['7', 'col:b', 'invalid_number', 'b'.repeat(70_000)],
      ['8', 'col:size', 'too_small', 'm'],
    ]);
  });
});
