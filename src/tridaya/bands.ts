import { deepFreeze } from '../_internal/freeze.js';
import { describeType, type Label } from '../core/index.js';
import { configurationError, fail } from './issues.js';
import { unreadableAs } from '../_internal/guard.js';
import { BANDS, PERCENTAGE } from './contexts.js';

/**
 * One class of an equal-interval band preset (lowest first).
 *
 * @category Bands
 */
export interface BandClass {
  /** snake_case code (`cukup_efektif`). */
  readonly code: string;
  /** Indonesian and English names. */
  readonly label: Label;
}

/**
 * A band preset: classes of equal width between the lowest and the highest percentage an instrument
 * can give (min / max x 100 and 100), with the source of the rule.
 *
 * @category Bands
 */
export interface EqualIntervalBandPreset {
  /** Preset name. */
  readonly id: string;
  /** Where the rule comes from. */
  readonly source: string;
  /** The classes, lowest first; the interval width is (100 - min%) / number of classes. */
  readonly classes: readonly BandClass[];
}

/**
 * The band presets of questionnaire scores.
 *
 * - `'likert-5-equal'`: five equal classes (interval = (max% - min%) / 5). For a 1-5 scale:
 *   [20, 36) sangat tidak efektif, [36, 52) tidak efektif, [52, 68) cukup efektif, [68, 84) efektif,
 *   [84, 100] sangat efektif, so 63% is cukup efektif as Purnomo & Utami read it (docs/sources.md#purnomo-and-utami-bandar-lampung).
 * - `'likert-3-equal'`: three equal classes rendah / sedang / tinggi (for 1-5: [20, 46.67), [46.67,
 *   73.33), [73.33, 100]).
 *
 * Every class includes its lower bound and excludes its upper bound, except the top class, which
 * includes 100. The equal-interval rule ((max - min) / number of classes) is the usual Likert scoring
 * of Indonesian empowerment studies (e.g. Sugiyono, "Metode Penelitian", interval classes); the
 * boundary membership is this library's convention (the sources do not state it): *unconfirmed*,
 * so pass your own bands to change it.
 *
 * @category Bands
 * @example
 * BAND_PRESETS['likert-5-equal'].classes[2].label.id
 * //=> 'Cukup efektif'
 */
export const BAND_PRESETS = {
  'likert-5-equal': {
    id: 'likert-5-equal',
    source:
      'Equal-interval Likert classes ((max - min) / 5) as used by empowerment studies; Purnomo & Utami (Analisis Implementasi Pengentasan Kemiskinan Perkotaan, Bandar Lampung) read 63% as "cukup efektif". Boundary membership [lower, upper) is this library\'s convention (unconfirmed).',
    classes: [
      {
        code: 'sangat_tidak_efektif',
        label: { id: 'Sangat tidak efektif', en: 'Very ineffective' },
      },
      { code: 'tidak_efektif', label: { id: 'Tidak efektif', en: 'Ineffective' } },
      { code: 'cukup_efektif', label: { id: 'Cukup efektif', en: 'Fairly effective' } },
      { code: 'efektif', label: { id: 'Efektif', en: 'Effective' } },
      { code: 'sangat_efektif', label: { id: 'Sangat efektif', en: 'Very effective' } },
    ],
  },
  'likert-3-equal': {
    id: 'likert-3-equal',
    source:
      "Equal-interval classes ((max - min) / 3) rendah / sedang / tinggi, as welfare studies report them (Widyastuti et al., Model Pemberdayaan Kelompok Masyarakat Miskin, Kota Serang). Boundary membership [lower, upper) is this library's convention (unconfirmed).",
    classes: [
      { code: 'rendah', label: { id: 'Rendah', en: 'Low' } },
      { code: 'sedang', label: { id: 'Sedang', en: 'Medium' } },
      { code: 'tinggi', label: { id: 'Tinggi', en: 'High' } },
    ],
  },
} as const satisfies Record<string, EqualIntervalBandPreset>;
deepFreeze(BAND_PRESETS);

