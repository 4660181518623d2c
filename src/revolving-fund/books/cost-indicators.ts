import { createIssue, describeType, type Label, type MessageOptions } from '../../core/index.js';
import { invalid } from '../../_internal/stage-kit.js';
import { bandOf, compileBands, type RatingBandTable } from '../portfolio/bands.js';
import { POB_2013_CCR_BANDS, POB_2013_ROI_BANDS } from '../portfolio/pob-2013-bands.js';
import type { RatingBand } from '../portfolio/definitions.js';
import { portfolioMessages } from '../portfolio/messages.js';
import { makeRatio } from '../../_internal/ratio.js';
import type { PortfolioRatio } from '../portfolio/index.js';
import { parseUpkFinancials, type UpkFinancials } from './financials.js';
import { checkOptionKeys, optionKeys } from '../../_internal/options.js';

/**
 * The cost and return indicators.
 *
 * @category UPK books
 */
export type CostIndicatorId =
  | 'cost_coverage'
  | 'roi'
  | 'write_off_ratio'
  | 'risk_coverage'
  | 'operational_self_sufficiency';

/**
 * Why a cost or return indicator has no value.
 *
 * @category UPK books
 */
export type CostIndicatorReason = 'zero_denominator' | 'missing_input';

/**
 * One cost or return indicator: its definition and source, the exact ratio (or `null` with a reason),
 * and its band when the source gives bands.
 *
 * @category UPK books
 */
export interface CostIndicator {
  /** Stable identifier. */
  readonly id: CostIndicatorId;
  /** Short name. */
  readonly label: Label;
  /** The formula in words. */
  readonly definition: Label;
  /** Guideline the definition comes from. */
  readonly source: string;
  /** Exact numerator (rupiah; may be negative for ROI, a loss). */
  readonly numerator: number;
  /** Exact denominator (rupiah). */
  readonly denominator: number;
  /** The ratio, or `null` when it cannot be computed. */
  readonly ratio: PortfolioRatio | null;
  /** Shortcut for `ratio.value`, or `null`. */
  readonly value: number | null;
  /** Why `ratio` is `null`. */
  readonly reason: { readonly code: CostIndicatorReason; readonly message: Label } | null;
  /** The band (POB 2013 for CCr and ROI), or `null` when unbanded or undefined. */
  readonly band: RatingBand | null;
}

/**
 * The cost and return indicators of a UPK.
 *
 * @category UPK books
 */
export interface CostIndicators {
  /** CCr = income / expenses, year to date (POB 2013), banded. */
  readonly costCoverage: CostIndicator;
  /** ROI = (net profit year to date x 12 / n) / capital (POB 2013), banded. */
  readonly roi: CostIndicator;
  /** Write-off ratio = written off year to date / average gross portfolio (SEEP). */
  readonly writeOffRatio: CostIndicator;
  /** Risk coverage = loan-loss reserve / outstanding of PAR > 30 days (SEEP). */
  readonly riskCoverage: CostIndicator;
  /** OSS = income / (financial expense + impairment loss + operating expense) (SEEP). */
  readonly operationalSelfSufficiency: CostIndicator;
}

/**
 * Options of {@link costIndicators}.
 *
 * @category UPK books
 */
export interface CostIndicatorsOptions extends MessageOptions {
  /** Outstanding principal of loans more than 30 days overdue (for risk coverage). */
  par30Outstanding?: number | undefined;
  /** CCr bands (default {@link POB_2013_CCR_BANDS}). */
  costCoverageBands?: RatingBandTable | undefined;
  /** ROI bands (default {@link POB_2013_ROI_BANDS}). */
  roiBands?: RatingBandTable | undefined;
  /** Decimal places of `ratio.decimal` when not exact (0-20, default 10). */
  decimalPlaces?: number | undefined;
}

const POB =
  'POB Pinjaman Bergulir PNPM Mandiri Perkotaan 2013 (indikator kinerja pinjaman bergulir), as quoted in a thesis';
const SEEP =
  'SEEP Network, Microfinance Financial Reporting Standards / CGAP, Microfinance Consensus Guidelines: Definitions of Selected Financial Terms, Ratios and Adjustments (2003)';

