// Issue 11: the revolving fund's public schemas moved to zod/mini and its rates and provision rates
// are read without decimal.js. Each rule is still the same rule: the 0.1 definitions (classic zod over
// the core's schemas, decimal.js) are kept here as oracles, and fast-check holds the new readers equal
// to them on arbitrary input: the same accept/reject, the same data, the same issues and messages.
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import {
  CalendarDateSchema,
  DecimalInputSchema,
  periodicRateFraction,
  RateSchema,
  RoundingModeSchema,
  RupiahSchema,
  safeParseWith,
} from '../../src/index.js';
import {
  FieldSoftwareUnitSchema,
  FlatTotalLoanSchema,
  LoanSchema,
  PaymentSchema,
  revolvingFundPaymentMessages,
  revolvingFundScheduleMessages,
  ScheduleInputSchema,
} from '../../src/revolving-fund/index.js';
import { exactPeriodicRate, RateMini } from '../../src/_internal/core-mini.js';
import { readProvisionRate } from '../../src/revolving-fund/kolektibilitas/rules.js';
import { hostile } from '../helpers/fuzz.js';

// ---- the 0.1 definitions, verbatim in substance (classic zod, decimal.js) ----
const toDec = (v: unknown): Decimal | undefined => {
  const D = Decimal.clone({ precision: 50 });
  if (typeof v === 'number') return Number.isFinite(v) ? new D(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (s.length === 0 || s.length > 80) return undefined;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,4})?$/.test(s)) return undefined;
  const d = new D(s);
  return d.isFinite() ? d : undefined;
};
const OldPercent = DecimalInputSchema.refine(
  (v) => {
    const d = toDec(v);
    return d === undefined || (d.gte(0) && d.lte(1000));
  },
  { params: { code: 'rate_out_of_range', minimum: 0, maximum: 1000 } },
);
const OldUnit = z.union([
  z.int().min(1).max(1e9),
  z
    .string()
    .max(11)
    .superRefine((value, ctx) => {
      const n = /^[+-]?\d{1,10}$/.test(value) ? Number(value.replace(/^[+-]/, '')) : 0;
      if (n < 1 || n > 1e9) {
        ctx.addIssue({ code: 'custom', params: { code: 'invalid_rounding_unit' }, input: value });
      }
    }),
]);
const OldLoan = z.strictObject({
  principal: z.int().min(1).max(1e15),
  disbursedOn: CalendarDateSchema,
  firstDueOn: CalendarDateSchema.optional(),
  tenor: z.int().min(1).max(1000),
  frequency: z.enum(['weekly', 'monthly', 'every-2-months', 'quarterly', 'semiannual']),
  interest: z.strictObject({ method: z.enum(['flat', 'declining', 'annuity']), rate: RateSchema }),
  grace: z
    .strictObject({
      principalPeriods: z.int().min(0).max(1000).default(0),
      interestPeriods: z.int().min(0).max(1000).default(0),
      interest: z.enum(['deferred', 'waived']).default('deferred'),
    })
    .optional(),
  principalEvery: z.int().min(1).max(1000).optional(),
  rounding: z
    .strictObject({
      unit: z.int().min(1).max(1e9).default(1),
      mode: RoundingModeSchema.default('half-up'),
    })
    .optional(),
});
const OldFlatTotal = z.strictObject({
  principal: z.int().min(1).max(1e15),
  disbursedOn: CalendarDateSchema,
  firstDueOn: CalendarDateSchema.optional(),
  termMonths: z.int().min(1).max(1200),
  frequency: z.union([
    z.enum(['monthly', 'every-2-months', 'quarterly', 'semiannual']),
    z.strictObject({ months: z.int().min(1).max(1200) }),
  ]),
  interest: z.strictObject({
    method: z.literal('flat-total'),
    rate: z.strictObject({ percent: OldPercent, per: z.literal('term') }),
  }),
  rounding: z
    .discriminatedUnion('target', [
      z.strictObject({
        target: z.literal('parts'),
        unit: z.int().min(1).max(1e9).default(1),
        mode: RoundingModeSchema.default('half-up'),
      }),
      z.strictObject({ target: z.literal('field-software'), unit: OldUnit }),
    ])
    .optional(),
});
const OldSchedule = z.object({
  instalments: z
    .array(
      z.object({
        number: z.int().min(1),
        dueOn: CalendarDateSchema,
        principal: RupiahSchema,
        interest: RupiahSchema,
        total: RupiahSchema,
      }),
    )
    .min(1)
    .max(10_000),
});
const OldPayment = z.object({ paidOn: CalendarDateSchema, amount: RupiahSchema });
const oldProvisionRate = (value: unknown): Decimal | undefined => {
  const d = typeof value === 'number' || typeof value === 'string' ? toDec(value) : undefined;
  return d === undefined || d.isNegative() || d.greaterThan(1) ? undefined : d;
};

