import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/index.js';
import { buildSchedule, type Loan } from '../../src/revolving-fund/schedule/index.js';

type Mode = 'half-up' | 'half-even' | 'up' | 'down';

const date = fc.integer({ min: 0, max: 12_000 }).map((k) => addDays('2000-01-01', k));
const frequency = fc.constantFrom(
  'weekly',
  'monthly',
  'every-2-months',
  'quarterly',
  'semiannual' as const,
);
const rounding = fc.record({
  unit: fc.constantFrom(1, 10, 100, 500, 1000, 5000, 50_000, 1_000_000),
  mode: fc.constantFrom<Mode>('half-up', 'half-even', 'up', 'down'),
});
// Basis points of a percentage: 0 .. 10.00 (per month) or 0 .. 120.00 (per year).
const rate = fc.oneof(
  fc.record({ bp: fc.integer({ min: 0, max: 1000 }), per: fc.constant<'month'>('month') }),
  fc.record({ bp: fc.integer({ min: 0, max: 12_000 }), per: fc.constant<'year'>('year') }),
);

const loanArb: fc.Arbitrary<Loan> = fc
  .record({
    principal: fc.oneof(
      fc.integer({ min: 1, max: 50_000 }),
      fc.integer({ min: 1, max: 5_000_000_000 }),
    ),
    disbursedOn: date,
    tenor: fc.integer({ min: 1, max: 60 }),
    frequency,
    method: fc.constantFrom('flat', 'declining', 'annuity' as const),
    rate,
    rounding: fc.option(rounding, { nil: undefined }),
    principalGrace: fc.integer({ min: 0, max: 6 }),
    interestGrace: fc.integer({ min: 0, max: 6 }),
    every: fc.integer({ min: 1, max: 6 }),
    waive: fc.boolean(),
  })
  .map((x) => {
    const loan: Loan = {
      principal: x.principal,
      disbursedOn: x.disbursedOn,
      tenor: x.tenor,
      frequency: x.frequency,
      interest: {
        method: x.method,
        rate: { percent: (x.rate.bp / 100).toFixed(2), per: x.rate.per },
      },
    };
    if (x.rounding !== undefined) loan.rounding = x.rounding;
    if (x.principalGrace < x.tenor) {
      loan.grace = {
        principalPeriods: x.principalGrace,
        interestPeriods: Math.min(x.interestGrace, x.tenor),
      };
    }
    if (x.method !== 'annuity') loan.principalEvery = x.every;
    return loan;
  });

// ---- An independent reference implementation of the rules, in BigInt rationals. ----
function divRound(n: bigint, d: bigint, mode: Mode): bigint {
  // floor division for n >= 0, d > 0, then adjust by the remainder
  const q = n / d;
  const r = n - q * d;
  if (r === 0n) return q;
  if (mode === 'down') return q;
  if (mode === 'up') return q + 1n;
  if (2n * r > d) return q + 1n;
  if (2n * r < d) return q;
  return mode === 'half-up' ? q + 1n : q % 2n === 0n ? q : q + 1n;
}

/** Periodic rate as [numerator, denominator] from basis points of a percentage. */
function periodicRate(bp: number, per: 'month' | 'year', f: string): [bigint, bigint] {
  // percent = bp / 100, fraction = bp / 10,000 per `per`.
  const months: Record<string, [bigint, bigint]> = {
    monthly: [1n, 1n],
    'every-2-months': [2n, 1n],
    quarterly: [3n, 1n],
    semiannual: [6n, 1n],
    weekly: [12n, 52n], // a week is 12/52 of a month
  };
  const [mn, md] = months[f] as [bigint, bigint];
  return per === 'month' ? [BigInt(bp) * mn, 10_000n * md] : [BigInt(bp) * mn, 10_000n * md * 12n];
}

