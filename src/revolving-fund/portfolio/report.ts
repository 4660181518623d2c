import type { BatchRejected } from '../../core/index.js';
import { makeRatio } from '../../_internal/ratio.js';
import { compileKolektibilitasTable } from '../kolektibilitas/internal.js';
import type { KolektibilitasTable } from '../types.js';
import { bandOf, type CompiledBands } from './bands.js';
import {
  type IndicatorDefinition,
  PORTFOLIO_INDICATOR_DEFINITIONS,
  parDefinitionFor,
  UNDEFINED_RATIO_REASONS,
  type UndefinedRatioReason,
  upkDefinitionsFor,
} from './definitions.js';
import type { ResolvedOptions } from './options.js';
import { distKey } from './read-assessment.js';
import { checkSafe, type DistAcc, distRow, type State, type Sums } from './sums.js';
import type {
  BandedRatioIndicator,
  KolektibilitasDistributionRow,
  ParIndicator,
  PortfolioIndicators,
  PortfolioLoanCounts,
  PortfolioReport,
  RatioIndicator,
} from './types.js';

/*
 * The report: indicators built from the sums (exact ratios, bands, the distribution).
 */

function ratioIndicator(
  def: IndicatorDefinition,
  numerator: number,
  denominator: number,
  emptyReason: UndefinedRatioReason,
  loans: number,
  places: number,
): RatioIndicator {
  const undefinedRatio = denominator === 0;
  const code: UndefinedRatioReason = loans === 0 ? 'empty_portfolio' : emptyReason;
  const ratio = undefinedRatio ? null : makeRatio(numerator, denominator, places);
  return {
    ...def,
    kind: 'ratio',
    numerator,
    denominator,
    ratio,
    value: ratio === null ? null : ratio.value,
    reason: undefinedRatio ? { code, message: UNDEFINED_RATIO_REASONS[code] } : null,
  };
}

/** A share of the gross outstanding (undefined, `no_outstanding`, when it is 0). */
const ofGross = (s: Sums, def: IndicatorDefinition, numerator: number, places: number) =>
  ratioIndicator(def, numerator, s.gross, 'no_outstanding', s.loans, places);

const banded = (bands: CompiledBands, r: RatioIndicator): BandedRatioIndicator => ({
  ...r,
  band: r.ratio === null ? null : bandOf(bands, r.numerator, r.denominator),
});

/** What LAR counts: loans, or with `larGroupKey` the KSM (then also reported as `ksm`). */
function larCounts(s: Sums): {
  atRisk: number;
  withBalance: number;
  ksm: PortfolioLoanCounts['ksm'];
} {
  if (s.lar === undefined)
    return { atRisk: s.arrears3Loans, withBalance: s.withBalance, ksm: null };
  let atRisk = 0;
  let withBalance = 0;
  for (const [b, r] of s.lar.values()) {
    if (b) withBalance++;
    if (r) atRisk++;
  }
  return { atRisk, withBalance, ksm: { withBalance, atRisk } };
}

/** The UPK indicators of POB 2013 (PAR, LAR, RR in both readings), banded. */
function upkIndicators(s: Sums, opts: ResolvedOptions, lar: ReturnType<typeof larCounts>) {
  const U = upkDefinitionsFor(opts.threshold);
  const places = opts.places;
  const upkLar = ratioIndicator(
    U.upk_lar,
    lar.atRisk,
    lar.withBalance,
    'no_loans_with_balance',
    s.loans,
    places,
  );
  // The POB reading subtracts the principal in arrears: undefined when a loan at the threshold lacks it.
  const rrMissing = s.arrears3NoOverdue > 0 && s.gross > 0;
  const upkRrRaw = ratioIndicator(
    U.upk_rr,
    s.gross - s.arrears3Overdue,
    rrMissing ? 0 : s.gross,
    rrMissing ? 'overdue_principal_missing' : 'no_outstanding',
    s.loans,
    places,
  );
  return {
    upkPar: banded(opts.riskBands, ofGross(s, U.upk_par, s.arrears3Out, places)),
    upkLar: banded(opts.riskBands, upkLar),
    upkRr: banded(
      opts.repaymentBands,
      rrMissing ? { ...upkRrRaw, denominator: s.gross } : upkRrRaw,
    ),
    upkRrBalance: banded(
      opts.repaymentBands,
      ofGross(s, U.upk_rr_balance, s.gross - s.arrears3Out, places),
    ),
  };
}

