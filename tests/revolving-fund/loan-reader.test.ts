// Issue 10/11: buildSchedule and safeParseLoan read a loan with a small hand-written reader instead of
// LoanSchema (so a buildSchedule bundle carries no zod). The rule is written twice, so this property
// proves the two agree on arbitrary input: the same accept/reject, the same value (defaults filled in,
// keys given as undefined kept), the same issues (code, path, params, messages) in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/core/index.js';
import {
  FlatTotalLoanSchema,
  LoanSchema,
  revolvingFundScheduleMessages,
} from '../../src/revolving-fund/index.js';
import { readFlatTotalLoan } from '../../src/revolving-fund/schedule/flat-total-reader.js';
import { readLoan } from '../../src/revolving-fund/schedule/loan-reader.js';
import { hostile, throwingProxy } from '../helpers/fuzz.js';
import { dateLike, maybe, objectOf, percentLike } from '../helpers/mirror.js';

const loan = objectOf(
  {
    principal: maybe(fc.integer({ min: 1, max: 50_000_000 })),
    disbursedOn: dateLike,
    firstDueOn: dateLike,
    tenor: maybe(fc.integer({ min: 1, max: 120 })),
    frequency: maybe(fc.constantFrom('monthly', 'weekly', 'quarterly', 'semiannual', 'daily')),
    interest: objectOf(
      {
        method: maybe(fc.constantFrom('flat', 'declining', 'annuity', 'x')),
        rate: objectOf(
          { percent: percentLike, per: maybe(fc.constantFrom('month', 'year', 'day')) },
          ['percent', 'per'],
        ),
      },
      ['method', 'rate'],
    ),
    grace: objectOf({
      principalPeriods: maybe(fc.integer({ min: 0, max: 3 })),
      interestPeriods: maybe(fc.integer({ min: 0, max: 3 })),
      interest: maybe(fc.constantFrom('deferred', 'waived', 'x')),
    }),
    principalEvery: maybe(fc.integer({ min: 1, max: 4 })),
    rounding: objectOf({
      unit: maybe(fc.constantFrom(1, 100, 500)),
      mode: maybe(fc.constantFrom('half-up', 'down', 'nearest')),
    }),
  },
  ['principal', 'disbursedOn', 'tenor', 'frequency', 'interest'],
);

