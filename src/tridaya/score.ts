import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import {
  type BatchRejected,
  describeType,
  type Issue,
  type Label,
  redactValue,
  SejahteraError,
} from '../core/index.js';
import { type Band, type BandsInput, bandOf, bandsForScale } from './bands.js';
import { DAYAS, type Daya, ensureInstrument, type Instrument } from './instrument.js';
import { configurationError, guardRead, tridayaIssue, tridayaValidationError } from './issues.js';

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

const SCORE_KEYS = optionKeys<ScoreResponsesOptions>()({
  missing: true,
  missingPolicy: true,
  dayaWeights: true,
  weights: true,
  bands: true,
  preset: true,
});

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

interface Compiled {
  readonly k: number;
  readonly min: number;
  readonly max: number;
  readonly ids: readonly string[];
  readonly daya: Uint8Array;
  readonly reverse: Uint8Array;
  readonly weight: Float64Array;
  readonly position: Map<string, number>;
  /** Indexes into DAYAS of the measured dayas. */
  readonly used: readonly number[];
  /** Whether each daya (by index into DAYAS) is measured. */
  readonly measures: readonly [boolean, boolean, boolean];
  readonly integerWeights: boolean;
}

const compiledCache = new WeakMap<Instrument, Compiled>();

function compile(instrument: Instrument): Compiled {
  const cached = compiledCache.get(instrument);
  if (cached !== undefined) return cached;
  const k = instrument.items.length;
  const daya = new Uint8Array(k);
  const reverse = new Uint8Array(k);
  const weight = new Float64Array(k);
  const position = new Map<string, number>();
  let integerWeights = true;
  instrument.items.forEach((item, j) => {
    daya[j] = DAYAS.indexOf(item.daya);
    reverse[j] = item.reverse ? 1 : 0;
    weight[j] = item.weight;
    if (!Number.isInteger(item.weight)) integerWeights = false;
    position.set(item.id, j);
  });
  const compiled: Compiled = {
    k,
    min: instrument.scale.min,
    max: instrument.scale.max,
    ids: instrument.items.map((item) => item.id),
    daya,
    reverse,
    weight,
    position,
    used: instrument.dayas.map((d) => DAYAS.indexOf(d)),
    measures: [
      instrument.dayas.includes('sosial'),
      instrument.dayas.includes('ekonomi'),
      instrument.dayas.includes('lingkungan'),
    ],
    integerWeights,
  };
  compiledCache.set(instrument, compiled);
  return compiled;
}

interface Settings {
  readonly missing: MissingAnswerPolicy;
  readonly weights: Float64Array;
  readonly integerDayaWeights: boolean;
  readonly bands: Band[];
}

function readSettings(instrument: Instrument, options: unknown): Settings {
  const opts = (options ?? {}) as ScoreResponsesOptions;
  if (typeof opts !== 'object') {
    throw configurationError('invalid_option', { option: 'options', allowed: ['object'] });
  }
  const missing = opts.missing ?? opts.missingPolicy ?? 'reject';
  if (!POLICIES.includes(missing)) {
    throw configurationError('invalid_option', { option: 'missing', allowed: POLICIES });
  }
  if (
    opts.missing !== undefined &&
    opts.missingPolicy !== undefined &&
    opts.missing !== opts.missingPolicy
  ) {
    throw configurationError('invalid_option', {
      option: 'missing',
      allowed: ['one of missing / missingPolicy'],
    });
  }
  if (opts.bands !== undefined && opts.preset !== undefined && opts.bands !== opts.preset) {
    throw configurationError('invalid_option', {
      option: 'bands',
      allowed: ['one of bands / preset'],
    });
  }
  const bands = bandsForScale(instrument.scale, opts.bands ?? opts.preset ?? 'likert-5-equal');
  const weights = new Float64Array(3);
  let integerDayaWeights = true;
  if (
    opts.dayaWeights !== undefined &&
    opts.weights !== undefined &&
    opts.dayaWeights !== opts.weights
  ) {
    throw configurationError('invalid_option', {
      option: 'dayaWeights',
      allowed: ['one of dayaWeights / weights'],
    });
  }
  const given: unknown = opts.dayaWeights ?? opts.weights;
  if (given === undefined) {
    for (const d of instrument.dayas) weights[DAYAS.indexOf(d)] = 1;
  } else {
    const bad = (reason: string, alasan: string) =>
      configurationError('invalid_daya_weights', { reason, alasan });
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      throw bad('expected an object of weights by daya', 'diharapkan objek bobot per daya');
    }
    for (const key of Object.keys(given)) {
      if (!instrument.dayas.includes(key as Daya)) {
        throw bad(
          `"${key.slice(0, 40)}" is not a daya this instrument measures (${instrument.dayas.join(', ')})`,
          `"${key.slice(0, 40)}" bukan daya yang diukur instrumen ini (${instrument.dayas.join(', ')})`,
        );
      }
    }
    for (const d of instrument.dayas) {
      const w: unknown = (given as Record<string, unknown>)[d];
      if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || w > 1_000_000) {
        throw bad(
          `weight of ${d} must be a positive number (at most 1,000,000)`,
          `bobot ${d} harus bilangan positif (paling besar 1.000.000)`,
        );
      }
      if (!Number.isInteger(w)) integerDayaWeights = false;
      weights[DAYAS.indexOf(d)] = w;
    }
  }
  return { missing, weights, integerDayaWeights, bands };
}