const DEFS: Record<CostIndicatorId, { label: Label; definition: Label; source: string }> = {
  cost_coverage: {
    label: { id: 'Cost Coverage (CCr)', en: 'Cost coverage (CCr)' },
    definition: {
      id: 'Pendapatan dari Januari s.d. akhir bulan laporan dibagi biaya dari Januari s.d. akhir bulan laporan.',
      en: 'Income from January to the end of the reporting month divided by expenses over the same months.',
    },
    source: POB,
  },
  roi: {
    label: { id: 'Return on Investment (ROI)', en: 'Return on investment (ROI)' },
    definition: {
      id: '(Laba bersih dari Januari s.d. akhir bulan laporan x 12 / n) dibagi total modal (P2KP, PNPM, lainnya); n = jumlah bulan.',
      en: '(Net profit from January to the end of the reporting month x 12 / n) divided by total capital (P2KP, PNPM, other); n = the number of months.',
    },
    source: POB,
  },
  write_off_ratio: {
    label: { id: 'Rasio penghapusan', en: 'Write-off ratio' },
    definition: {
      id: 'Pokok pinjaman yang dihapusbukukan dalam periode dibagi rata-rata portofolio bruto periode itu.',
      en: 'Principal written off in the period divided by the average gross loan portfolio of the period.',
    },
    source: SEEP,
  },
  risk_coverage: {
    label: { id: 'Cakupan risiko', en: 'Risk coverage ratio' },
    definition: {
      id: 'Cadangan penghapusan pinjaman dibagi sisa pokok pinjaman yang menunggak lebih dari 30 hari (PAR30).',
      en: 'Loan-loss reserve divided by the outstanding principal of loans more than 30 days overdue (PAR30).',
    },
    source: SEEP,
  },
  operational_self_sufficiency: {
    label: { id: 'Kemandirian operasional (OSS)', en: 'Operational self-sufficiency (OSS)' },
    definition: {
      id: 'Pendapatan operasional dibagi (beban keuangan + beban penyisihan/penurunan nilai + beban operasional).',
      en: 'Operating revenue divided by (financial expense + impairment loss + operating expense).',
    },
    source: SEEP,
  },
};

const REASONS: Record<CostIndicatorReason, Label> = {
  zero_denominator: {
    id: 'Penyebutnya 0, jadi rasio ini tidak terdefinisi.',
    en: 'The denominator is 0, so the ratio is undefined.',
  },
  missing_input: {
    id: 'Angka yang dibutuhkan rasio ini tidak diberikan.',
    en: 'A figure this ratio needs was not given.',
  },
};

function indicator(
  id: CostIndicatorId,
  numerator: number | undefined,
  denominator: number | undefined,
  places: number,
  bands?: RatingBandTable,
): CostIndicator {
  const d = DEFS[id];
  const missing = numerator === undefined || denominator === undefined;
  const zero = !missing && denominator === 0;
  const ratio = missing || zero ? null : makeRatio(numerator, denominator, places);
  const code: CostIndicatorReason | null = missing
    ? 'missing_input'
    : zero
      ? 'zero_denominator'
      : null;
  return {
    id,
    label: d.label,
    definition: d.definition,
    source: d.source,
    numerator: numerator ?? 0,
    denominator: denominator ?? 0,
    ratio,
    value: ratio === null ? null : ratio.value,
    reason: code === null ? null : { code, message: REASONS[code] },
    band:
      ratio === null || bands === undefined
        ? null
        : bandOf(compileBands(bands), numerator as number, denominator as number),
  };
}

const COST_INDICATORS_KEYS = optionKeys<CostIndicatorsOptions>()({
  locale: true,
  messages: true,
  par30Outstanding: true,
  costCoverageBands: true,
  roiBands: true,
  decimalPlaces: true,
});

/**
 * Computes the cost and return indicators from a UPK's financial figures: from the POB 2013, **CCr** =
 * income / expenses (year to date) and **ROI** = (net profit year to date x 12 / n) / capital, with
 * their bands (CCr `>= 125%` / `100-125%` / `< 100%`; ROI `>= 10%` / `0-10%` / `< 0%`, the last
 * inferred); from SEEP/CGAP, the **write-off ratio**, **risk coverage** (loan-loss reserve / PAR30
 * outstanding) and **operational self-sufficiency**.
 *
 * Every ratio is exact (`numerator`, `denominator`, reduced `fraction`, `decimal`): ROI is
 * `(income - expenses) x 12` over `n x capital`, so no rounding happens before the division. A ratio
 * whose figures are missing or whose denominator is 0 is `null` with a `reason`, never NaN.
 *
 * @category UPK books
 * @throws {@link ValidationError} when the figures are not valid (see {@link UpkFinancialsSchema}).
 * @throws {@link ConfigurationError} when a band table is broken.
 * @example
 * const r = costIndicators({ incomeYtd: 45_000_000, expensesYtd: 30_000_000, months: 6,
 *   capital: 250_000_000 });
 * [r.costCoverage.ratio?.decimal, r.costCoverage.band?.code, r.roi.ratio?.decimal, r.roi.band?.code]
 * //=> ['1.5', 'satisfactory', '0.12', 'satisfactory']
 */
