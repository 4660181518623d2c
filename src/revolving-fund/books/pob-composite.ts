import { ConfigurationError, type Label, renderBoth } from '../../core/index.js';
import type { RatingBandCode } from '../portfolio/definitions.js';
import { upkBooksMessages } from './messages.js';

/**
 * The indicators the POB 2013 composite scores.
 *
 * @category UPK books
 */
export type PobIndicatorKey = 'lar' | 'par' | 'rr' | 'ccr' | 'roi';

/**
 * A composite score table as data: which indicators it adds, the points of each band, and the
 * statuses by total (checked from the first: a status applies when the total is `>= minTotal`).
 *
 * @category UPK books
 */
export interface PobCompositeTable {
  /** Identifier. */
  readonly id: string;
  /** Where it comes from. */
  readonly source: string;
  /** What the source does not confirm. */
  readonly unconfirmed: readonly string[];
  /** Indicators added up. */
  readonly indicators: readonly PobIndicatorKey[];
  /** Points of each band. */
  readonly points: Readonly<Record<RatingBandCode, number>>;
  /** Statuses, worst first; the last has `minTotal: 0`. */
  readonly statuses: readonly {
    readonly code: string;
    readonly label: Label;
    readonly minTotal: number;
  }[];
}

/**
 * The composite of the POB 2013 ("pengukuran kinerja dinyatakan Tidak Memadai jika total skor
 * mencapai 8"), as far as it can be confirmed: the only sourced fact is that a total of 8 or more is
 * *tidak memadai*. The POB's scoring table itself was not found, so this preset is **unconfirmed**:
 * each of LAR, PAR, RR, CCr and ROI scores 1 (memuaskan), 2 (memadai) or 3 (tidak memadai) by its POB
 * band, and a total below 8 is *memadai*. Replace it when the POB's table is found.
 *
 * @category UPK books
 * @example
 * POB_2013_COMPOSITE.statuses[0]
 * //=> { code: 'tidak_memadai', label: { id: 'Tidak memadai', en: 'Inadequate' }, minTotal: 8 }
 */
export const POB_2013_COMPOSITE: PobCompositeTable = Object.freeze({
  id: 'pob-2013-composite',
  source:
    'POB Pinjaman Bergulir PNPM Mandiri Perkotaan 2013 as quoted in a thesis: "Tidak Memadai, jika total skor mencapai 8"; the scoring table itself is unconfirmed',
  unconfirmed: Object.freeze([
    'the points per band (1 memuaskan / 2 memadai / 3 tidak memadai) and the five indicators scored',
    'the status of a total below 8 (memadai here); only "tidak memadai from 8" is quoted',
  ]),
  indicators: Object.freeze(['lar', 'par', 'rr', 'ccr', 'roi'] as const),
  points: Object.freeze({ satisfactory: 1, adequate: 2, inadequate: 3 }),
  statuses: Object.freeze([
    Object.freeze({
      code: 'tidak_memadai',
      label: Object.freeze({ id: 'Tidak memadai', en: 'Inadequate' }),
      minTotal: 8,
    }),
    Object.freeze({
      code: 'memadai',
      label: Object.freeze({ id: 'Memadai (belum dikonfirmasi)', en: 'Adequate (unconfirmed)' }),
      minTotal: 0,
    }),
  ]),
});

/**
 * The result of {@link scorePobComposite}.
 *
 * @category UPK books
 */
export interface PobCompositeScore {
  /** The table used. */
  readonly tableId: string;
  /** Each indicator's band and points (`null` when its band is unknown). */
  readonly components: readonly {
    readonly indicator: PobIndicatorKey;
    readonly band: RatingBandCode | null;
    readonly points: number | null;
  }[];
  /** Sum of the points, or `null` when an indicator has no band. */
  readonly total: number | null;
  /** The status, or `null` when the total is unknown. */
  readonly status: { readonly code: string; readonly label: Label } | null;
  /** Indicators without a band (their ratio is undefined). */
  readonly missing: readonly PobIndicatorKey[];
  /** Whether the table is only partly sourced. */
  readonly confirmed: boolean;
}

/**
 * Scores the POB 2013 composite from the bands of the UPK indicators (as {@link portfolioIndicators}
 * and {@link costIndicators} give them). An indicator with no band (an undefined ratio) leaves the
 * total and status `null` and is listed in `missing`.
 *
 * @category UPK books
 * @example
 * scorePobComposite({ lar: 'adequate', par: 'adequate', rr: 'adequate', ccr: 'satisfactory',
 *   roi: 'satisfactory' }).status?.code
 * //=> 'tidak_memadai' (2 + 2 + 2 + 1 + 1 = 8)
 */
export function scorePobComposite(
  bands: Readonly<Partial<Record<PobIndicatorKey, RatingBandCode | null>>>,
  table: PobCompositeTable = POB_2013_COMPOSITE,
): PobCompositeScore {
  try {
    return score(bands, table);
  } catch {
    const params = { detail: 'the composite table must have indicators, points and statuses' };
    throw new ConfigurationError(
      'invalid_health_bands',
      renderBoth({ code: 'invalid_health_bands', path: ['table'], params }, upkBooksMessages),
      params,
    );
  }
}

function score(
  bands: Readonly<Partial<Record<PobIndicatorKey, RatingBandCode | null>>>,
  table: PobCompositeTable,
): PobCompositeScore {
  const components = table.indicators.map((indicator) => {
    let band: unknown;
    try {
      band = bands?.[indicator];
    } catch {
      band = undefined;
    }
    const known = band === 'satisfactory' || band === 'adequate' || band === 'inadequate';
    const points = known ? table.points[band as RatingBandCode] : null;
    if (points !== null && (typeof points !== 'number' || !Number.isFinite(points))) {
      throw new Error('points');
    }
    return { indicator, band: known ? (band as RatingBandCode) : null, points };
  });
  const missing = components.filter((c) => c.points === null).map((c) => c.indicator);
  const total =
    missing.length > 0 ? null : components.reduce((t, c) => t + (c.points as number), 0);
  const status = total === null ? null : (table.statuses.find((s) => total >= s.minTotal) ?? null);
  if (
    status !== null &&
    (typeof status.code !== 'string' || typeof status.label?.en !== 'string')
  ) {
    throw new Error('status');
  }
  return {
    tableId: String(table.id),
    components,
    total,
    status: status === null ? null : { code: status.code, label: status.label },
    missing,
    confirmed: Array.isArray(table.unconfirmed) && table.unconfirmed.length === 0,
  };
}
