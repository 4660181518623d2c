// `sejahtera schedule`, run as a built command over real files. Expected instalments are worked out by
// hand from docs/revolving-fund.md: flat interest = principal x monthly rate each period; principal
// parts P / n rounded down, the last part takes the remainder; declining interest = rate x the balance
// before the instalment; due dates one month apart from disbursement, clamped to the month's end.
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

const HEADER = 'id,principal,disbursedOn,tenor,frequency,interestMethod,ratePercent,ratePer';

const jsonl = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('sejahtera schedule', { timeout: 180_000 }, () => {
  it('flat and declining loans: one CSV row per instalment, principal summing to the loan', () => {
    const f = folder();
    f.write(
      'loans.csv',
      `${HEADER}\n` +
        // 1,000,000 flat 1.5%/month: jasa 15,000 each; principal 333,333 / 333,333 / 333,334.
        'L-1,"Rp 1.000.000",31/01/2024,3,bulanan,flat,"1,5%",bulan\n' +
        // 1,200,000 declining 2%/month: principal 400,000 each; jasa 2% of 1,200,000 / 800,000 / 400,000.
        'L-2,1200000,2024-01-15,3,monthly,menurun,2,month\n',
    );
    const r = f.run(['schedule', 'loans.csv', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      'loan,number,dueOn,principal,interest,total,balanceAfter\n' +
        'L-1,1,2024-02-29,333333,15000,348333,666667\n' +
        'L-1,2,2024-03-31,333333,15000,348333,333334\n' +
        'L-1,3,2024-04-30,333334,15000,348334,0\n' +
        'L-2,1,2024-02-15,400000,24000,424000,800000\n' +
        'L-2,2,2024-03-15,400000,16000,416000,400000\n' +
        'L-2,3,2024-04-15,400000,8000,408000,0\n',
    );
    expect(r.stderr).toMatch(/sejahtera schedule: 2 rows, 2 passed, 0 rejected, .* 6 instalments/);
  });

  it('bad loans go to --rejects with their spreadsheet row, column and code; exit 1', () => {
    const f = folder();
    f.write(
      'loans.csv',
      `${HEADER}\n` +
        'A,abc,2024-01-15,3,monthly,flat,1,month\n' + // row 2: principal is not a number
        ',100000,2024-01-15,1,monthly,flat,1,month\n' + // row 3: blank id
        'C,100000,2024-01-15,0,monthly,flat,1,month\n' + // row 4: tenor 0 (the loan rule: >= 1)
        'D,100000,2024-01-15,2,monthly,flat,1,month\n', // row 5: fine
    );
    const r = f.run([
      'schedule',
      'loans.csv',
      '--rejects',
      'bad.jsonl',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    // D: 100,000 flat 1%: jasa 1,000; principal 50,000 twice.
    expect(JSON.parse(r.stdout)).toEqual([
      {
        loan: 'D',
        number: 1,
        dueOn: '2024-02-15',
        principal: 50_000,
        interest: 1000,
        total: 51_000,
        balanceAfter: 50_000,
      },
      {
        loan: 'D',
        number: 2,
        dueOn: '2024-03-15',
        principal: 50_000,
        interest: 1000,
        total: 51_000,
        balanceAfter: 0,
      },
    ]);
    expect(jsonl(f.read('bad.jsonl')).map((x) => [x.row, x.column, x.code])).toEqual([
      [2, 'principal', 'invalid_number'],
      [3, 'id', 'missing_id'],
      [4, 'tenor', 'too_small'],
    ]);
    expect(r.stderr).toMatch(/4 rows, 1 passed, 3 rejected/);
  });

  it('JSON Lines in, --id names the loan column, weekly due dates, messages in Indonesian', () => {
    const f = folder();
    f.write(
      'loans.jsonl',
      '{"kode":"W","principal":"Rp 400.000","disbursedOn":"2024-02-26","tenor":"2","frequency":"mingguan","interestMethod":"tetap","ratePercent":"0,5%","ratePer":"minggu"}\n' +
        '{"kode":"X","principal":400000,"disbursedOn":"30/02/2024","tenor":2,"frequency":"mingguan","interestMethod":"flat","ratePercent":1,"ratePer":"minggu"}\n',
    );
    const r = f.run([
      'schedule',
      'loans.jsonl',
      '--id',
      'kode',
      '--format',
      'jsonl',
      '--rejects',
      'r.csv',
    ]);
    expect(r.code).toBe(1);
    // 400,000 flat 0.5%/week: jasa 2,000; principal 200,000 twice; due 7 and 14 days later.
    expect(jsonl(r.stdout)).toEqual([
      {
        loan: 'W',
        number: 1,
        dueOn: '2024-03-04',
        principal: 200_000,
        interest: 2000,
        total: 202_000,
        balanceAfter: 200_000,
      },
      {
        loan: 'W',
        number: 2,
        dueOn: '2024-03-11',
        principal: 200_000,
        interest: 2000,
        total: 202_000,
        balanceAfter: 0,
      },
    ]);
    const rejects = f.read('r.csv').trim().split('\n');
    expect(rejects[1]).toMatch(/^2,disbursedOn,/);
    expect(r.stderr).toMatch(/sejahtera schedule: 2 baris, 1 lolos, 1 ditolak/);
  });

  it('usage errors: an --id column the file lacks, a missing needed column (exit 2)', () => {
    const f = folder();
    f.write('loans.csv', `${HEADER}\nA,1000,2024-01-15,1,monthly,flat,1,month\n`);
    const noId = f.run(['schedule', 'loans.csv', '--id', 'nomor']);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toMatch(
      /--id nomor: loans\.csv has no column 'nomor'; its columns are 'id', 'principal'/,
    );
    f.write('short.csv', 'id,principal\nA,1000\n');
    const short = f.run(['schedule', 'short.csv']);
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/no column 'disbursedOn'/);
  });
});
