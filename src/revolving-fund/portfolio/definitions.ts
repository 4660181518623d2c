import { deepFreeze } from '../../_internal/freeze.js';
import type { Label } from '../../core/index.js';

/**
 * The indicators {@link portfolioIndicators} computes.
 *
 * @category Portfolio
 */
export type PortfolioIndicatorId =
  | 'gross_outstanding'
  | 'par30'
  | 'par90'
  | 'upk_par'
  | 'upk_lar'
  | 'upk_rr'
  | 'upk_rr_balance'
  | 'par'
  | 'collection_rate'
  | 'required_provisions'
  | 'restructured';

/**
 * What an indicator is: its name and definition in Indonesian and English, and the source of the
 * definition. The indicators differ (a UPK PAR is not a SEEP PAR30), so every result carries this.
 *
 * @category Portfolio
 */
export interface IndicatorDefinition {
  /** Stable identifier. */
  readonly id: PortfolioIndicatorId;
  /** Short name. */
  readonly label: Label;
  /** The formula in words. */
  readonly definition: Label;
  /** Guideline or standard the definition comes from. */
  readonly source: string;
}

const POB_2013 =
  'POB Pinjaman Bergulir UPK, PNPM Mandiri Perkotaan 2013 (indicators with a "3 bulan/kali" arrears threshold; bands PAR and LAR <= 10% / 10-20% / > 20%, RR >= 90% / 80-90% / < 80%), as quoted in a thesis';

/**
 * The definition of every portfolio indicator, with its source.
 *
 * @category Portfolio
 * @example
 * PORTFOLIO_INDICATOR_DEFINITIONS.par30.label.en
 * //=> 'Portfolio at risk > 30 days (SEEP)'
 */
