import { memoizeFrozen } from '../../_internal/memo.js';
import { decimalFraction } from '../../_internal/decimal-fraction.js';
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

/** A band table checked and ready: exact bounds. */
export interface CompiledBands {
  readonly table: RatingBandTable;
  readonly bounds: readonly { readonly num: bigint; readonly den: bigint }[];
}

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
export const compileBands: (table: unknown) => CompiledBands = memoizeFrozen(compileUncached);

/** {@link compileBands} without its memo table. */
function compileUncached(table: unknown): CompiledBands {
  const t = readTableFields(table);
  const copy: RatingBandStep[] = [];
  const bounds: { num: bigint; den: bigint }[] = [];
  for (let i = 0; i < t.steps.length; i++) {
    const { code, bound, rule } = readStep(t.steps, i);
    if (i === t.steps.length - 1) {
      if (bound !== undefined) {
        throw bad(
          'the last band takes everything else: no bound',
          'pita terakhir mencakup sisa nilai: tanpa `bound`',
        );
      }
      copy.push(Object.freeze({ code, rule }));
      continue;
    }
    bounds.push(readBound(bound, i, t.direction, bounds[bounds.length - 1]));
    copy.push(Object.freeze({ code, bound: bound as string, rule }));
  }
  const frozen: RatingBandTable = Object.freeze({
    id: t.id,
    source: t.source,
    direction: t.direction,
    steps: Object.freeze(copy),
    ...(Array.isArray(t.unconfirmed)
      ? { unconfirmed: Object.freeze(t.unconfirmed.filter((u) => typeof u === 'string')) }
      : {}),
  });
  return Object.freeze({ table: frozen, bounds: Object.freeze(bounds) });
}

/** A band table's fields, each read once and checked (not yet its steps). */
function readTableFields(table: unknown): {
  id: string;
  source: string;
  direction: RatingBandTable['direction'];
  steps: unknown[];
  unconfirmed: unknown;
} {
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
  return { id, source, direction, steps, unconfirmed };
}

/** Step `i`: a known code and a rule in words (its bound is checked by {@link readBound}). */
function readStep(
  steps: unknown[],
  i: number,
): { code: RatingBandCode; bound: unknown; rule: string } {
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
  return { code, bound, rule };
}

/** Step `i`'s bound as an exact fraction, strictly tightening in the table's direction. */
function readBound(
  bound: unknown,
  i: number,
  direction: RatingBandTable['direction'],
  prev: { num: bigint; den: bigint } | undefined,
): { num: bigint; den: bigint } {
  const d = typeof bound === 'string' ? decimalFraction(bound) : undefined;
  if (d === undefined) {
    throw bad(
      `steps[${i}].bound must be a decimal string`,
      `\`steps[${i}].bound\` harus berupa teks desimal`,
    );
  }
  const next = { num: d.numerator, den: d.denominator };
  if (prev !== undefined && !tightens(direction, prev, next)) {
    throw bad(
      `steps[${i}].bound must be ${direction === 'lower-is-better' ? 'above' : 'below'} the previous bound`,
      `\`steps[${i}].bound\` harus ${direction === 'lower-is-better' ? 'di atas' : 'di bawah'} batas sebelumnya`,
    );
  }
  return next;
}

/**
 * Whether a band's bound `next` is strictly tighter than the one before it, `prev`: above it for a
 * lower-is-better table, below it for a higher-is-better one (compared exactly on the fractions).
 *
 * @internal
 */
export function tightens(
  direction: 'lower-is-better' | 'higher-is-better',
  prev: { num: bigint; den: bigint },
  next: { num: bigint; den: bigint },
): boolean {
  const c = next.num * prev.den - prev.num * next.den;
  return direction === 'lower-is-better' ? c > 0n : c < 0n;
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