/**
 * Combines daya percentages with weights: sum(w_d x 100 A_d / I_d) / sum(w_d). When every A, I and w
 * is an integer and the products stay safe, it is computed as one exact fraction
 * 100 x sum(w_d A_d prod_{e != d} I_e) / (W prod I_d) with a single rounding, so a score exactly on a
 * band boundary is classified exactly.
 */
function overallPercentage(
  used: readonly number[],
  actual: Float64Array,
  ideal: Float64Array,
  weights: Float64Array,
  integral: boolean,
): number {
  if (used.length === 1) {
    const d = used[0] as number;
    return ((actual[d] as number) * 100) / (ideal[d] as number);
  }
  if (integral) {
    let den = 0;
    let num = 0;
    let product = 1;
    for (const d of used) product *= ideal[d] as number;
    let wsum = 0;
    for (const d of used) {
      const a = actual[d] as number;
      if (!Number.isInteger(a)) {
        integral = false;
        break;
      }
      const w = weights[d] as number;
      wsum += w;
      num += w * a * (product / (ideal[d] as number));
    }
    den = wsum * product;
    if (
      integral &&
      Number.isSafeInteger(num * 100) &&
      Number.isSafeInteger(den) &&
      Number.isSafeInteger(product)
    ) {
      return (num * 100) / den;
    }
  }
  let sum = 0;
  let wsum = 0;
  for (const d of used) {
    const w = weights[d] as number;
    sum += (w * ((actual[d] as number) * 100)) / (ideal[d] as number);
    wsum += w;
  }
  return sum / wsum;
}

/**
 * Index of the band of a percentage (as {@link band}), from the bands' bounds in typed arrays (the
 * hot path of the columnar form reads no band object).
 */
function bandIndex(from: Float64Array, to: Float64Array, percentage: number): number {
  const last = from.length - 1;
  for (let i = 0; i <= last; i++) {
    if (
      percentage >= (from[i] as number) &&
      (percentage < (to[i] as number) || (i === last && percentage === to[i]))
    )
      return i;
  }
  return percentage < (from[0] as number) ? 0 : last;
}

function band(bands: readonly Band[], percentage: number): Band {
  // Scores always fall inside the bands (bandsForScale checks coverage); the fallback is the nearest end.
  return (
    bandOf(bands, percentage) ??
    ((percentage < (bands[0] as Band).from ? bands[0] : bands[bands.length - 1]) as Band)
  );
}

const ID_KEYS = ['id', 'respondentId'] as const;

function readId(value: unknown, issues: Issue[]): string | number | undefined {
  if (value === undefined) return undefined;
  if (
    (typeof value === 'string' && value.length <= 200) ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    return value;
  }
  issues.push(
    tridayaIssue('invalid_type', ['id'], {
      expected: 'string or number',
      received: describeType(value),
    }),
  );
  return undefined;
}

