import { zodLengthOf } from './zod-length.js';
import { describeType } from '../core/describe-type.js';
import { createIssue } from '../core/issue-build.js';
import type {
  BilingualCatalog,
  Issue,
  MessageOptions,
  SafeParseResult,
} from '../core/issue-types.js';
import { readYmd } from './days.js';

// Readers that stand in for a zod/mini schema on a function's own path (issue 11: the function's
// bundle then carries no zod), written as the schema is, as data (an object's fields in order,
// optional or defaulted), and read by the small interpreter here. Each field reports what its zod/mini
// field reports, as the library's mapping of zod issues (core/zod-issues.ts) turns them into codes and
// params, in zod's order; each reader is held equal to its schema by a fast-check property on
// arbitrary input. A field reads the value the way zod does (a `length` is read wherever zod's length
// checks read it), so a getter or Proxy trap that throws, throws at the same reads.

/** Where a reader reports an issue: the library's code, the path and the params. */
export type Report = (
  code: string,
  path: readonly (string | number)[],
  params: Record<string, unknown>,
) => void;

type Path = (string | number)[];

/** Reads one value at `path`, reporting its issues; returns what the schema outputs for it. */
export type Field = (v: unknown, path: Path, report: Report) => unknown;

/** An object's field: its key, its reader, and what an absent (undefined) value becomes. */
export type Entry =
  | readonly [key: string, field: Field]
  | readonly [key: string, field: Field, absent: 'optional' | { readonly value: unknown }];

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A value that is not of the expected type: `required` when missing, else `invalid_type`. */
function wrongType(v: unknown, path: Path, expected: string, report: Report): void {
  if (v === undefined) report('required', path, { expected });
  else report('invalid_type', path, { expected, received: describeType(v) });
}

/** `too_big` (a maximum) or `too_small` (a minimum), inclusive. */
function bound(report: Report, path: Path, big: boolean, n: number, origin: string): void {
  if (big) report('too_big', path, { maximum: n, inclusive: true, origin });
  else report('too_small', path, { minimum: n, inclusive: true, origin });
}

/** `zm.int().check(zm.minimum(min), zm.maximum(max))` (`whole` in mini-fields.ts). */
export const whole =
  (min: number, max = Number.POSITIVE_INFINITY): Field =>
  (v, path, report) => {
    if (typeof v !== 'number') wrongType(v, path, 'number', report);
    else if (!Number.isFinite(v)) {
      report('not_finite', path, { expected: 'finite number', received: describeType(v) });
    } else if (!Number.isInteger(v)) {
      report('not_integer', path, { expected: 'integer', received: 'number' });
    } else {
      if (v > MAX_SAFE || v < -MAX_SAFE)
        bound(report, path, v > 0, v > 0 ? MAX_SAFE : -MAX_SAFE, 'int');
      if (v < min) bound(report, path, false, min, 'number');
      if (v > max) bound(report, path, true, max, 'number');
    }
    return v;
  };

/**
 * zod's `maxLength(n)` (`max`) or `minLength(n)` check: it runs on any value with a `length` (even
 * after a type issue), and measures a string in code points (a surrogate pair counts once).
 */
export function lengthCheck(v: unknown, path: Path, n: number, max: boolean, report: Report) {
  if (v === undefined || v === null) return;
  const length = zodLengthOf(v, n, !max);
  if (length === undefined) return;
  const string = typeof v === 'string';
  if (max ? (length as number) <= n : (length as number) >= n) return;
  bound(report, path, max, n, Array.isArray(v) ? 'array' : string ? 'string' : 'unknown');
}

/** `CalendarDatePublicMini`: a string of at most 10 characters, a real date `YYYY-MM-DD`. */
export const date: Field = (v, path, report) => {
  if (typeof v !== 'string') wrongType(v, path, 'string', report);
  lengthCheck(v, path, 10, true, report);
  if (typeof v === 'string' && readYmd(v) === undefined) {
    report('invalid_calendar_date', path, {});
  }
  return v;
};

/** `zm.enum(values)` or `zm.literal(value)`. */
export const oneOf =
  (values: readonly unknown[]): Field =>
  (v, path, report) => {
    if (!values.includes(v)) report('invalid_value', path, { allowed: [...values] });
    return v;
  };

/** The value when it is an object zod reads as one (not null, not an array), else undefined. */
export function objectField(
  v: unknown,
  path: Path,
  report: Report,
): Record<string, unknown> | undefined {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  wrongType(v, path, 'object', report);
  return undefined;
}

/**
 * `zm.object` (`strict` false: other keys dropped) or `zm.strictObject` (every other enumerable key,
 * own or inherited, reported, cut to 40 characters): the fields in order. An optional field given as
 * undefined is kept as undefined; a defaulted one takes its default.
 */
export function object(entries: readonly Entry[], strict: boolean): Field {
  const keys: ReadonlySet<string> = new Set(entries.map((e) => e[0]));
  return (v, path, report) => {
    const o = objectField(v, path, report);
    if (o === undefined) return v;
    const out: Record<string, unknown> = {};
    for (const [key, field, absent] of entries) {
      const x = o[key];
      if (x !== undefined || absent === undefined) out[key] = field(x, [...path, key], report);
      else if (absent !== 'optional') out[key] = absent.value;
      else if (key in o) out[key] = undefined;
    }
    const extra: string[] = [];
    if (strict)
      for (const k in o) if (!keys.has(k)) extra.push(k.length > 40 ? `${k.slice(0, 40)}…` : k);
    if (extra.length > 0) report('unrecognized_keys', path, { keys: extra });
    return out;
  };
}

/**
 * `zm.array(element).check(minLength(min), maxLength(max))`: an array longer than `max` is one
 * `too_big` issue and no element is read (zod's size cap).
 */
export const array =
  (element: Field, min: number, max: number): Field =>
  (v, path, report) => {
    if (!Array.isArray(v)) {
      wrongType(v, path, 'array', report);
      if (min > 0) lengthCheck(v, path, min, false, report);
      lengthCheck(v, path, max, true, report);
      return v;
    }
    if (v.length > max) {
      lengthCheck(v, path, max, true, report);
      return v;
    }
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = element(v[i], [...path, i], report);
    if (min > 0) lengthCheck(v, path, min, false, report);
    return out;
  };

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
 * A union whose other option refused the value's type: nothing when `field` takes it, its issues
 * when none of them stops zod (zod reports the one option that did not abort), else
 * `invalid_union`.
 */
export const union =
  (field: Field): Field =>
  (v, path, report) => {
    const found: Parameters<Report>[] = [];
    const out = field(v, path, (...issue) => found.push(issue));
    if (found.some(([code]) => ABORTING.has(code))) report('invalid_union', path, {});
    else for (const issue of found) report(...issue);
    return out;
  };

/**
 * Runs a reader with an issue list worded from `catalog`: the data when no issue was reported, else
 * every issue. A value that throws while read (a getter, a Proxy trap) is one `unreadable_input`
 * issue at `at`, as the core's `safeParseWith` reports it (its `path` option).
 */
export function readWith<T>(
  field: Field,
  value: unknown,
  options: MessageOptions,
  catalog: BilingualCatalog,
  at: Path = [],
): SafeParseResult<T> {
  const issues: Issue[] = [];
  const report: Report = (code, path, params) =>
    issues.push(createIssue(code, path, params, options, catalog));
  try {
    const data = field(value, at, report) as T;
    return issues.length === 0 ? { success: true, data } : { success: false, issues };
  } catch {
    return { success: false, issues: [createIssue('unreadable_input', at, {}, options, catalog)] };
  }
}
