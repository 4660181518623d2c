import { deepFreeze } from '../../_internal/freeze.js';

// The value lists of a loan (LoanSchema, its reader loan-reader.ts and menus share them).

/**
 * How often instalments fall due.
 *
 * @category Schedules
 */
export type Frequency = 'weekly' | 'monthly' | 'every-2-months' | 'quarterly' | 'semiannual';

/**
 * The instalment frequencies, for schemas and menus.
 *
 * @category Schedules
 * @example
 * FREQUENCIES.includes('quarterly')
 * //=> true
 */
export const FREQUENCIES = [
  'weekly',
  'monthly',
  'every-2-months',
  'quarterly',
  'semiannual',
] as const satisfies readonly Frequency[];
deepFreeze(FREQUENCIES);

/**
 * How interest (jasa) is charged.
 * - `'flat'`: every period, the original principal x the periodic rate (the UPK's "jasa 1,5% per bulan
 *   dari pokok").
 * - `'declining'`: equal principal parts; interest on the outstanding balance (bunga menurun/efektif).
 * - `'annuity'`: equal totals r P / (1 - (1 + r)^-n); interest on the outstanding balance.
 *
 * @category Schedules
 */
export type InterestMethod = 'flat' | 'declining' | 'annuity';

/**
 * The interest methods, for schemas and menus.
 *
 * @category Schedules
 * @example
 * INTEREST_METHODS
 * //=> ['flat', 'declining', 'annuity']
 */
export const INTEREST_METHODS = [
  'flat',
  'declining',
  'annuity',
] as const satisfies readonly InterestMethod[];
deepFreeze(INTEREST_METHODS);

/**
 * What becomes of the interest of the interest-grace instalments: `'deferred'` (accrued and added to
 * the first instalment after the grace) or `'waived'` (never charged).
 *
 * @category Schedules
 */
export type InterestGraceTreatment = 'deferred' | 'waived';

/**
 * The interest-grace treatments, for schemas and menus.
 *
 * @category Schedules
 * @example
 * INTEREST_GRACE_TREATMENTS
 * //=> ['deferred', 'waived']
 */
export const INTEREST_GRACE_TREATMENTS = [
  'deferred',
  'waived',
] as const satisfies readonly InterestGraceTreatment[];
deepFreeze(INTEREST_GRACE_TREATMENTS);