/**
 * Reads one respondent into `values` at offset `o` (NaN = unanswered). Returns its id; pushes issues
 * for invalid answers, unknown items and malformed rows.
 */
function readRespondent(
  row: unknown,
  c: Compiled,
  values: Float64Array,
  o: number,
  issues: Issue[],
  read: Uint8Array,
  i: number,
): string | number | undefined {
  let answers: unknown = row;
  let id: string | number | undefined;
  let record = false;
  if (!Array.isArray(row)) {
    if (row === null || typeof row !== 'object') {
      issues.push(tridayaIssue('invalid_respondent', [], { received: describeType(row) }));
      return undefined;
    }
    const r = row as Record<string, unknown>;
    if (!c.position.has('answers') && 'answers' in r) {
      answers = r.answers;
      id = readId(r.id ?? r.respondentId, issues);
      if (!Array.isArray(answers)) {
        if (answers === null || typeof answers !== 'object') {
          issues.push(
            tridayaIssue('invalid_respondent', ['answers'], { received: describeType(answers) }),
          );
          return id;
        }
        record = true;
      }
    } else {
      record = true;
    }
  }
  const { k, min, max, ids } = c;
  if (!record) {
    const arr = answers as readonly unknown[];
    if (arr.length !== k) {
      issues.push(
        tridayaIssue('answers_length_mismatch', [], { expected: k, received: arr.length }),
      );
      return id;
    }
    for (let j = 0; j < k; j++) {
      const v = arr[j];
      if (typeof v === 'number' && v >= min && v <= max && Math.floor(v) === v) values[o + j] = v;
      else if (v === undefined || v === null) values[o + j] = Number.NaN;
      else {
        values[o + j] = 0; // not missing: the row is rejected for the invalid answer
        answerIssue(v, ids[j] as string, [j], min, max, issues);
      }
    }
    read[i] = 1;
    return id;
  }
  const rec = answers as Record<string, unknown>;
  for (let j = 0; j < k; j++) values[o + j] = Number.NaN;
  const unknown: string[] = [];
  for (const key of Object.keys(rec)) {
    const j = c.position.get(key);
    const v = rec[key];
    if (j === undefined) {
      if (answers === row && (ID_KEYS as readonly string[]).includes(key)) {
        if (id === undefined) id = readId(v, issues);
        continue;
      }
      unknown.push(key.length > 60 ? `${key.slice(0, 60)}…` : key);
      continue;
    }
    if (typeof v === 'number' && v >= min && v <= max && Math.floor(v) === v) values[o + j] = v;
    else if (v !== undefined && v !== null) {
      values[o + j] = 0; // not missing: the row is rejected for the invalid answer
      answerIssue(v, key, [key], min, max, issues);
    }
  }
  if (unknown.length > 0)
    issues.push(tridayaIssue('unknown_item', [], { itemIds: unknown.slice(0, 20) }));
  read[i] = 1;
  return id;
}

function answerIssue(
  v: unknown,
  itemId: string,
  path: (string | number)[],
  min: number,
  max: number,
  issues: Issue[],
): void {
  if (typeof v === 'number' && Number.isInteger(v)) {
    issues.push(tridayaIssue('answer_out_of_scale', path, { itemId, min, max }));
  } else {
    issues.push(
      tridayaIssue('answer_not_integer', path, {
        itemId,
        received:
          typeof v === 'number'
            ? Number.isFinite(v)
              ? 'fraction'
              : describeType(v)
            : describeType(v),
      }),
    );
  }
}

function dayaScore(
  d: number,
  bands: readonly Band[],
  actual: Float64Array,
  ideal: Float64Array,
  answered: Float64Array,
  imputed: Float64Array,
): DayaScore {
  const a = actual[d] as number;
  const i = ideal[d] as number;
  const percentage = (a * 100) / i;
  const b = band(bands, percentage);
  return {
    actual: a,
    ideal: i,
    percentage,
    category: b.code,
    label: b.label,
    answered: answered[d] as number,
    imputed: imputed[d] as number,
  };
}

