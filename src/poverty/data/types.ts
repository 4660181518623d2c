import type { CalendarDate } from '../../core/index.js';

/**
 * One published poverty line figure with the public sources that agreed on it.
 *
 * @category Poverty lines
 */
export interface BpsLineFigure {
  /** Garis Kemiskinan (GK), rupiah per capita per month. */
  readonly value: number;
  /** Garis Kemiskinan Makanan (GKM, food part), when published and confirmed. */
  readonly food?: number | undefined;
  /** Garis Kemiskinan Bukan Makanan (GKNM/GKBM, non-food part), when published and confirmed. */
  readonly nonFood?: number | undefined;
  /**
   * The independent public sources (outlet or document and its date) that state the same figure.
   * Every shipped figure has at least two.
   */
  readonly confirmedBy: readonly string[];
  /** A revision or caveat. */
  readonly note?: string | undefined;
}

/**
 * The lines of one BPS release for one territory: the total (urban + rural), urban (perkotaan) and
 * rural (perdesaan) lines. An area is absent when its figure could not be confirmed by two sources.
 *
 * @category Poverty lines
 */
export interface BpsLineSet {
  /** Perkotaan + perdesaan. */
  readonly total?: BpsLineFigure | undefined;
  /** Perkotaan. */
  readonly urban?: BpsLineFigure | undefined;
  /** Perdesaan. */
  readonly rural?: BpsLineFigure | undefined;
}

/**
 * One BPS semester release of the national lines ("Profil Kemiskinan di Indonesia").
 *
 * @category Poverty lines
 */
export interface BpsNationalRelease extends BpsLineSet {
  /** The first day of the semester the figures describe (`YYYY-03-01` or `YYYY-09-01`). */
  readonly period: CalendarDate;
  /** The release: Berita Resmi Statistik title, number when known, and date. */
  readonly release: string;
}

/**
 * One BPS semester release of provincial lines, keyed by the two-digit Kemendagri province code
 * (the code `parseNik` returns).
 *
 * @category Poverty lines
 */
export interface BpsProvincialRelease {
  /** The first day of the semester the figures describe. */
  readonly period: CalendarDate;
  /** The release the figures come from. */
  readonly release: string;
  /** Lines by province code. */
  readonly provinces: Readonly<Record<string, BpsLineSet>>;
}
