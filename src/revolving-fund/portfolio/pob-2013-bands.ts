import type { RatingBandTable } from './bands.js';

/*
 * The rating bands of the POB 2013 (PAR, LAR, RR, CCr, ROI) as data; the rules that read them are in
 * bands.ts.
 */

const POB =
  'POB Pinjaman Bergulir PNPM Mandiri Perkotaan 2013, indicator table (Memuaskan / Memadai / Tidak memadai) as quoted in a thesis';

/**
 * PAR and LAR bands of the POB 2013: `<= 10%` satisfactory, `> 10%` to `<= 20%` adequate, `> 20%`
 * inadequate.
 *
 * @category Portfolio
 * @example
 * POB_2013_RISK_BANDS.steps.map((s) => s.bound)
 * //=> ['0.1', '0.2', undefined]
 */
export const POB_2013_RISK_BANDS: RatingBandTable = Object.freeze({
  id: 'pob-2013-risk',
  source: POB,
  direction: 'lower-is-better',
  steps: Object.freeze([
    Object.freeze({ code: 'satisfactory', bound: '0.1', rule: '<= 10%' }),
    Object.freeze({ code: 'adequate', bound: '0.2', rule: '> 10% and <= 20%' }),
    Object.freeze({ code: 'inadequate', rule: '> 20%' }),
  ]),
} as const);

/**
 * RR bands of the POB 2013: `>= 90%` satisfactory, `>= 80%` to `< 90%` adequate, `< 80%` inadequate.
 *
 * @category Portfolio
 * @example
 * POB_2013_REPAYMENT_BANDS.direction
 * //=> 'higher-is-better'
 */
export const POB_2013_REPAYMENT_BANDS: RatingBandTable = Object.freeze({
  id: 'pob-2013-repayment',
  source: POB,
  direction: 'higher-is-better',
  steps: Object.freeze([
    Object.freeze({ code: 'satisfactory', bound: '0.9', rule: '>= 90%' }),
    Object.freeze({ code: 'adequate', bound: '0.8', rule: '>= 80% and < 90%' }),
    Object.freeze({ code: 'inadequate', rule: '< 80%' }),
  ]),
} as const);

/**
 * Cost coverage (CCr) bands of the POB 2013: `>= 125%` satisfactory, `>= 100%` to `< 125%` adequate,
 * `< 100%` inadequate.
 *
 * @category Portfolio
 * @example
 * POB_2013_CCR_BANDS.steps[0].bound
 * //=> '1.25'
 */
export const POB_2013_CCR_BANDS: RatingBandTable = Object.freeze({
  id: 'pob-2013-ccr',
  source: POB,
  direction: 'higher-is-better',
  steps: Object.freeze([
    Object.freeze({ code: 'satisfactory', bound: '1.25', rule: '>= 125%' }),
    Object.freeze({ code: 'adequate', bound: '1', rule: '>= 100% and < 125%' }),
    Object.freeze({ code: 'inadequate', rule: '< 100%' }),
  ]),
} as const);

/**
 * ROI bands of the POB 2013: `>= 10%` satisfactory, `>= 0%` to `< 10%` adequate; the quoted table
 * leaves the third column of ROI empty, so `< 0%` (a loss) inadequate is *inferred* and marked so.
 *
 * @category Portfolio
 * @example
 * POB_2013_ROI_BANDS.unconfirmed?.length
 * //=> 1
 */
export const POB_2013_ROI_BANDS: RatingBandTable = Object.freeze({
  id: 'pob-2013-roi',
  source: POB,
  direction: 'higher-is-better',
  steps: Object.freeze([
    Object.freeze({ code: 'satisfactory', bound: '0.1', rule: '>= 10%' }),
    Object.freeze({ code: 'adequate', bound: '0', rule: '>= 0% and < 10%' }),
    Object.freeze({ code: 'inadequate', rule: '< 0%' }),
  ]),
  unconfirmed: Object.freeze([
    'the inadequate band (< 0%): the quoted table gives only >= 10% and 0-10% for ROI',
  ]),
} as const);
