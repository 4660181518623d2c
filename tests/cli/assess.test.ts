// `sejahtera assess`, run as a built command over real files. Expected values worked out by hand from
// docs/revolving-fund.md and POJK 40/2019 as the preset 'ojk-bank-2019' holds it (lancar 0 days 1%,
// dalam perhatian khusus 1-90 days 5%, kurang lancar 91-120 15%, diragukan 121-180 50%, macet 100%):
// days past due = as-of minus the due date of the oldest unpaid instalment; PAR30 = outstanding of
// loans more than 30 days past due / outstanding; UPK PAR and LAR count loans with 3 or more missed
// instalments; UPK RR (POB) = (outstanding - their overdue principal) / outstanding; collection rate =
// paid on time / due; POB 2013 bands: PAR, LAR <= 10% satisfactory, <= 20% adequate, else
// inadequate; RR >= 90% satisfactory, >= 80% adequate, else inadequate.
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

// A1, A2: 1,200,000 flat 1.5%/month, 12 months from 2024-01-15: instalments 100,000 + 18,000 due
// the 15th from February. A3: 600,000 flat 1%/month, 3 months: 200,000 + 6,000. A4: 1,200,000 flat
// 1%/month from 2023-10-15: 100,000 + 12,000 due the 15th from November 2023, never paid.
const LOANS =
  'id,ksm,principal,disbursedOn,tenor,frequency,interestMethod,ratePercent,ratePer,collateralValue\n' +
  'A1,Mawar,1200000,2024-01-15,12,monthly,flat,1.5,month,\n' +
  'A2,Mawar,1200000,2024-01-15,12,monthly,flat,1.5,month,\n' +
  'A3,Melati,600000,2024-01-15,3,monthly,flat,1,month,\n' +
  'A4,Melati,1200000,2023-10-15,12,monthly,flat,1,month,200000\n';
const PAYMENTS =
  'loanId,paidOn,amount\n' +
  'A1,2024-02-15,118000\n' +
  'A2,2024-02-15,118000\n' +
  'A2,2024-03-15,118000\n' +
  'A2,2024-04-15,118000\n' +
  'A3,2024-02-15,206000\n' +
  'A3,2024-03-15,206000\n' +
  'A3,2024-04-15,206000\n';

const ARGS = ['--as-of', '2024-04-20', '--kolektibilitas', 'ojk-bank-2019'];

