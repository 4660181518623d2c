import type * as zm from 'zod/mini';
import { buildIssue } from '../core/issue-kit.js';
import type { BilingualCatalog, MessageOptions, SafeParseResult } from '../core/issue-types.js';
import { readYmd } from './days.js';
import { cutKey, typeIssue } from './zod-issue-shapes.js';
import { zodLengthOf } from './zod-length.js';

// The library's one kit of readers that follow zod/mini's rules by hand, for a function whose bundle
// must not carry zod (issue 11: zod is most of a small bundle). Every hand reader of the library reads
// with it (kpb's groups and rule sets, the revolving fund's loans, schedules and payments, Tridaya's
// instrument definitions, PKH's families, the date lookups' `calendarDateIssues`): zod's rules are
// written here once (tests/shape/one-reader-kit.test.ts fails on a private copy). A reader reports
// each issue as the library's mapping of zod's issue gives it, its code and params
// (_internal/zod-issue-shapes.ts holds the type-issue and unknown-key rules that core/zod-issues.ts
// uses too; _internal/zod-length.ts the code-point length). `readWith` words the issues from a
// catalogue (`readerParse`, _internal/reader-parse.ts, is it for a `zodLike` reader); `zodLike` also
// gives a reader zod's `safeParse` contract, so the core's `safeParseWith` reads it as it reads a
// schema and gives back the same codes and params. The schema a reader stands for stays public and is
// its reference: each reader has a fast-check property that it agrees with its schema on arbitrary
// input (accept or reject, every issue, the output).
//
// zod 4's rules as followed here: an object's keys in the schema's order (a strict object then lists
// its unknown keys, own and inherited enumerable, as `for...in` sees them); a type problem stops the
// other checks of that value, except the length checks, which zod runs on anything that has a
// `length` (strings measured in code points); an array longer than its maximum gets `too_big` and
// its elements are not read; an optional value may be `undefined`, a nullable one `null`.

/** A path into the value read. */
export type Path = readonly (string | number)[];

/** An issue found: the library's code and params. */
export type Found = { code: string; path: Path; params: Record<string, unknown> };

/** Reads one value: pushes the issues found to `out` and returns its output (zod's copy). */
export type Read = (v: unknown, path: Path, out: Found[]) => unknown;

/** Reports the library's issue `code` with `params` at `path`. */
export const report = (
  out: Found[],
  path: Path,
  code: string,
  params: Record<string, unknown> = {},
): void => {
  out.push({ code, path, params });
};

/** zod's `invalid_type` as the library maps it (`required`, `not_finite`, `not_integer`). */
const wrongType = (out: Found[], v: unknown, path: Path, expected: string): void => {
  report(out, path, ...typeIssue(expected, v));
};

/** zod's inclusive `too_small` / `too_big`. */
const small = (out: Found[], path: Path, minimum: number, origin: string): void => {
  report(out, path, 'too_small', { minimum, inclusive: true, origin });
};
const big = (out: Found[], path: Path, maximum: number, origin: string): void => {
  report(out, path, 'too_big', { maximum, inclusive: true, origin });
};

/** zod's `minLength` (when `min` > 0) and `maxLength`: on anything not nullish with a `length`. */
export function lengths(out: Found[], v: unknown, path: Path, min: number, max: number): void {
  if (v === null || v === undefined || (v as { length?: unknown }).length === undefined) return;
  const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
  // zod compares whatever `length` holds (NaN or text fails both bounds).
  if (min > 0 && !((zodLengthOf(v, min, true) as number) >= min)) small(out, path, min, origin);
  if (!((zodLengthOf(v, max, false) as number) <= max)) big(out, path, max, origin);
}

/**
 * `text(min, max)` of _internal/mini-fields.ts: a string of `min` to `max` characters; with `ok`, a
 * refinement too (its issue `code`), which zod runs only on a string.
 */
export const str =
  (min: number, max: number, ok?: (s: string) => boolean, code = 'custom'): Read =>
  (v, path, out) => {
    if (typeof v !== 'string') wrongType(out, v, path, 'string');
    lengths(out, v, path, min, max);
    if (ok !== undefined && typeof v === 'string' && !ok(v)) report(out, path, code);
    return v;
  };