export const PORTFOLIO_INDICATOR_DEFINITIONS = {
  gross_outstanding: {
    id: 'gross_outstanding',
    label: { id: 'Outstanding pinjaman (bruto)', en: 'Gross outstanding portfolio' },
    definition: {
      id: 'Jumlah sisa pokok (outstanding principal) seluruh pinjaman.',
      en: 'Sum of the outstanding principal of every loan.',
    },
    source: 'SEEP Network, Microfinance Financial Reporting Standards (gross loan portfolio)',
  },
  par30: {
    id: 'par30',
    label: { id: 'PAR > 30 hari (SEEP)', en: 'Portfolio at risk > 30 days (SEEP)' },
    definition: {
      id: 'Sisa pokok pinjaman yang memiliki angsuran terlambat lebih dari 30 hari (daysPastDue > 30) atau yang direstrukturisasi (restructured: true, berapa pun hari tunggakannya), dibagi outstanding bruto.',
      en: 'Outstanding principal of loans with any instalment more than 30 days overdue (daysPastDue > 30) or restructured (restructured: true, whatever their days past due), divided by the gross outstanding portfolio.',
    },
    source:
      'SEEP Network / CGAP microfinance performance ratios: PAR > 30 days, restructured loans included (IRIS FP2635, FP6373)',
  },
  par90: {
    id: 'par90',
    label: { id: 'PAR > 90 hari (SEEP)', en: 'Portfolio at risk > 90 days (SEEP)' },
    definition: {
      id: 'Sisa pokok pinjaman yang memiliki angsuran terlambat lebih dari 90 hari (daysPastDue > 90) atau yang direstrukturisasi (restructured: true, berapa pun hari tunggakannya), dibagi outstanding bruto.',
      en: 'Outstanding principal of loans with any instalment more than 90 days overdue (daysPastDue > 90) or restructured (restructured: true, whatever their days past due), divided by the gross outstanding portfolio.',
    },
    source:
      'SEEP Network / CGAP microfinance performance ratios: PAR > 90 days, restructured loans included (IRIS FP2635, FP6373)',
  },
  upk_par: {
    id: 'upk_par',
    label: { id: 'PAR (UPK)', en: 'Portfolio at risk (UPK)' },
    definition: {
      id: 'Sisa pokok pinjaman KSM dengan tunggakan 3 angsuran atau lebih (missedInstalments >= 3) dibagi total sisa pokok.',
      en: 'Outstanding principal of loans (KSM) with arrears of 3 instalments or more (missedInstalments >= 3), divided by total outstanding principal.',
    },
    source: POB_2013,
  },
  upk_lar: {
    id: 'upk_lar',
    label: { id: 'LAR (UPK)', en: 'Loans at risk (UPK)' },
    definition: {
      id: 'Jumlah KSM yang masih memiliki sisa pokok dan menunggak 3 angsuran atau lebih, dibagi jumlah KSM yang masih memiliki sisa pokok (outstandingPrincipal > 0).',
      en: 'Number of loans (KSM) with a balance and arrears of 3 instalments or more, divided by the number of loans with a balance (outstandingPrincipal > 0).',
    },
    source: POB_2013,
  },
  upk_rr: {
    id: 'upk_rr',
    label: { id: 'RR (UPK, bacaan POB)', en: 'Repayment rate (UPK, POB reading)' },
    definition: {
      id: '(Total sisa pokok - tunggakan pokok pinjaman yang menunggak 3 angsuran atau lebih) dibagi total sisa pokok: "Saldo Pinjaman - Tunggakan 3 bulan/kali" dibagi "Saldo Pinjaman".',
      en: '(Outstanding principal - the principal in arrears (overduePrincipal) of loans with arrears of 3 instalments or more) divided by outstanding principal: the POB\'s "loan balance - arrears of 3 months/instalments" over "loan balance".',
    },
    source: POB_2013,
  },
  upk_rr_balance: {
    id: 'upk_rr_balance',
    label: {
      id: 'RR (UPK, bacaan saldo = 1 - PAR)',
      en: 'Repayment rate (UPK, balance reading = 1 - PAR)',
    },
    definition: {
      id: '(Total sisa pokok - seluruh sisa pokok pinjaman yang menunggak 3 angsuran atau lebih) dibagi total sisa pokok; sama dengan 1 - PAR (UPK). Bacaan sejahtera 0.1.',
      en: '(Outstanding principal - the whole outstanding principal of loans with arrears of 3 instalments or more) divided by outstanding principal; equals 1 - PAR (UPK). The reading of sejahtera 0.1.',
    },
    source: POB_2013,
  },
  par: {
    id: 'par',
    label: { id: 'PAR > X hari (SEEP)', en: 'Portfolio at risk > X days (SEEP)' },
    definition: {
      id: 'Sisa pokok pinjaman yang memiliki angsuran terlambat lebih dari X hari (daysPastDue > X) atau yang direstrukturisasi (restructured: true, berapa pun hari tunggakannya), dibagi outstanding bruto.',
      en: 'Outstanding principal of loans with any instalment more than X days overdue (daysPastDue > X) or restructured (restructured: true, whatever their days past due), divided by the gross outstanding portfolio.',
    },
    source:
      'SEEP Network / CGAP microfinance performance ratios: PAR > X days, restructured loans included (IRIS FP2635, FP6373)',
  },
  collection_rate: {
    id: 'collection_rate',
    label: { id: 'Tingkat pengembalian tepat waktu', en: 'On-time collection rate' },
    definition: {
      id: 'Jumlah yang dibayar paling lambat pada tanggal jatuh tempo masing-masing angsuran dibagi jumlah yang jatuh tempo sampai tanggal penilaian (sum paidOnTimeToDate / sum dueToDate).',
      en: 'Amount collected on or before each due date divided by the amount due up to the assessment date (sum paidOnTimeToDate / sum dueToDate).',
    },
    source:
      'Collection-based repayment rate: R. Rosenberg, Measuring Microcredit Delinquency, CGAP Occasional Paper 3 (1999)',
  },
  required_provisions: {
    id: 'required_provisions',
    label: { id: 'Penyisihan yang wajib dibentuk', en: 'Required loan-loss provisions' },
    definition: {
      id: 'Jumlah penyisihan tiap pinjaman: sisa pokok x tarif penyisihan tingkat kolektibilitasnya, dibulatkan ke rupiah (setengah ke atas) per pinjaman.',
      en: "Sum of each loan's provision: outstanding principal x the provision rate of its kolektibilitas level, rounded half-up to whole rupiah per loan.",
    },
    source: 'The kolektibilitas table of each assessment (e.g. POJK 40/POJK.03/2019, POJK 1/2024)',
  },
  restructured: {
    id: 'restructured',
    label: { id: 'Pinjaman direstrukturisasi', en: 'Restructured loans' },
    definition: {
      id: 'Sisa pokok pinjaman yang direstrukturisasi (restructured: true) dibagi outstanding bruto; pinjaman ini juga dihitung dalam PAR > X hari.',
      en: 'Outstanding principal of restructured (rescheduled) loans (restructured: true) divided by the gross outstanding portfolio; these loans are also counted in PAR > X days.',
    },
    source: 'SEEP Network / CGAP: restructured loans counted at risk (IRIS FP2635)',
  },
} as const satisfies Record<PortfolioIndicatorId, IndicatorDefinition>;
deepFreeze(PORTFOLIO_INDICATOR_DEFINITIONS);