/**
 * The name of a questionnaire band preset.
 *
 * @category Bands
 */
export type BandPresetName = keyof typeof BAND_PRESETS;

/**
 * A user-defined band: percentages `from` (inclusive) to `to` (exclusive, except the last band, which
 * includes `to`).
 *
 * @category Bands
 */
export interface BandDefinition {
  /** snake_case code reported as the category. */
  readonly code: string;
  /** Names; defaults to the code in both languages. */
  readonly label?: Label;
  /** Lower bound (inclusive), a percentage. */
  readonly from: number;
  /** Upper bound (exclusive; inclusive for the last band), a percentage. */
  readonly to: number;
}

/**
 * A resolved band.
 *
 * @category Bands
 */
export interface Band {
  /** Category code. */
  readonly code: string;
  /** Names. */
  readonly label: Label;
  /** Lower bound (inclusive). */
  readonly from: number;
  /** Upper bound (exclusive, inclusive for the last band). */
  readonly to: number;
}

/**
 * A preset name or a list of user-defined bands.
 *
 * @category Bands
 */
export type BandsInput = BandPresetName | readonly BandDefinition[];

const PRESET_NAMES = Object.keys(BAND_PRESETS);

/**
 * The bands of an equal-interval preset for an integer scale: class k (0-based) of n starts at
 * 100 * (n * min + k * (max - min)) / (n * max), each bound computed as one correctly rounded division
 * of exact integers (so 1-5 gives exactly 20, 36, 52, 68, 84, 100).
 */
function equalBands(preset: EqualIntervalBandPreset, min: number, max: number): Band[] {
  const n = preset.classes.length;
  const bound = (k: number) => (100 * (n * min + k * (max - min))) / (n * max);
  return preset.classes.map((c, k) =>
    Object.freeze({
      code: c.code,
      label: c.label,
      from: bound(k),
      to: k === n - 1 ? 100 : bound(k + 1),
    }),
  );
}

/**
 * The category bands for an instrument's scale: a preset's equal classes between min / max x 100 and
 * 100 percent, or user-defined bands, validated (at least one band; finite bounds; from < to in each;
 * contiguous: each band starts where the previous ends; covering every percentage the scale can give,
 * min / max x 100 to 100).
 *
 * @category Bands
 * @throws {@link ConfigurationError} with code `unknown_preset`, `invalid_bands`,
 * `bands_not_increasing`, `bands_not_contiguous` or `bands_do_not_cover_scale`.
 * @example
 * bandsForScale({ min: 1, max: 5 }, 'likert-5-equal').map((b) => [b.from, b.to])
 * //=> [[20, 36], [36, 52], [52, 68], [68, 84], [84, 100]]
 */
export function bandsForScale(
  scale: { readonly min: number; readonly max: number },
  bands: BandsInput = 'likert-5-equal',
): Band[] {
  try {
    const min = scale?.min;
    const max = scale?.max;
    if (
      !Number.isSafeInteger(min) ||
      !Number.isSafeInteger(max) ||
      min < 0 ||
      min >= max ||
      max > 1_000_000
    ) {
      throw configurationError('invalid_scale', { min: describeType(min), max: describeType(max) });
    }
    if (typeof bands === 'string') {
      if (!Object.hasOwn(BAND_PRESETS, bands)) {
        throw configurationError('unknown_preset', {
          preset: bands.slice(0, 60),
          known: PRESET_NAMES,
        });
      }
      return equalBands(BAND_PRESETS[bands], min, max);
    }
    const resolved = resolveBandList(bands);
    const lowest = (100 * min) / max;
    const first = resolved[0] as Band;
    const last = resolved[resolved.length - 1] as Band;
    if (first.from > lowest || last.to < 100) {
      throw configurationError('bands_do_not_cover_scale', { from: lowest, to: 100 });
    }
    return resolved;
  } catch (error) {
    throw unreadableAs(error, BANDS);
  }
}

