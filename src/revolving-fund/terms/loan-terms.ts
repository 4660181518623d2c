import * as z from 'zod';
import { PercentMini } from '../../_internal/core-mini.js';
import { decimalFraction } from '../../_internal/decimal-fraction.js';
import {
  ConfigurationError,
  createIssue,
  type Issue,
  renderBoth,
  safeParseWith,
} from '../../core/index.js';
import { loanTermsMessages } from './messages.js';

/** The jasa methods a program may allow (the schedule's interest methods). */
const JASA_METHODS = ['flat', 'declining', 'annuity', 'flat-total'] as const;

// The core's percentage rule (`RateSchema`'s percent: a decimal 0 .. 1,000), in zod/mini.
const Percent = PercentMini;
const Amount = z.int().min(1).max(1_000_000_000_000_000);

/**
 * Schema of a program's loan terms (ketentuan pinjaman) as data. Every limit is optional: a limit
 * left out is not checked. Amounts are whole rupiah; jasa limits are percent per month of the
 * original principal (a flat-total loan's jasa is spread over its term to compare).
 *
 * - `amount`: `firstLoanMaxPerMember` (a member's first loan), `repeatLoanMaxPerMember` (any later
 *   loan), `maxLoansPerMember` (loans a member may take before referral to a formal lender),
 *   `maxPrincipal` (the whole loan).
 * - `tenor`: `minMonths`, `maxMonths` (the term: instalments x months between them; a week is 12/52
 *   month).
 * - `jasa`: `methods` allowed, `minPercentPerMonth`, `maxPercentPerMonth`.
 * - `repayment`: `maxMonthsBetweenPayments`, `graceAllowed`.
 * - `group`: `minMembers`, `maxMembers`, `jointLiabilityRequired`, `minSavingsMonths`.
 * - `id`, `title`, `source` (required: where the terms come from), `unconfirmed` (what the source
 *   does not confirm).
 *
 * @category Loan terms
 * @example
 * LoanTermsSchema.safeParse({ id: 'mine', title: 'My UPK', source: 'Keputusan BKM 2024',
 *   tenor: { minMonths: 3, maxMonths: 12 } }).success
 * //=> true
 */
export const LoanTermsSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    title: z.string().min(1).max(300),
    source: z.string().min(1).max(2000),
    unconfirmed: z.array(z.string().max(500)).max(50).default([]),
    amount: z
      .strictObject({
        firstLoanMaxPerMember: Amount.optional(),
        repeatLoanMaxPerMember: Amount.optional(),
        maxLoansPerMember: z.int().min(1).max(1000).optional(),
        maxPrincipal: Amount.optional(),
      })
      .default({}),
    tenor: z
      .strictObject({
        minMonths: z.int().min(0).max(1200).optional(),
        maxMonths: z.int().min(1).max(1200).optional(),
      })
      .default({}),
    jasa: z
      .strictObject({
        methods: z.array(z.enum(JASA_METHODS)).min(1).max(4).optional(),
        minPercentPerMonth: z.optional(Percent),
        maxPercentPerMonth: z.optional(Percent),
      })
      .default({}),
    repayment: z
      .strictObject({
        maxMonthsBetweenPayments: z.int().min(1).max(1200).optional(),
        graceAllowed: z.boolean().default(true),
      })
      .default({ graceAllowed: true }),
    group: z
      .strictObject({
        minMembers: z.int().min(1).max(1000).optional(),
        maxMembers: z.int().min(1).max(1000).optional(),
        jointLiabilityRequired: z.boolean().default(false),
        minSavingsMonths: z.int().min(0).max(1200).optional(),
      })
      .default({ jointLiabilityRequired: false }),
  })
  .meta({ id: 'RevolvingFundLoanTerms', description: "A program's loan terms as data" });

/**
 * Loan terms as a user writes them (the input of {@link LoanTermsSchema}).
 *
 * @category Loan terms
 */
export type LoanTermsInput = z.input<typeof LoanTermsSchema>;

/**
 * Loan terms after {@link defineLoanTerms}: defaults filled in, frozen.
 *
 * @category Loan terms
 */
export type LoanTerms = Readonly<z.output<typeof LoanTermsSchema>>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function configError(issues: readonly Issue[]): ConfigurationError {
  const first = issues[0];
  const both = first
    ? renderBoth(first, loanTermsMessages)
    : { en: 'invalid terms', id: 'ketentuan tidak valid' };
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return new ConfigurationError(
    'invalid_loan_terms',
    {
      en: `Invalid loan terms${where}: ${both.en}`,
      id: `Ketentuan pinjaman tidak valid${where}: ${both.id}`,
    },
    { issues },
  );
}

/**
 * Checks and freezes a program's loan terms. Minimums may not exceed maximums.
 *
 * @category Loan terms
 * @throws {@link ConfigurationError} (`invalid_loan_terms`, with every issue in `params.issues`) when
 * the terms do not follow {@link LoanTermsSchema} or a minimum is above its maximum.
 * @example
 * defineLoanTerms({ id: 'bkm-maju', title: 'BKM Maju', source: 'Keputusan BKM Maju No. 3/2024',
 *   tenor: { minMonths: 3, maxMonths: 18 } }).tenor.maxMonths
 * //=> 18
 */
