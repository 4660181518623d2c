import { deepFreeze } from '../_internal/freeze.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import { EFFECTIVENESS_LABELS } from './labels.js';
import {
  compare,
  type Fraction,
  isNegativeZero,
  quotientNumber,
  readFraction,
  times,
} from './exact-ratio.js';
import { type DecimalInput, describeType, type Label } from '../core/index.js';
import { configurationError, fail, guardRead, optionsObject } from './issues.js';
import { EFFECTIVENESS_RATIO } from './contexts.js';

/**
 * A bound of an effectiveness band, in percent of the target.
 *
 * @category Effectiveness
 */
export interface RatioBound {
  /** The percentage. */
  readonly value: number;
  /** Whether a ratio exactly on the bound belongs to the band. */
  readonly inclusive: boolean;
}

/**
 * One band of an effectiveness preset. A band without `lower` is open downward (from 0), without
 * `upper` open upward.
 *
 * @category Effectiveness
 */
export interface RatioBand {
  /** snake_case code (`cukup_efektif`). */
  readonly code: string;
  /** Indonesian and English names. */
  readonly label: Label;
  /** Lower bound, absent for the lowest band. */
  readonly lower?: RatioBound;
  /** Upper bound, absent for the highest band. */
  readonly upper?: RatioBound;
}

/**
 * An effectiveness preset: bands over realisation / target x 100, highest band first, with the source.
 *
 * @category Effectiveness
 */
export interface EffectivenessPreset {
  /** Preset name. */
  readonly id: string;
  /** Where the bands come from. */
  readonly source: string;
  /** Bands from the highest to the lowest; together they cover every ratio >= 0 exactly once. */
  readonly bands: readonly RatioBand[];
}

const L = EFFECTIVENESS_LABELS;

/**
 * Output-based effectiveness presets (realisation / target x 100), as data.
 *
 * - `'kepmendagri-690-900-327'`: the bands attributed to Kepmendagri No. 690.900.327 (1994/1996) on
 *   performance evaluation: > 100 sangat efektif; [90, 100] efektif; [80, 90) cukup efektif;
 *   [60, 80) kurang efektif; < 60 tidak efektif. Exactly 100 is efektif, exactly 90 efektif, exactly 80
 *   cukup efektif, exactly 60 kurang efektif.
 * - `'mahmudi-2010'`: Mahmudi (2010), "Manajemen Kinerja Sektor Publik": < 75 tidak efektif;
 *   75-89 kurang efektif; 90-99 cukup efektif; 100 efektif; > 100 sangat efektif. The source states
 *   whole percentages; between them this library reads [75, 90) kurang, [90, 100) cukup, exactly 100
 *   efektif.
 *
 * The attribution (the regulation's text was not seen, only secondary sources) and the boundary
 * membership are *unconfirmed*: pass your own {@link EffectivenessPreset} to change them.
 *
 * @category Effectiveness
 * @example
 * EFFECTIVENESS_PRESETS['mahmudi-2010'].bands.map((b) => b.code)
 * //=> ['sangat_efektif', 'efektif', 'cukup_efektif', 'kurang_efektif', 'tidak_efektif']
 */
export const EFFECTIVENESS_PRESETS = {
  'kepmendagri-690-900-327': {
    id: 'kepmendagri-690-900-327',
    source:
      'Kepmendagri No. 690.900.327 (1994/1996), effectiveness bands as quoted by secondary sources (theses on programme evaluation); attribution and boundary membership unconfirmed.',
    bands: [
      { code: 'sangat_efektif', label: L.sangat_efektif, lower: { value: 100, inclusive: false } },
      {
        code: 'efektif',
        label: L.efektif,
        lower: { value: 90, inclusive: true },
        upper: { value: 100, inclusive: true },
      },
      {
        code: 'cukup_efektif',
        label: L.cukup_efektif,
        lower: { value: 80, inclusive: true },
        upper: { value: 90, inclusive: false },
      },
      {
        code: 'kurang_efektif',
        label: L.kurang_efektif,
        lower: { value: 60, inclusive: true },
        upper: { value: 80, inclusive: false },
      },
      { code: 'tidak_efektif', label: L.tidak_efektif, upper: { value: 60, inclusive: false } },
    ],
  },
  'mahmudi-2010': {
    id: 'mahmudi-2010',
    source:
      'Mahmudi (2010), Manajemen Kinerja Sektor Publik (UPP STIM YKPN): < 75 tidak efektif, 75-89 kurang, 90-99 cukup, 100 efektif, > 100 sangat efektif; reading between whole percentages ([75, 90), [90, 100)) unconfirmed.',
    bands: [
      { code: 'sangat_efektif', label: L.sangat_efektif, lower: { value: 100, inclusive: false } },
      {
        code: 'efektif',
        label: L.efektif,
        lower: { value: 100, inclusive: true },
        upper: { value: 100, inclusive: true },
      },
      {
        code: 'cukup_efektif',
        label: L.cukup_efektif,
        lower: { value: 90, inclusive: true },
        upper: { value: 100, inclusive: false },
      },
      {
        code: 'kurang_efektif',
        label: L.kurang_efektif,
        lower: { value: 75, inclusive: true },
        upper: { value: 90, inclusive: false },
      },
      { code: 'tidak_efektif', label: L.tidak_efektif, upper: { value: 75, inclusive: false } },
    ],
  },
} as const satisfies Record<string, EffectivenessPreset>;
deepFreeze(EFFECTIVENESS_PRESETS);

