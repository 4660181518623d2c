import type { BatchRejected, MessageOptions } from '../../core/index.js';
import type { KolektibilitasChoice } from '../arrears/index.js';
import type { ResolvedAssessOptions } from '../arrears/assess-loan.js';
import type { PortfolioAccumulator } from '../portfolio/types.js';
import type { LkmHealthBands } from './lkm-health.js';

/** The integer sums of flows, in the order of a snapshot. */
export const FLOW_FIELDS = [
  'disbursedLoans',
  'disbursedPrincipal',
  'repaidPrincipal',
  'repaidJasa',
  'payments',
  'arrears',
  'writtenOffLoans',
  'writtenOffPrincipal',
  'recovered',
  'writtenOffLoansToDate',
  'writtenOffPrincipalToDate',
  'recoveredToDate',
  'restructuredInMonth',
  'restructuredPrincipalInMonth',
  'valid',
] as const;
export type FlowField = (typeof FLOW_FIELDS)[number];

/** The financial figures summed over UPKs. */
export const FIN_FIELDS = [
  'incomeYtd',
  'expensesYtd',
  'capital',
  'loanLossReserve',
  'writtenOffYtd',
  'averageGrossPortfolioYtd',
  'financialExpenseYtd',
  'impairmentLossYtd',
  'operatingExpenseYtd',
  'productiveAssets',
  'economicAssets',
  'netWorth',
  'initialCapital',
] as const;
export type FinField = (typeof FIN_FIELDS)[number];

/** The state of a monthly-report accumulator. */
export interface State {
  month: string;
  from: string;
  to: string;
  portfolio: PortfolioAccumulator;
  flows: Record<FlowField, number>;
  fin: Map<FinField, [number, number]>;
  months: number | undefined;
  finAdded: number;
  rejected: BatchRejected[];
  seen: number;
}

/** The options, read and checked once. */
export interface Resolved {
  month: string;
  from: string;
  to: string;
  table: KolektibilitasChoice;
  larByKsm: boolean;
  upkId: string;
  rrReading: 'arrears' | 'balance';
  healthBands: LkmHealthBands | undefined;
  places: number;
  portfolioOptions: Record<string, unknown>;
  messageOptions: MessageOptions;
  assess: ResolvedAssessOptions;
  fromDay: number;
  /** The KSM key of the row being added (read by the portfolio's larGroupKey; saves a copy per row). */
  ksm: { current: string };
}

export const newFlows = (): Record<FlowField, number> =>
  Object.fromEntries(FLOW_FIELDS.map((f) => [f, 0])) as Record<FlowField, number>;
