import { decToFraction, toDec } from '../../_internal/decimal.js';
import { ConfigurationError, type Label, renderBoth } from '../../core/index.js';
import { RATING_BAND_LABELS, type RatingBand, type RatingBandCode } from './definitions.js';
import { portfolioMessages } from './messages.js';
import { compareRatio } from '../../_internal/ratio.js';

/**
 * One band of a {@link RatingBandTable}: the band applies when the ratio is within `bound` (`<=` for a
 * `'lower-is-better'` table, `>=` for `'higher-is-better'`); the last band has no bound and takes
 * everything else.
 *
 * @category Portfolio
 */
export interface RatingBandStep {
  /** `'satisfactory' | 'adequate' | 'inadequate'`. */
  readonly code: RatingBandCode;
  /** The band's edge as a decimal fraction (`'0.1'` = 10%); absent for the last band. */
  readonly bound?: string | undefined;
  /** The band's rule in words, e.g. `'<= 10%'`. */
  readonly rule: string;
}

/**
 * Rating bands as data: which way is better, and the bands from best to worst. Edges are compared
 * exactly on the fractions.
 *
 * @category Portfolio
 */
export interface RatingBandTable {
  /** Identifier. */
  readonly id: string;
  /** Where the bands come from. */
  readonly source: string;
  /** `'lower-is-better'` (PAR, LAR) or `'higher-is-better'` (RR, CCr, ROI). */
  readonly direction: 'lower-is-better' | 'higher-is-better';
  /** Bands from best to worst; every band but the last has a `bound`. */
  readonly steps: readonly RatingBandStep[];
  /** What the source does not confirm (empty when everything is sourced). */
  readonly unconfirmed?: readonly string[] | undefined;
}

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

/** A band table checked and ready: exact bounds. */
export interface CompiledBands {
  readonly table: RatingBandTable;
  readonly bounds: readonly { readonly num: bigint; readonly den: bigint }[];
}

const cache = new WeakMap<object, CompiledBands>();

function bad(detail: string, detailId: string): ConfigurationError {
  return new ConfigurationError(
    'invalid_portfolio_options',
    renderBoth(
      { code: 'invalid_portfolio_options', path: ['bands'], params: { detail, detailId } },
      portfolioMessages,
    ),
    { detail, detailId },
  );
}

/**
 * Checks a band table: a known direction, at least one band, known codes, a decimal bound on every
 * band but the last, bounds in the table's direction (strictly tightening: descending for
 * higher-is-better, ascending for lower-is-better).
 *
 * @internal
 * @throws {@link ConfigurationError} (`invalid_portfolio_options`) naming the rule broken.
 */
export function compileBands(table: unknown): CompiledBands {
  if (table !== null && typeof table === 'object') {
    const hit = cache.get(table);
    if (hit !== undefined) return hit;
  }
  let direction: unknown;
  let steps: unknown;
  let id: unknown;
  let source: unknown;
  let unconfirmed: unknown;
  try {
    const t = table as Record<string, unknown>;
    direction = t.direction;
    steps = t.steps;
    id = t.id;
    source = t.source;
    unconfirmed = t.unconfirmed;
  } catch {
    throw bad(
      'a band table must be an object with id, source, direction and steps',
      'tabel pita harus berupa objek dengan `id`, `source`, `direction` dan `steps`',
    );
  }
  if (typeof id !== 'string' || id === '' || typeof source !== 'string' || source === '') {
    throw bad(
      'a band table needs a non-empty id and source',
      'tabel pita memerlukan `id` dan `source` yang tidak kosong',
    );
  }
  if (direction !== 'lower-is-better' && direction !== 'higher-is-better') {
    throw bad(
      "direction must be 'lower-is-better' or 'higher-is-better'",
      '`direction` harus `lower-is-better` atau `higher-is-better`',
    );
  }
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > 20) {
    throw bad(
      'steps must be an array of 1 to 20 bands',
      '`steps` harus berupa daftar berisi 1 sampai 20 pita',
    );
  }
  const copy: RatingBandStep[] = [];
  const bounds: { num: bigint; den: bigint }[] = [];
  for (let i = 0; i < steps.length; i++) {
    let code: unknown;
    let bound: unknown;
    let rule: unknown;
    try {
      const st = steps[i] as Record<string, unknown>;
      code = st.code;
      bound = st.bound;
      rule = st.rule;
    } catch {
      throw bad(`steps[${i}] cannot be read`, `\`steps[${i}]\` tidak dapat dibaca`);
    }
    if (code !== 'satisfactory' && code !== 'adequate' && code !== 'inadequate') {
      throw bad(
        `steps[${i}].code must be satisfactory, adequate or inadequate`,
        `\`steps[${i}].code\` harus \`satisfactory\`, \`adequate\` atau \`inadequate\``,
      );
    }
    if (typeof rule !== 'string') {
      throw bad(`steps[${i}].rule must be a string`, `\`steps[${i}].rule\` harus berupa teks`);
    }
    const last = i === steps.length - 1;
    if (last) {
      if (bound !== undefined) {
        throw bad(
          'the last band takes everything else: no bound',
          'pita terakhir mencakup sisa nilai: tanpa `bound`',
        );
      }
      copy.push(Object.freeze({ code, rule }));
      continue;
    }
    const d = typeof bound === 'string' ? toDec(bound) : undefined;
    if (d === undefined) {
      throw bad(
        `steps[${i}].bound must be a decimal string`,
        `\`steps[${i}].bound\` harus berupa teks desimal`,
      );
    }
    const { numerator, denominator } = decToFraction(d);
    const prev = bounds[bounds.length - 1];
    if (prev !== undefined) {
      const c = numerator * prev.den - prev.num * denominator;
      if (direction === 'lower-is-better' ? c <= 0n : c >= 0n) {
        throw bad(
          `steps[${i}].bound must be ${direction === 'lower-is-better' ? 'above' : 'below'} the previous bound`,
          `\`steps[${i}].bound\` harus ${direction === 'lower-is-better' ? 'di atas' : 'di bawah'} batas sebelumnya`,
        );
      }
    }
    bounds.push({ num: numerator, den: denominator });
    copy.push(Object.freeze({ code, bound: bound as string, rule }));
  }
  const frozen: RatingBandTable = Object.freeze({
    id,
    source,
    direction,
    steps: Object.freeze(copy),
    ...(Array.isArray(unconfirmed)
      ? { unconfirmed: Object.freeze(unconfirmed.filter((u) => typeof u === 'string')) }
      : {}),
  });
  const compiled = Object.freeze({ table: frozen, bounds: Object.freeze(bounds) });
  if (table !== null && typeof table === 'object' && Object.isFrozen(table)) {
    cache.set(table, compiled);
  }
  return compiled;
}

/**
 * The band of an exact ratio numerator / denominator (denominator > 0; the numerator may be
 * negative, as a loss is for ROI).
 *
 * @internal
 */
export function bandOf(bands: CompiledBands, numerator: number, denominator: number): RatingBand {
  const steps = bands.table.steps;
  const lower = bands.table.direction === 'lower-is-better';
  for (let i = 0; i < bands.bounds.length; i++) {
    const b = bands.bounds[i] as { num: bigint; den: bigint };
    const c = compareRatio(numerator, denominator, b.num, b.den);
    if (lower ? c <= 0 : c >= 0) return toBand(steps[i] as RatingBandStep);
  }
  return toBand(steps[steps.length - 1] as RatingBandStep);
}

function toBand(step: RatingBandStep): RatingBand {
  const label: Label = RATING_BAND_LABELS[step.code];
  return { code: step.code, label, rule: step.rule };
}
