import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import type { Loan } from '../../src/revolving-fund/schedule/index.js';
import {
  checkLoanTerms,
  defineLoanTerms,
  type LoanTermsApplication,
  UPK_PERKOTAAN_TERMS,
} from '../../src/revolving-fund/terms/index.js';
import { corrupt, expectReturnsOrSejahteraError, hostile } from '../helpers/fuzz.js';

const loan: Loan = {
  principal: 5_000_000,
  disbursedOn: '2024-01-15',
  tenor: 10,
  frequency: 'monthly',
  interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
};
const members = ['A', 'B', 'C', 'D', 'E'].map((memberId) => ({
  memberId,
  amount: 1_000_000,
  loanNumber: 1,
}));
const ok: LoanTermsApplication = {
  loan,
  members,
  group: { jointLiability: true, savingsMonths: 3 },
};
const codes = (app: LoanTermsApplication) =>
  checkLoanTerms(app, 'upk-perkotaan').reasons.map((r) => r.code);

describe('checkLoanTerms against the UPK Perkotaan terms', () => {
  it('passes a KSM of 5, Rp 1,000,000 each, 10 months, jasa 1.5% a month, tanggung renteng, 3 months saved', () => {
    const r = checkLoanTerms(ok, 'upk-perkotaan');
    expect(r).toMatchObject({
      termsId: 'upk-perkotaan',
      conforms: true,
      reasons: [],
      unchecked: [],
    });
    expect(r.measured).toEqual({
      principal: 5_000_000,
      tenorMonths: '10',
      monthsBetweenPayments: '1',
      jasaPercentPerMonth: '1.5',
      jasaMethod: 'flat',
    });
  });

  it('reads 18% a year as 1.5% a month, and 18% over a 12-month flat-total term as 1.5% a month', () => {
    expect(
      codes({
        ...ok,
        loan: { ...loan, interest: { method: 'flat', rate: { percent: 18, per: 'year' } } },
      }),
    ).toEqual([]);
    const flatTotal = {
      principal: 5_000_000,
      disbursedOn: '2024-01-15',
      termMonths: 12,
      frequency: 'monthly',
      interest: { method: 'flat-total', rate: { percent: '18', per: 'term' } },
    } as const;
    expect(codes({ ...ok, loan: flatTotal })).toEqual([]);
    // 18% over 10 months = 1.8% a month: above the 1.5% of the terms.
    const r = checkLoanTerms({ ...ok, loan: { ...flatTotal, termMonths: 10 } }, 'upk-perkotaan');
    expect(r.reasons.map((x) => [x.code, x.params])).toEqual([
      ['terms_jasa_above_max', { percentPerMonth: '1.8', maximum: '1.5' }],
    ]);
  });

  it('measures a weekly tenor as weeks x 12/52 months', () => {
    const weekly = (tenor: number): Loan => ({
      ...loan,
      tenor,
      frequency: 'weekly',
      interest: { method: 'flat', rate: { percent: '1.5', per: 'month' } },
    });
    // 52 weeks = 12 months exactly: allowed. 53 weeks = 12.230769 months: too long.
    expect(codes({ ...ok, loan: weekly(52) })).toEqual([]);
    const long = checkLoanTerms({ ...ok, loan: weekly(53) }, 'upk-perkotaan').reasons[0];
    expect(long?.code).toBe('terms_tenor_above_max');
    expect(long?.params).toEqual({ tenorMonths: '12.230769', maximum: 12 });
    // 12 weeks = 144 / 52 = 2.769231 months: too short.
    expect(codes({ ...ok, loan: weekly(12) })).toEqual(['terms_tenor_below_min']);
  });

  it('lists every breach, each in Indonesian and English', () => {
    const r = checkLoanTerms(
      {
        loan: {
          ...loan,
          principal: 6_000_000,
          tenor: 6,
          frequency: 'quarterly', // 18 months, payments 3 months apart
          interest: { method: 'declining', rate: { percent: '1', per: 'month' } },
          grace: { principalPeriods: 1 },
        },
        members: [
          { memberId: 'A', amount: 1_500_000, loanNumber: 1 }, // first loan above Rp 1,000,000
          { memberId: 'B', amount: 3_500_000, loanNumber: 2 }, // repeat loan above Rp 3,000,000
          { memberId: 'C', amount: 1_000_000, loanNumber: 5 }, // a 5th loan: beyond 4
        ],
        group: { jointLiability: false, savingsMonths: 2 },
      },
      'upk-perkotaan',
    );
    expect(r.conforms).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual([
      'terms_first_loan_above_max',
      'terms_repeat_loan_above_max',
      'terms_too_many_loans',
      'terms_tenor_above_max',
      'terms_jasa_method_not_allowed',
      'terms_jasa_below_min',
      'terms_payments_too_far_apart',
      'terms_grace_not_allowed',
      'terms_group_too_small',
      'terms_joint_liability_missing',
      'terms_savings_too_short',
    ]);
    // Sum 1,500,000 + 3,500,000 + 1,000,000 = 6,000,000 = principal: no mismatch.
    expect(r.reasons[0]?.messages).toEqual({
      en: 'member A: a first loan of Rp 1,500,000 is above the cap of Rp 1,000,000',
      id: 'anggota A: pinjaman pertama Rp 1.500.000 melebihi batas Rp 1.000.000',
    });
    expect(r.reasons[0]?.path).toEqual(['members', 0, 'amount']);
    expect(r.reasons[3]?.params).toEqual({ tenorMonths: '18', maximum: 12 });
    for (const x of r.reasons) {
      expect(x.messages.id.length).toBeGreaterThan(10);
      expect(x.messages.en.length).toBeGreaterThan(10);
      expect(x.messages.id).not.toBe(x.messages.en);
    }
  });

  it('the example of the docs: Rp 6,000,000 over 18 months for a KSM of 4', () => {
    // Member A's first loan 1,500,000 > 1,000,000; 1,500,000 is not the principal 6,000,000;
    // 18 months > 12; 4 members < 5. Jasa 1.5% a month, monthly, tanggung renteng, 3 months saved: fine.
    const r = checkLoanTerms(
      {
        loan: { ...loan, principal: 6_000_000, tenor: 18 },
        members: [{ memberId: 'A-01', amount: 1_500_000, loanNumber: 1 }],
        group: { memberCount: 4, jointLiability: true, savingsMonths: 3 },
      },
      'upk-perkotaan',
    );
    expect(r.reasons.map((x) => x.code)).toEqual([
      'terms_first_loan_above_max',
      'terms_member_amounts_mismatch',
      'terms_tenor_above_max',
      'terms_group_too_small',
    ]);
  });

  it('gives the message in the locale asked for', () => {
    const r = checkLoanTerms(
      { ...ok, group: { jointLiability: false, savingsMonths: 3 } },
      'upk-perkotaan',
      {
        locale: 'id',
      },
    );
    expect(r.reasons[0]?.message).toBe('kelompok belum memiliki pernyataan tanggung renteng');
  });

  it('treats seasonal principal (principalEvery > 1) as a grace on principal', () => {
    expect(codes({ ...ok, loan: { ...loan, principalEvery: 2 } })).toEqual([
      'terms_grace_not_allowed',
    ]);
  });

  it('reports members whose amounts do not add up to the principal', () => {
    const r = checkLoanTerms({ ...ok, members: members.slice(0, 4) }, 'upk-perkotaan');
    // 4 x 1,000,000 = 4,000,000 against 5,000,000; and 4 members < 5.
    expect(r.reasons.map((x) => [x.code, x.params])).toEqual([
      ['terms_member_amounts_mismatch', { sum: 4_000_000, principal: 5_000_000 }],
      ['terms_group_too_small', { members: 4, minimum: 5 }],
    ]);
  });

  it('lists the rules it could not check instead of passing them silently', () => {
    const r = checkLoanTerms({ loan }, 'upk-perkotaan');
    expect(r.conforms).toBe(true);
    expect(r.unchecked).toEqual([
      'amount (per member)',
      'group.minMembers / maxMembers',
      'group.jointLiabilityRequired',
      'group.minSavingsMonths',
    ]);
  });

  it('takes terms as data, and a loan without limits conforms to terms without limits', () => {
    const mine = defineLoanTerms({
      id: 'bkm-maju',
      title: 'BKM Maju',
      source: 'Keputusan BKM Maju No. 3/2024',
      amount: { maxPrincipal: 4_000_000 },
      tenor: { minMonths: 3, maxMonths: 24 },
    });
    expect(checkLoanTerms({ loan }, mine).reasons.map((x) => x.code)).toEqual([
      'terms_principal_above_max',
    ]);
    expect(
      checkLoanTerms({ loan }, defineLoanTerms({ id: 'x', title: 'x', source: 'x' })).conforms,
    ).toBe(true);
  });
});

