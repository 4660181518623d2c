// The command's writers (cli/src/output.ts, cli/src/rejects.ts): `write` and `add` hand back a
// promise only when the buffer (64 KiB) was handed to the stream, and every row reaches the file,
// in order, whether or not the caller awaited a tick per row.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('Rejects', () => {
  it('counts rows with no file, and hands back nothing to await', () => {
    const rejects = new Rejects(undefined, String);
    const issue = { code: 'invalid_number', path: ['size'], params: {}, message: 'bad' };
    expect(rejects.add(2, [issue])).toBeUndefined();
    expect(rejects.add(3, [issue, issue])).toBeUndefined();
    expect(rejects.count).toBe(2);
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