/**
 * A rating band of the UPK indicators (POB 2013).
 *
 * @category Portfolio
 */
export type RatingBandCode = 'satisfactory' | 'adequate' | 'inadequate';

/**
 * A rating band with its label and the rule that put the indicator in it.
 *
 * @category Portfolio
 */
export interface RatingBand {
  /** `'satisfactory' | 'adequate' | 'inadequate'`. */
  readonly code: RatingBandCode;
  /** Indonesian and English names. */
  readonly label: Label;
  /** The band's rule, e.g. `'<= 10%'`. */
  readonly rule: string;
}

/**
 * The labels of the rating bands.
 *
 * @category Portfolio
 * @example
 * RATING_BAND_LABELS.adequate.id
 * //=> 'Memadai'
 */
export const RATING_BAND_LABELS = {
  satisfactory: { id: 'Memuaskan', en: 'Satisfactory' },
  adequate: { id: 'Memadai', en: 'Adequate' },
  inadequate: { id: 'Tidak memadai', en: 'Inadequate' },
} as const satisfies Record<RatingBandCode, Label>;
deepFreeze(RATING_BAND_LABELS);

/**
 * Why a ratio has no value.
 *
 * @category Portfolio
 */
export type UndefinedRatioReason =
  | 'empty_portfolio'
  | 'no_outstanding'
  | 'no_loans_with_balance'
  | 'nothing_due'
  | 'overdue_principal_missing';

/**
 * Explanations of every {@link UndefinedRatioReason}.
 *
 * @category Portfolio
 * @example
 * UNDEFINED_RATIO_REASONS.nothing_due.en
 * //=> 'Nothing has fallen due yet (dueToDate is 0), so the ratio is undefined.'
 */
export const UNDEFINED_RATIO_REASONS = {
  empty_portfolio: {
    id: 'Portofolio kosong: tidak ada penilaian pinjaman yang valid.',
    en: 'Empty portfolio: no valid loan assessment.',
  },
  no_outstanding: {
    id: 'Tidak ada sisa pokok (outstanding bruto 0), jadi rasio ini tidak terdefinisi.',
    en: 'No outstanding principal (gross outstanding is 0), so the ratio is undefined.',
  },
  no_loans_with_balance: {
    id: 'Tidak ada pinjaman dengan sisa pokok, jadi rasio ini tidak terdefinisi.',
    en: 'No loan has a balance, so the ratio is undefined.',
  },
  nothing_due: {
    id: 'Belum ada angsuran yang jatuh tempo (dueToDate 0), jadi rasio ini tidak terdefinisi.',
    en: 'Nothing has fallen due yet (dueToDate is 0), so the ratio is undefined.',
  },
  overdue_principal_missing: {
    id: 'Ada pinjaman menunggak tanpa overduePrincipal, padahal bacaan POB mengurangkan tunggakan pokoknya; rasio ini tidak dihitung.',
    en: 'A loan in arrears has no overduePrincipal, which the POB reading subtracts; the ratio is not computed.',
  },
} as const satisfies Record<UndefinedRatioReason, Label>;
deepFreeze(UNDEFINED_RATIO_REASONS);

/**
 * The arrears threshold of the UPK indicators (PAR, LAR, RR): a loan is "at risk" when its measure
 * reaches `value`. The POB 2013 says "3 bulan/kali" (3 months / 3 instalments), written for monthly
 * loans where the two agree:
 *
 * - `{ unit: 'instalments', value: 3 }` (the default): 3 or more instalments past due and unpaid
 *   (`missedInstalments >= 3`), whatever the frequency. A weekly loan is at risk from its third missed
 *   week (about 15 days late); a two-monthly loan only from its third missed instalment (about 4 months
 *   late).
 * - `{ unit: 'months', value: 3 }`: 3 or more whole months in arrears (`monthsInArrears >= 3`, i.e.
 *   `daysPastDue >= 90`), the same time for every frequency: a weekly loan is at risk after 13
 *   missed weeks, a two-monthly loan after 2 missed instalments.
 *
 * @category Portfolio
 */
