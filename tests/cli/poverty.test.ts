// `sejahtera poverty`, run as a built command over real files. Expected measures are worked out by
// hand from the FGT definitions: P0 = poor persons / persons, P1 = sum(n*w*gap)/persons,
// P2 = sum(n*w*gap^2)/persons, gap = (line - y) / line for y < line.
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

// Rows (spreadsheet numbers): 2 A 300,000 x4; 3 A 900,000 x2 (weight blank = 1); 4 B 'abc' (rejected);
// 5 blank line; 6 no group (rejected); 7 B 450,000 x3 weight 2.
// Line 600,000. A: persons 6, poor 4, gap 0.5 -> P0 4/6, P1 4*0.5/6 = 1/3, P2 4*0.25/6 = 1/6.
// B: persons 3*2 = 6, all poor, gap 0.25 -> P0 1, P1 0.25, P2 0.0625.
const HOUSEHOLDS =
  '\uFEFFkab;expenditurePerCapita;size;weight\n' +
  'A;"Rp 300.000";4;1\n' +
  'A;900000;2;\n' +
  'B;abc;1;1\n' +
  '\n' +
  ';100;1;1\n' +
  'B;450.000;3;2\n';

function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

describe('sejahtera poverty', { timeout: 180_000 }, () => {
  it('gives P0, P1, P2 per group from a ;-separated CSV with a BOM and quoted cells', () => {
    const f = folder();
    f.write('h.csv', HOUSEHOLDS);
    const r = f.run(['poverty', 'h.csv', '--by', 'kab', '--line', '600000', '--lang', 'en']);
    expect(r.code).toBe(1);
    const [header, a, b] = parseCsv(r.stdout);
    expect(header).toEqual([
      'kab',
      'households',
      'rejected',
      'population',
      'poorPopulation',
      'p0',
      'p1',
      'p2',
    ]);
    expect(a?.slice(0, 5)).toEqual(['A', '2', '0', '6', '4']);
    expect(Number(a?.[5])).toBeCloseTo(4 / 6, 12);
    expect(Number(a?.[6])).toBeCloseTo(1 / 3, 12);
    expect(Number(a?.[7])).toBeCloseTo(1 / 6, 12);
    expect(b?.slice(0, 5)).toEqual(['B', '1', '1', '6', '6']);
    expect(Number(b?.[5])).toBe(1);
    expect(Number(b?.[6])).toBeCloseTo(0.25, 12);
    expect(Number(b?.[7])).toBeCloseTo(0.0625, 12);
    expect(r.stderr).toMatch(/sejahtera poverty: 5 rows, 3 passed, 2 rejected/);
    expect(r.stderr).toMatch(/2 groups/);
  });

  it('writes rejected rows with spreadsheet row numbers, column, code and message in the chosen language', () => {
    const f = folder();
    f.write('h.csv', HOUSEHOLDS);
    f.run([
      'poverty',
      'h.csv',
      '--by',
      'kab',
      '--line',
      '600000',
      '--rejects',
      'bad.csv',
      '--lang',
      'en',
    ]);
    const en = parseCsv(f.read('bad.csv'));
    expect(en[0]).toEqual(['row', 'column', 'code', 'message']);
    expect(en.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['4', 'expenditurePerCapita', 'invalid_number'],
      ['6', 'kab', 'missing_group'],
    ]);
    expect(f.read('bad.csv')).toContain('The group column is empty.');
    f.run(['poverty', 'h.csv', '--by', 'kab', '--line', '600000', '--rejects', 'buruk.jsonl']);
    const id = f
      .read('buruk.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(id.map((r) => r.row)).toEqual([4, 6]);
    expect(id[1].message).toBe('Kolom kelompok kosong.');
    expect(id[0].message).not.toBe(en[1]?.[3]);
  });

  it('exits 0 when the rejected rows are within --max-rejects, 1 above it', () => {
    const f = folder();
    f.write('h.csv', HOUSEHOLDS);
    const args = ['poverty', 'h.csv', '--by', 'kab', '--line', '600000', '-q'];
    expect(f.run([...args, '--max-rejects', '2']).code).toBe(0);
    expect(f.run([...args, '--max-rejects', '1']).code).toBe(1);
  });

  it('exits 0 with every row valid, and --out picks the format from the extension', () => {
    const f = folder();
    f.write('h.csv', 'desa,expenditurePerCapita\nX,100\nX,300\nY,500\n');
    const r = f.run(['poverty', 'h.csv', '--by', 'desa', '--line', '200', '--out', 'm.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const groups = JSON.parse(f.read('m.json'));
    // X: 100 poor (gap 0.5), 300 not: P0 0.5, P1 0.25, P2 0.125. Y: none poor.
    expect(groups).toEqual([
      {
        desa: 'X',
        households: 2,
        rejected: 0,
        population: 2,
        poorPopulation: 1,
        p0: 0.5,
        p1: 0.25,
        p2: 0.125,
      },
      {
        desa: 'Y',
        households: 1,
        rejected: 0,
        population: 1,
        poorPopulation: 0,
        p0: 0,
        p1: 0,
        p2: 0,
      },
    ]);
  });

  it('takes the BPS line in force on --date (urban, March 2025: Rp 629,561 per BPS)', () => {
    const f = folder();
    // 629,560 is below the line, 629,561 is on it (not poor: poor means below the line).
    f.write(
      'h.jsonl',
      '{"k":"u","expenditurePerCapita":629560}\n{"k":"u","expenditurePerCapita":629561}\n',
    );
    const r = f.run([
      'poverty',
      'h.jsonl',
      '--by',
      'k',
      '--line',
      'bps',
      '--date',
      '2025-03-01',
      '--area',
      'urban',
      '--format',
      'jsonl',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ k: 'u', households: 2, p0: 0.5 });
    expect(r.stderr).toContain('629561');
  });

  it('a BPS line without --date, an unknown area or a bad --line are usage errors (exit 2)', () => {
    const f = folder();
    f.write('h.csv', 'k,expenditurePerCapita\na,1\n');
    const base = ['poverty', 'h.csv', '--by', 'k'];
    const noDate = f.run([...base, '--line', 'bps']);
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toMatch(/--line bps needs --date/);
    expect(f.run([...base, '--line', 'bps', '--date', '2025-03-01', '--area', 'kota']).code).toBe(
      2,
    );
    expect(f.run([...base, '--line', 'minus']).code).toBe(2);
    expect(f.run([...base, '--line', '0']).code).toBe(2);
    expect(f.run(['poverty', 'h.csv', '--line', '5']).stderr).toMatch(/needs --by/);
  });

  it('names the columns a file has when --by or a needed column is missing', () => {
    const f = folder();
    f.write('h.csv', 'kab,pengeluaran\nA,100\n');
    const by = f.run(['poverty', 'h.csv', '--by', 'kecamatan', '--line', '200']);
    expect(by.code).toBe(2);
    expect(by.stderr.trim().split('\n')).toHaveLength(1);
    expect(by.stderr).toContain("has no column 'kecamatan'; its columns are 'kab', 'pengeluaran'");
    const field = f.run(['poverty', 'h.csv', '--by', 'kab', '--line', '200']);
    expect(field.code).toBe(2);
    expect(field.stderr).toContain("no column 'expenditurePerCapita'");
    expect(field.stderr).toContain('--map expenditurePerCapita=<column>');
    const mapped = f.run([
      'poverty',
      'h.csv',
      '--by',
      'kab',
      '--line',
      '200',
      '--map',
      'expenditurePerCapita=pengeluaran',
      '--format',
      'jsonl',
    ]);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ kab: 'A', p0: 1, p1: 0.5 });
  });

  it('reads standard input (CSV, tab-separated) when no file is given', () => {
    const f = folder();
    const r = f.run(
      ['poverty', '--by', 'k', '--line', '200', '--format', 'jsonl', '-q'],
      'k\texpenditurePerCapita\tsize\nz\t50\t2\nz\t400\t2\n',
    );
    expect(r.code).toBe(0);
    // persons 4, poor 2 with gap 0.75: P0 0.5, P1 2*0.75/4 = 0.375, P2 2*0.5625/4 = 0.28125.
    expect(JSON.parse(r.stdout)).toEqual({
      k: 'z',
      households: 2,
      rejected: 0,
      population: 4,
      poorPopulation: 2,
      p0: 0.5,
      p1: 0.375,
      p2: 0.28125,
    });
  });
});