/** Valid loans (the reader's everyday input), optional fields sometimes given as undefined. */
const validLoan = fc.record(
  {
    principal: fc.integer({ min: 1, max: 1e12 }),
    disbursedOn: fc.constantFrom('2024-01-31', '2023-12-31'),
    firstDueOn: fc.constantFrom('2024-02-29', undefined),
    tenor: fc.integer({ min: 1, max: 120 }),
    frequency: fc.constantFrom('monthly', 'weekly', 'quarterly', 'every-2-months', 'semiannual'),
    interest: fc.record({
      method: fc.constantFrom('flat', 'declining', 'annuity'),
      rate: fc.record({
        percent: fc.oneof(fc.constantFrom('0', '1.5', '18'), fc.integer({ min: 0, max: 30 })),
        per: fc.constantFrom('month', 'year', 'week'),
      }),
    }),
    grace: fc.option(
      fc.record(
        {
          principalPeriods: fc.integer({ min: 0, max: 3 }),
          interestPeriods: fc.integer({ min: 0, max: 3 }),
          interest: fc.constantFrom('deferred', 'waived'),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    principalEvery: fc.constantFrom(1, 4, undefined),
    rounding: fc.option(
      fc.record(
        { unit: fc.constantFrom(1, 500), mode: fc.constantFrom('half-up', 'down') },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  },
  { requiredKeys: ['principal', 'disbursedOn', 'tenor', 'frequency', 'interest'] },
);

describe('the small loan reader agrees with LoanSchema', () => {
  it('same result, value and issues (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(loan, validLoan, hostile),
        fc.constantFrom('id', 'en'),
        (value, locale) => {
          const catalog = revolvingFundScheduleMessages;
          const a = readLoan(value, { locale: locale as 'id' });
          expect(a).toStrictEqual(
            safeParseWith(LoanSchema, value, { catalog, locale: locale as 'id' }),
          );
          if (a.success) accepted++;
        },
      ),
      { numRuns: 6000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('a concrete case: every kind of issue, in order', () => {
    const r = readLoan(
      {
        principal: 1.5,
        disbursedOn: '2024-02-30',
        tenor: 2 ** 53,
        frequency: 'daily',
        interest: { method: 'flat', rate: { percent: 'abc', per: 'month' }, x: 1 },
        rounding: null,
      },
      {},
    );
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['not_integer', 'principal'],
      ['invalid_calendar_date', 'disbursedOn'],
      ['too_big', 'tenor'],
      ['too_big', 'tenor'],
      ['invalid_value', 'frequency'],
      ['invalid_decimal', 'interest.rate.percent'],
      ['unrecognized_keys', 'interest'],
      ['invalid_type', 'rounding'],
    ]);
  });

  it('a value that throws while read is one unreadable_input issue, as safeParseWith reports it', () => {
    const ok = {
      principal: 1,
      disbursedOn: '2024-01-31',
      tenor: 1,
      frequency: 'monthly',
      interest: { method: 'flat', rate: throwingProxy },
    };
    for (const v of [throwingProxy, ok]) {
      const a = readLoan(v, {});
      const catalog = revolvingFundScheduleMessages;
      expect(a).toStrictEqual(safeParseWith(LoanSchema, v, { catalog }));
      expect(a.success ? [] : a.issues.map((i) => i.code)).toEqual(['unreadable_input']);
    }
  });
});

const unitLike = maybe(
  fc.oneof(
    fc.constantFrom(500, '500', '+500', '-500', '+0', '1e3', '12345678901', '+1234567890', '0'),
    fc.constantFrom('😀😀😀😀😀😀😀😀😀😀😀😀', ' 500', 1e9, 1e9 + 1, '1000000001'),
  ),
);
const flatTotal = objectOf(
  {
    principal: maybe(fc.integer({ min: 1, max: 50_000_000 })),
    disbursedOn: dateLike,
    firstDueOn: dateLike,
    termMonths: maybe(fc.integer({ min: 1, max: 24 })),
    frequency: maybe(
      fc.oneof(
        fc.constantFrom('monthly', 'quarterly', 'semiannual', 'every-2-months', 'weekly'),
        objectOf({ months: maybe(fc.integer({ min: 1, max: 12 })) }, ['months']),
      ),
    ),
    interest: objectOf(
      {
        method: maybe(fc.constantFrom('flat-total', 'flat')),
        rate: objectOf({ percent: percentLike, per: maybe(fc.constantFrom('term', 'month')) }, [
          'percent',
          'per',
        ]),
      },
      ['method', 'rate'],
    ),
    rounding: fc.oneof(
      objectOf(
        {
          target: maybe(fc.constantFrom('parts', 'field-software', 'x')),
          unit: unitLike,
          mode: maybe(fc.constantFrom('half-up', 'down', 'nearest')),
        },
        ['target'],
      ),
      objectOf({ target: fc.constant('field-software'), unit: unitLike }, ['target', 'unit']),
    ),
  },
  ['principal', 'disbursedOn', 'termMonths', 'frequency', 'interest'],
);

const validFlatTotal = fc.record(
  {
    principal: fc.integer({ min: 1, max: 1e12 }),
    disbursedOn: fc.constant('2024-01-15'),
    firstDueOn: fc.constantFrom('2024-02-15', undefined),
    termMonths: fc.integer({ min: 1, max: 24 }),
    frequency: fc.oneof(
      fc.constantFrom('monthly', 'quarterly'),
      fc.integer({ min: 1, max: 6 }).map((months) => ({ months })),
    ),
    interest: fc.record({
      method: fc.constant('flat-total'),
      rate: fc.record({ percent: fc.constantFrom('18', 12, '0'), per: fc.constant('term') }),
    }),
    rounding: fc.option(
      fc.oneof(
        fc.record({ target: fc.constant('parts'), unit: fc.constantFrom(1, 500) }),
        fc.record({ target: fc.constant('field-software'), unit: fc.constantFrom(500, '+500') }),
      ),
      { nil: undefined },
    ),
  },
  { requiredKeys: ['principal', 'disbursedOn', 'termMonths', 'frequency', 'interest'] },
);

describe('the small flat-total loan reader agrees with FlatTotalLoanSchema', () => {
  it('same result, value and issues (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(flatTotal, validFlatTotal, hostile),
        fc.constantFrom('id', 'en'),
        (value, locale) => {
          const catalog = revolvingFundScheduleMessages;
          const a = readFlatTotalLoan(value, { locale: locale as 'id' });
          const b = safeParseWith(FlatTotalLoanSchema, value, { catalog, locale: locale as 'id' });
          expect(a).toStrictEqual(b);
          if (a.success) accepted++;
        },
      ),
      { numRuns: 6000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('a concrete case: the unions report the one option that could take the value', () => {
    const r = readFlatTotalLoan(
      {
        principal: 600_000,
        disbursedOn: '2024-01-15',
        termMonths: 10,
        frequency: { months: 0, x: 1 },
        interest: { method: 'flat-total', rate: { percent: '18', per: 'term' } },
        rounding: { target: 'field-software', unit: '+0' },
      },
      {},
    );
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too_small', 'frequency.months'],
      ['unrecognized_keys', 'frequency'],
      ['invalid_rounding_unit', 'rounding.unit'],
    ]);
  });
});
