import { deepFreeze } from '../_internal/freeze.js';
import { memoizeFrozen } from '../_internal/memo.js';
import type { Issue, Label } from '../core/index.js';
import {
  decimalQuotient,
  lessThan,
  type Multiplier,
  multiplier,
  type Ratio,
  toRatio,
} from './exact.js';
import { configurationError, guarded, invalid } from './issues.js';
import { readLine } from './line-option.js';
import { expenditureIssue } from './household-checks.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import type { PovertyLineAtInput } from './national-lines.js';

/**
 * The class of a household or person by expenditure per capita relative to the poverty line.
 *
 * @category Classifiers
 */
export type PovertyBandStatus =
  | 'sangat_miskin'
  | 'miskin'
  | 'hampir_miskin'
  | 'rentan'
  | 'tidak_miskin';

/**
 * Indonesian and English names of each {@link PovertyBandStatus}, for dashboards.
 *
 * @category Classifiers
 * @example
 * POVERTY_BAND_LABELS.hampir_miskin.en
 * //=> 'Near poor'
 */
export const POVERTY_BAND_LABELS = {
  sangat_miskin: { id: 'Sangat miskin', en: 'Very poor' },
  miskin: { id: 'Miskin', en: 'Poor' },
  hampir_miskin: { id: 'Hampir miskin', en: 'Near poor' },
  rentan: { id: 'Rentan miskin lainnya', en: 'Other vulnerable' },
  tidak_miskin: { id: 'Tidak miskin', en: 'Not poor' },
} as const satisfies Record<PovertyBandStatus, Label>;
deepFreeze(POVERTY_BAND_LABELS);

/**
 * Upper bounds (exclusive) of the four bands below `tidak_miskin`, as multiples of the poverty line.
 * A number is read at the decimal value JavaScript prints for it (0.8 is exactly 8/10); a decimal
 * string (`'0.8'`) is read exactly.
 *
 * @category Classifiers
 */
export interface PovertyBands {
  /** Below this multiple: `sangat_miskin`. */
  readonly sangat_miskin: number | string;
  /** Below this multiple (and not below the previous): `miskin`. */
  readonly miskin: number | string;
  /** Below this multiple: `hampir_miskin`. */
  readonly hampir_miskin: number | string;
  /** Below this multiple: `rentan`; at or above it: `tidak_miskin`. */
  readonly rentan: number | string;
}

/**
 * A band preset: the bands and the source they come from.
 *
 * @category Classifiers
 */
export interface PovertyBandsPreset extends PovertyBands {
  /** Where the band edges come from. */
  readonly source: string;
  /** True when the edges are not confirmed against a primary document. */
  readonly unconfirmed: boolean;
}

/**
 * The default bands: sangat miskin < 0.8 GK, miskin < 1.0 GK, hampir miskin < 1.2 GK, rentan (rentan
 * miskin lainnya) < 1.6 GK, else tidak miskin. The edges are *unconfirmed* (as commonly cited for
 * TNP2K-era targeting), hence configurable.
 *
 * @category Classifiers
 * @example
 * DEFAULT_POVERTY_BANDS.hampir_miskin
 * //=> 1.2
 */
export const DEFAULT_POVERTY_BANDS = {
  sangat_miskin: 0.8,
  miskin: 1.0,
  hampir_miskin: 1.2,
  rentan: 1.6,
  source:
    'Bands around the BPS poverty line (GK) as commonly cited for TNP2K-era targeting (sangat miskin < 0.8 GK, miskin < 1.0 GK, hampir miskin < 1.2 GK, rentan miskin lainnya < 1.6 GK); edges unconfirmed',
  unconfirmed: true,
} as const satisfies PovertyBandsPreset;
deepFreeze(DEFAULT_POVERTY_BANDS);

const ORDER = ['sangat_miskin', 'miskin', 'hampir_miskin', 'rentan'] as const;

/**
 * One band edge in list form: the status below `below` x line. A list of four, in the order
 * `sangat_miskin`, `miskin`, `hampir_miskin`, `rentan`, is accepted as `bands`.
 *
 * @category Classifiers
 */
export interface PovertyBandEdge {
  /** The band. */
  readonly status: Exclude<PovertyBandStatus, 'tidak_miskin'>;
  /** Exclusive upper bound, as a multiple of the line. */
  readonly below: number | string;
}

type Compiled = readonly [Multiplier, Multiplier, Multiplier, Multiplier];

