// A columnar input reads only the columns a command names (`Source.only`): Parquet's other columns are
// not decoded and come back blank (the first test, which fails without `only`). `poverty` and
// `validate` name only the columns they read; their results over a file with columns they do not use
// are worked out by hand in the other two, which check the commands end to end (they would pass
// whether or not the unused columns were decoded).
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { openSource } from '../../cli/src/input.js';
import { folder } from './run.js';

async function rowsOf(path: string, only?: readonly string[]) {
  const source = await openSource(path, undefined);
  if (only !== undefined) source.only?.(only);
  const rows: unknown[] = [];
  for await (const r of source.rows) rows.push(r.cells);
  return { header: source.header, rows };
}

describe('Parquet columns read on demand', () => {
  const write = () => {
    const f = folder();
    parquetWriteFile({
      filename: f.path('h.parquet'),
      rowGroupSize: 2,
      columnData: [
        { name: 'id', data: ['r1', 'r2', 'r3'], type: 'STRING' },
        { name: 'kab', data: ['A', 'B', 'A'], type: 'STRING' },
        { name: 'expenditurePerCapita', data: [300000, 450000, 900000], type: 'INT32' },
        { name: 'note', data: [1.5, null, 2.5], type: 'DOUBLE' },
      ],
    });
    return f;
  };

  it('reads every column by default, and only the named ones when asked', async () => {
    const f = write();
    const all = await rowsOf(f.path('h.parquet'));
    expect(all.header).toEqual(['id', 'kab', 'expenditurePerCapita', 'note']);
    expect(all.rows).toEqual([
      ['r1', 'A', '300000', '1.5'],
      ['r2', 'B', '450000', ''],
      ['r3', 'A', '900000', '2.5'],
    ]);
    const some = await rowsOf(f.path('h.parquet'), ['expenditurePerCapita', 'kab']);
    expect(some.header).toEqual(all.header);
    expect(some.rows).toEqual([
      ['', 'A', '300000', ''],
      ['', 'B', '450000', ''],
      ['', 'A', '900000', ''],
    ]);
  });

  it("gives poverty's hand-worked measures over a file with columns it does not use", () => {
    const f = write();
    const r = f.run(['poverty', 'h.parquet', '--by', 'kab', '--line', '600000', '-q']);
    expect(r.code).toBe(0);
    // A: 300,000 (gap 0.5) and 900,000 -> P0 1/2, P1 1/4; B: 450,000 (gap 0.25) -> P0 1, P1 1/4.
    const [, a, b] = r.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    expect(a?.slice(0, 5)).toEqual(['A', '2', '0', '2', '1']);
    expect(Number(a?.[5])).toBe(0.5);
    expect(Number(a?.[6])).toBe(0.25);
    expect(b?.slice(0, 5)).toEqual(['B', '1', '0', '1', '1']);
    expect(Number(b?.[6])).toBe(0.25);
  });

  it('validates the household fields of a file with other columns', () => {
    const f = write();
    const r = f.run(['validate', 'h.parquet', '--as', 'household', '--format', 'jsonl', '-q']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).expenditurePerCapita),
    ).toEqual([300000, 450000, 900000]);
  });
});
