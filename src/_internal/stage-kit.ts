import { createIssue, validationError } from '../core/issues.js';
import type { BilingualCatalog, Issue, SafeParseResult } from '../core/issue-types.js';
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
 * The core issue kit (createIssue / validationError) instantiated once with a stage's message
 * catalogue and error context, so that no stage keeps its own `fail` helper.
 */
export function stageKit(catalog: BilingualCatalog, context: string): StageKit {
  const issue: StageKit['issue'] = (code, path, params = {}) =>
    createIssue(code, path, params, {}, catalog);
  const fail: StageKit['fail'] = (issues, ctx = context) => {
    throw validationError(issues, ctx, { catalog });
  };
  return {
    issue,
    fail,
    failWith: (code, path, params) => fail([issue(code, path, params)]),
    orThrow: (result, options) => {
      if (result.success) return result.data;
      throw validationError(result.issues, context, {
        locale: readMessageOptions(options).locale,
        catalog,
      });
    },
  };
}
