import { describeType } from '../core/issues.js';

/** The code and params of a type problem, to be rendered with the domain's own issue builder. */
export interface TypeProblem {
  readonly code: 'required' | 'invalid_type' | 'not_finite';
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * The one rule every hand-written reader follows before it checks a range, so that a wrong type is
 * never reported as a range rule (the same codes zod's schemas map to in `issuesFromZod`):
 * `undefined` is `required`; anything that is not a number (a string such as `'450000'`, `null`, a
 * boolean) is `invalid_type` with `expected` and `received`; `NaN` and `±Infinity` are `not_finite`.
 * Returns `undefined` for a finite number, whose range the caller then checks with its own rule.
 */
export function numberTypeProblem(value: unknown): TypeProblem | undefined {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return undefined;
    return {
      code: 'not_finite',
      params: { expected: 'finite number', received: describeType(value) },
    };
  }
  if (value === undefined) return { code: 'required', params: { expected: 'number' } };
  return { code: 'invalid_type', params: { expected: 'number', received: describeType(value) } };
}
