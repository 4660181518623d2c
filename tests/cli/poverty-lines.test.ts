// `sejahtera poverty` with a line per household: the BPS line of its province and area, or a line from
// the user's own table file, looked up on --date with the staleness rule. Expected measures from the
// FGT definitions (gap = (line - y) / line for y below the line), with the lines as BPS Provinsi
// Lampung published them for March 2023 (BRS No. 50/07/18/Th. XVIII): perdesaan Rp 534,575,
// perkotaan Rp 610,614 (the figures docs/poverty.md lists with their sources).
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

const RURAL_18 = 534_575;
const URBAN_18 = 610_614;

const jsonl = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('sejahtera poverty, a line per household', { timeout: 180_000 }, () => {
  it('--line bps --province-column --area-column: each row against its province and area', () => {
    const f = folder();
    f.write(
      'h.csv',
      'kab,prov,wil,expenditurePerCapita,size\n' +
        'A,18,perdesaan,500000,2\n' + // rural line: poor
        'A,18,kota,600000,1\n' + // urban line: poor
        'A,18,urban,700000,1\n' + // not poor
        'B,99,rural,1,1\n' + // row 5: not a province code
        'B,18,gunung,1,1\n' + // row 6: not an area
        'B,,rural,1,1\n' + // row 7: no province
        'B,35,rural,1,1\n', // row 8: Jawa Timur has no rural line in the library's table
    );
    const r = f.run([
      'poverty',
      'h.csv',
      '--by',
      'kab',
      '--line',
      'bps',
      '--date',
      '2023-06-30',
      '--province-column',
      'prov',
      '--area-column',
      'wil',
      '--format',
      'jsonl',
      '--rejects',
      'bad.csv',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    const [a, b] = jsonl(r.stdout);
    const g1 = (RURAL_18 - 500_000) / RURAL_18;
    const g2 = (URBAN_18 - 600_000) / URBAN_18;
    expect(a).toMatchObject({ kab: 'A', households: 3, population: 4, poorPopulation: 3 });
    expect(a.p0).toBeCloseTo(3 / 4, 14);
    expect(a.p1).toBeCloseTo((2 * g1 + g2) / 4, 14);
    expect(a.p2).toBeCloseTo((2 * g1 * g1 + g2 * g2) / 4, 14);
    expect(b).toMatchObject({ kab: 'B', households: 0, rejected: 4 });
    expect(
      f
        .read('bad.csv')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(0, 3)),
    ).toEqual([
      ['5', 'prov', 'unknown_province'],
      ['6', 'wil', 'invalid_area'],
      ['7', 'prov', 'missing_province'],
      ['8', 'prov', 'parameter_not_found'],
    ]);
  });

  it('a stale provincial line is an error (exit 2) unless --allow-stale', () => {
    const f = folder();
    f.write('h.csv', 'kab,prov,expenditurePerCapita\nA,18,500000\n');
    const args = ['poverty', 'h.csv', '--by', 'kab', '--line', 'bps', '--area', 'rural'];
    // Lampung has no line after March 2023 in the table: from 1 March 2024 (the next March
    // release; September 2023 was not published) that line is stale.
    const stale = f.run([
      ...args,
      '--date',
      '2024-06-30',
      '--province-column',
      'prov',
      '--lang',
      'en',
    ]);
    expect(stale.code).toBe(2);
    expect(stale.stdout).toBe('');
    expect(stale.stderr.trim().split('\n')).toHaveLength(1);
    expect(stale.stderr).toMatch(
      /bps-garis-kemiskinan-provinsi-18-perdesaan" is stale on 2024-06-30: its last value, 534575, is in force from 2023-03-01 .* pass --allow-stale/,
    );
    const allowed = f.run([
      ...args,
      '--date',
      '2024-06-30',
      '--province-column',
      'prov',
      '--allow-stale',
      '--format',
      'jsonl',
    ]);
    expect(allowed.code).toBe(0);
    expect(jsonl(allowed.stdout)[0].p1).toBeCloseTo((RURAL_18 - 500_000) / RURAL_18, 14);
  });

  it('--lines: a table of your own, by province, with the change date and the fallback line', () => {
    const f = folder();
    f.write(
      'lines.csv',
      'from,line,source,province\n' +
        '2024-01-01,500000,Perbup contoh 2024,18\n' +
        '2024-07-01,"Rp 520.000",Perbup contoh 2024-07,18\n' +
        '2024-01-01,450000,Contoh nasional,\n',
    );
    f.write('h.csv', 'kab,prov,expenditurePerCapita\nA,18,510000\nB,33,400000\n');
    const run = (date: string) =>
      f.run([
        'poverty',
        'h.csv',
        '--by',
        'kab',
        '--lines',
        'lines.csv',
        '--province-column',
        'prov',
        '--date',
        date,
        '--format',
        'jsonl',
        '-q',
      ]);
    // 30 June: province 18 has 500,000 (510,000 is not below it); 1 July the new line is in force.
    const june = jsonl(run('2024-06-30').stdout);
    expect(june[0]).toMatchObject({ kab: 'A', p0: 0, p1: 0 });
    // Province 33 is not in the table: the line without a province, 450,000.
    expect(june[1].p1).toBeCloseTo(50_000 / 450_000, 14);
    const july = jsonl(run('2024-07-01').stdout);
    expect(july[0].p0).toBe(1);
    expect(july[0].p1).toBeCloseTo(10_000 / 520_000, 14);
    // Before the table's first line: no line in force, the rows are rejected.
    const early = run('2023-12-31');
    expect(early.code).toBe(1);
  });

  it('--lines as JSON, --area-column picks the area table; --lines-cadence makes old lines stale', () => {
    const f = folder();
    f.write(
      'lines.json',
      JSON.stringify([
        { from: '2024-03-01', line: 600_000, source: 'Contoh perkotaan', area: 'perkotaan' },
        { from: '2024-03-01', line: 500_000, source: 'Contoh perdesaan', area: 'perdesaan' },
      ]),
    );
    f.write(
      'h.jsonl',
      '{"k":"x","a":"kota","expenditurePerCapita":550000}\n{"k":"x","a":"desa","expenditurePerCapita":550000}\n',
    );
    const base = ['poverty', 'h.jsonl', '--by', 'k', '--lines', 'lines.json', '--area-column', 'a'];
    const ok = f.run([...base, '--date', '2025-02-28', '--format', 'jsonl', '-q']);
    expect(ok.code, ok.stderr).toBe(0);
    // Urban 550,000 < 600,000: poor, gap 1/12; rural 550,000 >= 500,000: not poor.
    expect(jsonl(ok.stdout)[0]).toMatchObject({ population: 2, poorPopulation: 1, p0: 0.5 });
    expect(jsonl(ok.stdout)[0].p1).toBeCloseTo(50_000 / 600_000 / 2, 14);
    // Yearly lines: from 1 March 2025 on the 2024 line is stale.
    const stale = f.run([
      ...base,
      '--date',
      '2025-03-01',
      '--lines-cadence',
      'annual',
      '--lang',
      'en',
    ]);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/is stale on 2025-03-01.*--allow-stale/);
    expect(
      f.run([...base, '--date', '2025-03-01', '--lines-cadence', 'annual', '--allow-stale', '-q'])
        .code,
    ).toBe(0);
  });

  it('usage errors (exit 2, one line)', () => {
    const f = folder();
    f.write('h.csv', 'kab,prov,expenditurePerCapita\nA,18,500000\n');
    f.write('nosource.csv', 'from,line\n2024-01-01,500000\n');
    f.write('byprov.csv', 'from,line,source,province\n2024-01-01,500000,x,18\n');
    const cases: [string[], RegExp][] = [
      [['--lines', 'nosource.csv', '--date', '2024-06-30'], /has no column 'source'/],
      [['--lines', 'nosource.csv'], /needs --date/],
      [['--lines', 'nosource.csv', '--line', '5', '--date', '2024-06-30'], /use one/],
      [
        ['--line', '600000', '--province-column', 'prov', '--date', '2024-06-30'],
        /take --line bps or --lines/,
      ],
      [
        ['--line', 'bps', '--province-column', 'provinsi', '--date', '2023-06-30'],
        /has no column 'provinsi'; its columns are 'kab', 'prov'/,
      ],
      [
        ['--lines', 'byprov.csv', '--date', '2024-06-30'],
        /has lines by province: pass --province-column/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = f.run(['poverty', 'h.csv', '--by', 'kab', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    f.write('badline.csv', 'from,line,source\n2024-01-01,nol,x\n');
    const bad = f.run([
      'poverty',
      'h.csv',
      '--by',
      'kab',
      '--lines',
      'badline.csv',
      '--date',
      '2024-06-30',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/badline\.csv row 2: line must be a positive whole number/);
  });
});
