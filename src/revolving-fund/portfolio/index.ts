/**
 * Portfolio indicators over loan assessments: gross outstanding, SEEP PAR30/PAR90, UPK PAR/LAR/RR
 * with bands, collection rate, provisions and the distribution by kolektibilitas; grouped and as a
 * mergeable accumulator.
 *
 * @module
 */
export type {
  AmountIndicator,
  AnyAssessment,
  BandedRatioIndicator,
  KolektibilitasDistributionRow,
  ParIndicator,
  PortfolioAccumulator,
  PortfolioAccumulatorSnapshot,
  PortfolioGroup,
  PortfolioGroupBy,
  PortfolioIndicators,
  PortfolioLoanCounts,
  PortfolioReport,
  RatioIndicator,
  SumsJson,
} from './types.js';
export { createPortfolioAccumulator } from './accumulator.js';
export type { PortfolioIndicatorsOptions } from './options.js';
export type { RatingBandStep, RatingBandTable } from './bands.js';
export {
  POB_2013_CCR_BANDS,
  POB_2013_REPAYMENT_BANDS,
  POB_2013_RISK_BANDS,
  POB_2013_ROI_BANDS,
} from './pob-2013-bands.js';
export {
  type IndicatorDefinition,
  PORTFOLIO_INDICATOR_DEFINITIONS,
  type PortfolioIndicatorId,
  RATING_BAND_LABELS,
  type RatingBand,
  type RatingBandCode,
  UNDEFINED_RATIO_REASONS,
  UPK_DEFAULT_THRESHOLD,
  type UndefinedRatioReason,
  type UpkArrearsThreshold,
} from './definitions.js';
export { portfolioIndicators, portfolioIndicatorsBy } from './indicators.js';
export { type PortfolioIssueCode, portfolioMessages } from './messages.js';
export type { PortfolioRatio } from './ratio.js';
