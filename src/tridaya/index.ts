/**
 * `sejahtera/tridaya`: Tridaya effectiveness scoring for P2KP/PNPM-style programmes. Questionnaire
 * instruments on the three dayas (sosial, ekonomi, lingkungan) scored as percentages of the ideal
 * score with band presets; output-based effectiveness ratios (Kepmendagri 690.900.327, Mahmudi 2010);
 * the Tridaya index and budget shares; and the statistics the studies report (Spearman and Pearson
 * with SPSS-style p values, Cronbach's alpha, tercile and mean +/- SD categories).
 *
 * @packageDocumentation
 * @module sejahtera/tridaya
 */
export {
  BAND_PRESETS,
  type Band,
  type BandClass,
  type BandDefinition,
  type BandPresetName,
  type BandsInput,
  bandsForScale,
  classifyPercentage,
  type EqualIntervalBandPreset,
} from './bands.js';
export {
  EFFECTIVENESS_PRESETS,
  type EffectivenessPreset,
  type EffectivenessPresetName,
  type EffectivenessRatioOptions,
  type EffectivenessResult,
  effectivenessRatio,
  type RatioBand,
  type RatioBound,
} from './effectiveness.js';
export {
  DAYA_LABELS,
  DAYAS,
  type Daya,
  defineInstrument,
  type Instrument,
  type InstrumentDefinition,
  InstrumentDefinitionSchema,
  type InstrumentItem,
  safeDefineInstrument,
} from './instrument.js';
export { type TridayaIssueCode, tridayaMessages } from './issues.js';
export {
  type AggregateScore,
  type Answer,
  type DayaScore,
  type MissingAnswerPolicy,
  type OverallScore,
  type RespondentAnswers,
  type RespondentRejection,
  type RespondentScore,
  type ScoreResponsesOptions,
  type ScoreColumns,
  type ScoreResult,
  scoreResponseColumns,
  scoreResponses,
} from './score.js';
export {
  type CategorizeMethod,
  type CategorizeOptions,
  type CategorizeResult,
  categorize,
  TERCATEGORY_LABELS,
  type Tercategory,
} from './stats/categorize.js';
export {
  type CorrelationTest,
  correlationPValue,
  type PearsonResult,
  pearson,
  type SpearmanResult,
  spearman,
} from './stats/correlation.js';
export { type CronbachAlphaResult, cronbachAlpha } from './stats/cronbach.js';
export { logGamma, regularizedIncompleteBeta, studentTTwoSidedP } from './stats/special.js';
export {
  allocateDayaBudget,
  DAYA_BUDGET_SPLITS,
  type DayaBudget,
  type DayaBudgetShare,
  type DayaScoreInput,
  type ScoreTridayaOptions,
  scoreTridaya,
  type TridayaIndex,
  type TridayaIndexMethod,
  dayaBudgetShares,
  tridayaIndex,
} from './tridaya-index.js';
export { EFFECTIVENESS_LABELS, LEVEL_LABELS } from './labels.js';
export { createResponseTextSchema } from './response-text.js';
