import { buildValidationError, issueKit } from '../core/issue-kit.js';
import type { ValidationError } from '../core/errors.js';
import type { BilingualCatalog, ContextName, Issue, SafeParseResult } from '../core/issue-types.js';
import type { Locale } from '../core/label-types.js';
import { coreMessages } from '../core/messages.js';
import { readMessageOptions } from './message-options.js';

/** The issue builder and error throwers of one stage, from {@link stageKit}. */
export interface StageKit {
  /** One issue worded from the stage's catalogue (English; the error carries both languages). */
  issue(code: string, path: readonly (string | number)[], params?: Record<string, unknown>): Issue;
  /** Throws a ValidationError listing `issues` (`context` defaults to the stage's). */
  fail(issues: readonly Issue[], context?: string): never;
  /** Throws a ValidationError for one issue. */
  failWith(
    code: string,
    path: readonly (string | number)[],
    params?: Record<string, unknown>,
  ): never;
  /**
   * A `parseX` from its `safeParseX`: the data, or a ValidationError of the issues in the locale of
   * the call's `options` (read without trusting them).
   */
  orThrow<T>(result: SafeParseResult<T>, options: unknown): T;
}

/**
 * The Indonesian names of the error contexts the revolving-fund stages raise through their kits (the
 * same names as the library-wide table, _internal/context-id.ts). A context not listed here is printed
 * as given in both languages, as that table does for a name it lacks.
 */
export const REVOLVING_FUND_CONTEXTS: Readonly<Record<string, string>> = {
  loan: 'pinjaman',
  rounding: 'pembulatan',
  payments: 'pembayaran',
  schedule: 'jadwal angsuran',
  'group payments': 'pembayaran kelompok',
  arrears: 'tunggakan',
  'assessment options': 'opsi penilaian',
  batch: 'kumpulan baris',
  kolektibilitas: 'kolektibilitas',
  'loan record': 'catatan pinjaman',
  provision: 'penyisihan',
  'group loan': 'pinjaman kelompok',
  'UPK financials': 'data keuangan UPK',
  'health input': 'data kesehatan lembaga',
  options: 'opsi',
  portfolio: 'portofolio',
};

/**
 * The core's `validationError(issues, context, options)` for a revolving-fund context, named from
 * {@link REVOLVING_FUND_CONTEXTS} (the same names as the library-wide table, which a bundle of a
 * revolving-fund function then does not carry: issue 11).
 */
export function invalid(
  issues: readonly Issue[],
  context: string,
  options: { catalog?: BilingualCatalog | undefined; locale?: Locale | undefined } = {},
): ValidationError {
  const named: ContextName = { en: context, id: REVOLVING_FUND_CONTEXTS[context] ?? context };
  return buildValidationError(
    issues,
    named,
    options.catalog ?? coreMessages,
    coreMessages,
    options.locale,
  );
}

/**
 * A stage's kit: the core's {@link issueKit} instantiated with the stage's message catalogue (over the
 * core catalogue) and the revolving fund's context names, bound to the stage's error context, so that
 * no stage keeps its own `fail` helper.
 */
export function stageKit(catalog: BilingualCatalog, context: string): StageKit {
  const kit = issueKit(catalog, coreMessages, REVOLVING_FUND_CONTEXTS);
  const fail: StageKit['fail'] = (issues, ctx = context) => kit.invalid(issues, ctx);
  // The kit's `invalid` words the error in English; `orThrow` needs the call's locale, so it builds
  // the same error with the core's builder, the context named from the same map.
  const named: ContextName = { en: context, id: REVOLVING_FUND_CONTEXTS[context] ?? context };
  return {
    issue: (code, path, params) => kit.issue(code, path, params),
    fail,
    failWith: (code, path, params) => fail([kit.issue(code, path, params)]),
    orThrow: (result, options) => {
      if (result.success) return result.data;
      const { locale } = readMessageOptions(options);
      throw buildValidationError(result.issues, named, catalog, coreMessages, locale);
    },
  };
}