/**
 * The name of an effectiveness preset.
 *
 * @category Effectiveness
 */
export type EffectivenessPresetName = keyof typeof EFFECTIVENESS_PRESETS;

/**
 * Options of {@link effectivenessRatio}.
 *
 * @category Effectiveness
 */
export interface EffectivenessRatioOptions {
  /** A preset name or your own preset (default `'kepmendagri-690-900-327'`). */
  preset?: EffectivenessPresetName | EffectivenessPreset | undefined;
}

const EFFECTIVENESS_KEYS = optionKeys<EffectivenessRatioOptions>()({
  preset: true,
});

/**
 * The effectiveness of an output against its target.
 *
 * @category Effectiveness
 */
export interface EffectivenessResult {
  /** realisation x 100 / target, the nearest double to the exact quotient. */
  readonly percentage: number;
  /** Band code. */
  readonly category: string;
  /** Band names. */
  readonly label: Label;
  /** The preset used. */
  readonly preset: string;
}

const HUNDRED: Fraction = { n: 100n, d: 1n };

function checkBound(b: unknown, where: string): RatioBound | undefined {
  if (b === undefined) return undefined;
  const r = b as Record<string, unknown> | null;
  if (
    r === null ||
    typeof r !== 'object' ||
    typeof r.value !== 'number' ||
    !Number.isFinite(r.value) ||
    r.value < 0 ||
    typeof r.inclusive !== 'boolean'
  ) {
    throw configurationError('invalid_bands', {
      reason: `${where} must be { value: a number >= 0, inclusive: boolean }`,
      alasan: `${where} harus { value: bilangan >= 0, inclusive: boolean }`,
    });
  }
  return { value: r.value, inclusive: r.inclusive };
}

/** Validates a custom preset: highest first, adjacent bands meet with exactly one side inclusive. */
function resolvePreset(preset: unknown): EffectivenessPreset {
  if (typeof preset === 'string') {
    if (!Object.hasOwn(EFFECTIVENESS_PRESETS, preset)) {
      throw configurationError('unknown_preset', {
        preset: preset.slice(0, 60),
        known: Object.keys(EFFECTIVENESS_PRESETS),
      });
    }
    return EFFECTIVENESS_PRESETS[preset as EffectivenessPresetName];
  }
  const p = preset as Record<string, unknown> | null;
  if (p === null || typeof p !== 'object' || !Array.isArray(p.bands) || p.bands.length === 0) {
    throw invalidBands(
      'a preset needs a non-empty bands array',
      'preset memerlukan larik bands yang tidak kosong',
    );
  }
  const bands: RatioBand[] = [];
  const list = p.bands as unknown[];
  for (let i = 0; i < list.length; i++) {
    bands.push(resolveBand(list[i], i, i === list.length - 1, bands[i - 1]));
  }
  return {
    id: typeof p.id === 'string' ? p.id : 'custom',
    source: typeof p.source === 'string' ? p.source : '',
    bands,
  };
}

const invalidBands = (reason: string, alasan: string) =>
  configurationError('invalid_bands', { reason, alasan });

/** Band i of a custom preset (`last` when it is the lowest), checked against the band above it. */
function resolveBand(
  band: unknown,
  i: number,
  last: boolean,
  previous: RatioBand | undefined,
): RatioBand {
  const b = band as Record<string, unknown> | null;
  if (b === null || typeof b !== 'object' || typeof b.code !== 'string') {
    throw invalidBands(`band ${i} needs a code`, `pita ${i} memerlukan kode`);
  }
  const lower = checkBound(b.lower, `band ${i} lower`);
  const upper = checkBound(b.upper, `band ${i} upper`);
  if ((i === 0) !== (upper === undefined)) {
    throw invalidBands(
      'only the first (highest) band may be open upward',
      'hanya pita pertama (tertinggi) yang boleh terbuka ke atas',
    );
  }
  if (last !== (lower === undefined)) {
    throw invalidBands(
      'only the last (lowest) band may be open downward',
      'hanya pita terakhir (terendah) yang boleh terbuka ke bawah',
    );
  }
  if (
    lower !== undefined &&
    upper !== undefined &&
    (lower.value > upper.value ||
      (lower.value === upper.value && !(lower.inclusive && upper.inclusive)))
  ) {
    throw configurationError('bands_not_increasing', { index: i });
  }
  const meet = previous?.lower;
  if (
    previous !== undefined &&
    (meet === undefined ||
      upper === undefined ||
      meet.value !== upper.value ||
      meet.inclusive === upper.inclusive)
  ) {
    throw configurationError('bands_not_contiguous', { index: i, expected: meet?.value });
  }
  return { code: b.code, label: labelOf(b.label, b.code), ...bounds(lower, upper) };
}

