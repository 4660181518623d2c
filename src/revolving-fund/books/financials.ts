import * as z from 'zod';
import { type MessageOptions, RupiahSchema, safeParseWith } from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import { upkBooksMessages } from './messages.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

/**
 * Schema of a UPK's financial figures for a reporting month: year-to-date income and expenses, the
 * number of months they cover, capital, and the optional figures of the SEEP/CGAP ratios and the
 * health worksheet. Every amount is whole rupiah >= 0.
 *
 * @category UPK books
 * @example
 * UpkFinancialsSchema.safeParse({ incomeYtd: 30_000_000, expensesYtd: 20_000_000, months: 6,
 *   capital: 500_000_000 }).success
 * //=> true
 */
export const UpkFinancialsSchema = z
  .strictObject({
    /** Income (pendapatan) from January to the end of the reporting month. */
    incomeYtd: RupiahSchema,
    /** Expenses (biaya) from January to the end of the reporting month. */
    expensesYtd: RupiahSchema,
    /** n: the months the year-to-date figures cover (1-12). */
    months: z.int().min(1).max(12),
    /** Total capital (modal P2KP, PNPM and other). */
    capital: RupiahSchema,
    /** Loan-loss reserve formed (cadangan penghapusan pinjaman) at the end of the month. */
    loanLossReserve: RupiahSchema.optional(),
    /** Principal written off from January to the end of the month. */
    writtenOffYtd: RupiahSchema.optional(),
    /** Average gross loan portfolio over the same months (for the write-off ratio). */
    averageGrossPortfolioYtd: RupiahSchema.optional(),
    /** Financial expense (interest paid on borrowed funds), year to date (for OSS). */
    financialExpenseYtd: RupiahSchema.optional(),
    /** Impairment loss / loan-loss provision expense, year to date (for OSS). */
    impairmentLossYtd: RupiahSchema.optional(),
    /** Operating expense (personnel and administrative), year to date (for OSS). */
    operatingExpenseYtd: RupiahSchema.optional(),
    /** Productive assets (aset produktif) at the end of the month (health worksheet). */
    productiveAssets: RupiahSchema.optional(),
    /** Economic assets (aset ekonomis) at the end of the month (health worksheet). */
    economicAssets: RupiahSchema.optional(),
    /** Net worth (kekayaan bersih) at the end of the month (health worksheet). */
    netWorth: RupiahSchema.optional(),
    /** Initial capital (modal awal) (health worksheet). */
    initialCapital: RupiahSchema.optional(),
  })
  .meta({
    id: 'UpkFinancials',
    description:
      "A UPK's financial figures for a reporting month (year-to-date income and expenses, capital, reserve, assets), whole rupiah",
  });

/**
 * A UPK's financial figures for a reporting month (see {@link UpkFinancialsSchema}).
 *
 * @category UPK books
 */
export type UpkFinancials = z.output<typeof UpkFinancialsSchema>;

const FINANCIALS_KEYS = optionKeys<MessageOptions>()({ locale: true, messages: true });

/**
 * Checks a UPK's financial figures and returns them, or throws a `ValidationError` listing every
 * issue (in English and Indonesian).
 *
 * @category UPK books
 * @throws {@link ValidationError} when a figure is missing, not a whole rupiah >= 0, or `months` is
 * not 1-12.
 * @example
 * parseUpkFinancials({ incomeYtd: 1, expensesYtd: 1, months: 13, capital: 1 })
 * //=> throws ValidationError (months: too_big)
 */
export function parseUpkFinancials(value: unknown, options: MessageOptions = {}): UpkFinancials {
  checkOptionKeys(options, FINANCIALS_KEYS, 'parseUpkFinancials');
  let opts: MessageOptions = {};
  try {
    if (typeof options === 'object' && options !== null) {
      opts = { locale: options.locale, messages: options.messages };
    }
  } catch {
    opts = {};
  }
  const parsed = safeParseWith(UpkFinancialsSchema, value, { ...opts, catalog: upkBooksMessages });
  if (parsed.success) return parsed.data;
  throw invalid(parsed.issues, 'UPK financials', { ...opts, catalog: upkBooksMessages });
}
