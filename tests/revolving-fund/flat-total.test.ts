import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ValidationError } from '../../src/core/index.js';
import { assessLoan, assessLoans } from '../../src/revolving-fund/arrears/index.js';
import { splitGroupLoan } from '../../src/revolving-fund/group/index.js';
import { applyPayments } from '../../src/revolving-fund/payments/index.js';
import {
  buildSchedule,
  type FlatTotalLoan,
  parseFlatTotalLoan,
  roundFieldSoftware,
  safeParseFlatTotalLoan,
} from '../../src/revolving-fund/schedule/index.js';
import {
  expectReturnsOrSejahteraError,
  expectUnknownOption,
  hasUnknownKeys,
  hostile,
} from '../helpers/fuzz.js';

const base: FlatTotalLoan = {
  principal: 1_000_000,
  disbursedOn: '2024-01-15',
  termMonths: 12,
  frequency: 'monthly',
  interest: { method: 'flat-total', rate: { percent: '18', per: 'term' } },
};

const parts = (loan: FlatTotalLoan) =>
  buildSchedule(loan).instalments.map((i) => [i.principal, i.interest]);

describe('roundFieldSoftware: the UPK field software rounding, to the letter', () => {
  // Every value worked by hand from the rules: x = amount rounded half-up to whole rupiah; r = last d
  // digits, d = characters of unit / 2 ('250' -> 3, '500' -> 3, '25' -> 2, '50' -> 2).
  it.each([
    // plain 500: r = x mod 1000; down when r <= 250, else up by 500 - r
    ['83333.33', 500, 83_500], // x 83,333, r 333 > 250: + 167
    [83_250, 500, 83_000], // r 250 <= 250: down
    [83_251, 500, 83_500], // r 251: + 249
    [1_800, 500, 1_500], // r 800: "up" by 500 - 800 = -300 (the mod-1000 quirk)
    [10_800, 500, 10_500],
    [1_500, 500, 1_500], // r 500 > 250: up by 500 - 500 = 0
    // '+500': always up by 500 - r, even when r is 0
    [1_000, '+500', 1_500],
    [15_000, '+500', 15_500],
    [83_333, '+500', 83_500],
    [1_700, '+500', 1_500], // r 700: + (500 - 700)
    // '-500': down by r (mod 1000)
    [1_700, '-500', 1_000],
    [83_999, '-500', 83_000],
    // plain 1000: d = 3 ('500'); down when r <= 500
    [12_500, 1000, 12_000],
    [12_501, 1000, 13_000],
    // plain 100: d = 2 ('50'); down when r <= 50
    [1_450, 100, 1_400],
    [1_451, 100, 1_500],
    ['1450.5', 100, 1_500], // rounded half-up to 1,451 first
    // plain 50: d = 2 ('25'); r = x mod 100, down when r <= 25
    [1_225, 50, 1_200],
    [1_226, 50, 1_250],
    [1_280, 50, 1_250], // r 80 > 25: + (50 - 80) = -30
  ] as const)('%s with unit %s is %s', (amount, unit, expected) => {
    expect(roundFieldSoftware(amount, unit)).toBe(expected);
  });

  it('rejects a negative amount', () => {
    expect(() => roundFieldSoftware('-100', '-100')).toThrow(ValidationError);
  });

  it('rounds the amount half-up to a whole rupiah first, exactly (no float)', () => {
    // 1,250.5 -> 1,251 (r 251 > 250: up to 1,500); 1,250.49 -> 1,250 (r 250: down to 1,000).
    expect(roundFieldSoftware('1250.5', 500)).toBe(1_500);
    expect(roundFieldSoftware('1250.49', 500)).toBe(1_000);
    // 0.1 + 0.2 style trap: '250.5' is exactly half, rounds up to 251.
    expect(roundFieldSoftware('250.5', 500)).toBe(500);
  });

  it('reads a unit of 1 as d = 3 ("0.5" has three characters), as the software does', () => {
    // x = 1,234, r = 234 > 0.5: up by 1 - 234 = -233.
    expect(roundFieldSoftware(1_234, 1)).toBe(1_001);
  });

  it('rejects a unit that is not a whole number with an optional sign, in both languages', () => {
    for (const unit of [0, '+0', '5.5', 'abc', '++5', -5] as never[]) {
      try {
        roundFieldSoftware(100, unit);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).messages.id.length).toBeGreaterThan(0);
      }
    }
  });

  it('fuzz: returns a whole rupiah or throws a SejahteraError', () => {
    fc.assert(
      fc.property(hostile, hostile, (amount, unit) => {
        expectReturnsOrSejahteraError(() => roundFieldSoftware(amount as never, unit as never));
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildSchedule with interest method flat-total', () => {
  it('divides principal and jasa by the number of payments, each rounded on its own (unit 1)', () => {
    // By hand: J = 1,000,000 x 18% = 180,000. P / 12 = 83,333.33 -> 83,333; J / 12 = 15,000.
    // Last: 1,000,000 - 11 x 83,333 = 83,337; 180,000 - 11 x 15,000 = 15,000.
    const s = buildSchedule(base);
    expect(parts(base)).toEqual([...Array(11).fill([83_333, 15_000]), [83_337, 15_000]]);
    expect(s.totals).toEqual({ principal: 1_000_000, interest: 180_000, total: 1_180_000 });
    expect(s.instalments[0]).toMatchObject({ dueOn: '2024-02-15', total: 98_333 });
    expect(s.instalments[11]).toMatchObject({ dueOn: '2025-01-15', balanceAfter: 0 });
  });

  it('rounds each part to the unit with the mode (target parts)', () => {
    // P / 12 = 83,333.33 / 500 = 166.67 -> 167 -> 83,500; J / 12 = 15,000 exactly.
    // Last: 1,000,000 - 11 x 83,500 = 81,500; jasa 15,000.
    const loan = { ...base, rounding: { target: 'parts', unit: 500, mode: 'half-up' } } as const;
    expect(parts(loan)).toEqual([...Array(11).fill([83_500, 15_000]), [81_500, 15_000]]);
    // mode down: 166 x 500 = 83,000; last 1,000,000 - 913,000 = 87,000.
    const down = { ...base, rounding: { target: 'parts', unit: 500, mode: 'down' } } as const;
    expect(parts(down).at(-1)).toEqual([87_000, 15_000]);
  });

  it('worked example: Rp 600,000, 18% over 10 months, unit 500, both modes', () => {
    // J = 108,000; J / 10 = 10,800; P / 10 = 60,000.
    // parts: 10,800 / 500 = 21.6 -> 22 -> 11,000; last jasa 108,000 - 9 x 11,000 = 9,000.
    // field software: r = 800 > 250, so 10,800 + (500 - 800) = 10,500; last 108,000 - 94,500 = 13,500.
    const loan: FlatTotalLoan = {
      ...base,
      principal: 600_000,
      termMonths: 10,
      rounding: { target: 'parts', unit: 500, mode: 'half-up' },
    };
    expect(parts(loan)).toEqual([...Array(9).fill([60_000, 11_000]), [60_000, 9_000]]);
    const compat: FlatTotalLoan = { ...loan, rounding: { target: 'field-software', unit: 500 } };
    expect(parts(compat)).toEqual([...Array(9).fill([60_000, 10_500]), [60_000, 13_500]]);
    expect(buildSchedule(compat).totals.interest).toBe(108_000);
  });

  it("field-software '+500' goes up even on a round amount", () => {
    // P / 12 = 83,333 (r 333): + 167 -> 83,500; last 81,500.
    // J / 12 = 15,000 (r 0): + 500 -> 15,500; last 180,000 - 11 x 15,500 = 9,500.
    const loan: FlatTotalLoan = { ...base, rounding: { target: 'field-software', unit: '+500' } };
    expect(parts(loan)).toEqual([...Array(11).fill([83_500, 15_500]), [81_500, 9_500]]);
  });

  it('pays every k months, floor(term / k) payments, dates from the disbursement with month-end clamping', () => {
    // 7 months every 2 months: floor(7 / 2) = 3 payments. P / 3 = 333,333.33, J = 180,000 / 3 = 60,000.
    // Field software, unit 1000: x 333,333, r 333 <= 500 -> 333,000; last 1,000,000 - 666,000 = 334,000.
    const loan: FlatTotalLoan = {
      ...base,
      disbursedOn: '2024-01-31',
      termMonths: 7,
      frequency: 'every-2-months',
      rounding: { target: 'field-software', unit: 1000 },
    };
    const s = buildSchedule(loan);
    expect(s.instalments.map((i) => [i.dueOn, i.principal, i.interest])).toEqual([
      ['2024-03-31', 333_000, 60_000],
      ['2024-05-31', 333_000, 60_000],
      ['2024-07-31', 334_000, 60_000],
    ]);
    // { months: 4 } over 12 months: 3 payments on 2024-05-31, 2024-09-30, 2025-01-31.
    const four = buildSchedule({ ...loan, termMonths: 12, frequency: { months: 4 } });
    expect(four.instalments.map((i) => i.dueOn)).toEqual([
      '2024-05-31',
      '2024-09-30',
      '2025-01-31',
    ]);
    // firstDueOn is the base of the dates: 2024-02-29, then + 2 months from it.
    const first = buildSchedule({ ...loan, firstDueOn: '2024-02-29' });
    expect(first.instalments.map((i) => i.dueOn)).toEqual([
      '2024-02-29',
      '2024-04-29',
      '2024-06-29',
    ]);
  });

  it('rounds the jasa total half-up to whole rupiah before dividing it', () => {
    // J = 1,234,567 x 18% = 222,222.06 -> 222,222; / 12 = 18,518.5 -> 18,519; last 222,222 - 203,709 = 18,513.
    const loan: FlatTotalLoan = { ...base, principal: 1_234_567 };
    const s = buildSchedule(loan);
    expect(s.totals.interest).toBe(222_222);
    expect(s.instalments[0]?.interest).toBe(18_519);
    expect(s.instalments[11]?.interest).toBe(18_513);
  });

  it('clamps parts rounded up beyond what is left (parts mode), never a negative part', () => {
    // P = 10,000 over 12 at unit 5,000 up: 833.33 -> 5,000; 5,000 + 5,000 exhaust the principal.
    const loan: FlatTotalLoan = {
      ...base,
      principal: 10_000,
      rounding: { target: 'parts', unit: 5000, mode: 'up' },
    };
    const p = parts(loan).map(([pr]) => pr);
    expect(p).toEqual([5_000, 5_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('refuses, in both languages, a field-software schedule whose last part would be negative', () => {
    // 0% jasa with '+500': each jasa part 0 -> 500, last 0 - 11 x 500 = -5,500.
    const loan: FlatTotalLoan = {
      ...base,
      interest: { method: 'flat-total', rate: { percent: 0, per: 'term' } },
      rounding: { target: 'field-software', unit: '+500' },
    };
    try {
      buildSchedule(loan);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issue = (error as ValidationError).issues[0];
      expect(issue?.code).toBe('field_software_negative_instalment');
      expect(issue?.params).toMatchObject({ part: 'interest', number: 12, amount: -5_500 });
      expect((error as ValidationError).messages.id).toContain('negatif');
    }
  });

  it('rejects a term shorter than one period and a first due date before disbursement', () => {
    const r = safeParseFlatTotalLoan({
      ...base,
      termMonths: 2,
      frequency: 'quarterly',
      firstDueOn: '2024-01-01',
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => i.code)).toEqual([
        'term_shorter_than_period',
        'first_due_before_disbursement',
      ]);
    }
    expect(() =>
      parseFlatTotalLoan({ ...base, rounding: { target: 'parts', unit: '+500' } }),
    ).toThrow(ValidationError);
    expect(() =>
      buildSchedule({
        ...base,
        interest: { method: 'flat-total', rate: { percent: 18, per: 'month' } },
      }),
    ).toThrow(ValidationError);
  });

  it('gives a schedule that applyPayments and assessLoan accept', () => {
    const s = buildSchedule({ ...base, rounding: { target: 'field-software', unit: 500 } });
    // First instalment: 83,500 + 15,000 = 98,500, due 2024-02-15.
    const applied = applyPayments(s, [{ paidOn: '2024-02-15', amount: 98_500 }]);
    expect(applied.instalments[0]).toMatchObject({ principalPaid: 83_500, interestPaid: 15_000 });
    const a = assessLoan(s, [{ paidOn: '2024-02-15', amount: 98_500 }], { asOf: '2024-04-20' });
    // Unpaid: instalment 2 (due 2024-03-15) and 3 (due 2024-04-15): DPD = 20 Apr - 15 Mar = 36.
    expect([a.outstandingPrincipal, a.missedInstalments, a.daysPastDue]).toEqual([916_500, 2, 36]);
    expect(assessLoans([{ schedule: s, payments: [] }], { asOf: '2024-04-20' }).counts).toEqual({
      total: 1,
      valid: 1,
      rejected: 0,
    });
    // Split among 4 equal members: 1,000,000 / 4 = 250,000 of principal and 180,000 / 4 = 45,000 of
    // jasa each (the group's rows are split, so every member's schedule sums to their share).
    const split = splitGroupLoan(
      s,
      ['A', 'B', 'C', 'D'].map((memberId) => ({ memberId, share: 1 })),
    );
    expect(
      split.members.map((m) => [m.schedule.totals.principal, m.schedule.totals.interest]),
    ).toEqual(Array(4).fill([250_000, 45_000]));
  });
});

// An independent reference written from the issue's rules with BigInt-free integer arithmetic on
// small amounts (every value here stays far below 2^53).
function referenceParts(P: number, pctTimes100: number, n: number, unit: string | number) {
  const halfUp = (num: number, den: number) => Math.floor((2 * num + den) / (2 * den));
  const J = halfUp(P * pctTimes100, 10_000);
  const s = String(unit);
  const N = Number(s.replace(/^[+-]/, ''));
  const mod = 10 ** String(N / 2).length;
  const fs = (x: number) => {
    const r = x % mod;
    if (s.startsWith('+')) return x + N - r;
    if (s.startsWith('-')) return x - r;
    return r * 2 <= N ? x - r : x + N - r;
  };
  const p = fs(halfUp(P, n));
  const j = fs(halfUp(J, n));
  return { J, p, j, lastP: P - (n - 1) * p, lastJ: J - (n - 1) * j };
}

describe('properties', () => {
  const loanArb = fc.record({
    principal: fc.integer({ min: 1, max: 50_000_000 }),
    pct: fc.integer({ min: 0, max: 4000 }), // hundredths of a percent: 0 .. 40%
    termMonths: fc.integer({ min: 1, max: 36 }),
    months: fc.integer({ min: 1, max: 6 }),
    day: fc.integer({ min: 0, max: 9000 }),
  });

  it('every schedule sums exactly to the principal and the jasa total (parts mode, any unit and mode)', () => {
    fc.assert(
      fc.property(
        loanArb,
        fc.constantFrom(1, 50, 100, 500, 1000, 5000),
        fc.constantFrom('half-up', 'half-even', 'up', 'down' as const),
        (l, unit, mode) => {
          fc.pre(Math.floor(l.termMonths / l.months) >= 1);
          const s = buildSchedule({
            principal: l.principal,
            disbursedOn: addDays('2000-01-01', l.day),
            termMonths: l.termMonths,
            frequency: { months: l.months },
            interest: {
              method: 'flat-total',
              rate: { percent: (l.pct / 100).toString(), per: 'term' },
            },
            rounding: { target: 'parts', unit, mode },
          });
          const n = Math.floor(l.termMonths / l.months);
          const J = Math.floor((2 * l.principal * l.pct + 10_000) / 20_000);
          expect(s.instalments).toHaveLength(n);
          expect(s.instalments.reduce((a, i) => a + i.principal, 0)).toBe(l.principal);
          expect(s.instalments.reduce((a, i) => a + i.interest, 0)).toBe(J);
          for (const i of s.instalments) {
            expect(i.principal).toBeGreaterThanOrEqual(0);
            expect(i.interest).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('field-software mode matches an independent reference row by row, or refuses a negative last part', () => {
    fc.assert(
      fc.property(
        loanArb,
        fc.constantFrom<string | number>(
          50,
          100,
          500,
          1000,
          '+500',
          '-500',
          '+100',
          '-1000',
          '+50',
        ),
        (l, unit) => {
          fc.pre(Math.floor(l.termMonths / l.months) >= 1);
          const n = Math.floor(l.termMonths / l.months);
          const ref = referenceParts(l.principal, l.pct, n, unit);
          const loan = {
            principal: l.principal,
            disbursedOn: addDays('2000-01-01', l.day),
            termMonths: l.termMonths,
            frequency: { months: l.months },
            interest: {
              method: 'flat-total',
              rate: { percent: (l.pct / 100).toString(), per: 'term' },
            },
            rounding: { target: 'field-software', unit },
          } as FlatTotalLoan;
          if (n > 1 && (ref.lastP < 0 || ref.lastJ < 0)) {
            expect(() => buildSchedule(loan)).toThrow(ValidationError);
            return;
          }
          const s = buildSchedule(loan);
          const expected =
            n === 1
              ? [[l.principal, ref.J]]
              : [...Array(n - 1).fill([ref.p, ref.j]), [ref.lastP, ref.lastJ]];
          expect(s.instalments.map((i) => [i.principal, i.interest])).toEqual(expected);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('fuzz: buildSchedule, parseFlatTotalLoan and safeParseFlatTotalLoan over hostile flat-total loans', () => {
    const corrupted = fc.record({
      principal: fc.oneof(hostile, fc.constant(1_000_000)),
      disbursedOn: fc.oneof(hostile, fc.constant('2024-01-31')),
      termMonths: fc.oneof(hostile, fc.integer({ min: -2, max: 2000 })),
      frequency: fc.oneof(hostile, fc.constant({ months: 3 }), fc.constant('weekly')),
      interest: fc.oneof(
        hostile,
        fc.record({
          method: fc.constant('flat-total'),
          rate: fc.oneof(hostile, fc.record({ percent: hostile, per: fc.constant('term') })),
        }),
      ),
      rounding: fc.oneof(
        hostile,
        fc.record({ target: fc.constantFrom('parts', 'field-software', 'x'), unit: hostile }),
      ),
    });
    fc.assert(
      fc.property(corrupted, hostile, (loan, options) => {
        expectReturnsOrSejahteraError(() => buildSchedule(loan));
        expectReturnsOrSejahteraError(() => parseFlatTotalLoan(loan, options as never));
        // Options with unknown keys are a programming mistake (unknown_option), not bad data.
        if (hasUnknownKeys(options, ['locale', 'messages'])) {
          expectUnknownOption(() => safeParseFlatTotalLoan(loan, options as never));
          return;
        }
        expect(() => safeParseFlatTotalLoan(loan, options as never)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
