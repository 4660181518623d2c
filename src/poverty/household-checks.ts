// The rules of a household's two figures, written once for every poverty reader (the per-capita
// computation, the measures' records, and the classifiers): a wrong type is reported first, with the
// code every hand reader uses (`numberTypeProblem`), then the figure's own range rule.
import { numberTypeProblem } from '../_internal/number-type.js';
import type { Issue } from '../core/index.js';
import { povertyIssue } from './issues.js';

type Path = readonly (string | number)[];

/** The issue of a value that is not a finite number, or `undefined` for a finite number. */
function typeIssue(value: unknown, path: Path): Issue | undefined {
  const type = numberTypeProblem(value);
  return type === undefined ? undefined : povertyIssue(type.code, path, type.params);
}

/** An expenditure is a finite number, not negative (`negative_expenditure`); `undefined` when it is. */
export function expenditureIssue(value: unknown, path: Path): Issue | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return typeIssue(value, path);
  return value >= 0 ? undefined : povertyIssue('negative_expenditure', path);
}

/**
 * A household size is a finite number of at least 1 (`household_size_not_positive`) and whole
 * (`household_size_not_integer`); `undefined` when it is.
 */
export function householdSizeIssue(value: unknown, path: Path): Issue | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return typeIssue(value, path);
  if (value < 1) return povertyIssue('household_size_not_positive', path);
  return Number.isSafeInteger(value) ? undefined : povertyIssue('household_size_not_integer', path);
}
