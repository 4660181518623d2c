/**
 * UPK books: the financial figures of a UPK, its cost and return indicators (CCr, ROI, SEEP ratios),
 * its health scores (the POB 2013 composite and the health worksheet), and the monthly report,
 * mergeable across UPKs.
 *
 * @module
 */
export {
  type CostIndicator,
  type CostIndicatorId,
  type CostIndicatorReason,
  type CostIndicators,
  type CostIndicatorsOptions,
  costIndicators,
} from './cost-indicators.js';
export { parseUpkFinancials, type UpkFinancials, UpkFinancialsSchema } from './financials.js';
export {
  LKM_HEALTH_STATUSES,
  LKM_HEALTH_WEIGHTS,
  type LkmHealthBands,
  type LkmHealthInput,
  type LkmHealthRatioBands,
  type LkmHealthRatioKey,
  type LkmHealthScore,
  scoreLkmHealth,
} from './lkm-health.js';
export { type UpkBooksIssueCode, upkBooksMessages } from './messages.js';
export { createUpkMonthlyReportAccumulator, upkMonthlyReport } from './monthly-report.js';
export type {
  UpkLoanRecord,
  UpkMonthlyReport,
  UpkMonthlyReportAccumulator,
  UpkMonthlyReportOptions,
  UpkMonthlyReportSnapshot,
} from './monthly-report-types.js';
export {
  POB_2013_COMPOSITE,
  type PobCompositeScore,
  type PobCompositeTable,
  type PobIndicatorKey,
  scorePobComposite,
} from './pob-composite.js';
