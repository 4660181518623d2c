import { createIssue, validationError } from '../core/issues.js';
import type { BilingualCatalog, Issue } from '../core/issue-types.js';

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
  return { issue, fail, failWith: (code, path, params) => fail([issue(code, path, params)]) };
}