export function defineLoanTerms(terms: unknown): LoanTerms {
  const parsed = safeParseWith(LoanTermsSchema, terms, { catalog: loanTermsMessages });
  if (!parsed.success) throw configError(parsed.issues);
  const t = parsed.data;
  const issues: Issue[] = [];
  const order = (
    lo: number | string | undefined,
    hi: number | string | undefined,
    path: string[],
  ) => {
    const a = lo === undefined ? undefined : decimalFraction(lo);
    const b = hi === undefined ? undefined : decimalFraction(hi);
    if (
      a !== undefined &&
      b !== undefined &&
      a.numerator * b.denominator > b.numerator * a.denominator
    ) {
      issues.push(createIssue('too_big', path, { maximum: String(hi) }, {}, loanTermsMessages));
    }
  };
  order(t.tenor.minMonths, t.tenor.maxMonths, ['tenor', 'minMonths']);
  order(t.jasa.minPercentPerMonth, t.jasa.maxPercentPerMonth, ['jasa', 'minPercentPerMonth']);
  order(t.group.minMembers, t.group.maxMembers, ['group', 'minMembers']);
  if (issues.length > 0) throw configError(issues);
  return deepFreeze(structuredClone(t));
}

/**
 * The loan terms of the UPK revolving fund (pinjaman bergulir) of PNPM Mandiri Perkotaan / P2KP, as
 * far as public secondary sources give them:
 *
 * - first loan at most Rp 1,000,000 per member; later loans at most Rp 3,000,000; after 4 loans (or
 *   the Rp 3,000,000 cap) the member is referred to a formal financial institution (the programme's
 *   "Ketentuan Umum / Skim Pinjaman Bergulir PNPM Mandiri Perkotaan" as published by LKM Air Salemba,
 *   2013; an older rule, quoted in a thesis on the Juknis, had Rp 500,000 and Rp 2,000,000);
 * - term 3 to 12 months; instalments at most monthly, no grace period, every instalment jasa and pokok
 *   (the same thesis, quoting the Juknis Pinjaman Bergulir);
 * - jasa 1.5% a month of the original principal, flat (set by LKM and UPK following the programme's
 *   1.5%; the "per month" is *unconfirmed* in the text found);
 * - the borrower is a KSM with joint liability (tanggung renteng) (the thesis); at least 5 members and
 *   3 months of group savings before the first loan (POB / Juknis as quoted by theses, docs/sources.md#ksm-and-the-pob-of-pnpm-mandiri-perkotaan; *unconfirmed* in a primary
 *   source here).
 *
 * @category Loan terms
 * @example
 * UPK_PERKOTAAN_TERMS.amount.firstLoanMaxPerMember
 * //=> 1_000_000
 */
export const UPK_PERKOTAAN_TERMS: LoanTerms = defineLoanTerms({
  id: 'upk-perkotaan',
  title: 'Pinjaman bergulir UPK, PNPM Mandiri Perkotaan (P2KP)',
  source:
    'Ketentuan Umum / Skim Pinjaman Bergulir PNPM Mandiri Perkotaan, as published by LKM Air Salemba (lkmairsalemba.blogspot.com, February 2013): first loan max Rp 1,000,000 per person, referral after Rp 3,000,000 or 4 loans; Juknis Pinjaman Bergulir as quoted in a thesis (text-id.123dok.com, "Peminjam, suku bunga, sistem"): term 3-12 months, jasa 1.5% of principal, instalments at most monthly, no grace period, jasa and pokok in every instalment, tanggung renteng; KSM size and savings from the POB / Juknis Pinjaman Bergulir PNPM Mandiri Perkotaan as quoted by theses (primary text not found)',
  unconfirmed: [
    'jasa.minPercentPerMonth / maxPercentPerMonth: the sources say "1,5 dari jumlah pokok pinjaman" without the period; per month is the common reading of the theses that quote it',
    'group.minMembers (5) and group.minSavingsMonths (3): from theses quoting the POB / Juknis, not confirmed in a primary text',
    'amount caps changed over time (Rp 500,000 / 2,000,000 in older rules)',
  ],
  amount: {
    firstLoanMaxPerMember: 1_000_000,
    repeatLoanMaxPerMember: 3_000_000,
    maxLoansPerMember: 4,
  },
  tenor: { minMonths: 3, maxMonths: 12 },
  jasa: { methods: ['flat', 'flat-total'], minPercentPerMonth: '1.5', maxPercentPerMonth: '1.5' },
  repayment: { maxMonthsBetweenPayments: 1, graceAllowed: false },
  group: { minMembers: 5, jointLiabilityRequired: true, minSavingsMonths: 3 },
});

/**
 * The loan terms shipped with the library, by name.
 *
 * @category Loan terms
 * @example
 * Object.keys(LOAN_TERMS_PRESETS)
 * //=> ['upk-perkotaan']
 */
export const LOAN_TERMS_PRESETS = Object.freeze({ 'upk-perkotaan': UPK_PERKOTAAN_TERMS });

/**
 * The name of a shipped loan-terms preset.
 *
 * @category Loan terms
 */
export type LoanTermsPresetName = keyof typeof LOAN_TERMS_PRESETS;

/** A preset name or terms to check and freeze. */
export function resolveLoanTerms(terms: unknown): LoanTerms {
  if (typeof terms === 'string') {
    const preset = (LOAN_TERMS_PRESETS as Record<string, LoanTerms>)[terms];
    if (preset !== undefined && Object.hasOwn(LOAN_TERMS_PRESETS, terms)) return preset;
    const allowed = Object.keys(LOAN_TERMS_PRESETS);
    const both = renderBoth(
      { code: 'unknown_loan_terms', path: [], params: { allowed } },
      loanTermsMessages,
    );
    throw new ConfigurationError('unknown_loan_terms', both, { allowed });
  }
  for (const preset of Object.values(LOAN_TERMS_PRESETS)) if (terms === preset) return preset;
  return defineLoanTerms(terms);
}
