// The monthly UPK report for a kabupaten: 100 UPKs with 1,000 loans each (100,000 loans), each UPK's accumulator built from its loans and financial figures, then the 100
// merged (directly, and through JSON snapshots as separate processes would send them). About 2% of
// the loans carry a write-off and a recovery, 2% a restructuring (events).
// `npx tsx bench/index.ts upk-monthly-report`
import { Bench } from 'tinybench';
import {
  createUpkMonthlyReportAccumulator,
  type UpkLoanRecord,
  type UpkMonthlyReportAccumulator,
} from '../src/revolving-fund/books/index.js';
import { buildSchedule } from '../src/revolving-fund/schedule/index.js';
import { taskRows } from './_table.js';

const UPKS = 100;
const LOANS = 1_000;
const MONTH = '2024-06';

/** Deterministic loans: 24 schedules (principal, tenor, start), payment patterns from on time to none. */
function workload(): UpkLoanRecord[][] {
  let seed = 20_240_630;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const schedules = Array.from({ length: 24 }, (_, k) => {
    const disbursedOn = `2024-0${1 + (k % 6)}-${String(5 + (k % 20)).padStart(2, '0')}`;
    return {
      disbursedOn,
      schedule: buildSchedule({
        principal: 500_000 * (1 + (k % 6)),
        disbursedOn,
        tenor: [6, 10, 12][k % 3] as number,
        frequency: 'monthly',
        interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
      }),
    };
  });
  return Array.from({ length: UPKS }, () =>
    Array.from({ length: LOANS }, (_, i) => {
      const s = schedules[Math.floor(next() * schedules.length)] as (typeof schedules)[number];
      const due = s.schedule.instalments.filter((x) => x.dueOn <= '2024-06-30');
      const r = next();
      const paid = r < 0.7 ? due.length : r < 0.9 ? Math.max(0, due.length - 1) : 0;
      const payments = due.slice(0, paid).map((x) => ({ paidOn: x.dueOn, amount: x.total }));
      const base = {
        schedule: s.schedule,
        disbursedOn: s.disbursedOn,
        ksm: `KSM-${Math.floor(i / 5)}`,
      };
      // Events: 2% written off on 31 May (recovered on 10 June), 2% restructured on 31 May.
      const e = next();
      const cut = '2024-05-31';
      const before = payments.filter((p) => p.paidOn <= cut);
      const left =
        s.schedule.instalments.reduce((sum, x) => sum + x.principal, 0) -
        due.slice(0, before.length).reduce((sum, x) => sum + x.principal, 0);
      if (e < 0.02 && s.disbursedOn <= cut && left > 0) {
        return {
          ...base,
          payments: before,
          events: [
            { type: 'write-off' as const, on: cut },
            { type: 'recovery' as const, on: '2024-06-10', amount: 25_000 },
          ],
        };
      }
      if (e < 0.04 && s.disbursedOn <= cut && left > 0) {
        const next6 = buildSchedule({
          principal: left,
          disbursedOn: cut,
          tenor: 6,
          frequency: 'monthly',
          interest: { method: 'flat', rate: { percent: '1', per: 'month' } },
        });
        const first = next6.instalments[0] as (typeof next6.instalments)[number];
        return {
          ...base,
          payments: [...before, { paidOn: first.dueOn, amount: first.total }],
          events: [{ type: 'restructure' as const, on: cut, schedule: next6 }],
        };
      }
      return { ...base, payments };
    }),
  );
}

const financials = (u: number) => ({
  incomeYtd: 40_000_000 + u * 10_000,
  expensesYtd: 30_000_000,
  months: 6,
  capital: 800_000_000,
  loanLossReserve: 5_000_000,
});

let sink = 0;

export async function run(): Promise<void> {
  const upks = workload();
  const build = (): UpkMonthlyReportAccumulator[] =>
    upks.map((loans, u) =>
      createUpkMonthlyReportAccumulator({ month: MONTH, upkId: `UPK-${u}` })
        .addAll(loans)
        .addFinancials(financials(u)),
    );
  const prebuilt = build();
  const snapshots = prebuilt.map((a) => JSON.stringify(a.snapshot()));
  const bench = new Bench({ iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
  bench
    .add('100 UPKs x 1,000 loans: assess, report each UPK, merge all, result()', () => {
      const total = createUpkMonthlyReportAccumulator({ month: MONTH });
      for (const a of build()) total.merge(a);
      sink += total.result().outstanding.principal;
    })
    .add('merge only: 100 prebuilt UPK accumulators + result()', () => {
      const total = createUpkMonthlyReportAccumulator({ month: MONTH });
      for (const a of prebuilt) total.merge(a);
      sink += total.result().outstanding.principal;
    })
    .add('merge only: 100 JSON snapshots parsed + result()', () => {
      const total = createUpkMonthlyReportAccumulator({ month: MONTH });
      for (const s of snapshots) total.merge(JSON.parse(s));
      sink += total.result().outstanding.principal;
    });
  await bench.run();
  console.table(taskRows(bench, (i) => (i === 0 ? UPKS * LOANS : UPKS)));
  const r = (() => {
    const total = createUpkMonthlyReportAccumulator({ month: MONTH });
    for (const a of prebuilt) total.merge(a);
    return total.result();
  })();
  console.log(
    `check: ${r.counts.valid} of ${r.counts.total} loans valid, written off ${r.writeOffs.toDate.loans}, restructured ${r.restructured.loans}, outstanding ${r.outstanding.principal}, UPK PAR ${r.portfolio.upkPar.ratio?.decimal}, RR ${r.portfolio.upkRr.ratio?.decimal}, snapshot ${Math.round(snapshots.reduce((n, s) => n + s.length, 0) / UPKS / 1024)} kB per UPK (sink ${sink > 0})`,
  );
}