describe('the UPK Perkotaan preset', () => {
  it('carries the sourced figures and says what is unconfirmed', () => {
    expect(UPK_PERKOTAAN_TERMS.amount).toEqual({
      firstLoanMaxPerMember: 1_000_000,
      repeatLoanMaxPerMember: 3_000_000,
      maxLoansPerMember: 4,
    });
    expect(UPK_PERKOTAAN_TERMS.tenor).toEqual({ minMonths: 3, maxMonths: 12 });
    expect(UPK_PERKOTAAN_TERMS.repayment).toEqual({
      maxMonthsBetweenPayments: 1,
      graceAllowed: false,
    });
    expect(UPK_PERKOTAAN_TERMS.source).toContain('Juknis');
    expect(UPK_PERKOTAAN_TERMS.unconfirmed.length).toBeGreaterThan(0);
    expect(Object.isFrozen(UPK_PERKOTAAN_TERMS.amount)).toBe(true);
  });
});

describe('bad terms and bad applications', () => {
  it('rejects a minimum above its maximum and an unknown preset with a ConfigurationError', () => {
    expect(() =>
      defineLoanTerms({
        id: 'x',
        title: 'x',
        source: 'x',
        tenor: { minMonths: 13, maxMonths: 12 },
      }),
    ).toThrow(ConfigurationError);
    try {
      checkLoanTerms(ok, 'upk-perdesaan' as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).code).toBe('unknown_loan_terms');
      expect((error as ConfigurationError).messages.id).toContain('upk-perkotaan');
    }
  });

  it('rejects an invalid loan or member with a ValidationError naming the field', () => {
    expect(() => checkLoanTerms({ ...ok, loan: { ...loan, tenor: 0 } }, 'upk-perkotaan')).toThrow(
      ValidationError,
    );
    try {
      checkLoanTerms(
        { ...ok, members: [{ memberId: 'A', amount: -1, loanNumber: 1 }] },
        'upk-perkotaan',
      );
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]?.path).toEqual(['members', 0, 'amount']);
    }
  });

  it('fuzz: checkLoanTerms and defineLoanTerms return or throw a SejahteraError', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, corrupt(ok)),
        fc.oneof(hostile, fc.constant('upk-perkotaan')),
        hostile,
        (app, terms, options) => {
          expectReturnsOrSejahteraError(() =>
            checkLoanTerms(app as never, terms as never, options as never),
          );
          expectReturnsOrSejahteraError(() => defineLoanTerms(terms));
        },
      ),
      { numRuns: 400 },
    );
  });
});