/** A band's label, or its code in both languages when the label is not `{ id, en }` strings. */
function labelOf(label: unknown, code: string): Label {
  const l = label as Record<string, unknown> | null | undefined;
  return l !== null && typeof l === 'object' && typeof l.id === 'string' && typeof l.en === 'string'
    ? { id: l.id, en: l.en }
    : { id: code, en: code };
}

const bounds = (lower: RatioBound | undefined, upper: RatioBound | undefined) => ({
  ...(lower === undefined ? {} : { lower }),
  ...(upper === undefined ? {} : { upper }),
});

/** A realisation or target, read as the core reads a decimal input (`invalid_decimal`, `too_small`). */
function readAmount(value: unknown, name: string): Fraction {
  const f = readFraction(value);
  if (f === undefined)
    fail('invalid_decimal', [name], { received: describeType(value) }, EFFECTIVENESS_RATIO);
  if (f.n < 0n) {
    fail(
      'too_small',
      [name],
      { minimum: 0, inclusive: true, origin: 'number' },
      EFFECTIVENESS_RATIO,
    );
  }
  return f;
}

/** Whether `scaled` (100 x realisation) over `t` falls in band b (bounds compared exactly). */
function inBand(b: RatioBand, scaled: Fraction, t: Fraction): boolean {
  const cmp = (bound: RatioBound) =>
    compare(scaled, times(t, readFraction(bound.value) as Fraction));
  if (b.lower !== undefined) {
    const c = cmp(b.lower);
    if (c < 0 || (c === 0 && !b.lower.inclusive)) return false;
  }
  if (b.upper !== undefined) {
    const c = cmp(b.upper);
    if (c > 0 || (c === 0 && !b.upper.inclusive)) return false;
  }
  return true;
}

/**
 * Output-based effectiveness: realisation / target x 100 (houses repaired against houses needed, MCK
 * built against planned) and its band from a preset. The comparison with the band bounds is exact
 * (100 x realisation against bound x target on BigInt fractions, each product rounded half-up to 50
 * significant digits only beyond that), so 90 of 100 is exactly 90% and lands on the 90 boundary as
 * the preset says. Numbers are read by the decimal JavaScript prints for them; decimal strings are
 * accepted too. The percentage is the quotient rounded to 50 significant digits, then to the nearest
 * double.
 *
 * @category Effectiveness
 * @throws {@link ValidationError} when realisation or target is not a finite number or decimal string
 * (`invalid_decimal`), is negative (`too_small`), or the target is zero (`zero_target`);
 * {@link ConfigurationError} for an unknown or invalid preset.
 * @example
 * effectivenessRatio(180, 200) // 90% with Kepmendagri 690.900.327
 * //=> { percentage: 90, category: 'efektif', label: { id: 'Efektif', en: 'Effective' }, preset: 'kepmendagri-690-900-327' }
 * effectivenessRatio(200, 3710, { preset: 'mahmudi-2010' }).category // 5.39% (Purnomo & Utami's house repairs)
 * //=> 'tidak_efektif'
 */
export function effectivenessRatio(
  realisation: DecimalInput,
  target: DecimalInput,
  options: EffectivenessRatioOptions = {},
): EffectivenessResult {
  return guardRead(EFFECTIVENESS_RATIO, () => {
    const opts = optionsObject<EffectivenessRatioOptions>(options);
    checkOptionKeys(opts, EFFECTIVENESS_KEYS, 'effectivenessRatio');
    const preset = resolvePreset(opts.preset ?? 'kepmendagri-690-900-327');
    const r = readAmount(realisation, 'realisation');
    const t = readAmount(target, 'target');
    if (t.n === 0n) fail('zero_target', ['target'], {}, EFFECTIVENESS_RATIO);
    const scaled = times(r, HUNDRED);
    const band =
      preset.bands.find((b) => inBand(b, scaled, t)) ??
      (preset.bands[preset.bands.length - 1] as RatioBand);
    const percentage = quotientNumber(scaled, t);
    return {
      percentage: isNegativeZero(realisation) ? -0 : percentage,
      category: band.code,
      label: band.label,
      preset: preset.id,
    };
  });
}