/** Validates user-defined bands (contiguous, increasing). */
export function resolveBandList(bands: unknown): Band[] {
  if (!Array.isArray(bands)) {
    throw invalidBands(
      `expected a preset name or an array of bands, received ${describeType(bands)}`,
      `diharapkan nama preset atau larik pita, diterima ${describeType(bands)}`,
    );
  }
  if (bands.length === 0 || bands.length > 100) {
    throw invalidBands('give between 1 and 100 bands', 'berikan 1 sampai 100 pita');
  }
  const out: Band[] = [];
  for (let i = 0; i < bands.length; i++) out.push(resolveBand(bands[i], i, out[i - 1]));
  return out;
}

const invalidBands = (reason: string, alasan: string) =>
  configurationError('invalid_bands', { reason, alasan });

/** Band i of a user's list, checked against the band below it. */
function resolveBand(b: unknown, i: number, previous: Band | undefined): Band {
  if (b === null || typeof b !== 'object') {
    throw invalidBands(`band ${i} must be an object`, `pita ${i} harus berupa objek`);
  }
  const { code, label, from, to } = b as Record<string, unknown>;
  if (typeof code !== 'string' || code.length === 0 || code.length > 100) {
    throw invalidBands(
      `band ${i} needs a code (a non-empty string)`,
      `pita ${i} memerlukan kode (string tidak kosong)`,
    );
  }
  if (
    typeof from !== 'number' ||
    !Number.isFinite(from) ||
    typeof to !== 'number' ||
    !Number.isFinite(to)
  ) {
    throw invalidBands(
      `band ${i} needs finite from and to`,
      `pita ${i} memerlukan from dan to berupa bilangan terhingga`,
    );
  }
  let resolvedLabel: Label = { id: code, en: code };
  if (label !== undefined) {
    const l = label as Record<string, unknown> | null;
    if (
      l === null ||
      typeof l !== 'object' ||
      typeof l.id !== 'string' ||
      typeof l.en !== 'string'
    ) {
      throw invalidBands(
        `band ${i} label must be { id, en } strings`,
        `label pita ${i} harus { id, en } berupa string`,
      );
    }
    resolvedLabel = { id: l.id, en: l.en };
  }
  if (!(from < to)) throw configurationError('bands_not_increasing', { index: i });
  if (previous !== undefined && previous.to !== from) {
    throw configurationError('bands_not_contiguous', { index: i, expected: previous.to });
  }
  return Object.freeze({ code, label: Object.freeze(resolvedLabel), from: from + 0, to: to + 0 });
}

/** The band of a percentage (lower bound inclusive, top band inclusive); undefined outside. */
export function bandOf(bands: readonly Band[], percentage: number): Band | undefined {
  const last = bands.length - 1;
  for (let i = 0; i <= last; i++) {
    const b = bands[i] as Band;
    if (percentage >= b.from && (percentage < b.to || (i === last && percentage === b.to)))
      return b;
  }
  return undefined;
}

/**
 * The band a percentage falls in: each band includes its lower bound and excludes its upper bound,
 * except the last band, which includes it (so with `'likert-5-equal'` on a 1-5 scale 52 is
 * cukup efektif, 68 is efektif and 100 is sangat efektif).
 *
 * @category Bands
 * @throws {@link ConfigurationError} when the bands are invalid; {@link ValidationError} with code
 * `score_out_of_range` when the percentage is not a finite number inside the bands.
 * @example
 * classifyPercentage(63, bandsForScale({ min: 1, max: 5 }, 'likert-5-equal')).code
 * //=> 'cukup_efektif'
 */
export function classifyPercentage(
  percentage: number,
  bands: readonly Band[] | readonly BandDefinition[],
): Band {
  try {
    const resolved = resolveBandList(bands);
    const band =
      typeof percentage === 'number' && Number.isFinite(percentage)
        ? bandOf(resolved, percentage)
        : undefined;
    if (band === undefined) {
      fail(
        'score_out_of_range',
        ['percentage'],
        { received: describeType(percentage) },
        PERCENTAGE,
      );
    }
    return band;
  } catch (error) {
    throw unreadableAs(error, PERCENTAGE);
  }
}
