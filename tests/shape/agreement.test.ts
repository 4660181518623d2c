// "Each rule once": the fast reader of a loan agrees with LoanSchema on arbitrary input (whenever
// it accepts, the schema accepts with the same output; it never accepts what the schema rejects),
// and the loan rules of safeParseLoan / buildSchedule are one definition (cross-field checks derived).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LoanSchema, buildSchedule, safeParseLoan } from '../../src/revolving-fund/index.js';
import { readLoanFast } from '../../src/revolving-fund/schedule/loan.js';

const edgeInt = fc.oneof(
  fc.integer({ min: -2, max: 1002 }),
  fc.constantFrom(0, 1, 1000, 1001, 1e15, 1e15 + 1, 2 ** 53, 1.5, -0, Number.NaN, Infinity),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Loans near the rules' edges, with a wrong or extra field now and then. */
const loanLike = fc.record(
  {
    principal: fc.oneof(edgeInt, fc.integer({ min: 1, max: 50_000_000 })),
    disbursedOn: fc.constantFrom('2024-01-31', '2024-02-30', '2023-12-31', '24-01-01', 20240131),
    firstDueOn: maybe(fc.constantFrom('2024-01-15', '2024-02-29', '2024-03-31', 'x')),
    tenor: edgeInt,
    frequency: fc.constantFrom(
      'monthly',
      'weekly',
      'quarterly',
      'every-2-months',
      'semiannual',
      'daily',
    ),
    interest: fc.record({
      method: fc.constantFrom('flat', 'declining', 'annuity', 'effective'),
      rate: fc.oneof(
        fc.record({
          percent: fc.oneof(
            fc.constantFrom('1.5', '0', '-1', '1e2', 'abc', '12.345678'),
            fc.double(),
          ),
          per: fc.constantFrom('month', 'year', 'week', 'day'),
        }),
        fc.anything(),
      ),
    }),
    grace: maybe(
      fc.record(
        {
          principalPeriods: edgeInt,
          interestPeriods: edgeInt,
          interest: fc.constantFrom('deferred', 'waived', 'paid', 'other'),
        },
        { requiredKeys: [] },
      ),
    ),
    principalEvery: maybe(edgeInt),
    rounding: maybe(
      fc.record(
        {
          unit: fc.oneof(edgeInt, fc.constantFrom(100, 1000, 1_000_000_000, 1_000_000_001)),
          mode: fc.constantFrom('half-up', 'half-even', 'up', 'down', 'nearest'),
        },
        { requiredKeys: [] },
      ),
    ),
    extra: fc.anything(),
  },
  { requiredKeys: ['principal', 'disbursedOn', 'tenor', 'frequency', 'interest'] },
);

/** Drops keys whose value is undefined (an absent optional field), as a caller writes a loan. */
const clean = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Ordinary valid-looking loans (the fast path's territory), with edges inside the rules. */
const ordinary = fc.record(
  {
    principal: fc.integer({ min: 1, max: 1e12 }),
    disbursedOn: fc.constantFrom('2024-01-31', '2023-12-31', '2024-02-29'),
    firstDueOn: maybe(fc.constantFrom('2024-01-15', '2024-02-29', '2024-03-31')),
    tenor: fc.integer({ min: 1, max: 120 }),
    frequency: fc.constantFrom('monthly', 'weekly', 'quarterly', 'every-2-months', 'semiannual'),
    interest: fc.record({
      method: fc.constantFrom('flat', 'declining', 'annuity'),
      rate: fc.record({
        percent: fc.oneof(
          fc.constantFrom('0', '1.5', '2', '18', '0.125'),
          fc.integer({ min: 0, max: 30 }),
        ),
        per: fc.constantFrom('month', 'year'),
      }),
    }),
    grace: maybe(
      fc.record(
        {
          principalPeriods: fc.integer({ min: 0, max: 130 }),
          interestPeriods: fc.integer({ min: 0, max: 130 }),
          interest: fc.constantFrom('deferred', 'waived'),
        },
        { requiredKeys: [] },
      ),
    ),
    principalEvery: maybe(fc.integer({ min: 1, max: 4 })),
    rounding: maybe(
      fc.record(
        {
          unit: fc.constantFrom(1, 100, 1000, 5000),
          mode: fc.constantFrom('half-up', 'half-even', 'up', 'down'),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ['principal', 'disbursedOn', 'tenor', 'frequency', 'interest'] },
);

const input = fc.oneof(
  { weight: 4, arbitrary: ordinary.map(clean) },
  { weight: 4, arbitrary: loanLike.map(clean) },
  { weight: 1, arbitrary: fc.anything() },
);

describe('one loan rule, two readers', () => {
  it('readLoanFast accepts only what LoanSchema accepts, with the same output', () => {
    let fastAccepted = 0;
    fc.assert(
      fc.property(input, (loan) => {
        // A throw from the fast reader also sends the loan to the schema (see safeParseLoan).
        let fast: ReturnType<typeof readLoanFast>;
        try {
          fast = readLoanFast(loan);
        } catch {
          fast = undefined;
        }
        const slow = LoanSchema.safeParse(loan);
        if (fast !== undefined) {
          fastAccepted++;
          expect(slow.success).toBe(true);
          if (slow.success) expect(fast).toEqual(slow.data);
        }
        if (!slow.success) expect(fast).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: the fast path did accept loans.
    expect(fastAccepted).toBeGreaterThan(50);
  });

  it('a loan builds a schedule exactly when safeParseLoan accepts it (cross-field rules derived)', () => {
    fc.assert(
      fc.property(loanLike.map(clean), (loan) => {
        const parsed = safeParseLoan(loan);
        let built = true;
        try {
          buildSchedule(loan);
        } catch {
          built = false;
        }
        if (parsed.success) {
          // A valid loan whose last due date falls after 9999 or whose sums overflow is refused by
          // the builder alone; every other valid loan builds.
          if (!built) return;
        } else expect(built).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