/** A `ConfigurationError` `invalid_bands` with its reason in English and Indonesian. */
function bandsError(reason: string, reasonId: string, path: (string | number)[] = ['bands']) {
  return configurationError('invalid_bands', { reason, reasonId }, path);
}

/** `[{ status, below }, ...]` in the order sangat_miskin, miskin, hampir_miskin, rentan. */
function entriesOfArray(bands: readonly unknown[]): unknown[] {
  if (bands.length !== 4) throw bandsError('expected 4 multiples', 'harus 4 kelipatan');
  return bands.map((b: unknown, k) => {
    if (typeof b !== 'object' || b === null) return b;
    const { status, below } = b as { status?: unknown; below?: unknown };
    if (status !== ORDER[k]) {
      throw bandsError(`band ${k} must be ${ORDER[k]}`, `pita ${k} harus ${ORDER[k]}`, [
        'bands',
        k,
      ]);
    }
    return below;
  });
}

/** `{ sangat_miskin, miskin, ... }`, partial (the defaults fill the rest), camelCase aliases allowed. */
function entriesOfObject(bands: Readonly<Record<string, unknown>>): unknown[] {
  const b: Record<string, unknown> = { ...bands };
  for (const [alias, key] of ALIASES) {
    if (!Object.hasOwn(b, alias)) continue;
    if (b[key] !== undefined) throw bandsError(`${key} given twice`, `${key} diberikan dua kali`);
    b[key] = b[alias];
    delete b[alias];
  }
  for (const key of Object.keys(b)) {
    if (!(ORDER as readonly string[]).includes(key) && key !== 'source' && key !== 'unconfirmed') {
      const shown = key.slice(0, 40);
      throw bandsError(`unknown band ${shown}`, `pita tidak dikenal ${shown}`);
    }
  }
  return ORDER.map((k) => (b[k] === undefined ? DEFAULT_POVERTY_BANDS[k] : b[k]));
}

/** The four multiples as exact ratios: each positive and above the one before. */
function ratiosOf(entries: readonly unknown[]): Ratio[] {
  const ratios: Ratio[] = [];
  for (let i = 0; i < 4; i++) {
    const raw = entries[i];
    const name = ORDER[i] as string;
    const r = typeof raw === 'number' || typeof raw === 'string' ? toRatio(raw) : undefined;
    if (r === undefined || r.n === 0n) {
      throw bandsError(`${name} must be a positive number`, `${name} harus bilangan positif`, [
        'bands',
        name,
      ]);
    }
    const prev = ratios[i - 1];
    if (prev !== undefined && !(prev.n * r.d < r.n * prev.d)) {
      const below = ORDER[i - 1] as string;
      throw bandsError(`${name} must exceed ${below}`, `${name} harus lebih besar dari ${below}`, [
        'bands',
        name,
      ]);
    }
    ratios.push(r);
  }
  return ratios;
}

function compile(bands: unknown): Compiled {
  let entries: unknown[];
  if (Array.isArray(bands)) entries = entriesOfArray(bands);
  else if (typeof bands === 'object' && bands !== null) {
    entries = entriesOfObject(bands as Record<string, unknown>);
  } else {
    throw bandsError('expected an object or 4 multiples', 'harus objek atau 4 kelipatan');
  }
  const ratios = ratiosOf(entries);
  return ratios.map((r, i) => multiplier(r, Number(entries[i]))) as unknown as Compiled;
}

const ALIASES = [
  ['sangatMiskin', 'sangat_miskin'],
  ['hampirMiskin', 'hampir_miskin'],
] as const;

const DEFAULT_COMPILED = compile(DEFAULT_POVERTY_BANDS);
/** Bands compiled: a frozen bands object once; a mutable one on every call (it may have changed). */
const compiledBands = memoizeFrozen(compile);

/**
 * Options of {@link classifyByPovertyLine}.
 *
 * @category Classifiers
 */
export interface ClassifyByPovertyLineOptions {
  /**
   * The poverty line in rupiah per capita per month: a number, what {@link povertyLineAt} returns, or
   * a lookup for it (`{ date, area, province }`, as {@link PovertyLineAtInput}) so the household's own
   * province and area (urban/rural) pick its BPS line. A lookup follows the staleness rule of
   * {@link povertyLineAt} (pass `allowStale: true` in it to accept an old line).
   */
  line: number | { readonly value: number } | PovertyLineAtInput;
  /** Band edges as multiples of the line: an object (partial objects override the defaults), 4 numbers, or 4 `{ status, below }` in order. */
  bands?:
    | Partial<PovertyBands>
    | {
        readonly sangatMiskin?: number | string;
        readonly miskin?: number | string;
        readonly hampirMiskin?: number | string;
        readonly rentan?: number | string;
      }
    | readonly [number | string, number | string, number | string, number | string]
    | readonly PovertyBandEdge[]
    | undefined;
}