function reference(loan: Loan): [number, number][] {
  const P = BigInt(loan.principal);
  const n = loan.tenor;
  const unit = BigInt(loan.rounding?.unit ?? 1);
  const mode = (loan.rounding?.mode ?? 'half-up') as Mode;
  const bp = Math.round(Number(loan.interest.rate.percent) * 100);
  const [a, b] = periodicRate(bp, loan.interest.rate.per as 'month' | 'year', loan.frequency);
  const m = BigInt(n);
  const out: [number, number][] = [];
  let bal = P;
  // level amount as an exact rational numerator/denominator
  let level: bigint;
  if (loan.interest.method === 'flat') {
    // The order: the interest part first (whole rupiah, half-up), then the total
    // P / n + interest rounded to the unit: (P + I n) / n.
    const I = divRound(P * a, b, 'half-up');
    level = divRound(P + I * m, m * unit, mode) * unit;
  } else if (loan.interest.method === 'declining') level = divRound(P, m * unit, mode) * unit;
  else if (a === 0n) level = divRound(P, m * unit, mode) * unit;
  else {
    // A = P r / (1 - (1 + r)^-n) = P a (a+b)^n / (b ((a+b)^n - b^n))
    const g = (a + b) ** m;
    level = divRound(P * a * g, b * (g - b ** m) * unit, mode) * unit;
  }
  for (let k = 1; k <= n; k++) {
    const base = loan.interest.method === 'flat' ? P : bal;
    const interest = divRound(base * a, b, 'half-up');
    let principal: bigint;
    if (k === n) principal = bal;
    else {
      principal = loan.interest.method === 'declining' ? level : level - interest;
      if (principal < 0n) principal = 0n;
      if (principal > bal) principal = bal;
    }
    bal -= principal;
    out.push([Number(principal), Number(interest)]);
  }
  return out;
}

describe('schedule properties', () => {
  it('principal parts always sum exactly to the principal and no part is negative', () => {
    fc.assert(
      fc.property(loanArb, (loan) => {
        const s = buildSchedule(loan);
        let sum = 0;
        let balance = loan.principal;
        for (const i of s.instalments) {
          expect(i.principal).toBeGreaterThanOrEqual(0);
          expect(i.interest).toBeGreaterThanOrEqual(0);
          expect(i.total).toBe(i.principal + i.interest);
          balance -= i.principal;
          expect(i.balanceAfter).toBe(balance);
          expect(Number.isSafeInteger(i.total)).toBe(true);
          sum += i.principal;
        }
        expect(sum).toBe(loan.principal);
        expect(s.totals.principal).toBe(loan.principal);
        expect(s.instalments).toHaveLength(loan.tenor);
        expect(s.instalments.at(-1)?.balanceAfter).toBe(0);
      }),
      { numRuns: 600 },
    );
  });

  it('due dates strictly increase and are numbered 1..n', () => {
    fc.assert(
      fc.property(loanArb, (loan) => {
        const s = buildSchedule(loan);
        s.instalments.forEach((i, k) => {
          expect(i.number).toBe(k + 1);
          if (k > 0) expect(i.dueOn > (s.instalments[k - 1]?.dueOn as string)).toBe(true);
        });
        expect((s.instalments[0]?.dueOn as string) > loan.disbursedOn).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('puts no principal in principal-grace instalments and no interest in interest-grace ones', () => {
    fc.assert(
      fc.property(loanArb, (loan) => {
        const s = buildSchedule(loan);
        const pg = loan.grace?.principalPeriods ?? 0;
        const ig = loan.grace?.interestPeriods ?? 0;
        for (const i of s.instalments.slice(0, pg)) expect(i.principal).toBe(0);
        // (With the grace over the whole tenor, the last instalment carries the deferred interest.)
        const free = ig === loan.tenor ? ig - 1 : ig;
        for (const i of s.instalments.slice(0, free)) expect(i.interest).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a deferred interest grace moves interest without changing its total or the principal parts', () => {
    fc.assert(
      fc.property(loanArb, fc.integer({ min: 0, max: 6 }), (generated, h) => {
        const { grace: _g, ...loan } = generated;
        const ig = Math.min(h, loan.tenor);
        const plain = buildSchedule(loan);
        const graced = buildSchedule({
          ...loan,
          grace: { principalPeriods: 0, interestPeriods: ig },
        });
        expect(graced.totals.interest).toBe(plain.totals.interest);
        expect(graced.instalments.map((i) => i.principal)).toEqual(
          plain.instalments.map((i) => i.principal),
        );
        for (const i of graced.instalments.slice(0, ig === loan.tenor ? ig - 1 : ig)) {
          expect(i.interest).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches an independent BigInt implementation of the rules (no grace, every instalment repays)', () => {
    fc.assert(
      fc.property(loanArb, (generated) => {
        const { grace: _g, principalEvery: _e, ...loan } = generated;
        const s = buildSchedule(loan);
        expect(s.instalments.map((i) => [i.principal, i.interest])).toEqual(reference(loan));
      }),
      { numRuns: 600 },
    );
  });
});
