// Revolving-fund schedules and arrears at portfolio scale. `npx tsx bench/index.ts revolving-fund-schedule`
//
// 1. Build 100,000 schedules of 12 monthly instalments (with due dates) with buildSchedule, and in the
//    same run with (a) a straightforward decimal.js implementation of the same rules, (b) a plain
//    floating-point loop that ignores exact rounding, (c) the npm packages loanjs and financial on the
//    annuity case. Every implementation computes due dates with the same integer calendar helper, so
//    the ratios compare the money arithmetic. Exactness: do the principal parts sum to the principal,
//    and does every row agree with the exact schedule?
// 2. Assess a portfolio of 100,000 loans with 1,000,000 payments, in memory and streamed.
import { Decimal } from 'decimal.js';
import { ipmt, pmt, ppmt } from 'financial';
import loanjs from 'loanjs';
import { addMonthsYmd, formatYmd } from '../src/_internal/days.js';
import { assessLoan, assessLoanStream } from '../src/revolving-fund/arrears/index.js';
import { buildSchedule, type Loan, type Schedule } from '../src/revolving-fund/schedule/index.js';

const N = 100_000;
const TENOR = 12;
const RUNS = 5;

type Method = 'annuity' | 'flat';

/** Deterministic loans: principals Rp 500,000 .. ~Rp 50 million, disbursed across 2024. */
function loanAt(i: number, method: Method): Loan {
  const principal = 500_000 + ((i * 7_919_231) % 49_500_000);
  const day = 1 + (i % 28);
  const month = 1 + (i % 12);
  return {
    principal,
    disbursedOn: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    tenor: TENOR,
    frequency: 'monthly',
    interest:
      method === 'annuity'
        ? { method: 'annuity', rate: { percent: 18, per: 'year' } }
        : { method: 'flat', rate: { percent: '1.5', per: 'month' } },
  };
}

interface Row {
  dueOn: string;
  principal: number;
  interest: number;
}

function dueDates(disbursedOn: string): string[] {
  const y = Number(disbursedOn.slice(0, 4));
  const m = Number(disbursedOn.slice(5, 7));
  const d = Number(disbursedOn.slice(8, 10));
  const out: string[] = [];
  for (let k = 1; k <= TENOR; k++) {
    const [ny, nm, nd] = addMonthsYmd(y, m, d, k);
    out.push(formatYmd(ny, nm, nd));
  }
  return out;
}

// (a) A straightforward decimal.js implementation of the same rules (rate 18%/12 or 1.5% a month).
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
function decimalSchedule(loan: Loan): Row[] {
  const P = new D(loan.principal);
  const r =
    loan.interest.rate.per === 'year'
      ? new D(loan.interest.rate.percent).div(100).div(12)
      : new D(loan.interest.rate.percent).div(100);
  const dates = dueDates(loan.disbursedOn);
  const n = loan.tenor;
  const rows: Row[] = [];
  let balance = P;
  const flatInterest = P.mul(r).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const level =
    loan.interest.method === 'flat'
      ? P.div(n).plus(flatInterest).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      : r.isZero()
        ? P.div(n).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        : P.mul(r)
            .div(new D(1).minus(r.plus(1).pow(-n)))
            .toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  for (let k = 1; k <= n; k++) {
    const interest =
      loan.interest.method === 'flat'
        ? flatInterest
        : balance.mul(r).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    let principal = k === n ? balance : level.minus(interest);
    if (principal.isNegative()) principal = new D(0);
    if (principal.gt(balance)) principal = balance;
    balance = balance.minus(principal);
    rows.push({
      dueOn: dates[k - 1] as string,
      principal: principal.toNumber(),
      interest: interest.toNumber(),
    });
  }
  return rows;
}

// (b) A plain floating-point loop that ignores exact rounding.
function floatSchedule(loan: Loan): Row[] {
  const P = loan.principal;
  const pct = Number(loan.interest.rate.percent);
  const r = loan.interest.rate.per === 'year' ? pct / 1200 : pct / 100;
  const dates = dueDates(loan.disbursedOn);
  const n = loan.tenor;
  const rows: Row[] = [];
  let balance = P;
  const level =
    loan.interest.method === 'flat'
      ? Math.round(P / n + Math.round(P * r))
      : Math.round((P * r) / (1 - (1 + r) ** -n));
  for (let k = 1; k <= n; k++) {
    const interest = Math.round(loan.interest.method === 'flat' ? P * r : balance * r);
    const principal = k === n ? balance : Math.min(balance, Math.max(0, level - interest));
    balance -= principal;
    rows.push({ dueOn: dates[k - 1] as string, principal, interest });
  }
  return rows;
}

