import { checkOptionKeys } from '../_internal/options.js';
import type { Instrument } from './instrument.js';
import { guardRead } from './issues.js';
import { RESPONSES } from './contexts.js';
import { runScoring } from './scoring/driver.js';
import { SCORE_KEYS, type ScoreResponsesOptions } from './scoring/settings.js';
import { ColumnSink, ObjectSink } from './scoring/sinks.js';
import type { RespondentAnswers, ScoreColumns, ScoreResult } from './scoring/types.js';

// The public faces of questionnaire scoring. The work is in scoring/: settings.ts reads the options,
// reader.ts reads a respondent, kernel.ts scores it, sinks.ts builds the objects or the columns, and
// driver.ts runs them.

export type { MissingAnswerPolicy, ScoreResponsesOptions } from './scoring/settings.js';
export type {
  AggregateScore,
  Answer,
  DayaScore,
  OverallScore,
  RespondentAnswers,
  RespondentRejection,
  RespondentScore,
  ScoreColumns,
  ScoreResult,
} from './scoring/types.js';

/**
 * Scores questionnaire responses on the three dayas, per respondent and in aggregate.
 *
 * How a score is computed (Likert scoring of empowerment studies, as in Purnomo & Utami (docs/sources.md#purnomo-and-utami-bandar-lampung),
 * "cukup efektif, 63%"):
 * 1. each answer must be a whole number on the instrument's scale (else the respondent is rejected);
 *    a reverse item's answer is flipped to min + max - answer;
 * 2. per daya, actual = sum(weight x answer) and ideal = sum(weight x scale max) over its items
 *    (missing answers per the `missing` policy); percentage = actual x 100 / ideal;
 * 3. overall = sum(w_d x percentage_d) / sum(w_d), the daya weights defaulting to equal (so with equal
 *    weights the overall is the plain mean of the daya percentages, whatever the item counts);
 * 4. aggregate per daya = (sum of actual over scored respondents) x 100 / (sum of ideal), the
 *    "total score / ideal score" of the studies; the aggregate overall combines those percentages with
 *    the daya weights. With `'reject'` or `'item-mean'` every respondent has the same ideal, so the
 *    aggregate equals the mean of the respondents' percentages;
 * 5. each percentage gets the band it falls in (default `'likert-5-equal'`: lower bound inclusive,
 *    the top band includes 100).
 *
 * Every respondent comes back, in `valid` or in `rejected` (with its index, issues and missing item
 * ids); nothing is thrown for a bad row.
 *
 * @category Scoring
 * @throws {@link ValidationError} when the instrument is invalid or `responses` is not iterable;
 * {@link ConfigurationError} for an invalid option (`invalid_option`, `invalid_daya_weights`,
 * `unknown_preset`, band errors).
 * @example
 * const instrument = defineInstrument({
 *   id: 'demo',
 *   scale: { min: 1, max: 5 },
 *   items: [
 *     { id: 's1', daya: 'sosial' },
 *     { id: 's2', daya: 'sosial', reverse: true },
 *     { id: 'e1', daya: 'ekonomi' },
 *   ],
 * });
 * const result = scoreResponses(instrument, [[4, 2, 3], [5, null, 2]]);
 * result.valid[0].value.dayas.sosial.percentage // (4 + (6 - 2)) x 100 / 10
 * //=> 80
 * result.valid[0].value.overall // (80 + 60) / 2
 * //=> { percentage: 70, category: 'efektif', label: { id: 'Efektif', en: 'Effective' } }
 * result.rejected[0].missingItemIds
 * //=> ['s2']
 */
export function scoreResponses(
  instrument: Instrument,
  responses: Iterable<RespondentAnswers> | readonly RespondentAnswers[],
  options: ScoreResponsesOptions = {},
): ScoreResult {
  return guardRead(RESPONSES, () => {
    checkOptionKeys(options, SCORE_KEYS, 'scoreResponses');
    return runScoring(instrument, responses, options, (plan) => new ObjectSink(plan));
  });
}

/**
 * The fast path of {@link scoreResponses} for large surveys: the same rules, options, rejections and
 * aggregate, but the per-respondent scores come back as typed columns (one Float64Array of
 * percentages and one Uint8Array of band indexes per daya and overall) instead of one object per
 * respondent, which is what limits the speed of the object form. Give answers as arrays in item
 * order for the best speed.
 *
 * @category Scoring
 * @throws {@link ValidationError} when the instrument is invalid or `responses` is not iterable;
 * {@link ConfigurationError} for an invalid option.
 * @example
 * const cols = scoreResponseColumns(instrument, [[4, 2, 3], [5, null, 2]]);
 * cols.percentages.overall
 * //=> Float64Array [70, NaN]
 * cols.bands[cols.bandIndexes.overall[0]].code
 * //=> 'efektif'
 */
export function scoreResponseColumns(
  instrument: Instrument,
  responses: Iterable<RespondentAnswers> | readonly RespondentAnswers[],
  options: ScoreResponsesOptions = {},
): ScoreColumns {
  return guardRead(RESPONSES, () => {
    checkOptionKeys(options, SCORE_KEYS, 'scoreResponseColumns');
    return runScoring(instrument, responses, options, (plan, n) => new ColumnSink(plan, n));
  });
}
