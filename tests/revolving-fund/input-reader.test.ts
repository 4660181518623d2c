// Issue 10/11: the payment and arrears stages read a schedule and a payments list with a small
// hand-written reader instead of ScheduleInputSchema and the payments schema (so an assessLoan bundle
// carries no zod). The rule is written twice, so this property proves the two agree on arbitrary
// input: the same accept/reject, the same value (extra fields dropped), the same issues (code, path,
// params, messages) in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/core/index.js';
import {
  revolvingFundPaymentMessages,
  ScheduleInputSchema,
} from '../../src/revolving-fund/index.js';
import {
  readPaymentsInput,
  readScheduleInput,
} from '../../src/revolving-fund/payments/input-reader.js';
import { PaymentsSchema } from '../../src/revolving-fund/payments/read.js';
import { hostile, throwingProxy } from '../helpers/fuzz.js';
import { dateLike, edge, maybe, objectOf } from '../helpers/mirror.js';

const catalog = revolvingFundPaymentMessages;
const whole = maybe(fc.integer({ min: 0, max: 200_000 }));
const instalment = objectOf(
  {
    number: maybe(fc.integer({ min: 1, max: 5 })),
    dueOn: dateLike,
    principal: whole,
    interest: whole,
    total: whole,
  },
  ['number', 'dueOn', 'principal', 'interest', 'total'],
);
const list = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.sparseArray(item, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom('', 'abc', { length: 0 }, { length: 20_000 }) },
    { weight: 1, arbitrary: edge },
  );
const schedule = fc.oneof(objectOf({ instalments: list(instalment), extra: edge }), hostile);
const payment = objectOf(
  { paidOn: dateLike, amount: whole, receipt: fc.string({ maxLength: 3 }) },
  ['paidOn', 'amount'],
);
const payments = fc.oneof(list(payment), hostile);

describe('the small schedule and payments readers agree with their schemas', () => {
  it('ScheduleInputSchema: same result, value and issues (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(schedule, (value) => {
        const a = readScheduleInput(value);
        expect(a).toStrictEqual(safeParseWith(ScheduleInputSchema, value, { catalog }));
        if (a.success) accepted++;
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('the payments list: same result, value and issues (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(payments, (value) => {
        const a = readPaymentsInput(value);
        const path = ['payments'];
        expect(a).toStrictEqual(safeParseWith(PaymentsSchema, value, { catalog, path }));
        if (a.success) accepted++;
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('an empty schedule, a too-long list and a hostile value, worked by hand', () => {
    const empty = readScheduleInput({ instalments: [] });
    expect(empty.success ? [] : empty.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too_small', 'instalments'],
    ]);
    const long = readScheduleInput({ instalments: new Array(10_001).fill(null) });
    expect(long.success ? [] : long.issues.map((i) => [i.code, i.params])).toEqual([
      ['too_big', { maximum: 10_000, inclusive: true, origin: 'array' }],
    ]);
    const trap = readPaymentsInput([throwingProxy]);
    expect(trap).toStrictEqual(
      safeParseWith(PaymentsSchema, [throwingProxy], { catalog, path: ['payments'] }),
    );
    expect(trap.success ? [] : trap.issues.map((i) => [i.code, i.path])).toEqual([
      ['unreadable_input', ['payments']],
    ]);
  });
});