describe('sejahtera assess', { timeout: 180_000 }, () => {
  it('assesses each loan on the date: arrears, kolektibilitas and provision', () => {
    const f = folder();
    f.write('loans.csv', LOANS);
    f.write('pay.csv', PAYMENTS);
    const r = f.run([
      'assess',
      'loans.csv',
      'pay.csv',
      ...ARGS,
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { loan: string }) => x.loan)).toEqual(['A1', 'A2', 'A3', 'A4']);
    // A1: paid February only; the March instalment is the oldest unpaid: 15 March -> 20 April = 36
    // days; 2 missed (March, April); outstanding 1,100,000 at 5% = 55,000.
    expect(rows[0]).toMatchObject({
      status: 'active',
      outstandingPrincipal: 1_100_000,
      overduePrincipal: 200_000,
      overdueInterest: 36_000,
      daysPastDue: 36,
      missedInstalments: 2,
      monthsInArrears: 1,
      dueToDate: 354_000,
      paidOnTimeToDate: 118_000,
      paidToDate: 118_000,
      kolektibilitas: 2,
      kolektibilitasCode: 'dalam_perhatian_khusus',
      provisionRate: '0.05',
      provision: 55_000,
    });
    // A2: up to date: 900,000 at 1% = 9,000.
    expect(rows[1]).toMatchObject({ daysPastDue: 0, kolektibilitas: 1, provision: 9000 });
    // A3: paid off.
    expect(rows[2]).toMatchObject({ status: 'paid_off', outstandingPrincipal: 0, provision: 0 });
    // A4: oldest unpaid 15 November 2023 -> 20 April 2024 = 30+31+31+29+31+5 = 157 days; 6 missed;
    // diragukan at 50% of (1,200,000 - collateral 200,000) = 500,000.
    expect(rows[3]).toMatchObject({
      daysPastDue: 157,
      missedInstalments: 6,
      monthsInArrears: 5,
      overduePrincipal: 600_000,
      overdueInterest: 72_000,
      kolektibilitasCode: 'diragukan',
      provision: 500_000,
    });
    expect(r.stderr).toMatch(/11 rows, 11 passed, 0 rejected, .*4 loans assessed, PAR30 71\.88%/);
  });

  it('--by and --portfolio: indicators per group, then the whole portfolio', () => {
    const f = folder();
    f.write('loans.csv', LOANS);
    f.write('pay.csv', PAYMENTS);
    const r = f.run([
      'assess',
      'loans.csv',
      'pay.csv',
      ...ARGS,
      '--by',
      'ksm',
      '--portfolio',
      'pf.jsonl',
      '-q',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'loan,ksm,status,principal,outstandingPrincipal,overduePrincipal,overdueInterest,daysPastDue,missedInstalments,monthsInArrears,dueToDate,paidOnTimeToDate,paidToDate,kolektibilitas,kolektibilitasCode,provisionRate,provision',
    );
    const [mawar, melati, total] = f
      .read('pf.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(mawar).toEqual({
      ksm: 'Mawar',
      loans: 2,
      withBalance: 2,
      grossOutstanding: 2_000_000,
      par30: 0.55, // 1,100,000 / 2,000,000
      par90: 0,
      upkPar: 0,
      upkParBand: 'satisfactory',
      upkLar: 0,
      upkLarBand: 'satisfactory',
      upkRr: 1,
      upkRrBand: 'satisfactory',
      collectionRate: 472_000 / 708_000,
      requiredProvisions: 64_000,
    });
    expect(melati).toEqual({
      ksm: 'Melati',
      loans: 2,
      withBalance: 1,
      grossOutstanding: 1_200_000,
      par30: 1,
      par90: 1,
      upkPar: 1,
      upkParBand: 'inadequate',
      upkLar: 1,
      upkLarBand: 'inadequate',
      upkRr: 0.5, // (1,200,000 - 600,000) / 1,200,000
      upkRrBand: 'inadequate',
      collectionRate: 618_000 / (618_000 + 672_000),
      requiredProvisions: 500_000,
    });
    // The whole portfolio: its --by cell is blank (null in JSON).
    expect(total).toEqual({
      ksm: null,
      loans: 4,
      withBalance: 3,
      grossOutstanding: 3_200_000,
      par30: 2_300_000 / 3_200_000,
      par90: 1_200_000 / 3_200_000,
      upkPar: 1_200_000 / 3_200_000,
      upkParBand: 'inadequate',
      upkLar: 1 / 3,
      upkLarBand: 'inadequate',
      upkRr: 2_600_000 / 3_200_000, // 0.8125
      upkRrBand: 'adequate',
      collectionRate: 1_090_000 / 1_998_000,
      requiredProvisions: 564_000,
    });
  });

  it('rejects, by file: a payment of no loan, a blank or repeated id, a bad loan; exit 1', () => {
    const f = folder();
    f.write(
      'loans.csv',
      `${LOANS}A1,Mawar,1000,2024-01-15,1,monthly,flat,1,month,\n,Mawar,1000,2024-01-15,1,monthly,flat,1,month,\nA7,Mawar,1000,2024-01-15,0,monthly,flat,1,month,\n`,
    );
    f.write('pay.csv', `${PAYMENTS}ZZ,2024-02-01,1000\nA1,kemarin,5\n`);
    const r = f.run([
      'assess',
      'loans.csv',
      'pay.csv',
      ...ARGS,
      '--rejects',
      'bad.csv',
      '--lang',
      'en',
      '--out',
      'a.csv',
    ]);
    expect(r.code).toBe(1);
    expect(f.read('a.csv').trim().split('\n')).toHaveLength(5);
    const bad = f
      .read('bad.csv')
      .trim()
      .split('\n')
      .map((l) => l.split(',').slice(0, 4));
    expect(bad).toEqual([
      ['file', 'row', 'column', 'code'],
      ['pay.csv', '9', 'loanId', 'unknown_loan'],
      ['pay.csv', '10', 'paidOn', 'invalid_date_format'],
      ['loans.csv', '6', 'id', 'duplicate_key'],
      ['loans.csv', '7', 'id', 'missing_id'],
      ['loans.csv', '8', 'tenor', 'too_small'],
    ]);
    expect(r.stderr).toMatch(/16 rows, 11 passed, 5 rejected/);
    expect(
      f.run(['assess', 'loans.csv', 'pay.csv', ...ARGS, '--max-rejects', '5', '-q']).code,
    ).toBe(0);
  });

  it('usage and configuration errors (exit 2)', () => {
    const f = folder();
    f.write('loans.csv', LOANS);
    f.write('pay.csv', PAYMENTS);
    const one = f.run(['assess', 'loans.csv', ...ARGS]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/assess takes two files/);
    const noDate = f.run(['assess', 'loans.csv', 'pay.csv', '--kolektibilitas', 'ojk-bank-2019']);
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toMatch(/needs --as-of/);
    const badDate = f.run([
      'assess',
      'loans.csv',
      'pay.csv',
      '--as-of',
      '2024-02-30',
      '--kolektibilitas',
      'ojk-bank-2019',
    ]);
    expect(badDate.stderr).toMatch(/--as-of takes a real date/);
    const preset = f.run([
      'assess',
      'loans.csv',
      'pay.csv',
      '--as-of',
      '2024-04-20',
      '--kolektibilitas',
      'bi-1998',
    ]);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toMatch(/--kolektibilitas must be one of ojk-bank-2019/);
    // The 2013 UPK table gives some levels no provision rate: the library refuses it for assessments.
    const unsourced = f.run([
      'assess',
      'loans.csv',
      'pay.csv',
      '--as-of',
      '2024-04-20',
      '--kolektibilitas',
      'upk-perkotaan-2013',
      '--lang',
      'en',
    ]);
    expect(unsourced.code).toBe(2);
    expect(unsourced.stdout).toBe('');
    expect(unsourced.stderr.trim().split('\n')).toHaveLength(1);
    expect(unsourced.stderr).toMatch(/--kolektibilitas upk-perkotaan-2013: .*provision/i);
    const col = f.run(['assess', 'loans.csv', 'pay.csv', ...ARGS, '--loan-column', 'pinjaman']);
    expect(col.code).toBe(2);
    expect(col.stderr).toMatch(
      /pay\.csv has no column 'pinjaman'; its columns are 'loanId', 'paidOn', 'amount'/,
    );
  });
});
