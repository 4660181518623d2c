// Bounded work from small inputs (issue 9): `npm run bench -- bounded`
// - verifyGroups with 8,000 one-member groups sharing one NIK (was N^2 output: 7.5 s, 1.5 GB);
// - allocateRupiah at its documented cap of 1,000,000 ratios (was 2.3 s);
// - assessLoans: 1,000,000 null rows against 1,000,000 good ones (null rows were 6-9 s, ~1 GB).
import { Bench } from 'tinybench';
import { allocateRupiah } from '../src/core/index.js';
import { verifyGroups } from '../src/kpb/index.js';
import { assessLoans, buildSchedule } from '../src/revolving-fund/index.js';
import { taskRows } from './_table.js';

export async function run(): Promise<void> {
  const nik = '3304124505850001';
  const shared = Array.from({ length: 8_000 }, (_, i) => ({ id: `G${i}`, members: [{ nik }] }));
  const distinct = Array.from({ length: 8_000 }, (_, i) => ({
    id: `G${i}`,
    members: [{ nik: String(3304124505850001 + i * 10) }],
  }));
  const verifyOptions = { ruleSet: 'pkkpm-default' as const, asOf: '2024-06-01' };

  const million = 1_000_000;
  const wholeRatios = Array.from({ length: million }, (_, i) => (i % 97) + 1);
  const decimalRatios = wholeRatios.map((r) => `${r}.25`);

  const schedule = buildSchedule({
    principal: 1_200_000,
    disbursedOn: '2024-01-15',
    tenor: 12,
    frequency: 'monthly',
    interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
  });
  const good = Array.from({ length: million }, () => ({
    schedule,
    payments: [{ paidOn: '2024-02-15', amount: 118_000 }],
  }));
  const nulls = new Array(million).fill(null);
  const asOf = { asOf: '2024-06-30' };

  const bench = new Bench({ time: 2_000, iterations: 3, warmupIterations: 1 });
  bench
    .add('verifyGroups: 8,000 groups sharing one NIK', () => {
      verifyGroups(shared, verifyOptions);
    })
    .add('verifyGroups: 8,000 groups, distinct NIKs (baseline)', () => {
      verifyGroups(distinct, verifyOptions);
    })
    .add('allocateRupiah: 1,000,000 whole ratios', () => {
      allocateRupiah(9_000_000_000_000, wholeRatios);
    })
    .add('allocateRupiah: 1,000,000 decimal-string ratios', () => {
      allocateRupiah(9_000_000_000_000, decimalRatios);
    })
    .add('assessLoans: 1,000,000 null rows', () => {
      assessLoans(nulls, asOf);
    })
    .add('assessLoans: 1,000,000 good rows (baseline)', () => {
      assessLoans(good, asOf);
    });
  await bench.run();
  console.table(taskRows(bench, (i) => (i < 2 ? 8_000 : million)));
}