const CLASSIFY_KEYS = optionKeys<ClassifyByPovertyLineOptions>()({ line: true, bands: true });

/**
 * What {@link classifyByPovertyLine} returns.
 *
 * @category Classifiers
 */
export interface PovertyBandResult {
  /** The band. */
  readonly status: PovertyBandStatus;
  /**
   * Expenditure / line, for display: the quotient of the decimal values rounded once to a number (so
   * exactly 0.8 x line gives 0.8). The status is decided exactly, not from this.
   */
  readonly ratio: number;
  /** The line used, rupiah per capita per month. */
  readonly line: number;
}

/**
 * Classifies monthly expenditure per capita against the poverty line in bands: `sangat_miskin` below
 * 0.8 x line, `miskin` below 1.0 x, `hampir_miskin` below 1.2 x, `rentan` below 1.6 x, else
 * `tidak_miskin` (defaults; see {@link DEFAULT_POVERTY_BANDS}, edges unconfirmed). "Below" is strict:
 * exactly 0.8 x line is `miskin`, exactly the line is `hampir_miskin`. Comparisons are exact (integer
 * or BigInt arithmetic on the decimal values, never a float product), with one edge rule: an
 * expenditure equal to the float product `k * line` (what `1.2 * line` gives in JavaScript, e.g.
 * 696,418.7999999999 for line 580,349) is on the edge, not below it. BPS: a person is poor when
 * expenditure per capita per month is below the Garis Kemiskinan.
 *
 * @category Classifiers
 * @throws {@link ValidationError} when the expenditure is not a finite number >= 0.
 * @throws {@link ConfigurationError} (`invalid_line`) when the line is not a positive finite number,
 * (`invalid_bands`) when bands are not positive and strictly increasing.
 * @example
 * classifyByPovertyLine(466_328, { line: 582_910 })
 * //=> { status: 'miskin', ratio: 0.8, line: 582910 }
 * classifyByPovertyLine(582_910, { line: 582_910 })
 * //=> { status: 'hampir_miskin', ratio: 1, line: 582910 }
 * // the household's province (from its NIK) and area pick the line: Lampung, perdesaan, March 2023
 * classifyByPovertyLine(500_000, { line: povertyLineAt({ date: '2023-06-30', province: '18', area: 'rural' }) })
 * //=> { status: 'miskin', ratio: 0.9353224524154702, line: 534575 }
 */
export function classifyByPovertyLine(
  expenditurePerCapitaPerMonth: number,
  options: ClassifyByPovertyLineOptions,
): PovertyBandResult {
  const e = expenditurePerCapitaPerMonth;
  // Fast path: plain numbers, default bands.
  if (
    typeof e === 'number' &&
    e >= 0 &&
    e <= Number.MAX_VALUE &&
    typeof options === 'object' &&
    options !== null
  ) {
    return guarded('classification', () => {
      checkOptionKeys(options, CLASSIFY_KEYS, 'classifyByPovertyLine');
      const line = readLine(options.line);
      const bands = options.bands;
      const compiled = bands === undefined ? DEFAULT_COMPILED : compiledBands(bands);
      return classifyCompiled(e, line, compiled);
    });
  }
  return guarded('classification', () => {
    if (typeof options !== 'object' || options === null) {
      throw configurationError('invalid_line', {}, ['line']);
    }
    checkOptionKeys(options, CLASSIFY_KEYS, 'classifyByPovertyLine');
    // The fast path above took every expenditure that is a number, finite and not negative.
    return invalid(
      [expenditureIssue(e, ['expenditurePerCapitaPerMonth']) as Issue],
      'classification',
    );
  });
}

function classifyCompiled(e: number, line: number, c: Compiled): PovertyBandResult {
  let i = 0;
  while (i < 4 && !lessThan(e, c[i] as Multiplier, line)) i++;
  const status = i < 4 ? (ORDER[i] as PovertyBandStatus) : 'tidak_miskin';
  // On the edge just below (by the float-product rule of lessThan), the ratio is that edge's multiple.
  const edge = i > 0 ? (c[i - 1] as Multiplier).k : Number.NaN;
  return { status, ratio: e === edge * line ? edge : decimalQuotient(e, line), line };
}