function dayaRecord(
  c: Compiled,
  bands: readonly Band[],
  actual: Float64Array,
  ideal: Float64Array,
  answered: Float64Array,
  imputed: Float64Array,
): Partial<Record<Daya, DayaScore>> {
  // Named stores in a fixed order keep one object shape per instrument (a computed key is far slower).
  const out: Partial<Record<Daya, DayaScore>> = {};
  if (c.measures[0]) out.sosial = dayaScore(0, bands, actual, ideal, answered, imputed);
  if (c.measures[1]) out.ekonomi = dayaScore(1, bands, actual, ideal, answered, imputed);
  if (c.measures[2]) out.lingkungan = dayaScore(2, bands, actual, ideal, answered, imputed);
  return out;
}

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
  return guardRead('responses', () => {
    checkOptionKeys(options, SCORE_KEYS, 'scoreResponses');
    return scoreCore(instrument, responses, options, false) as ScoreResult;
  });
}

function scoreCore(
  instrument: Instrument,
  responses: Iterable<RespondentAnswers> | readonly RespondentAnswers[],
  options: ScoreResponsesOptions,
  columnar: boolean,
): ScoreResult | ScoreColumns {
  const inst = ensureInstrument(instrument);
  const c = compile(inst);
  let settings: Settings;
  try {
    settings = readSettings(inst, options);
  } catch (error) {
    if (error instanceof SejahteraError) throw error;
    throw configurationError('invalid_option', {
      option: 'options',
      allowed: ['a readable options object'],
    });
  }
  let rows: readonly unknown[];
  if (Array.isArray(responses)) rows = responses;
  else {
    const iterable =
      responses !== null &&
      typeof responses === 'object' &&
      typeof (responses as Iterable<unknown>)[Symbol.iterator] === 'function';
    if (!iterable) {
      throw tridayaValidationError(
        [tridayaIssue('not_iterable', ['responses'], { received: describeType(responses) })],
        'responses',
      );
    }
    try {
      rows = Array.from(responses as Iterable<unknown>);
    } catch {
      throw tridayaValidationError([tridayaIssue('unreadable_row', ['responses'])], 'responses');
    }
  }
  const n = rows.length;
  const { k, max, used, daya, ids } = c;
  const missing = settings.missing;
  const { bands, weights } = settings;
  // 'item-mean' needs every row before scoring any (two passes over an n x k buffer); the other
  // policies read and score one row at a time in a buffer of k.
  const twoPass = missing === 'item-mean';
  const values = new Float64Array(twoPass ? n * k : k);
  const rowIssues: (Issue[] | undefined)[] = twoPass ? new Array(n) : [];
  const rowIds: (string | number | undefined)[] = twoPass ? new Array(n) : [];
  const read = new Uint8Array(twoPass ? n : 1);
  const scratch: Issue[] = [];
  let lastId: string | number | undefined;

  /** Reads row i at offset o; returns its issues (undefined when none) and sets lastId. */
  const readRow = (i: number, o: number, r: number): Issue[] | undefined => {
    scratch.length = 0;
    read[r] = 0;
    try {
      lastId = readRespondent(rows[i], c, values, o, scratch, read, r);
    } catch {
      lastId = undefined;
      scratch.length = 0;
      read[r] = 0;
      scratch.push(tridayaIssue('unreadable_row', []));
    }
    return scratch.length > 0 ? scratch.slice() : undefined;
  };

  let itemMean: Float64Array | undefined;
  if (twoPass) {
    for (let i = 0; i < n; i++) {
      rowIssues[i] = readRow(i, i * k, i);
      rowIds[i] = lastId;
    }
    // The mean of each item over readable respondents who answered it.
    const sum = new Float64Array(k);
    const count = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      if (rowIssues[i] !== undefined) continue;
      const o = i * k;
      for (let j = 0; j < k; j++) {
        const v = values[o + j] as number;
        if (!Number.isNaN(v)) {
          sum[j] = (sum[j] as number) + v;
          count[j] = (count[j] as number) + 1;
        }
      }
    }
    itemMean = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      itemMean[j] =
        (count[j] as number) > 0 ? (sum[j] as number) / (count[j] as number) : Number.NaN;
    }
  }

  // Per item: answer a contributes slope x a + offset (reverse: w x (min + max - a)), ideal w x max.
  const slope = new Float64Array(k);
  const offset = new Float64Array(k);
  const itemIdeal = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const w = c.weight[j] as number;
    const rev = c.reverse[j] === 1;
    slope[j] = rev ? -w : w;
    offset[j] = rev ? w * (c.min + max) : 0;
    itemIdeal[j] = w * max;
  }
  const valid: { index: number; value: RespondentScore }[] = [];
  const rejected: RespondentRejection[] = [];
  const actual = new Float64Array(3);
  const ideal = new Float64Array(3);
  const answered = new Float64Array(3);
  const imputed = new Float64Array(3);
  const totActual = new Float64Array(3);
  const totIdeal = new Float64Array(3);
  const totAnswered = new Float64Array(3);
  const totImputed = new Float64Array(3);
  const integral = c.integerWeights && settings.integerDayaWeights && !twoPass;

  let scoredCount = 0;
  const cols = columnar
    ? {
        scored: new Uint8Array(n),
        percentages: used.map(() => new Float64Array(n).fill(Number.NaN)),
        bands: used.map(() => new Uint8Array(n).fill(255)),
        overall: new Float64Array(n).fill(Number.NaN),
        overallBand: new Uint8Array(n).fill(255),
      }
    : undefined;

  const missedItems = (o: number): string[] => {
    const missed: string[] = [];
    for (let j = 0; j < k; j++)
      if (Number.isNaN(values[o + j] as number)) missed.push(ids[j] as string);
    return missed;
  };

  const scoreRow = (
    i: number,
    id: string | number | undefined,
    issues: Issue[] | undefined,
    o: number,
    r: number,
  ) => {
    if (issues !== undefined) {
      // A row rejected for invalid answers still reports its unanswered items under 'reject'.
      let missed: string[] = [];
      if (missing === 'reject' && read[r] === 1) {
        missed = missedItems(o);
        if (missed.length > 0)
          issues.push(tridayaIssue('missing_answer', [], { itemIds: missed.slice(0, 50) }));
      }
      rejected.push(rejection(i, id, issues, missed));
      return;
    }
    for (let d = 0; d < 3; d++) {
      actual[d] = 0;
      ideal[d] = 0;
      answered[d] = 0;
      imputed[d] = 0;
    }
    let gaps = 0;
    let unavailable: string[] | undefined;
    for (let j = 0; j < k; j++) {
      let v = values[o + j] as number;
      const d = daya[j] as number;
      if (Number.isNaN(v)) {
        if (missing !== 'item-mean') {
          gaps++;
          continue;
        }
        v = (itemMean as Float64Array)[j] as number;
        if (Number.isNaN(v)) {
          if (unavailable === undefined) unavailable = [];
          unavailable.push(ids[j] as string);
          continue;
        }
        imputed[d] = (imputed[d] as number) + 1;
      } else {
        answered[d] = (answered[d] as number) + 1;
      }
      actual[d] = (actual[d] as number) + (slope[j] as number) * v + (offset[j] as number);
      ideal[d] = (ideal[d] as number) + (itemIdeal[j] as number);
    }
    if (gaps > 0 && missing === 'reject') {
      const missed = missedItems(o);
      rejected.push(
        rejection(
          i,
          id,
          [tridayaIssue('missing_answer', [], { itemIds: missed.slice(0, 50) })],
          missed,
        ),
      );
      return;
    }
    if (unavailable !== undefined) {
      rejected.push(
        rejection(
          i,
          id,
          [tridayaIssue('item_mean_unavailable', [], { itemIds: unavailable })],
          unavailable,
        ),
      );
      return;
    }
    if (gaps > 0) {
      const empty = used.filter((d) => ideal[d] === 0).map((d) => DAYAS[d] as Daya);
      if (empty.length > 0) {
        rejected.push(
          rejection(i, id, [tridayaIssue('daya_unanswered', [], { dayas: empty })], missedItems(o)),
        );
        return;
      }
    }
    emit(i, id, false);
  };

  // A complete row has the full ideal of every daya, so the parts of overallPercentage's exact
  // fraction that depend only on the ideals (their product, each daya's cofactor product / ideal_d,
  // the denominator) are computed once; fullOverall then does the same operations as
  // overallPercentage on the rest and returns the same double.
  const fullIdeal = new Float64Array(3);
  const itemsPer = new Float64Array(3);
  for (let j = 0; j < k; j++) {
    const d = daya[j] as number;
    fullIdeal[d] = (fullIdeal[d] as number) + (itemIdeal[j] as number);
    itemsPer[d] = (itemsPer[d] as number) + 1;
  }
  const cofactor = new Float64Array(3);
  let fullProduct = 1;
  let fullWsum = 0;
  for (const d of used) fullProduct *= fullIdeal[d] as number;
  for (const d of used) {
    fullWsum += weights[d] as number;
    cofactor[d] = fullProduct / (fullIdeal[d] as number);
  }
  const fullDen = fullWsum * fullProduct;
  const fullExact =
    integral &&
    used.length > 1 &&
    Number.isSafeInteger(fullDen) &&
    Number.isSafeInteger(fullProduct);
  const fullOverall = (): number => {
    let num = 0;
    for (let u = 0; u < used.length; u++) {
      const d = used[u] as number;
      const a = actual[d] as number;
      if (!Number.isInteger(a)) return overallPercentage(used, actual, ideal, weights, false);
      num += (weights[d] as number) * a * (cofactor[d] as number);
    }
    return Number.isSafeInteger(num * 100)
      ? (num * 100) / fullDen
      : overallPercentage(used, actual, ideal, weights, false);
  };
  const bandFrom = Float64Array.from(bands, (b) => b.from);
  const bandTo = Float64Array.from(bands, (b) => b.to);

  /**
   * Adds a scored respondent (actual/ideal/answered/imputed filled in) to the totals and the result;
   * `full` when the row is complete (its ideals are fullIdeal).
   */
  const emit = (i: number, id: string | number | undefined, full: boolean): void => {
    for (let u = 0; u < used.length; u++) {
      const d = used[u] as number;
      totActual[d] = (totActual[d] as number) + (actual[d] as number);
      totIdeal[d] = (totIdeal[d] as number) + (ideal[d] as number);
      totAnswered[d] = (totAnswered[d] as number) + (answered[d] as number);
      totImputed[d] = (totImputed[d] as number) + (imputed[d] as number);
    }
    const pct =
      full && fullExact ? fullOverall() : overallPercentage(used, actual, ideal, weights, integral);
    if (cols !== undefined) {
      scoredCount++;
      cols.scored[i] = 1;
      for (let u = 0; u < used.length; u++) {
        const d = used[u] as number;
        const p = ((actual[d] as number) * 100) / (ideal[d] as number);
        (cols.percentages[u] as Float64Array)[i] = p;
        (cols.bands[u] as Uint8Array)[i] = bandIndex(bandFrom, bandTo, p);
      }
      cols.overall[i] = pct;
      cols.overallBand[i] = bandIndex(bandFrom, bandTo, pct);
      return;
    }
    const b = band(bands, pct);
    const dayas = dayaRecord(c, bands, actual, ideal, answered, imputed);
    const overall = { percentage: pct, category: b.code, label: b.label };
    const value: RespondentScore = id === undefined ? { dayas, overall } : { id, dayas, overall };
    valid.push({ index: i, value });
  };

  if (twoPass) {
    for (let i = 0; i < n; i++) scoreRow(i, rowIds[i], rowIssues[i], i * k, i);
  } else {
    // Fast path: a complete array row of valid answers is scored straight from the array; anything
    // else (a gap, an invalid answer, another form) goes through readRow / scoreRow.
    /** Scores a complete, valid array row directly; false sends the row to the general path. */
    const lowest = c.min;
    const fastRow = (row: unknown): boolean => {
      try {
        if (
          Array.isArray(row) &&
          row.length === k &&
          sumArrayRow(row, k, lowest, max, slope, offset, daya, actual)
        ) {
          for (let d = 0; d < 3; d++) {
            ideal[d] = fullIdeal[d] as number;
            answered[d] = itemsPer[d] as number;
            imputed[d] = 0;
          }
          return true;
        }
      } catch {
        // a hostile row (a proxy or getter that throws): the general path reports it
      }
      return false;
    };
    for (let i = 0; i < n; i++) {
      if (fastRow(rows[i])) {
        emit(i, undefined, true);
        continue;
      }
      const issues = readRow(i, 0, 0);
      scoreRow(i, lastId, issues, 0, 0);
    }
  }

  const scored = cols === undefined ? valid.length : scoredCount;
  let aggregate: AggregateScore | undefined;
  if (scored > 0) {
    const pct = overallPercentage(used, totActual, totIdeal, weights, integral);
    const b = band(bands, pct);
    aggregate = {
      respondents: scored,
      dayas: dayaRecord(c, bands, totActual, totIdeal, totAnswered, totImputed),
      overall: { percentage: pct, category: b.code, label: b.label },
    };
  }
  const dayaWeights: Partial<Record<Daya, number>> = {};
  for (const d of used) dayaWeights[DAYAS[d] as Daya] = weights[d] as number;
  const counts = { total: n, valid: scored, rejected: rejected.length };
  if (cols !== undefined) {
    const percentages: Partial<Record<Daya | 'overall', Float64Array>> = {};
    const bandIndexes: Partial<Record<Daya | 'overall', Uint8Array>> = {};
    used.forEach((d, u) => {
      percentages[DAYAS[d] as Daya] = cols.percentages[u] as Float64Array;
      bandIndexes[DAYAS[d] as Daya] = cols.bands[u] as Uint8Array;
    });
    percentages.overall = cols.overall;
    bandIndexes.overall = cols.overallBand;
    return {
      instrumentId: inst.id,
      missing,
      dayaWeights,
      bands,
      scored: cols.scored,
      percentages,
      bandIndexes,
      rejected,
      counts,
      aggregate,
    };
  }
  return {
    instrumentId: inst.id,
    missing,
    dayaWeights,
    bands,
    valid,
    rejected,
    counts,
    aggregate,
  };
}