/** A finite number, else zod's type issue; returns whether it is one. */
function isNumber(out: Found[], v: unknown, path: Path): v is number {
  if (typeof v === 'number' && Number.isFinite(v)) return true;
  wrongType(out, v, path, 'number');
  return false;
}

/** `zm.number()` with `minimum`, `maximum` and an optional refinement (its issue `code`, `params`). */
export const num =
  (
    min: number,
    max: number,
    ok?: (n: number) => boolean,
    code = 'custom',
    params: Record<string, unknown> = {},
  ): Read =>
  (v, path, out) => {
    if (!isNumber(out, v, path)) return v;
    if (v < min) small(out, path, min, 'number');
    if (v > max) big(out, path, max, 'number');
    if (ok !== undefined && !ok(v)) report(out, path, code, params);
    return v;
  };

/** `zm.number().check(zm.positive(), zm.lte(max))`. */
export const positive =
  (max: number): Read =>
  (v, path, out) => {
    if (!isNumber(out, v, path)) return v;
    if (!(v > 0))
      report(out, path, 'too_small', { minimum: 0, inclusive: false, origin: 'number' });
    if (v > max) big(out, path, max, 'number');
    return v;
  };

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** `whole(min, max)` of _internal/mini-fields.ts: `zm.int()` (a safe integer) from `min` to `max`. */
export const int =
  (min: number, max = Number.POSITIVE_INFINITY): Read =>
  (v, path, out) => {
    if (!isNumber(out, v, path)) return v;
    if (!Number.isInteger(v)) {
      wrongType(out, v, path, 'int');
      return v;
    }
    if (v > MAX_SAFE) big(out, path, MAX_SAFE, 'int');
    else if (v < -MAX_SAFE) small(out, path, -MAX_SAFE, 'int');
    if (v < min) small(out, path, min, 'number');
    if (v > max) big(out, path, max, 'number');
    return v;
  };

/** `zm.boolean()`. */
export const bool: Read = (v, path, out) => {
  if (typeof v !== 'boolean') wrongType(out, v, path, 'boolean');
  return v;
};

/** `zm.enum(values)`. */
export const oneOf =
  (values: readonly string[]): Read =>
  (v, path, out) => {
    if (!values.includes(v as string)) report(out, path, 'invalid_value', { allowed: [...values] });
    return v;
  };

/** `zm.optional(read)`. */
export const optional =
  (read: Read): Read =>
  (v, path, out) =>
    v === undefined ? v : read(v, path, out);

/** `zm.nullable(read)`. */
export const nullable =
  (read: Read): Read =>
  (v, path, out) =>
    v === null ? v : read(v, path, out);

/**
 * `zm.array(read).check(zm.minLength(min), zm.maxLength(max))`: a copy of the elements as read. An
 * array longer than `max` is one `too_big` issue and no element is read (zod's size cap).
 */
export const array =
  (read: Read, max: number, min = 0): Read =>
  (v, path, out) => {
    if (!Array.isArray(v)) {
      wrongType(out, v, path, 'array');
      lengths(out, v, path, min, max);
      return v;
    }
    if (v.length > max) {
      big(out, path, max, 'array');
      return v;
    }
    const copy: unknown[] = [];
    for (let i = 0; i < v.length; i++) copy.push(read(v[i], [...path, i], out));
    if (min > 0 && v.length < min) small(out, path, min, 'array');
    return copy;
  };

/** The value when zod reads it as an object (not null, not an array), else its type issue. */
export function objectOf(
  v: unknown,
  path: Path,
  out: Found[],
): Record<string, unknown> | undefined {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  wrongType(out, v, path, 'object');
  return undefined;
}

/** `zm.object(shape)`: a copy with the shape's keys (an absent optional key stays absent). */
export const object =
  (shape: Readonly<Record<string, Read>>): Read =>
  (v, path, out) => {
    const o = objectOf(v, path, out);
    if (o === undefined) return v;
    const copy: Record<string, unknown> = {};
    for (const key in shape) {
      const value = (shape[key] as Read)(o[key], [...path, key], out);
      if (value !== undefined || key in o) copy[key] = value;
    }
    return copy;
  };

