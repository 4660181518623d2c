import type { BatchRejected, Label } from '../../core/index.js';
import type { Band } from '../bands.js';
import type { Daya } from '../instrument.js';
import type { MissingAnswerPolicy } from './settings.js';

/**
 * One answer: a whole number on the instrument's scale, or `null` / `undefined` when unanswered.
 *
 * @category Scoring
 */
export type Answer = number | null | undefined;

/**
 * One respondent's answers, in any of three forms:
 * - an array of answers in the instrument's item order (the fast path);
 * - `{ id?, answers }` where `answers` is such an array or an object of answers by item id (other
 *   fields are ignored, so the row may carry metadata);
 * - an object of answers by item id (keys `id` / `respondentId` that are not item ids name the
 *   respondent; any other unknown key is an `unknown_item` rejection).
 *
 * @category Scoring
 */
export type RespondentAnswers =
  | readonly Answer[]
  | {
      readonly id?: string | number;
      readonly respondentId?: string | number;
      readonly answers: readonly Answer[] | Readonly<Record<string, Answer>>;
    }
  | Readonly<Record<string, Answer | string>>;

/**
 * The score of one daya (or of the aggregate of one daya).
 *
 * @category Scoring
 */
export interface DayaScore {
  /** Sum of weight x answer (reverse items flipped to min + max - answer; imputed means included). */
  readonly actual: number;
  /** Sum of weight x scale max over the items counted. */
  readonly ideal: number;
  /** actual x 100 / ideal. */
  readonly percentage: number;
  /** Band code (`cukup_efektif`). */
  readonly category: string;
  /** Band names. */
  readonly label: Label;
  /** Answers counted (for the aggregate: over all respondents). */
  readonly answered: number;
  /** Answers replaced by the item mean (policy `'item-mean'`). */
  readonly imputed: number;
}

/**
 * The overall score: the daya percentages combined with the daya weights.
 *
 * @category Scoring
 */
export interface OverallScore {
  /** sum(w_d x percentage_d) / sum(w_d) over the dayas measured. */
  readonly percentage: number;
  /** Band code. */
  readonly category: string;
  /** Band names. */
  readonly label: Label;
}

/**
 * The scores of one respondent.
 *
 * @category Scoring
 */
export interface RespondentScore {
  /** The respondent's id, when the row gave one. */
  readonly id?: string | number;
  /** The score of each daya the instrument measures. */
  readonly dayas: Partial<Record<Daya, DayaScore>>;
  /** The weighted overall score. */
  readonly overall: OverallScore;
}

/**
 * A respondent that could not be scored, with its index, every issue, and the unanswered item ids.
 *
 * @category Scoring
 */
export interface RespondentRejection extends BatchRejected {
  /** The respondent's id, when the row gave a readable one (redacted if it may be a NIK or KK). */
  readonly id?: string | number;
  /** Items left unanswered (empty when the rejection has another cause). */
  readonly missingItemIds: readonly string[];
}

/**
 * The aggregate over every scored respondent.
 *
 * @category Scoring
 */
export interface AggregateScore {
  /** Number of respondents scored. */
  readonly respondents: number;
  /** Per daya: total actual / total ideal x 100 over all scored respondents. */
  readonly dayas: Partial<Record<Daya, DayaScore>>;
  /** The aggregate daya percentages combined with the daya weights. */
  readonly overall: OverallScore;
}

/**
 * The outcome of {@link scoreResponses}: every respondent is in `valid` (with its index) or in
 * `rejected` (with its index and issues); `counts.valid + counts.rejected === counts.total`.
 *
 * @category Scoring
 */
export interface ScoreResult {
  /** Instrument id. */
  readonly instrumentId: string;
  /** The missing-answer policy applied. */
  readonly missing: MissingAnswerPolicy;
  /** The daya weights applied (every measured daya). */
  readonly dayaWeights: Partial<Record<Daya, number>>;
  /** The bands used for categories. */
  readonly bands: readonly Band[];
  /** Scored respondents, in input order. */
  readonly valid: { readonly index: number; readonly value: RespondentScore }[];
  /** Rejected respondents, in input order. */
  readonly rejected: RespondentRejection[];
  /** Totals; valid + rejected = total. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
  /** Aggregate scores; undefined when no respondent could be scored. */
  readonly aggregate: AggregateScore | undefined;
}

/**
 * The result of {@link scoreResponseColumns}: the same scores as {@link scoreResponses} as typed
 * columns indexed by respondent (input position), without an object per respondent.
 *
 * @category Scoring
 */
export interface ScoreColumns {
  /** Instrument id. */
  readonly instrumentId: string;
  /** The missing-answer policy applied. */
  readonly missing: MissingAnswerPolicy;
  /** The daya weights applied. */
  readonly dayaWeights: Partial<Record<Daya, number>>;
  /** The bands; `bandIndexes` point into this list. */
  readonly bands: readonly Band[];
  /** 1 where the respondent was scored, 0 where it was rejected. */
  readonly scored: Uint8Array;
  /** Percentage per measured daya and `overall`; NaN for a rejected respondent. */
  readonly percentages: Partial<Record<Daya | 'overall', Float64Array>>;
  /** Index into `bands` per measured daya and `overall`; 255 for a rejected respondent. */
  readonly bandIndexes: Partial<Record<Daya | 'overall', Uint8Array>>;
  /** Rejected respondents with their index, issues and missing item ids. */
  readonly rejected: RespondentRejection[];
  /** Totals; valid + rejected = total. */
  readonly counts: { readonly total: number; readonly valid: number; readonly rejected: number };
  /** Aggregate scores, exactly as {@link scoreResponses} computes them. */
  readonly aggregate: AggregateScore | undefined;
}
