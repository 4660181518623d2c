import { deepFreeze } from '../../_internal/freeze.js';
import { numberTypeProblem } from '../../_internal/number-type.js';
import {
  baseMessages,
  field,
  fieldId,
  type RangeIssueCode,
  rangeMessages,
} from '../../core/base-messages.js';
import { issueKit } from '../../core/issue-kit.js';
import type { BilingualCatalog } from '../../core/issue-types.js';
import type { CoreIssueCode } from '../../core/messages.js';
import type { ConfigurationError } from '../../core/errors.js';
import { describeType } from '../../core/describe-type.js';
import { STATS_CONTEXTS } from '../../_internal/context-names.js';
import { UNREADABLE_ENTRY } from '../../_internal/unreadable.js';

// The Tridaya statistics report a handful of codes. Their messages live here, apart from the rest of
// the Tridaya catalogue (which holds the same entries), and the statistics throw through the core's
// issue kit over these plus the base core messages: `spearman` alone stays small in a user's bundle.
// The core codes a statistic raises that the base messages lack (`required`, `not_finite`,
// `too_small`, `too_big`, `unreadable_input`) are worded here as in the core catalogue.

/** A list of values as messages print it. */
export const list = (v: unknown): string =>
  Array.isArray(v) ? v.map(String).join(', ') : String(v);

/** The codes of the Tridaya statistics. */
export type StatsIssueCode =
  | 'invalid_option'
  | 'required'
  | 'not_finite'
  | 'unreadable_input'
  | 'too_few_observations'
  | 'length_mismatch'
  | 'constant_series'
  | 'too_few_items'
  | 'zero_total_variance'
  | 'ragged_matrix';

/** English and Indonesian messages of the statistics' codes (also in `tridayaMessages`). */
export const statsMessages: BilingualCatalog<StatsIssueCode> = {
  invalid_option: {
    en: (p) => `option ${String(p.option)} must be one of ${list(p.allowed)}`,
    id: (p) => `opsi ${String(p.option)} harus salah satu dari ${list(p.allowed)}`,
  },
  required: {
    en: (_p, path) => `${field(path)} is required`,
    id: (_p, path) => `${fieldId(path)} wajib diisi`,
  },
  not_finite: {
    en: (p, path) => `${field(path)} must be a finite number, received ${String(p.received)}`,
    id: (p, path) => `${fieldId(path)} harus bilangan terhingga, diterima ${String(p.received)}`,
  },
  unreadable_input: UNREADABLE_ENTRY,
  too_few_observations: {
    en: (p) =>
      `at least ${String(p.minimum)} observations are needed, received ${String(p.received)}`,
    id: (p) =>
      `dibutuhkan paling sedikit ${String(p.minimum)} pengamatan, diterima ${String(p.received)}`,
  },
  length_mismatch: {
    en: (p) => `the two series must have the same length (${String(p.x)} and ${String(p.y)})`,
    id: (p) => `kedua deret harus sama panjang (${String(p.x)} dan ${String(p.y)})`,
  },
  constant_series: {
    en: (_p, path) => `${field(path)} is constant, so the statistic is undefined`,
    id: (_p, path) => `${fieldId(path)} bernilai konstan, sehingga statistiknya tidak terdefinisi`,
  },
  too_few_items: {
    en: (p) => `at least ${String(p.minimum)} items are needed, received ${String(p.received)}`,
    id: (p) =>
      `dibutuhkan paling sedikit ${String(p.minimum)} butir, diterima ${String(p.received)}`,
  },
  zero_total_variance: {
    en: () => 'the total score has zero variance, so alpha is undefined',
    id: () => 'skor total memiliki varians nol, sehingga alpha tidak terdefinisi',
  },
  ragged_matrix: {
    en: (p) =>
      `row ${String(p.row)} has ${String(p.received)} entries, expected ${String(p.expected)}`,
    id: (p) =>
      `baris ${String(p.row)} berisi ${String(p.received)} isian, seharusnya ${String(p.expected)}`,
  },
};
deepFreeze(statsMessages);

/** The core issue kit over the statistics' messages (issue 10: one kit, instantiated per part). */
const kit = issueKit(
  statsMessages as BilingualCatalog<StatsIssueCode | CoreIssueCode>,
  baseMessages,
  STATS_CONTEXTS,
);

/** Throws a ValidationError with one issue of the statistics. */
export function fail(
  code: StatsIssueCode | CoreIssueCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
  context: string,
): never {
  return kit.invalid([kit.issue(code, path, params)], context);
}

/**
 * The core's range messages in a kit of their own: only the functions that check an argument's range
 * (logGamma, the incomplete beta, the p values) reach it, so `spearman` does not carry them.
 */
const rangeKit = issueKit(rangeMessages, baseMessages, STATS_CONTEXTS);

/**
 * Throws a ValidationError with one `too_small` / `too_big` issue, worded by the core's messages: a
 * number argument out of its range is the value's fault, as zod names it (docs/core.md).
 */
export function outOfRange(
  code: RangeIssueCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
  context: string,
): never {
  return rangeKit.invalid([rangeKit.issue(code, path, params)], context);
}

/**
 * The core's rule for a value that must be a finite number (_internal/number-type.ts): `undefined` is
 * `required`, anything but a number `invalid_type`, NaN and +-Infinity `not_finite`. Throws the
 * ValidationError, or returns the number.
 */
export function finiteNumber(
  value: unknown,
  path: readonly (string | number)[],
  context: string,
): number {
  const problem = numberTypeProblem(value);
  if (problem !== undefined) fail(problem.code, path, problem.params, context);
  return value as number;
}

/** The `invalid_type` ValidationError of a value that must be an array (of numbers, of rows). */
export function notAnArray(
  value: unknown,
  path: readonly (string | number)[],
  context: string,
): never {
  return fail('invalid_type', path, { expected: 'array', received: describeType(value) }, context);
}

/** A ConfigurationError `invalid_option` worded from the statistics' messages. */
export const configurationError: (
  code: StatsIssueCode,
  params?: Record<string, unknown>,
) => ConfigurationError = kit.configurationError;

/**
 * Runs `read`; anything it throws that is not a SejahteraError (a getter or Proxy trap that throws) is
 * the core's ValidationError `unreadable_input`, its context named from the statistics' names.
 */
export const guardRead: <T>(context: string, read: () => T) => T = kit.guarded;
