import { describeType } from '../core/describe-type.js';
import { createIssue } from '../core/issue-build.js';
import type {
  BilingualCatalog,
  Issue,
  MessageOptions,
  SafeParseResult,
} from '../core/issue-types.js';
import { readYmd } from './days.js';

// Field readers that report what a zod/mini field reports, as the library's mapping of zod issues
// (core/zod-issues.ts) turns them into codes and params, for the hand-written readers that stand in
// for a schema on a function's own path (issue 11: the function's bundle then carries no zod). Each
// reader that uses them is held equal to its schema by a fast-check property on arbitrary input.
// Every field reads the value the way zod does (a `length` is read wherever zod's length checks read
// it), so a getter or Proxy trap that throws, throws at the same reads.

/** Where a reader reports an issue: the library's code, the path and the params. */
export type Report = (
  code: string,
  path: readonly (string | number)[],
  params: Record<string, unknown>,
) => void;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A value that is not of the expected type: `required` when missing, else `invalid_type`. */
export function wrongType(v: unknown, path: (string | number)[], expected: string, report: Report) {
  if (v === undefined) report('required', path, { expected });
  else report('invalid_type', path, { expected, received: describeType(v) });
}

/**
 * `zm.int().check(zm.minimum(min), zm.maximum(max))` (`whole` in mini-fields.ts): true when `v` is
 * a safe integer from `min` to `max`.
 */
export function wholeField(
  v: unknown,
  path: (string | number)[],
  min: number,
  max: number,
  report: Report,
): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    if (typeof v === 'number') {
      report('not_finite', path, { expected: 'finite number', received: describeType(v) });
    } else wrongType(v, path, 'number', report);
    return false;
  }
  if (!Number.isInteger(v)) {
    report('not_integer', path, { expected: 'integer', received: 'number' });
    return false;
  }
  let ok = true;
  if (v > MAX_SAFE) ok = tooBig(path, MAX_SAFE, 'int', report);
  else if (v < -MAX_SAFE) ok = tooSmall(path, -MAX_SAFE, 'int', report);
  if (v < min) ok = tooSmall(path, min, 'number', report);
  if (v > max) ok = tooBig(path, max, 'number', report);
  return ok;
}

function tooBig(path: (string | number)[], maximum: number, origin: string, report: Report) {
  report('too_big', path, { maximum, inclusive: true, origin });
  return false;
}

function tooSmall(path: (string | number)[], minimum: number, origin: string, report: Report) {
  report('too_small', path, { minimum, inclusive: true, origin });
  return false;
}

/** Unicode code points of a string (a surrogate pair counts once), as zod measures a length. */
const codePoints = (s: string): number => Array.from(s).length;

/**
 * zod's `maxLength(max)` check: it runs on any value with a `length` (even after a type issue), and
 * measures a string in code points. True when no issue.
 */
export function maxLengthCheck(
  v: unknown,
  path: (string | number)[],
  max: number,
  report: Report,
): boolean {
  if (v === undefined || v === null) return true;
  const units = (v as { length?: unknown }).length;
  if (units === undefined) return true;
  const length = typeof v === 'string' && v.length > max ? codePoints(v) : units;
  if ((length as number) <= max) return true;
  const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
  return tooBig(path, max, origin, report);
}

/** zod's `minLength(min)` check, run like {@link maxLengthCheck}. True when no issue. */
export function minLengthCheck(
  v: unknown,
  path: (string | number)[],
  min: number,
  report: Report,
): boolean {
  if (v === undefined || v === null) return true;
  const units = (v as { length?: unknown }).length;
  if (units === undefined) return true;
  const length =
    typeof v === 'string' && v.length >= min && v.length < min * 2 ? codePoints(v) : units;
  if ((length as number) >= min) return true;
  const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
  report('too_small', path, { minimum: min, inclusive: true, origin });
  return false;
}

/**
 * `zm.array(element).check(minLength(min), maxLength(max))`: the elements read by `element` (with
 * their index in the path) when `v` is an array of at most `max`; an array longer than `max` is one
 * `too_big` issue and no element is read (zod's size cap). Undefined when `v` is not an array.
 */
