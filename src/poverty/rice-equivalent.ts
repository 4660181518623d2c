import { deepFreeze } from '../_internal/freeze.js';
import { memoizeFrozen } from '../_internal/memo.js';
import { describeType, type Label } from '../core/index.js';
import { decimalQuotient, lessThan, type Multiplier, multiplier, toRatio } from './exact.js';
import { configurationError, guarded, invalid, povertyIssue } from './issues.js';
import { numberTypeProblem } from '../_internal/number-type.js';
import { expenditureIssue } from './household-checks.js';

/**
 * Rice-equivalent classes, poorest first.
 *
 * @category Classifiers
 */
export type RiceEquivalentStatus = 'paling_miskin' | 'miskin_sekali' | 'miskin' | 'tidak_miskin';

/**
 * Indonesian and English names of each {@link RiceEquivalentStatus}.
 *
 * @category Classifiers
 * @example
 * RICE_EQUIVALENT_LABELS.paling_miskin.id
 * //=> 'Paling miskin'
 */
export const RICE_EQUIVALENT_LABELS = {
  paling_miskin: { id: 'Paling miskin', en: 'Poorest' },
  miskin_sekali: { id: 'Miskin sekali', en: 'Very poor' },
  miskin: { id: 'Miskin', en: 'Poor' },
  tidak_miskin: { id: 'Tidak miskin', en: 'Not poor' },
} as const satisfies Record<RiceEquivalentStatus, Label>;
deepFreeze(RICE_EQUIVALENT_LABELS);

/**
 * Thresholds in kg of rice per person per year. A household is `paling_miskin` below `palingMiskin`,
 * `miskin_sekali` below `miskinSekali`, `miskin` below `miskin`, else `tidak_miskin` (all strict).
 *
 * @category Classifiers
 */
export interface RiceEquivalentThresholds {
  /** Below this many kg: miskin. */
  readonly miskin: number;
  /** Below this many kg: miskin sekali. */
  readonly miskinSekali: number;
  /** Below this many kg: paling miskin. */
  readonly palingMiskin: number;
}

/**
 * A named threshold set with its source.
 *
 * @category Classifiers
 */
export interface RiceEquivalentPreset extends RiceEquivalentThresholds {
  /** Where the thresholds come from. */
  readonly source: string;
  /** True when the figures are not confirmed against the primary document. */
  readonly unconfirmed: boolean;
}

/**
 * The names of the shipped presets.
 *
 * @category Classifiers
 */
export type RiceEquivalentPresetName = 'sajogyo-urban' | 'sajogyo-rural' | 'bandar-lampung-2013';

/**
 * The shipped rice-equivalent presets:
 * - `'sajogyo-urban'`: 480 / 360 / 270 kg (miskin / miskin sekali / paling miskin), Sajogyo (1977)
 *   as commonly cited; *unconfirmed*.
 * - `'sajogyo-rural'`: 320 / 240 / 180 kg, Sajogyo (1977) as commonly cited; *unconfirmed*.
 * - `'bandar-lampung-2013'`: 480 / 380 / 270 kg, SK Wali Kota Bandar Lampung No. 518/III.17/HK/2013
 *   (as cited by Purnomo & Utami).
 *
 * @category Classifiers
 * @example
 * RICE_EQUIVALENT_PRESETS['bandar-lampung-2013'].miskinSekali
 * //=> 380
 */
export const RICE_EQUIVALENT_PRESETS = {
  'sajogyo-urban': {
    miskin: 480,
    miskinSekali: 360,
    palingMiskin: 270,
    source:
      'Sajogyo (1977), "Garis kemiskinan dan kebutuhan minimum pangan", urban thresholds in kg rice equivalent per person per year, as commonly cited (unconfirmed against the original)',
    unconfirmed: true,
  },
  'sajogyo-rural': {
    miskin: 320,
    miskinSekali: 240,
    palingMiskin: 180,
    source:
      'Sajogyo (1977), "Garis kemiskinan dan kebutuhan minimum pangan", rural thresholds in kg rice equivalent per person per year, as commonly cited (unconfirmed against the original)',
    unconfirmed: true,
  },
  'bandar-lampung-2013': {
    miskin: 480,
    miskinSekali: 380,
    palingMiskin: 270,
    source:
      'SK Wali Kota Bandar Lampung No. 518/III.17/HK/2013 (LKM sebagai lembaga penanggulangan kemiskinan tingkat kelurahan), as cited by Purnomo & Utami, "Analisis Implementasi Pengentasan Kemiskinan Perkotaan (Studi Deskriptif di Kota Bandar Lampung)"',
    unconfirmed: false,
  },
} as const satisfies Record<RiceEquivalentPresetName, RiceEquivalentPreset>;
deepFreeze(RICE_EQUIVALENT_PRESETS);

/**
 * Arguments of {@link classifyRiceEquivalent}.
 *
 * @category Classifiers
 */
export interface ClassifyRiceEquivalentInput {
  /** Expenditure per person per year, rupiah (finite, >= 0). */
  expenditurePerCapitaPerYear: number;
  /** Rice price, rupiah per kg (finite, > 0). */
  ricePricePerKg: number;
  /** A preset name or your own thresholds in kg. */
  thresholds: RiceEquivalentPresetName | RiceEquivalentThresholds;
}

/**
 * What {@link classifyRiceEquivalent} returns.
 *
 * @category Classifiers
 */