export interface UpkArrearsThreshold {
  /** What is counted: missed instalments or whole months in arrears. */
  readonly unit: 'instalments' | 'months';
  /** The count from which a loan is at risk (>=), a whole number >= 1. */
  readonly value: number;
}

/**
 * The default threshold: 3 missed instalments (POB 2013).
 *
 * @category Portfolio
 * @example
 * UPK_DEFAULT_THRESHOLD
 * //=> { unit: 'instalments', value: 3 }
 */
export const UPK_DEFAULT_THRESHOLD: UpkArrearsThreshold = Object.freeze({
  unit: 'instalments',
  value: 3,
});

function measure(t: UpkArrearsThreshold): { id: string; en: string; field: string } {
  return t.unit === 'instalments'
    ? {
        id: `${t.value} angsuran`,
        en: `${t.value} instalments`,
        field: `missedInstalments >= ${t.value}`,
      }
    : { id: `${t.value} bulan`, en: `${t.value} months`, field: `monthsInArrears >= ${t.value}` };
}

/**
 * The definitions of the UPK indicators for a threshold (the constants hold the default's).
 *
 * @internal
 */
export function upkDefinitionsFor(t: UpkArrearsThreshold): {
  upk_par: IndicatorDefinition;
  upk_lar: IndicatorDefinition;
  upk_rr: IndicatorDefinition;
  upk_rr_balance: IndicatorDefinition;
} {
  const D = PORTFOLIO_INDICATOR_DEFINITIONS;
  if (t.unit === 'instalments' && t.value === 3) {
    return {
      upk_par: D.upk_par,
      upk_lar: D.upk_lar,
      upk_rr: D.upk_rr,
      upk_rr_balance: D.upk_rr_balance,
    };
  }
  const m = measure(t);
  return {
    upk_par: {
      ...D.upk_par,
      definition: {
        id: `Sisa pokok pinjaman KSM dengan tunggakan ${m.id} atau lebih (${m.field}) dibagi total sisa pokok.`,
        en: `Outstanding principal of loans (KSM) with arrears of ${m.en} or more (${m.field}), divided by total outstanding principal.`,
      },
    },
    upk_lar: {
      ...D.upk_lar,
      definition: {
        id: `Jumlah KSM yang masih memiliki sisa pokok dan menunggak ${m.id} atau lebih, dibagi jumlah KSM yang masih memiliki sisa pokok.`,
        en: `Number of loans (KSM) with a balance and arrears of ${m.en} or more, divided by the number of loans with a balance.`,
      },
    },
    upk_rr: {
      ...D.upk_rr,
      definition: {
        id: `(Total sisa pokok - tunggakan pokok pinjaman yang menunggak ${m.id} atau lebih) dibagi total sisa pokok.`,
        en: `(Outstanding principal - the principal in arrears of loans with arrears of ${m.en} or more) divided by outstanding principal.`,
      },
    },
    upk_rr_balance: {
      ...D.upk_rr_balance,
      definition: {
        id: `(Total sisa pokok - seluruh sisa pokok pinjaman yang menunggak ${m.id} atau lebih) dibagi total sisa pokok; sama dengan 1 - PAR (UPK).`,
        en: `(Outstanding principal - the whole outstanding principal of loans with arrears of ${m.en} or more) divided by outstanding principal; equals 1 - PAR (UPK).`,
      },
    },
  };
}

/**
 * The definition of SEEP PAR > `days` days.
 *
 * @internal
 */
export function parDefinitionFor(days: number): IndicatorDefinition {
  const D = PORTFOLIO_INDICATOR_DEFINITIONS;
  if (days === 30) return D.par30;
  if (days === 90) return D.par90;
  return {
    id: 'par',
    label: { id: `PAR > ${days} hari (SEEP)`, en: `Portfolio at risk > ${days} days (SEEP)` },
    definition: {
      id: `Sisa pokok pinjaman yang memiliki angsuran terlambat lebih dari ${days} hari (daysPastDue > ${days}) atau yang direstrukturisasi (restructured: true, berapa pun hari tunggakannya), dibagi outstanding bruto.`,
      en: `Outstanding principal of loans with any instalment more than ${days} days overdue (daysPastDue > ${days}) or restructured (restructured: true, whatever their days past due), divided by the gross outstanding portfolio.`,
    },
    source: D.par.source,
  };
}