export function costIndicators(
  financials: UpkFinancials,
  options: CostIndicatorsOptions = {},
): CostIndicators {
  checkOptionKeys(options, COST_INDICATORS_KEYS, 'costIndicators');
  const o = readOptions(options);
  const f = parseUpkFinancials(financials, o.messageOptions);
  return costIndicatorsOf(f, o.par30, o.places, o.ccrBands, o.roiBands);
}

interface ReadCostOptions {
  par30: number | undefined;
  places: number;
  ccrBands: RatingBandTable;
  roiBands: RatingBandTable;
  messageOptions: MessageOptions;
}

function readOptions(options: unknown): ReadCostOptions {
  let par30: unknown;
  let places: unknown;
  let ccr: unknown;
  let roi: unknown;
  let locale: unknown;
  try {
    if (options !== undefined && options !== null) {
      const o = options as Record<string, unknown>;
      par30 = o.par30Outstanding;
      places = o.decimalPlaces;
      ccr = o.costCoverageBands;
      roi = o.roiBands;
      locale = o.locale;
    }
  } catch {
    par30 = undefined;
  }
  return {
    par30: readWhole(par30, 'par30Outstanding'),
    places: readPlaces(places),
    ccrBands: compileBands(ccr ?? POB_2013_CCR_BANDS).table,
    roiBands: compileBands(roi ?? POB_2013_ROI_BANDS).table,
    messageOptions: locale === 'id' ? { locale: 'id' } : {},
  };
}

/** @internal */
export function readWhole(v: unknown, field: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw invalid([createIssue('not_integer', [field], { received: describeType(v) })], 'options');
  }
  return v;
}

/** @internal */
export function readPlaces(v: unknown): number {
  if (v === undefined) return 10;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 20) {
    throw invalid(
      [
        createIssue('too_big', ['decimalPlaces'], {
          maximum: 20,
          inclusive: true,
          origin: 'number',
        }),
      ],
      'options',
    );
  }
  return v;
}

function safeProduct(a: number, b: number, field: string): number {
  const p = a * b;
  if (!Number.isSafeInteger(p)) {
    throw invalid(
      [createIssue('total_too_large', [field], { field }, {}, portfolioMessages)],
      'UPK financials',
      { catalog: portfolioMessages },
    );
  }
  return p;
}

/**
 * The indicators from checked figures (the monthly report calls this with merged sums).
 *
 * @internal
 */
export function costIndicatorsOf(
  f: UpkFinancials,
  par30: number | undefined,
  places: number,
  ccrBands: RatingBandTable = POB_2013_CCR_BANDS,
  roiBands: RatingBandTable = POB_2013_ROI_BANDS,
): CostIndicators {
  const netProfit = f.incomeYtd - f.expensesYtd;
  const ossDen =
    f.financialExpenseYtd === undefined ||
    f.impairmentLossYtd === undefined ||
    f.operatingExpenseYtd === undefined
      ? undefined
      : f.financialExpenseYtd + f.impairmentLossYtd + f.operatingExpenseYtd;
  return {
    costCoverage: indicator('cost_coverage', f.incomeYtd, f.expensesYtd, places, ccrBands),
    roi: indicator(
      'roi',
      safeProduct(netProfit, 12, 'incomeYtd'),
      safeProduct(f.months, f.capital, 'capital'),
      places,
      roiBands,
    ),
    writeOffRatio: indicator(
      'write_off_ratio',
      f.writtenOffYtd,
      f.averageGrossPortfolioYtd,
      places,
    ),
    riskCoverage: indicator('risk_coverage', f.loanLossReserve, par30, places),
    operationalSelfSufficiency: indicator(
      'operational_self_sufficiency',
      ossDen === undefined ? undefined : f.incomeYtd,
      ossDen,
      places,
    ),
  };
}
