import { deepFreeze } from '../../_internal/freeze.js';
import { baseMessages } from '../../core/base-messages.js';
import { type Catalogs, failWith, guardReadWith } from '../kit.js';
import type { BilingualCatalog, ContextName, CoreIssueCode } from '../../core/issues.js';
import { unreadableAs } from '../../_internal/guard.js';
import { STATS_CONTEXTS } from '../../_internal/context-names.js';

// The Tridaya statistics report a handful of codes. Their messages live here, apart from the rest of
// the Tridaya catalogue (which holds the same entries), and the statistics throw through the core's
// issue kit over these plus the base core messages: `spearman` alone stays small in a user's bundle.

/** A list of values as messages print it. */
export const list = (v: unknown): string =>
  Array.isArray(v) ? v.map(String).join(', ') : String(v);
/** The field a path names, as the Tridaya messages print it. */
export const at = (path: readonly (string | number)[]): string => {
  const last = path[path.length - 1];
  return last === undefined ? 'value' : typeof last === 'number' ? `item ${last}` : last;
};

/** The field a path names, as the Indonesian Tridaya messages print it. */
export const atId = (path: readonly (string | number)[]): string => {
  const last = path[path.length - 1];
  return last === undefined ? 'nilai' : typeof last === 'number' ? `elemen ke-${last}` : last;
};

/** The codes of the Tridaya statistics. */
export type StatsIssueCode =
  | 'invalid_option'
  | 'not_a_number'
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
  not_a_number: {
    en: (p, path) => `${at(path)} must be a finite number, received ${String(p.received)}`,
    id: (p, path) => `${atId(path)} harus bilangan terhingga, diterima ${String(p.received)}`,
  },
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
    en: (_p, path) => `${at(path)} is constant, so the statistic is undefined`,
    id: (_p, path) => `${atId(path)} bernilai konstan, sehingga statistiknya tidak terdefinisi`,
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

const stats: Catalogs = { catalog: statsMessages as BilingualCatalog, fallback: baseMessages };

/** A statistics context named in both languages (another is printed as given). */
function named(context: string): ContextName {
  return {
    en: context,
    id: Object.hasOwn(STATS_CONTEXTS, context) ? (STATS_CONTEXTS[context] as string) : context,
  };
}

/** The core's `unreadable_input` ValidationError for a statistics context (a SejahteraError passes). */
export function unreadableInput(error: unknown, context: string): Error {
  return unreadableAs(error, named(context));
}

/** Throws a ValidationError with one issue of the statistics (English messages). */
export function fail(
  code: StatsIssueCode | CoreIssueCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>>,
  context: string,
): never {
  failWith(stats, code, path, params, named(context));
}

/** {@link guardReadWith} over the statistics' messages. */
export function guardRead<T>(context: string, read: () => T): T {
  return guardReadWith(stats, named(context), read);
}