// ---- arbitrary input near the rules' edges ----
const edgeInt = fc.oneof(
  fc.integer({ min: -2, max: 1202 }),
  fc.constantFrom(0, 1, 1000, 1e9, 1e9 + 1, 1e15, 1e15 + 1, 2 ** 53, 1.5, -0, Number.NaN, 'x'),
);
const decimalLike = fc.oneof(
  fc.constantFrom('1.5', '0', '-0', '-1', '1e2', '1e3', '1000.0001', ' 2 ', '.5', 'abc', '', '0x1'),
  fc.constantFrom(-0, 1000, 1000.5, 1e-7, Number.NaN, Infinity, true, null, '9'.repeat(81)),
  fc.double(),
  fc.integer({ min: -5, max: 2000 }).map(String),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const date = fc.constantFrom('2024-01-31', '2024-02-30', '2023-12-31', '24-01-01', 20240131, '');
const clean = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const mode = fc.constantFrom('half-up', 'half-even', 'up', 'down', 'nearest');
const common = {
  principal: edgeInt,
  disbursedOn: date,
  firstDueOn: maybe(date),
  extra: maybe(fc.anything()),
};
const loanLike = fc
  .record(
    {
      ...common,
      tenor: edgeInt,
      frequency: fc.constantFrom('monthly', 'weekly', 'quarterly', 'daily'),
      interest: fc.record({
        method: fc.constantFrom('flat', 'declining', 'annuity', 'x'),
        rate: fc.oneof(
          fc.record({ percent: decimalLike, per: fc.constantFrom('month', 'year', 'day') }),
          hostile,
        ),
      }),
      grace: maybe(
        fc.record(
          {
            principalPeriods: edgeInt,
            interestPeriods: edgeInt,
            interest: fc.constantFrom('deferred', 'waived', 'x'),
          },
          { requiredKeys: [] },
        ),
      ),
      principalEvery: maybe(edgeInt),
      rounding: maybe(fc.record({ unit: edgeInt, mode }, { requiredKeys: [] })),
    },
    { requiredKeys: ['principal', 'tenor', 'interest'] },
  )
  .map(clean);
const unit = fc.oneof(edgeInt, fc.constantFrom('500', '+500', '-500', '+0', '1e3', '12345678901'));
const flatTotalLike = fc
  .record(
    {
      ...common,
      termMonths: edgeInt,
      frequency: fc.oneof(
        fc.constantFrom('monthly', 'quarterly', 'weekly'),
        fc.record({ months: edgeInt }),
      ),
      interest: fc.record({
        method: fc.constantFrom('flat-total', 'flat'),
        rate: fc.record({ percent: decimalLike, per: fc.constantFrom('term', 'month') }),
      }),
      rounding: maybe(
        fc.oneof(
          fc.record(
            { target: fc.constantFrom('parts', 'x'), unit: edgeInt, mode },
            { requiredKeys: ['target'] },
          ),
          fc.record({ target: fc.constant('field-software'), unit }),
        ),
      ),
    },
    { requiredKeys: ['principal', 'termMonths', 'interest'] },
  )
  .map(clean);
const rupiah = fc.oneof(fc.integer({ min: -1, max: 200_000 }), fc.constantFrom(1.5, '1', -0));
const scheduleLike = fc.record({
  instalments: fc.array(
    fc.record(
      { number: edgeInt, dueOn: date, principal: rupiah, interest: rupiah, total: rupiah },
      { requiredKeys: [] },
    ),
    { maxLength: 3 },
  ),
});
const paymentLike = fc.record({ paidOn: date, amount: rupiah, receipt: maybe(fc.string()) });

/** Both schemas read `value` through the library's parser: the same result, issues and messages. */
function agree(mini: z.core.$ZodType, classic: z.core.$ZodType, catalog: object, value: unknown) {
  const options = { catalog: catalog as never };
  expect(safeParseWith(mini, value, options)).toEqual(safeParseWith(classic, value, options));
  expect(safeParseWith(mini, value, { ...options, locale: 'id' })).toEqual(
    safeParseWith(classic, value, { ...options, locale: 'id' }),
  );
}

describe('the zod/mini schemas are the 0.1 classic schemas, rule for rule', () => {
  it('LoanSchema', () => {
    fc.assert(
      fc.property(fc.oneof(loanLike, hostile), (v) => {
        agree(LoanSchema, OldLoan, revolvingFundScheduleMessages, v);
      }),
      { numRuns: 1500 },
    );
  });

  it('FlatTotalLoanSchema and FieldSoftwareUnitSchema', () => {
    fc.assert(
      fc.property(fc.oneof(flatTotalLike, hostile), unit, (v, u) => {
        agree(FlatTotalLoanSchema, OldFlatTotal, revolvingFundScheduleMessages, v);
        agree(FieldSoftwareUnitSchema, OldUnit, revolvingFundScheduleMessages, u);
      }),
      { numRuns: 1500 },
    );
  });

  it('ScheduleInputSchema and PaymentSchema', () => {
    fc.assert(
      fc.property(fc.oneof(scheduleLike, hostile), fc.oneof(paymentLike, hostile), (s, p) => {
        agree(ScheduleInputSchema, OldSchedule, revolvingFundPaymentMessages, s);
        agree(PaymentSchema, OldPayment, revolvingFundPaymentMessages, p);
      }),
      { numRuns: 1000 },
    );
  });

  it('the rate (RateMini is the core RateSchema)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.record({ percent: decimalLike, per: fc.constantFrom('month', 'x') }), hostile),
        (v) => agree(RateMini, RateSchema, {}, v),
      ),
      { numRuns: 1000 },
    );
  });
});

