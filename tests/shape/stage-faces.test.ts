import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divRoundBig, mulDivRound, mulDivRoundBig } from '../../src/_internal/int-division.js';
import {
  classifyKolektibilitas,
  computeProvision,
  revolvingFundPaymentMessages,
  revolvingFundScheduleMessages,
} from '../../src/revolving-fund/index.js';

const mode = fc.constantFrom(
  'half-up' as const,
  'half-even' as const,
  'up' as const,
  'down' as const,
);

describe('shared exact arithmetic (_internal/int-division.ts)', () => {
  it('mulDivRoundBig equals the BigInt quotient on every mode, across the 2^53 fast-path edge', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e6, max: 1e6 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        ),
        fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 2n ** 70n })),
        fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 2n ** 70n })),
        mode,
        (x, num, den, m) => {
          expect(mulDivRoundBig(x, num, den, m)).toBe(Number(divRoundBig(BigInt(x) * num, den, m)));
        },
      ),
    );
  });

  it('rounds exact ties by the mode: 5 x 1 / 2 = 2.5 and 3 x 1 / 2 = 1.5', () => {
    expect(mulDivRoundBig(5, 1n, 2n, 'half-up')).toBe(3);
    expect(mulDivRoundBig(5, 1n, 2n, 'half-even')).toBe(2);
    expect(mulDivRoundBig(3, 1n, 2n, 'half-even')).toBe(2);
    expect(mulDivRoundBig(5, 1n, 2n, 'down')).toBe(2);
    expect(mulDivRound(5, 1, 2, 'up')).toBe(3);
  });

  it('the provision rounds half-up exactly through it (3% of kurang lancar, OJK BPR 2018)', () => {
    const k = classifyKolektibilitas('ojk-bpr-2018', {
      daysPastDue: 45,
      missedInstalments: 2,
      monthsInArrears: 1,
    });
    // 1,000,050 x 3% = 30,001.5 exactly: the tie goes up; 1,000,049 x 3% = 30,001.47 goes down.
    expect(computeProvision(1_000_050, k)).toBe(30_002);
    expect(computeProvision(1_000_049, k)).toBe(30_001);
    // 2^53 - 1 x 3 / 100 leaves the safe-integer path: BigInt decides.
    expect(computeProvision(Number.MAX_SAFE_INTEGER, k)).toBe(
      Number((BigInt(Number.MAX_SAFE_INTEGER) * 3n + 50n) / 100n),
    );
  });
});

describe('codes belong to the stage that owns them', () => {
  it('the payments catalogue holds the payment codes, and the schedule catalogue still carries them', () => {
    const paymentCodes = Object.keys(revolvingFundPaymentMessages).sort();
    expect(paymentCodes).toEqual([
      'amount_too_large',
      'due_dates_out_of_order',
      'instalment_number_out_of_order',
      'instalment_total_mismatch',
      'invalid_allocation_rule',
      'invalid_overpayment_rule',
      'unknown_allocation_preset',
    ]);
    for (const code of paymentCodes) {
      const key = code as keyof typeof revolvingFundPaymentMessages;
      expect(revolvingFundScheduleMessages[key]).toBe(revolvingFundPaymentMessages[key]);
    }
    expect(Object.isFrozen(revolvingFundPaymentMessages)).toBe(true);
    expect(revolvingFundPaymentMessages.due_dates_out_of_order.id({}, [])).toBe(
      'tanggal jatuh tempo tidak boleh mundur dari satu angsuran ke angsuran berikutnya',
    );
  });
});
