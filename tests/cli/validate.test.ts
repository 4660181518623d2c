// `sejahtera validate`, run as a built command over real files: every record type, every input and
// output format, rejects with spreadsheet row numbers and masked identifiers, exit codes.
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

const jsonl = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('sejahtera validate', { timeout: 180_000 }, () => {
  it('household, tab-separated: normalised rows out as CSV, bad rows rejected, exit 1', () => {
    const f = folder();
    f.write(
      'h.tsv',
      'expenditurePerCapita\tsize\tweight\n"Rp 450.000"\t4\t\n1.250.000,50\t\t2\n\t3\t1\n-5\t2\t1\n',
    );
    const r = f.run([
      'validate',
      'h.tsv',
      '--as',
      'household',
      '--rejects',
      'r.csv',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('expenditurePerCapita,size,weight\n450000,4,\n1250000.5,,2\n');
    const rejects = f.read('r.csv').trim().split('\n');
    expect(rejects[0]).toBe('row,column,code,message');
    // Row 4 has a blank expenditure (required, never 0), row 5 a negative one.
    expect(rejects.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([
      ['4', 'expenditurePerCapita'],
      ['5', 'expenditurePerCapita'],
    ]);
    expect(r.stderr).toMatch(/4 rows, 2 passed, 2 rejected/);
  });

  it('exit 0 when every row passes; the summary in Indonesian by default', () => {
    const f = folder();
    f.write('h.csv', 'expenditurePerCapita\n100\n200\n');
    const r = f.run(['validate', 'h.csv', '--as', 'household']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 baris, 2 lolos, 0 ditolak/);
  });

  it('member: a NIK never appears in the rejects file; a repeated NIK is a duplicate', () => {
    const f = folder();
    const good = '3304124505850001';
    const bad = '3304129905850001'; // day 99: not a date of birth
    f.write('m.csv', `nik,name,sex\n${good},Siti,P\n${bad},Ani,P\n${good},Siti lagi,P\n`);
    const r = f.run([
      'validate',
      'm.csv',
      '--as',
      'member',
      '--rejects',
      'r.jsonl',
      '--format',
      'jsonl',
    ]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout)).toEqual([{ nik: good, name: 'Siti', sex: 'female' }]);
    const text = f.read('r.jsonl');
    expect(text).not.toContain(bad);
    expect(text).not.toContain(good);
    const rejects = jsonl(text);
    expect(rejects.map((x) => [x.row, x.column])).toEqual([
      [3, 'nik'],
      [4, 'nik'],
    ]);
    expect(rejects[1].code).toBe('duplicate_key');
  });

  it('loan: JSON in, nested fields out as dotted columns', () => {
    const f = folder();
    f.write(
      'loans.json',
      JSON.stringify([
        {
          principal: 'Rp 1.200.000',
          disbursedOn: '15/01/2024',
          tenor: 12,
          frequency: 'bulanan',
          interestMethod: 'flat',
          ratePercent: '1,5%',
          ratePer: 'bulan',
        },
      ]),
    );
    const r = f.run(['validate', 'loans.json', '--as', 'loan', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toEqual([
      {
        principal: 1_200_000,
        disbursedOn: '2024-01-15',
        tenor: 12,
        frequency: 'monthly',
        'interest.method': 'flat',
        'interest.rate.percent': 1.5,
        'interest.rate.per': 'month',
      },
    ]);
  });

  it('payment and group: --out chooses JSON by extension; group ids must not repeat', () => {
    const f = folder();
    f.write('p.csv', 'paidOn,amount\n2024-02-15,"Rp 110.000"\n31/02/2024,5\n');
    const p = f.run(['validate', 'p.csv', '--as', 'payment', '--out', 'p.json', '-q']);
    expect(p.code).toBe(1);
    expect(JSON.parse(f.read('p.json'))).toEqual([{ paidOn: '2024-02-15', amount: 110_000 }]);
    f.write('g.csv', 'id,savingsMonths,jointLiabilityStatement\nKSM-1,6,ya\nKSM-1,3,tidak\n');
    const g = f.run([
      'validate',
      'g.csv',
      '--as',
      'group',
      '--format',
      'json',
      '--max-rejects',
      '1',
    ]);
    expect(g.code).toBe(0);
    expect(JSON.parse(g.stdout)).toEqual([
      { id: 'KSM-1', savingsMonths: 6, jointLiabilityStatement: true },
    ]);
  });

  it('response: needs --instrument; answers by item id', () => {
    const f = folder();
    f.write(
      'inst.json',
      JSON.stringify({
        id: 't',
        scale: { min: 1, max: 5 },
        items: [
          { id: 's1', daya: 'sosial' },
          { id: 'e1', daya: 'ekonomi' },
        ],
      }),
    );
    f.write('r.csv', 'id,s1,e1\nR-1,4,\nR-2,x,5\n');
    const missing = f.run(['validate', 'r.csv', '--as', 'response']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/needs --instrument/);
    const r = f.run([
      'validate',
      'r.csv',
      '--as',
      'response',
      '--instrument',
      'inst.json',
      '--format',
      'jsonl',
      '--rejects',
      'bad.csv',
    ]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout)).toEqual([{ id: 'R-1', s1: 4, e1: null }]);
    expect(f.read('bad.csv').split('\n')[1]).toMatch(/^3,s1,/);
  });

  it('JSON Lines: a line that is not a JSON object is rejected with its line number', () => {
    const f = folder();
    f.write(
      'h.jsonl',
      '{"expenditurePerCapita":"100"}\n\nnot json\n{"expenditurePerCapita":250000}\n',
    );
    const r = f.run([
      'validate',
      'h.jsonl',
      '--as',
      'household',
      '--rejects',
      'r.csv',
      '--lang',
      'en',
      '--format',
      'jsonl',
    ]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout)).toEqual([
      { expenditurePerCapita: 100 },
      { expenditurePerCapita: 250_000 },
    ]);
    expect(f.read('r.csv')).toBe(
      'row,column,code,message\n3,,not_json,The row is not a JSON object.\n',
    );
  });

  it('a quoted cell may hold the delimiter and a line break; it is still one spreadsheet row', () => {
    const f = folder();
    f.write(
      'm.csv',
      'nik,name,desa\n3304124505850001,"Siti, ""Ani""\nBinti",X\n3304129905850001,B,Y\n',
    );
    const r = f.run([
      'validate',
      'm.csv',
      '--as',
      'member',
      '--format',
      'jsonl',
      '--rejects',
      'r.csv',
    ]);
    expect(jsonl(r.stdout)[0].name).toBe('Siti, "Ani"\nBinti');
    expect(f.read('r.csv').split('\n')[1]).toMatch(/^3,nik,/);
  });
});