/**
 * `zm.strictObject(shape)`: {@link object}, then its unknown keys (own and inherited enumerable, as
 * `for...in` sees them), each cut to 40 characters, in one issue.
 */
export const strictObject = (shape: Readonly<Record<string, Read>>): Read => {
  const read = object(shape);
  return (v, path, out) => {
    const copy = read(v, path, out);
    // `object` returns the value itself when it is not an object, else a copy.
    if (copy === v) return v;
    const keys: string[] = [];
    for (const key in v as object) if (!Object.hasOwn(shape, key)) keys.push(cutKey(key));
    if (keys.length > 0) report(out, path, 'unrecognized_keys', { keys });
    return copy;
  };
};

/** A reader typed as the schema it stands for, with zod's `safeParse` contract. */
export type ZodLike<T> = zm.core.$ZodType<T> & { readonly read: Read };

/**
 * A reader with zod's `safeParse` contract, typed as the schema it stands for: `safeParseWith` reads
 * with it exactly as with that schema (each issue in zod's `custom` shape, which the core's mapping
 * gives back as found); `readerParse` (_internal/reader-parse.ts) runs its `read` with `readWith`.
 */
export function zodLike<T>(read: Read): ZodLike<T> {
  const reader = {
    read,
    safeParse(value: unknown) {
      const found: Found[] = [];
      const data = read(value, [], found);
      if (found.length === 0) return { success: true, data };
      const issues = found.map((i) => ({
        code: 'custom',
        path: i.path,
        params: { ...i.params, code: i.code },
      }));
      return { success: false, error: { issues } };
    },
  };
  return reader as unknown as ZodLike<T>;
}

/** `CalendarDatePublicMini` (and the core's `CalendarDateSchema`): a real date written YYYY-MM-DD. */
export const calendarDate: Read = /* @__PURE__ */ str(
  0,
  10,
  (s) => readYmd(s) !== undefined,
  'invalid_calendar_date',
);

/** `zm._default(read, value)`: an undefined value becomes `value`. */
export const withDefault =
  (read: Read, value: unknown): Read =>
  (v, path, out) =>
    v === undefined ? value : read(v, path, out);

const ABORTING = [
  'required',
  'invalid_type',
  'not_finite',
  'not_integer',
  'invalid_value',
  'invalid_union',
];

/**
 * Whether an issue stops zod: a type issue, a wrong value, and an array over its maximum (whose
 * elements zod never reads). The rest (a range, a length, unknown keys, a refinement's issue) let the
 * other checks run.
 */
export const aborts = ({ code, params }: Found): boolean =>
  ABORTING.includes(code) || (code === 'too_big' && params.origin === 'array');

/**
 * A union whose other option refused the value's type: nothing when `read` takes it, its issues when
 * none of them stops zod (zod reports the one option that did not abort), else `invalid_union`.
 */
export const union =
  (read: Read): Read =>
  (v, path, out) => {
    const found: Found[] = [];
    const data = read(v, path, found);
    if (found.some(aborts)) report(out, path, 'invalid_union');
    else out.push(...found);
    return data;
  };

/**
 * Runs a reader without `safeParseWith` (a smaller bundle), with its result: the data when no issue
 * was found, else the issues worded from `catalog`, then `fallback` (the core messages the path
 * carries: `coreMessages`, or the smaller `readerMessages`). A value that throws while read (a getter,
 * a Proxy trap) is one `unreadable_input` issue at `at`, as `safeParseWith` reports it.
 */
export function readWith<T>(
  read: Read,
  value: unknown,
  options: MessageOptions,
  catalog: BilingualCatalog,
  fallback: BilingualCatalog,
  at: Path = [],
): SafeParseResult<T> {
  const issue = (code: string, path: Path, params: Record<string, unknown>) =>
    buildIssue(code, path, params, options, catalog, fallback);
  try {
    const found: Found[] = [];
    const data = read(value, at, found) as T;
    if (found.length === 0) return { success: true, data };
    return { success: false, issues: found.map((i) => issue(i.code, i.path, i.params)) };
  } catch {
    return { success: false, issues: [issue('unreadable_input', at, {})] };
  }
}