/** The distribution by kolektibilitas, with the empty levels of `table`, ordered by table and level. */
function distribution(
  s: Sums,
  table: KolektibilitasTable | undefined,
): KolektibilitasDistributionRow[] {
  const rows = new Map<string, DistAcc>(s.dist);
  if (table !== undefined) {
    for (const r of compileKolektibilitasTable(table).results) {
      const key = distKey(r.tableId, r.level, r.code, r.provisionRate, r.label);
      if (!rows.has(key)) {
        const { tableId, level, code, label, provisionRate } = r;
        rows.set(key, {
          tableId,
          level,
          code,
          label,
          provisionRate,
          count: 0,
          outstanding: 0,
          provision: 0,
        });
      }
    }
  }
  return [...rows.values()]
    .map(distRow)
    .sort(
      (a, b) =>
        cmp(a.tableId, b.tableId) ||
        a.level - b.level ||
        cmp(a.code, b.code) ||
        cmp(a.provisionRate ?? '', b.provisionRate ?? '') ||
        cmp(a.label.id, b.label.id) ||
        cmp(a.label.en, b.label.en),
    );
}

function indicatorsOf(s: Sums, opts: ResolvedOptions): PortfolioIndicators {
  checkSafe(s);
  const places = opts.places;
  const D = PORTFOLIO_INDICATOR_DEFINITIONS;
  const lar = larCounts(s);
  const upk = upkIndicators(s, opts, lar);
  const par = opts.parDays.map(
    (days, i): ParIndicator => ({
      ...ofGross(s, parDefinitionFor(days), s.parOut[i] as number, places),
      days,
      loans: s.parLoans[i] as number,
    }),
  );
  return {
    asOf:
      s.minAsOf === undefined || s.maxAsOf === undefined
        ? null
        : { from: s.minAsOf, to: s.maxAsOf },
    loans: {
      total: s.loans,
      withBalance: s.withBalance,
      par30: s.par30Loans,
      par90: s.par90Loans,
      arrears3: s.arrears3Loans,
      restructured: s.restructuredLoans,
      ksm: lar.ksm,
    },
    grossOutstanding: { ...D.gross_outstanding, kind: 'amount', amount: s.gross, value: s.gross },
    par30: ofGross(s, D.par30, s.par30Out, places),
    par90: ofGross(s, D.par90, s.par90Out, places),
    restructured: ofGross(s, D.restructured, s.restructuredOut, places),
    ...upk,
    par,
    collectionRate: ratioIndicator(
      D.collection_rate,
      s.paidOnTime,
      s.due,
      'nothing_due',
      s.loans,
      places,
    ),
    requiredProvisions: {
      ...D.required_provisions,
      kind: 'amount',
      amount: s.provisions,
      value: s.provisions,
    },
    kolektibilitas: distribution(s, opts.table),
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The report of a state: the whole portfolio, each group in its order, the rejections by index. */
export function reportOf(state: State, opts: ResolvedOptions): PortfolioReport {
  const overall = indicatorsOf(state.overall, opts);
  const groups = [...state.groups.values()].map((g) => ({
    key: g.key,
    indicators: indicatorsOf(g.sums, opts),
  }));
  const rejected: BatchRejected[] = [...state.rejected].sort((a, b) => a.index - b.index);
  return {
    ...overall,
    counts: { total: state.seen, valid: state.valid, rejected: state.rejected.length },
    rejected,
    groups,
  };
}