describe('exact rates without decimal.js', () => {
  it('exactPeriodicRate is the core periodicRateFraction, or undefined where the core throws', () => {
    const target = fc.oneof(
      fc.constantFrom('week' as const, 'month' as const, 'year' as const),
      fc.integer({ min: 1, max: 12 }).map((months) => ({ months })),
    );
    fc.assert(
      fc.property(
        decimalLike,
        fc.constantFrom('week', 'month', 'year', 'day'),
        target,
        (p, per, to) => {
          let expected: { numerator: bigint; denominator: bigint } | undefined;
          try {
            expected = periodicRateFraction({ percent: p as string, per: per as 'month' }, to);
          } catch {
            expected = undefined;
          }
          expect(exactPeriodicRate(p, per, to)).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads 1.5% a month as 3/200 a month and 18% a year as 3/200 a month (worked by hand)', () => {
    expect(exactPeriodicRate('1.5', 'month', 'month')).toEqual({
      numerator: 3n,
      denominator: 200n,
    });
    expect(exactPeriodicRate(18, 'year', 'month')).toEqual({ numerator: 3n, denominator: 200n });
    // 1% a month, quarterly: 3/100; 10% a year, weekly: 10/100/52 = 1/520.
    expect(exactPeriodicRate('1', 'month', { months: 3 })).toEqual({
      numerator: 3n,
      denominator: 100n,
    });
    expect(exactPeriodicRate('10', 'year', 'week')).toEqual({ numerator: 1n, denominator: 520n });
    expect(exactPeriodicRate('1000.0001', 'month', 'month')).toBeUndefined();
  });

  it('readProvisionRate is the 0.1 decimal.js reader: the same accept/reject, value and text', () => {
    const rate = fc.oneof(
      decimalLike,
      fc.double({ min: -0.1, max: 1.1 }),
      fc.integer({ min: 0, max: 10_000 }).map((n) => `0.${String(n).padStart(4, '0')}0`),
      fc.constantFrom('-0.0', '1.000', '1.0001', '0e5', '5e-1', '0.05', 1, 0, -0),
    );
    fc.assert(
      fc.property(rate, (v) => {
        const old = oldProvisionRate(v);
        const now = readProvisionRate(v);
        if (old === undefined) {
          expect(now).toBeUndefined();
          return;
        }
        const fixed = old.toFixed();
        const [whole = '', frac = ''] = fixed.split('.');
        expect(now?.text).toBe(old.isZero() ? '0' : fixed);
        expect(now?.numerator).toBe(BigInt(whole + frac));
        expect(now?.denominator).toBe(10n ** BigInt(frac.length));
      }),
      { numRuns: 3000 },
    );
    expect(readProvisionRate('0.050')?.text).toBe('0.05');
    expect(readProvisionRate(-0)).toBeUndefined();
  });
});
