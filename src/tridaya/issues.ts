import { deepFreeze } from '../_internal/freeze.js';
import { issueKit } from '../core/issue-kit.js';
import { list, statsMessages } from './stats/messages.js';
import { field, fieldId } from '../core/base-messages.js';
import {
  type BilingualCatalog,
  type ConfigurationError,
  type ContextName,
  type CoreIssueCode,
  coreMessages,
  type Issue,
  type MessageOptions,
} from '../core/index.js';

/**
 * Every issue and error code the Tridaya domain reports (its own; core codes such as `required` or
 * `invalid_type` also appear in validation issues).
 *
 * @category Tridaya
 */
export type TridayaIssueCode =
  | 'duplicate_item_id'
  | 'daya_without_items'
  | 'daya_not_declared'
  | 'invalid_scale'
  | 'missing_answer'
  | 'answer_out_of_scale'
  | 'answer_not_integer'
  | 'unknown_item'
  | 'answers_length_mismatch'
  | 'invalid_respondent'
  | 'item_mean_unavailable'
  | 'daya_unanswered'
  | 'unknown_preset'
  | 'invalid_bands'
  | 'bands_not_contiguous'
  | 'bands_not_increasing'
  | 'bands_do_not_cover_scale'
  | 'invalid_daya_weights'
  | 'invalid_option'
  | 'zero_target'
  | 'too_few_observations'
  | 'length_mismatch'
  | 'constant_series'
  | 'too_few_items'
  | 'zero_total_variance'
  | 'ragged_matrix'
  | 'score_out_of_range'
  | 'invalid_budget';

/**
 * English and Indonesian messages for every {@link TridayaIssueCode}.
 *
 * @category Tridaya
 * @example
 * tridayaMessages.zero_target.id({}, [])
 * //=> 'target tidak boleh nol: rasio terhadap target nol tidak bermakna'
 */
export const tridayaMessages: BilingualCatalog<TridayaIssueCode> = {
  duplicate_item_id: {
    en: (p) => `item id "${String(p.itemId)}" is used more than once`,
    id: (p) => `id butir "${String(p.itemId)}" dipakai lebih dari sekali`,
  },
  daya_without_items: {
    en: (p) => `daya ${String(p.daya)} is declared but has no item`,
    id: (p) => `daya ${String(p.daya)} dinyatakan tetapi tidak memiliki butir`,
  },
  daya_not_declared: {
    en: (p) => `item uses daya ${String(p.daya)}, which the instrument does not declare`,
    id: (p) => `butir memakai daya ${String(p.daya)} yang tidak dinyatakan instrumen`,
  },
  invalid_scale: {
    en: () => 'scale must have whole numbers 0 <= min < max <= 1,000,000',
    id: () => 'skala harus bilangan bulat 0 <= min < max <= 1.000.000',
  },
  missing_answer: {
    en: (p) => `missing answer(s) for item(s): ${list(p.itemIds)}`,
    id: (p) => `jawaban kosong untuk butir: ${list(p.itemIds)}`,
  },
  answer_out_of_scale: {
    en: (p) =>
      `answer to item "${String(p.itemId)}" is outside the scale ${String(p.min)}..${String(p.max)}`,
    id: (p) =>
      `jawaban butir "${String(p.itemId)}" di luar skala ${String(p.min)}..${String(p.max)}`,
  },
  answer_not_integer: {
    en: (p) =>
      `answer to item "${String(p.itemId)}" must be a whole number, received ${String(p.received)}`,
    id: (p) =>
      `jawaban butir "${String(p.itemId)}" harus bilangan bulat, diterima ${String(p.received)}`,
  },
  unknown_item: {
    en: (p) => `answers name item(s) the instrument does not have: ${list(p.itemIds)}`,
    id: (p) => `jawaban menyebut butir yang tidak ada di instrumen: ${list(p.itemIds)}`,
  },
  answers_length_mismatch: {
    en: (p) =>
      `an answer array must have ${String(p.expected)} entries, received ${String(p.received)}`,
    id: (p) =>
      `larik jawaban harus berisi ${String(p.expected)} isian, diterima ${String(p.received)}`,
  },
  invalid_respondent: {
    en: (p) =>
      `a respondent must be an array of answers or an object of answers by item id, received ${String(p.received)}`,
    id: (p) =>
      `responden harus berupa larik jawaban atau objek jawaban per id butir, diterima ${String(p.received)}`,
  },
  item_mean_unavailable: {
    en: (p) =>
      `no respondent answered item(s) ${list(p.itemIds)}, so no item mean can replace a missing answer`,
    id: (p) =>
      `tidak ada responden yang menjawab butir ${list(p.itemIds)}, sehingga rata-rata butir tidak tersedia`,
  },
  daya_unanswered: {
    en: (p) => `no item of daya ${list(p.dayas)} was answered, so its score cannot be computed`,
    id: (p) =>
      `tidak ada butir daya ${list(p.dayas)} yang dijawab, sehingga skornya tidak dapat dihitung`,
  },
  unknown_preset: {
    en: (p) => `unknown preset "${String(p.preset)}"; known presets: ${list(p.known)}`,
    id: (p) => `preset "${String(p.preset)}" tidak dikenal; preset yang ada: ${list(p.known)}`,
  },
  invalid_bands: {
    en: (p) => `bands are invalid: ${String(p.reason)}`,
    id: (p) => `pita kategori tidak valid: ${String(p.alasan ?? p.reason)}`,
  },
  bands_not_contiguous: {
    en: (p) =>
      `band ${String(p.index)} must start where band ${Number(p.index) - 1} ends (${String(p.expected)})`,
    id: (p) =>
      `pita ${String(p.index)} harus dimulai di akhir pita ${Number(p.index) - 1} (${String(p.expected)})`,
  },
  bands_not_increasing: {
    en: (p) => `band ${String(p.index)} must have from < to`,
    id: (p) => `pita ${String(p.index)} harus memiliki \`from\` < \`to\``,
  },
  bands_do_not_cover_scale: {
    en: (p) =>
      `bands must cover ${String(p.from)}..${String(p.to)} percent, the range a score can take`,
    id: (p) => `pita harus mencakup ${String(p.from)}..${String(p.to)} persen, rentang nilai skor`,
  },
  invalid_daya_weights: {
    en: (p) => `daya weights are invalid: ${String(p.reason)}`,
    id: (p) => `bobot daya tidak valid: ${String(p.alasan ?? p.reason)}`,
  },
  invalid_option: statsMessages.invalid_option,
  zero_target: {
    en: () => 'target must not be zero: a ratio against a zero target has no meaning',
    id: () => 'target tidak boleh nol: rasio terhadap target nol tidak bermakna',
  },
  too_few_observations: statsMessages.too_few_observations,
  length_mismatch: statsMessages.length_mismatch,
  constant_series: statsMessages.constant_series,
  too_few_items: statsMessages.too_few_items,
  zero_total_variance: statsMessages.zero_total_variance,
  ragged_matrix: statsMessages.ragged_matrix,
  score_out_of_range: {
    en: (_p, path) => `${field(path)} must be a percentage between 0 and 100`,
    id: (_p, path) => `${fieldId(path)} harus persentase antara 0 dan 100`,
  },
  invalid_budget: {
    en: (p) => `budget is invalid: ${String(p.reason)}`,
    id: (p) => `anggaran tidak valid: ${String(p.alasan ?? p.reason)}`,
  },
};
deepFreeze(tridayaMessages);