export function arrayField<T>(
  v: unknown,
  path: (string | number)[],
  min: number,
  max: number,
  element: (item: unknown, at: (string | number)[]) => T,
  report: Report,
): T[] | undefined {
  if (!Array.isArray(v)) {
    wrongType(v, path, 'array', report);
    if (min > 0) minLengthCheck(v, path, min, report);
    maxLengthCheck(v, path, max, report);
    return undefined;
  }
  if (v.length > max) {
    maxLengthCheck(v, path, max, report);
    return undefined;
  }
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = element(v[i], [...path, i]);
  if (min > 0) minLengthCheck(v, path, min, report);
  return out;
}

/**
 * `zm.string().check(maxLength(max), refine(rule, code))`: the string's issues, then the rule's
 * code when the value is a string that breaks it. True when no issue.
 */
export function stringField(
  v: unknown,
  path: (string | number)[],
  max: number,
  rule: (s: string) => boolean,
  code: string,
  report: Report,
): v is string {
  if (typeof v !== 'string') {
    wrongType(v, path, 'string', report);
    maxLengthCheck(v, path, max, report);
    return false;
  }
  let ok = maxLengthCheck(v, path, max, report);
  if (!rule(v)) {
    report(code, path, {});
    ok = false;
  }
  return ok;
}

/** `zm.enum(values)`: true when `v` is one of them. */
export function enumField<T>(
  v: unknown,
  path: (string | number)[],
  values: readonly T[],
  report: Report,
): v is T {
  if ((values as readonly unknown[]).includes(v)) return true;
  report('invalid_value', path, { allowed: [...values] });
  return false;
}

/** The value when it is an object zod reads as one (not null, not an array), else undefined. */
export function objectField(
  v: unknown,
  path: (string | number)[],
  report: Report,
): Record<string, unknown> | undefined {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  wrongType(v, path, 'object', report);
  return undefined;
}

/**
 * A strict object's `unrecognized_keys` issue: every enumerable key (own or inherited) not in
 * `keys`, each cut to 40 characters. True when none.
 */
export function onlyKeys(
  o: Record<string, unknown>,
  path: (string | number)[],
  keys: ReadonlySet<string>,
  report: Report,
): boolean {
  const extra: string[] = [];
  for (const k in o) if (!keys.has(k)) extra.push(k.length > 40 ? `${k.slice(0, 40)}…` : k);
  if (extra.length === 0) return true;
  report('unrecognized_keys', path, { keys: extra });
  return false;
}

/** Issues found by one option of a union, kept until the union decides what it reports. */
export type Found = [string, readonly (string | number)[], Record<string, unknown>][];

/** Runs `read` with a report that keeps its issues in a list. */
export function collect(read: (report: Report) => void): Found {
  const found: Found = [];
  read((code, path, params) => found.push([code, path, params]));
  return found;
}

/** The codes of the issues that stop zod (a type issue, a wrong value): the rest let checks run on. */
const ABORTING: ReadonlySet<string> = new Set([
  'required',
  'invalid_type',
  'not_finite',
  'not_integer',
  'invalid_value',
  'invalid_union',
]);

/**
 * What a union of two options reports when `found` are the issues of its only option that could
 * take the value (the other one refused its type): none, those issues when none of them stops zod
 * (zod reports the one option that did not abort), else `invalid_union` at `path`.
 */
export function unionOf(found: Found, path: (string | number)[], report: Report): boolean {
  if (found.length === 0) return true;
  if (found.some(([code]) => ABORTING.has(code))) report('invalid_union', path, {});
  else for (const [code, at, params] of found) report(code, at, params);
  return false;
}

/** `CalendarDatePublicMini`: a real date written `YYYY-MM-DD`. */
export const dateField = (v: unknown, path: (string | number)[], report: Report): v is string =>
  stringField(v, path, 10, isDate, 'invalid_calendar_date', report);

const isDate = (s: string): boolean => readYmd(s) !== undefined;

/**
 * Runs a reader with an issue list worded from `catalog`: the data when no issue was reported, else
 * every issue. A value that throws while read (a getter, a Proxy trap) is one `unreadable_row`
 * issue at `at`, as the core's `safeParseWith` reports it (its `path` option).
 */
export function readWith<T>(
  read: (report: Report) => T,
  options: MessageOptions,
  catalog: BilingualCatalog,
  at: readonly (string | number)[] = [],
): SafeParseResult<T> {
  const issues: Issue[] = [];
  const report: Report = (code, path, params) =>
    issues.push(createIssue(code, path, params, options, catalog));
  try {
    const data = read(report);
    return issues.length === 0 ? { success: true, data } : { success: false, issues };
  } catch {
    return { success: false, issues: [createIssue('unreadable_row', at, {}, options, catalog)] };
  }
}
