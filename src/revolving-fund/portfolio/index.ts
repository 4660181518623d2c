/**
 * Portfolio indicators over loan assessments: gross outstanding, SEEP PAR30/PAR90, UPK PAR/LAR/RR
 * with bands, collection rate, provisions and the distribution by kolektibilitas; grouped and as a
 * mergeable accumulator.
 *
 * @module
 */
export {
  type AmountIndicator,
  type AnyAssessment,
  type BandedRatioIndicator,
  createPortfolioAccumulator,
  type KolektibilitasDistributionRow,
  type PortfolioAccumulator,
  type PortfolioGroup,
  type PortfolioGroupBy,
  type PortfolioIndicators,
  type PortfolioIndicatorsOptions,
  type PortfolioLoanCounts,
  type PortfolioReport,
  type RatioIndicator,
} from './accumulator.js';
export {
  type IndicatorDefinition,
  PORTFOLIO_INDICATOR_DEFINITIONS,
  type PortfolioIndicatorId,
  RATING_BAND_LABELS,
  type RatingBand,
  type RatingBandCode,
  UNDEFINED_RATIO_REASONS,
  type UndefinedRatioReason,
} from './definitions.js';
export { portfolioIndicators, portfolioIndicatorsBy } from './indicators.js';
export { type PortfolioIssueCode, portfolioMessages } from './messages.js';
export type { PortfolioRatio } from './ratio.js';