/**
 * The core issue kit over the Tridaya catalogue, the core messages as its fallback (issue 10: one kit,
 * instantiated per domain). Contexts are named in both languages where they are raised (contexts.ts).
 */
const kit = issueKit(
  tridayaMessages as BilingualCatalog<TridayaIssueCode | CoreIssueCode>,
  coreMessages,
);

/** Builds one Tridaya issue with its message from the domain catalog. */
export const tridayaIssue: (
  code: TridayaIssueCode | CoreIssueCode,
  path: readonly (string | number)[],
  params?: Readonly<Record<string, unknown>>,
  options?: MessageOptions,
) => Issue = kit.issue;

/** Throws a ValidationError listing Tridaya issues. */
export const invalid: (issues: readonly Issue[], context: ContextName) => never = kit.invalid;

/** Throws a ValidationError with one Tridaya issue. */
export function fail(
  code: TridayaIssueCode | CoreIssueCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
  context: ContextName,
): never {
  return kit.invalid([kit.issue(code, path, params)], context);
}

/** A ConfigurationError whose messages come from the Tridaya catalog. */
export const configurationError: (
  code: TridayaIssueCode,
  params?: Record<string, unknown>,
) => ConfigurationError = kit.configurationError;

/**
 * Runs `read`; anything it throws that is not a SejahteraError (a getter or Proxy trap that throws) is
 * the core's ValidationError `unreadable_input`.
 */
export const guardRead: <T>(context: ContextName, read: () => T) => T = kit.guarded;

/**
 * A Tridaya function's options: `{}` when absent (`undefined` or `null`), else the object itself; any
 * other value is the ConfigurationError `invalid_option` (`option: 'options'`, `allowed: ['object']`).
 * The one guard of every Tridaya options argument (the statistics keep their own kit apart).
 */
export function optionsObject<T extends object>(options: unknown): T {
  const opts = options ?? {};
  if (typeof opts !== 'object') {
    throw configurationError('invalid_option', { option: 'options', allowed: ['object'] });
  }
  return opts as T;
}