// (c) loanjs (annual rate in %, 2-decimal rounding) and financial (numpy-financial port).
const LoanJs = (
  loanjs as unknown as {
    Loan: (
      a: number,
      n: number,
      rate: number,
      type: string,
    ) => { installments: { capital: number; interest: number }[] };
  }
).Loan;
function loanjsSchedule(loan: Loan): Row[] {
  const dates = dueDates(loan.disbursedOn);
  return LoanJs(loan.principal, loan.tenor, 18, 'annuity').installments.map((x, k) => ({
    dueOn: dates[k] as string,
    principal: x.capital,
    interest: x.interest,
  }));
}
function financialSchedule(loan: Loan): Row[] {
  const dates = dueDates(loan.disbursedOn);
  const r = 0.18 / 12;
  const rows: Row[] = [];
  // pmt is computed (and discarded) as a user would to show the instalment.
  pmt(r, loan.tenor, -loan.principal);
  for (let k = 1; k <= loan.tenor; k++) {
    rows.push({
      dueOn: dates[k - 1] as string,
      principal: Math.round(ppmt(r, k, loan.tenor, -loan.principal)),
      interest: Math.round(ipmt(r, k, loan.tenor, -loan.principal)),
    });
  }
  return rows;
}

function ours(loan: Loan): Row[] {
  return buildSchedule(loan).instalments as unknown as Row[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * Times every implementation over the same loans. The rounds are interleaved (ours, decimal.js,
 * float, ... then again) and the median of each is kept, so that a busy machine slows all of them
 * alike and the ratios stay meaningful.
 */
function timeAll(
  loans: Loan[],
  impls: readonly (readonly [string, (l: Loan) => Row[]])[],
): number[] {
  let sink = 0;
  for (const [, impl] of impls)
    for (let i = 0; i < 20_000; i++) sink += impl(loans[i] as Loan).length;
  const ms: number[][] = impls.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    impls.forEach(([, impl], k) => {
      const t0 = performance.now();
      for (let i = 0; i < loans.length; i++) sink += impl(loans[i] as Loan).length;
      (ms[k] as number[]).push(performance.now() - t0);
    });
  }
  if (sink === 0) console.log('');
  return ms.map(median);
}

function exactness(loans: Loan[], impl: (l: Loan) => Row[]) {
  let sumsToPrincipal = 0;
  let agrees = 0;
  let maxGap = 0;
  for (const loan of loans) {
    const rows = impl(loan);
    const exact = buildSchedule(loan).instalments;
    let sum = 0;
    for (const r of rows) sum += r.principal;
    const gap = Math.abs(sum - loan.principal);
    if (gap > maxGap) maxGap = gap;
    if (sum === loan.principal) sumsToPrincipal++;
    if (
      rows.every((r, k) => r.principal === exact[k]?.principal && r.interest === exact[k]?.interest)
    ) {
      agrees++;
    }
  }
  return { sumsToPrincipal, agrees, maxGap };
}

function scheduleTable(method: Method) {
  const loans = Array.from({ length: N }, (_, i) => loanAt(i, method));
  const impls: [string, (l: Loan) => Row[]][] = [
    ['sejahtera buildSchedule (exact)', ours],
    ['decimal.js, same rules', decimalSchedule],
    ['plain float loop', floatSchedule],
  ];
  if (method === 'annuity') {
    impls.push(
      ['loanjs 1.1.2 Loan(annuity)', loanjsSchedule],
      ['financial 0.2.4 ppmt/ipmt', financialSchedule],
    );
  }
  const times = timeAll(loans, impls);
  const oursMs = times[0] as number;
  const rows = impls.map(([name, impl], k) => {
    const ms = times[k] as number;
    const ex = exactness(loans.slice(0, 20_000), impl);
    return {
      implementation: name,
      'ms / 100k': Math.round(ms),
      'schedules/s': Math.round((N / ms) * 1000),
      'time vs ours': Number((ms / oursMs).toFixed(2)),
      'principal sums exact': `${((ex.sumsToPrincipal / 20_000) * 100).toFixed(1)}%`,
      'max gap (Rp)': Number(ex.maxGap.toFixed(2)),
      'rows = exact': `${((ex.agrees / 20_000) * 100).toFixed(1)}%`,
    };
  });
  console.log(
    `\n${method} schedules, 12 monthly instalments with due dates (median of ${RUNS} runs; exactness on 20,000 loans)`,
  );
  console.table(rows);
}

/** 10 payments per loan: on time, late, short, or missing, deterministically. */
function paymentsFor(schedule: Schedule, i: number): { paidOn: string; amount: number }[] {
  const out: { paidOn: string; amount: number }[] = [];
  const kind = i % 10;
  for (let k = 0; k < 10; k++) {
    const inst = schedule.instalments[k];
    if (inst === undefined) break;
    if (kind === 9 && k >= 4) {
      out.push({ paidOn: inst.dueOn, amount: 1_000 }); // a token payment, arrears growing
    } else if (kind === 8) {
      out.push({ paidOn: inst.dueOn, amount: Math.floor(inst.total / 2) }); // always short
    } else out.push({ paidOn: inst.dueOn, amount: inst.total });
  }
  return out;
}

const ASSESS_AS_OF = '2025-06-30';

/**
 * Streamed: a generator builds each loan and its payments on demand; assessLoanStream assesses it and
 * the loop keeps only counts. Heap sampled every 10,000 loans.
 */
async function streamed() {
  const heap: number[] = [];
  const byLevel = new Map<number, number>();
  let payments = 0;
  function* source() {
    for (let i = 0; i < N; i++) {
      const schedule = buildSchedule(loanAt(i, i % 2 === 0 ? 'flat' : 'annuity'));
      const paid = paymentsFor(schedule, i);
      payments += paid.length;
      yield { schedule, payments: paid };
    }
  }
  const t0 = performance.now();
  let gcMs = 0;
  for await (const record of assessLoanStream(source(), {
    asOf: ASSESS_AS_OF,
    kolektibilitas: 'ojk-bank-2019',
  })) {
    if (record.ok) {
      const level = record.value.kolektibilitas.level;
      byLevel.set(level, (byLevel.get(level) ?? 0) + 1);
    }
    if (record.index % 10_000 === 9_999) {
      // With node --expose-gc the samples are live memory (the collection is not timed); without,
      // they include garbage not yet collected.
      const g0 = performance.now();
      (globalThis as { gc?: () => void }).gc?.();
      gcMs += performance.now() - g0;
      heap.push(process.memoryUsage().heapUsed);
    }
  }
  return { ms: performance.now() - t0 - gcMs, heap, byLevel, payments };
}

function inMemory() {
  const loans = Array.from({ length: N }, (_, i) =>
    buildSchedule(loanAt(i, i % 2 === 0 ? 'flat' : 'annuity')),
  );
  const payments = loans.map((s, i) => paymentsFor(s, i));
  const runs: number[] = [];
  let provision = 0;
  for (let run = 0; run < 3; run++) {
    provision = 0;
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      provision += assessLoan(loans[i] as Schedule, payments[i], {
        asOf: ASSESS_AS_OF,
        kolektibilitas: 'ojk-bank-2019',
      }).provision;
    }
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), provision };
}

async function portfolio() {
  const stream = await streamed();
  const memory = inMemory();
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  console.log(
    `\nPortfolio: ${N.toLocaleString('en')} loans, ${stream.payments.toLocaleString('en')} payments, asOf ${ASSESS_AS_OF}, OJK bank table`,
  );
  console.table([
    {
      task: 'assessLoan over the portfolio held in memory (median of 3)',
      ms: Math.round(memory.ms),
      'loans/s': Math.round((N / memory.ms) * 1000),
      note: 'target < 2,000 ms',
    },
    {
      task: 'streamed (assessLoanStream): build + pay + assess one loan at a time',
      ms: Math.round(stream.ms),
      'loans/s': Math.round((N / stream.ms) * 1000),
      note: `heap every 10k loans: ${stream.heap.map(mb).join(', ')} MB`,
    },
  ]);
  console.log(
    'loans by OJK level:',
    Object.fromEntries([...stream.byLevel].sort()),
    'total provision Rp',
    memory.provision.toLocaleString('en'),
  );
}

export async function run(): Promise<void> {
  scheduleTable('annuity');
  scheduleTable('flat');
  await portfolio();
}
