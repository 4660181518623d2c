import type { Label } from '../../core/index.js';
import type { PortfolioIndicators, PortfolioReport } from '../portfolio/types.js';
import { costIndicatorsOf } from './cost-indicators.js';
import type { UpkFinancials } from './financials.js';
import { type LkmHealthScore, scoreLkmHealth } from './lkm-health.js';
import { FIN_FIELDS, type Resolved, type State } from './monthly-report-state.js';
import type { UpkMonthlyReport } from './monthly-report-types.js';
import { scorePobComposite } from './pob-composite.js';

/*
 * The monthly report read from the accumulator's state: flows, the portfolio, costs and health.
 */

/** The financial figures summed over the UPKs that gave them all, or null. */
function financialsOf(state: State): UpkFinancials | null {
  if (state.finAdded === 0 || state.months === undefined) return null;
  const out: Record<string, number> = { months: state.months };
  for (const field of FIN_FIELDS) {
    const entry = state.fin.get(field);
    // A figure counts only when every UPK gave it (otherwise the sum would be partial).
    if (entry !== undefined && entry[1] === state.finAdded) out[field] = entry[0];
  }
  return out as unknown as UpkFinancials;
}

/** The portfolio indicators of the report (the portfolio report without its batch fields). */
function indicatorsOf(p: PortfolioReport): PortfolioIndicators {
  const { counts: _counts, rejected: _rejected, groups: _groups, ...indicators } = p;
  return indicators;
}

const NO_BANDS: Label = {
  id: 'Tabel pita kesehatan (healthBands) tidak diberikan.',
  en: 'No health band tables (healthBands) were given.',
};
const FIGURES_MISSING: Label = {
  id: 'Angka keuangan yang dibutuhkan (cadangan, aset produktif, aset ekonomis, kekayaan bersih, modal awal) tidak lengkap.',
  en: 'Financial figures it needs (reserve, productive assets, economic assets, net worth, initial capital) are missing.',
};

/** The health worksheet, or why it cannot be scored. */
function lkmOf(
  o: Resolved,
  fin: UpkFinancials | null,
  arrears: number,
  p: PortfolioReport,
): { lkm: LkmHealthScore | null; lkmReason: Label | null } {
  if (o.healthBands === undefined) return { lkm: null, lkmReason: { ...NO_BANDS } };
  if (
    fin === null ||
    fin.loanLossReserve === undefined ||
    fin.productiveAssets === undefined ||
    fin.economicAssets === undefined ||
    fin.netWorth === undefined ||
    fin.initialCapital === undefined
  ) {
    return { lkm: null, lkmReason: { ...FIGURES_MISSING } };
  }
  const lkm = scoreLkmHealth(
    {
      principalInArrears: arrears,
      outstandingPrincipal: p.grossOutstanding.amount,
      loanLossReserve: fin.loanLossReserve,
      requiredReserve: p.requiredProvisions.amount,
      netProfit: fin.incomeYtd - fin.expensesYtd,
      productiveAssets: fin.productiveAssets,
      operatingExpense: fin.operatingExpenseYtd ?? fin.expensesYtd,
      income: fin.incomeYtd,
      loanBook: p.grossOutstanding.amount,
      economicAssets: fin.economicAssets,
      netWorth: fin.netWorth,
      initialCapital: fin.initialCapital,
    },
    { bands: o.healthBands },
  );
  return { lkm, lkmReason: null };
}

/** The flows of the month in the report's shape. */
function flowsOf(f: State['flows']) {
  return {
    disbursements: { loans: f.disbursedLoans, principal: f.disbursedPrincipal },
    repayments: {
      principal: f.repaidPrincipal,
      jasa: f.repaidJasa,
      total: f.repaidPrincipal + f.repaidJasa,
      payments: f.payments,
    },
  };
}

function writeOffsOf(f: State['flows']): UpkMonthlyReport['writeOffs'] {
  return {
    loans: f.writtenOffLoans,
    principal: f.writtenOffPrincipal,
    recoveredInMonth: f.recovered,
    netInMonth: f.writtenOffPrincipal - f.recovered,
    toDate: {
      loans: f.writtenOffLoansToDate,
      principal: f.writtenOffPrincipalToDate,
      recovered: f.recoveredToDate,
    },
  };
}

/** The report of everything added so far. */
export function reportOf(state: State, o: Resolved): UpkMonthlyReport {
  const p = state.portfolio.result();
  const fin = financialsOf(state);
  const f = state.flows;
  const par30 = p.par.find((x) => x.days === 30)?.numerator ?? p.par30.numerator;
  const costs = fin === null ? null : costIndicatorsOf(fin, par30, o.places);
  const rr = o.rrReading === 'arrears' ? p.upkRr : p.upkRrBalance;
  const pob = scorePobComposite({
    lar: p.upkLar.band?.code ?? null,
    par: p.upkPar.band?.code ?? null,
    rr: rr.band?.code ?? null,
    ccr: costs?.costCoverage.band?.code ?? null,
    roi: costs?.roi.band?.code ?? null,
  });
  const { disbursements, repayments } = flowsOf(f);
  return {
    kind: 'sejahtera/upk-monthly-report',
    month: state.month,
    period: { from: state.from, to: state.to },
    counts: { total: state.seen, valid: f.valid, rejected: state.rejected.length },
    rejected: [...state.rejected].sort((a, b) => a.index - b.index),
    disbursements,
    repayments,
    outstanding: { loans: p.loans.total, principal: p.grossOutstanding.amount },
    principalInArrears: f.arrears,
    portfolio: indicatorsOf(p),
    costs,
    health: { pob, ...lkmOf(o, fin, f.arrears, p) },
    writeOffs: writeOffsOf(f),
    restructured: {
      loans: p.loans.restructured,
      outstanding: p.restructured.numerator,
      inMonth: { loans: f.restructuredInMonth, principal: f.restructuredPrincipalInMonth },
    },
    financials: fin,
    financialsAdded: state.finAdded,
  };
}