export interface RiceEquivalentResult {
  /**
   * Expenditure per person per year / rice price: kg of rice, for display (the quotient of the decimal
   * values rounded once to a number, so 4,800,009.6 / 10,000.02 gives 480).
   */
  readonly kg: number;
  /** The class, decided exactly (not from the rounded `kg`). */
  readonly status: RiceEquivalentStatus;
}

const PRESET_NAMES = Object.keys(RICE_EQUIVALENT_PRESETS) as RiceEquivalentPresetName[];

type CompiledThresholds = readonly [Multiplier, Multiplier, Multiplier];

/** The thresholds given: a preset by its name (frozen, so compiled once), or the caller's own. */
function thresholdsOf(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  if (!Object.hasOwn(RICE_EQUIVALENT_PRESETS, raw)) {
    throw configurationError('unknown_preset', { allowed: PRESET_NAMES.join(', ') }, [
      'thresholds',
    ]);
  }
  return RICE_EQUIVALENT_PRESETS[raw as RiceEquivalentPresetName];
}

function compileThresholds(t: unknown): CompiledThresholds {
  if (typeof t !== 'object' || t === null) {
    throw configurationError(
      'invalid_thresholds',
      { reason: 'expected a preset name or an object', reasonId: 'harus nama preset atau objek' },
      ['thresholds'],
    );
  }
  const o = t as Record<string, unknown>;
  const keys = ['palingMiskin', 'miskinSekali', 'miskin'] as const;
  const out: Multiplier[] = [];
  for (const key of keys) {
    const value = o[key];
    const r = typeof value === 'number' ? toRatio(value) : undefined;
    if (r === undefined || r.n === 0n) {
      throw configurationError(
        'invalid_thresholds',
        { reason: `${key} must be a positive number`, reasonId: `${key} harus bilangan positif` },
        ['thresholds', key],
      );
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && !(prev.ratio.n * r.d < r.n * prev.ratio.d)) {
      throw configurationError(
        'invalid_thresholds',
        {
          reason: `${key} must exceed the class below`,
          reasonId: `${key} harus lebih besar dari kelas di bawahnya`,
        },
        ['thresholds', key],
      );
    }
    out.push(multiplier(r, value as number));
  }
  return out as unknown as CompiledThresholds;
}

/** Thresholds compiled: a preset (frozen) or frozen thresholds once; unfrozen ones at every call. */
const compiledThresholds = memoizeFrozen(compileThresholds);

const STATUSES = ['paling_miskin', 'miskin_sekali', 'miskin'] as const;

/**
 * Classifies a household by the rice equivalent of its expenditure (Sajogyo's method): kg = expenditure
 * per person per year / rice price per kg, compared with the thresholds of a preset (see
 * {@link RICE_EQUIVALENT_PRESETS}) or your own. "Less than" is strict and exact: the comparison is
 * `expenditure < threshold x price` in integer or BigInt arithmetic, so exactly 480 kg is
 * `tidak_miskin` under 480 / 380 / 270; an expenditure equal to the float product
 * `threshold * price` counts as exactly on the threshold too.
 *
 * Sources: Sajogyo (1977) as commonly cited (*unconfirmed*); SK Wali Kota Bandar Lampung No.
 * 518/III.17/HK/2013.
 *
 * @category Classifiers
 * @throws {@link ValidationError} when the expenditure is not finite and >= 0 or the rice price is not
 * finite and > 0.
 * @throws {@link ConfigurationError} (`unknown_preset`) for an unknown preset name,
 * (`invalid_thresholds`) for thresholds that are not positive with palingMiskin < miskinSekali < miskin.
 * @example
 * classifyRiceEquivalent({ expenditurePerCapitaPerYear: 4_800_000, ricePricePerKg: 10_000, thresholds: 'bandar-lampung-2013' })
 * //=> { kg: 480, status: 'tidak_miskin' }
 * classifyRiceEquivalent({ expenditurePerCapitaPerYear: 3_000_000, ricePricePerKg: 10_000, thresholds: 'sajogyo-urban' })
 * //=> { kg: 300, status: 'miskin_sekali' }
 */
export function classifyRiceEquivalent(input: ClassifyRiceEquivalentInput): RiceEquivalentResult {
  return guarded('rice-equivalent classification', () => {
    if (typeof input !== 'object' || input === null) {
      return invalid(
        [povertyIssue('invalid_type', [], { expected: 'object', received: describeType(input) })],
        'rice-equivalent classification',
      );
    }
    const { expenditurePerCapitaPerYear: e, ricePricePerKg: price, thresholds } = input;
    const issues = [];
    const eIssue = expenditureIssue(e, ['expenditurePerCapitaPerYear']);
    const priceType = numberTypeProblem(price);
    if (eIssue !== undefined) issues.push(eIssue);
    if (priceType !== undefined) {
      issues.push(povertyIssue(priceType.code, ['ricePricePerKg'], priceType.params));
    } else if (!(price > 0) || price > Number.MAX_VALUE) {
      issues.push(povertyIssue('invalid_rice_price', ['ricePricePerKg']));
    }
    if (issues.length > 0) return invalid(issues, 'rice-equivalent classification');
    const compiled = compiledThresholds(thresholdsOf(thresholds));
    let i = 0;
    while (i < 3 && !lessThan(e, compiled[i] as Multiplier, price)) i++;
    const status = i < 3 ? (STATUSES[i] as RiceEquivalentStatus) : 'tidak_miskin';
    // On the threshold just below (by the float-product rule of lessThan), kg is that threshold.
    const edge = i > 0 ? (compiled[i - 1] as Multiplier).k : Number.NaN;
    return { kg: e === edge * price ? edge : decimalQuotient(e, price), status };
  });
}
