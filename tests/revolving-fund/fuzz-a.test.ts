import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SejahteraError } from '../../src/core/index.js';
import {
  assessLoan,
  assessLoanStream,
  assessLoans,
} from '../../src/revolving-fund/arrears/index.js';
import { applyPayments } from '../../src/revolving-fund/payments/index.js';
import {
  buildSchedule,
  type Loan,
  parseLoan,
  safeParseLoan,
} from '../../src/revolving-fund/schedule/index.js';
import {
  corrupt,
  expectReturnsOrSejahteraError,
  expectUnknownOption,
  hasUnknownKeys,
  hostile,
} from '../helpers/fuzz.js';

const loan: Loan = {
  principal: 1_000_000,
  disbursedOn: '2024-01-31',
  firstDueOn: '2024-02-29',
  tenor: 6,
  frequency: 'monthly',
  interest: { method: 'declining', rate: { percent: '1.5', per: 'month' } },
  grace: { principalPeriods: 1, interestPeriods: 0 },
  principalEvery: 2,
  rounding: { unit: 500, mode: 'up' },
};
const schedule = buildSchedule(loan);
const payments = [
  { paidOn: '2024-03-01', amount: 50_000 },
  { paidOn: '2024-02-29', amount: 20_000 },
];
const options = { asOf: '2024-05-01', kolektibilitas: 'ojk-bank-2019' as const };
const applyOptions = {
  allocation: 'principal-first' as const,
  overpayment: 'last-instalments' as const,
};

// A getter that throws, a Proxy that throws on every trap.
const trap = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
    getPrototypeOf() {
      throw new Error('trap');
    },
  },
);
const nasty = fc.oneof(
  hostile,
  fc.constant(trap),
  fc.constant({
    get principal() {
      throw new Error('x');
    },
  }),
);

const runs = { numRuns: 300 };

describe('fuzz: every public function returns or throws a SejahteraError', () => {
  it('buildSchedule', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, corrupt(loan)), (input) => {
        expectReturnsOrSejahteraError(() => buildSchedule(input));
      }),
      runs,
    );
  });

  it('parseLoan and safeParseLoan (which never throws)', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, corrupt(loan)), nasty, (input, opts) => {
        expectReturnsOrSejahteraError(() => parseLoan(input));
        // Options with unknown keys are a programming mistake (unknown_option), not bad data.
        if (hasUnknownKeys(opts, ['locale', 'messages'])) {
          expectUnknownOption(() => safeParseLoan(input, opts as never));
          return;
        }
        const r = safeParseLoan(input, opts as never);
        expect(typeof r.success).toBe('boolean');
      }),
      runs,
    );
  });

  it('applyPayments', () => {
    fc.assert(
      fc.property(
        fc.oneof(nasty, corrupt(schedule)),
        fc.oneof(nasty, corrupt(payments)),
        fc.oneof(nasty, corrupt(applyOptions)),
        (s, p, o) => {
          expectReturnsOrSejahteraError(() => applyPayments(s, p, o as never));
        },
      ),
      runs,
    );
  });

  it('assessLoan', () => {
    fc.assert(
      fc.property(
        fc.oneof(nasty, corrupt(schedule)),
        fc.oneof(nasty, corrupt(payments)),
        fc.oneof(nasty, corrupt(options)),
        (s, p, o) => {
          expectReturnsOrSejahteraError(() => assessLoan(s, p, o as never));
        },
      ),
      runs,
    );
  });

  it('assessLoans: bad rows become rejections and the counts add up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(nasty, corrupt({ schedule, payments })), { maxLength: 5 }),
        (rows) => {
          const r = assessLoans(rows as never, options);
          expect(r.counts.valid + r.counts.rejected).toBe(rows.length);
        },
      ),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(nasty, fc.oneof(nasty, corrupt(options)), (rows, o) => {
        expectReturnsOrSejahteraError(() => assessLoans(rows as never, o as never));
      }),
      runs,
    );
  });

  it('assessLoanStream: every row is a record; only a bad source or bad options throw, as SejahteraError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nasty,
          fc.array(fc.oneof(nasty, corrupt({ schedule, payments })), { maxLength: 4 }),
        ),
        fc.oneof(fc.constant(options), nasty, corrupt(options)),
        async (rows, o) => {
          let count = 0;
          try {
            for await (const record of assessLoanStream(rows as never, o as never)) {
              expect(record.index).toBe(count);
              count++;
            }
            if (Array.isArray(rows)) expect(count).toBe(rows.length);
          } catch (error) {
            expect(error).toBeInstanceOf(SejahteraError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
