import { optionKeys } from '../../_internal/options.js';
import { type Band, type BandsInput, bandsForScale } from '../bands.js';
import { DAYAS, type Daya, type Instrument } from '../instrument.js';
import { checkDayaWeight } from '../daya-weight.js';
import { configurationError, optionsObject } from '../issues.js';

/**
 * What to do with an unanswered item (`null`, `undefined` or absent):
 * - `'reject'` (default): the respondent is not scored; it comes back in `rejected` with its index
 *   and `missingItemIds`.
 * - `'skip'`: the item is left out of both the actual and the ideal score, so the ideal shrinks
 *   accordingly; a daya with no answered item makes the respondent a rejection (`daya_unanswered`).
 * - `'item-mean'`: the answer is replaced by the item's mean over the respondents who answered it
 *   (among those not rejected for an invalid answer); an item nobody answered makes the respondent a
 *   rejection (`item_mean_unavailable`).
 *
 * @category Scoring
 */
export type MissingAnswerPolicy = 'reject' | 'skip' | 'item-mean';

const POLICIES: readonly MissingAnswerPolicy[] = ['reject', 'skip', 'item-mean'];

/**
 * Options of {@link scoreResponses}.
 *
 * @category Scoring
 */
export interface ScoreResponsesOptions {
  /** Missing-answer policy (default `'reject'`). */
  missing?: MissingAnswerPolicy | undefined;
  /**
   * Alias of `missing`, still accepted (giving both with different values is a `ConfigurationError`).
   *
   * @deprecated Since 0.2: use `missing`. The alias will be removed in the next minor version.
   */
  missingPolicy?: MissingAnswerPolicy | undefined;
  /**
   * Weights of the dayas in the overall score (positive numbers; default equal). When given, every
   * daya the instrument measures needs a weight, and no other daya may appear.
   */
  dayaWeights?: Partial<Record<Daya, number>> | undefined;
  /**
   * Alias of `dayaWeights`, still accepted (giving both with different values is a
   * `ConfigurationError`).
   *
   * @deprecated Since 0.2: use `dayaWeights`. The alias will be removed in the next minor version.
   */
  weights?: Partial<Record<Daya, number>> | undefined;
  /** Band preset name or user-defined bands for the categories (default `'likert-5-equal'`). */
  bands?: BandsInput | undefined;
  /**
   * Alias of `bands`, still accepted (giving both with different values is a `ConfigurationError`).
   *
   * @deprecated Since 0.2: use `bands`. The alias will be removed in the next minor version.
   */
  preset?: BandsInput | undefined;
}

/** The option keys {@link scoreResponses} accepts. */
export const SCORE_KEYS = optionKeys<ScoreResponsesOptions>()({
  missing: true,
  missingPolicy: true,
  dayaWeights: true,
  weights: true,
  bands: true,
  preset: true,
});

/** The options of one scoring call, read and checked. */
export interface Settings {
  readonly missing: MissingAnswerPolicy;
  /** Weight of each daya by index into DAYAS (0 for a daya the instrument does not measure). */
  readonly weights: Float64Array;
  readonly integerDayaWeights: boolean;
  readonly bands: Band[];
}

/**
 * Reads the options of a scoring call. Options whose reading throws (a getter or Proxy trap) are
 * unreadable input: the public function's guard reports the core's `unreadable_input`.
 */
export function readSettings(instrument: Instrument, options: unknown): Settings {
  const opts = optionsObject<ScoreResponsesOptions>(options);
  const missing = opts.missing ?? opts.missingPolicy ?? 'reject';
  if (!POLICIES.includes(missing)) {
    throw configurationError('invalid_option', { option: 'missing', allowed: POLICIES });
  }
  oneOf(opts.missing, opts.missingPolicy, 'missing', 'missingPolicy');
  const bandsInput = oneOf(opts.bands, opts.preset, 'bands', 'preset');
  const bands = bandsForScale(instrument.scale, bandsInput ?? 'likert-5-equal');
  const given = oneOf(opts.dayaWeights, opts.weights, 'dayaWeights', 'weights');
  return { missing, bands, ...readDayaWeights(instrument, given) };
}

/** The value of an option given under its name or its deprecated alias; both, differing, is an error. */
function oneOf<T>(value: T | undefined, alias: T | undefined, option: string, aliasName: string) {
  if (value !== undefined && alias !== undefined && value !== alias) {
    throw configurationError('invalid_option', {
      option,
      allowed: [`one of ${option} / ${aliasName}`],
    });
  }
  return value ?? alias;
}

/** The daya weights by index into DAYAS: 1 for every measured daya by default. */
function readDayaWeights(
  instrument: Instrument,
  given: unknown,
): { weights: Float64Array; integerDayaWeights: boolean } {
  const weights = new Float64Array(3);
  let integerDayaWeights = true;
  if (given === undefined) {
    for (const d of instrument.dayas) weights[DAYAS.indexOf(d)] = 1;
    return { weights, integerDayaWeights };
  }
  const bad = (reason: string, alasan: string) =>
    configurationError('invalid_daya_weights', { reason, alasan });
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw bad('expected an object of weights by daya', 'diharapkan objek bobot per daya');
  }
  const measured = instrument.dayas.join(', ');
  for (const key of Object.keys(given)) {
    if (!instrument.dayas.includes(key as Daya)) {
      throw bad(
        `"${key.slice(0, 40)}" is not a daya this instrument measures (${measured})`,
        `"${key.slice(0, 40)}" bukan daya yang diukur instrumen ini (${measured})`,
      );
    }
  }
  for (const d of instrument.dayas) {
    const w = checkDayaWeight(d, (given as Record<string, unknown>)[d]);
    if (!Number.isInteger(w)) integerDayaWeights = false;
    weights[DAYAS.indexOf(d)] = w;
  }
  return { weights, integerDayaWeights };
}