/**
 * Sums a complete array row per daya into `out` (slope x answer + offset per item, as scoreRow);
 * false, with `out` untouched, as soon as an entry is not a whole number on the scale. A module-level
 * function with everything passed in, so the hot loop reads locals rather than closure slots.
 */
function sumArrayRow(
  row: readonly unknown[],
  k: number,
  lowest: number,
  max: number,
  slope: Float64Array,
  offset: Float64Array,
  daya: Uint8Array,
  out: Float64Array,
): boolean {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  for (let j = 0; j < k; j++) {
    const v: unknown = row[j];
    if (typeof v !== 'number' || !(v >= lowest && v <= max) || Math.floor(v) !== v) return false;
    const x = (slope[j] as number) * v + (offset[j] as number);
    const d = daya[j] as number;
    if (d === 0) a0 += x;
    else if (d === 1) a1 += x;
    else a2 += x;
  }
  out[0] = a0;
  out[1] = a1;
  out[2] = a2;
  return true;
}

function rejection(
  index: number,
  id: string | number | undefined,
  issues: readonly Issue[],
  missingItemIds: readonly string[],
): RespondentRejection {
  // A rejection leaves the library: an id that may be a NIK is redacted like every issue.
  return id === undefined
    ? { index, issues, missingItemIds: redactValue(missingItemIds) }
    : { index, id: redactValue(id), issues, missingItemIds: redactValue(missingItemIds) };
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
  return guardRead('responses', () => {
    checkOptionKeys(options, SCORE_KEYS, 'scoreResponseColumns');
    return scoreCore(instrument, responses, options, true) as ScoreColumns;
  });
}
