import { zodLengthOf } from './zod-length.js';
import type * as zm from 'zod/mini';
import { readYmd } from './days.js';

// Readers that follow zod/mini's rules by hand and report zod's own raw issues, for a function whose
// bundle must not carry zod (issue 11: zod is most of a small bundle). A reader is wrapped with
// `zodLike` into an object with zod's `safeParse` contract, so the core's `safeParseWith` (and the
// rule-set engine, which calls it) read it as they read a schema: the same mapping of issues
// (core/zod-issues.ts: codes, params, bilingual messages), the same `unreadable_row` when reading
// throws. The schema a reader stands for stays public and is its reference: each reader has a
// fast-check property that it agrees with its schema on arbitrary input (accept or reject, every
// issue, the output).
//
// zod 4's rules as followed here: an object's keys in the schema's order (a strict object then lists
// its unknown keys, own and inherited enumerable, as `for...in` sees them); a type problem stops the
// other checks of that value, except the length checks, which zod runs on anything that has a
// `length` (strings measured in code points); an array longer than its maximum gets `too_big` and
// its elements are not read; an optional value may be `undefined`, a nullable one `null`.

/** A path into the value read. */
export type Path = (string | number)[];

/** One of zod's raw issues (what `safeParse` reports before the library maps it). */
export type RawIssue = { code: string; path: Path } & Record<string, unknown>;

/** Reads one value: pushes zod's issues for it to `out` and returns its output (zod's copy). */
export type Read = (v: unknown, path: Path, out: RawIssue[]) => unknown;

/** zod's `invalid_type` (the core maps a missing value to `required`, NaN to `not_finite`). */
const wrongType = (out: RawIssue[], v: unknown, path: Path, expected: string): void => {
  out.push({ code: 'invalid_type', path, expected, input: v });
};

/** zod's inclusive `too_small` / `too_big`. */
const small = (out: RawIssue[], path: Path, minimum: number, origin: string): void => {
  out.push({ code: 'too_small', path, minimum, inclusive: true, origin });
};
const big = (out: RawIssue[], path: Path, maximum: number, origin: string): void => {
  out.push({ code: 'too_big', path, maximum, inclusive: true, origin });
};

/** zod's `minLength` (when `min` > 0) and `maxLength`: on anything not nullish with a `length`. */
function lengths(out: RawIssue[], v: unknown, path: Path, min: number, max: number): void {
  if (v === null || v === undefined || (v as { length?: unknown }).length === undefined) return;
  const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
  // zod compares whatever `length` holds (NaN or text fails both bounds).
  if (min > 0 && !((zodLengthOf(v, min, true) as number) >= min)) small(out, path, min, origin);
  if (!((zodLengthOf(v, max, false) as number) <= max)) big(out, path, max, origin);
}

/** `text(min, max)` of _internal/mini-fields.ts: a string of `min` to `max` characters. */
export const str =
  (min: number, max: number): Read =>
  (v, path, out) => {
    if (typeof v !== 'string') wrongType(out, v, path, 'string');
    lengths(out, v, path, min, max);
    return v;
  };

/**
 * A string with at most `max` characters and a refinement (a custom issue with `params`), which zod
 * runs only on a string.
 */
export const refinedStr =
  (max: number, ok: (s: string) => boolean, params: Record<string, unknown>): Read =>
  (v, path, out) => {
    if (typeof v !== 'string') wrongType(out, v, path, 'string');
    lengths(out, v, path, 0, max);
    if (typeof v === 'string' && !ok(v)) out.push({ code: 'custom', path, params });
    return v;
  };

/** A finite number, else zod's type issue; returns whether it is one. */
function isNumber(out: RawIssue[], v: unknown, path: Path): v is number {
  if (typeof v === 'number' && Number.isFinite(v)) return true;
  wrongType(out, v, path, 'number');
  return false;
}

/** `zm.number()` with `minimum`, `maximum` and an optional refinement (a custom issue). */
export const num =
  (min: number, max: number, ok?: (n: number) => boolean, params?: Record<string, unknown>): Read =>
  (v, path, out) => {
    if (!isNumber(out, v, path)) return v;
    if (v < min) small(out, path, min, 'number');
    if (v > max) big(out, path, max, 'number');
    if (ok !== undefined && !ok(v)) out.push({ code: 'custom', path, params });
    return v;
  };

/** `whole(min, max)` of _internal/mini-fields.ts: `zm.int()` (a safe integer) from `min` to `max`. */
export const int =
  (min: number, max: number): Read =>
  (v, path, out) => {
    if (!isNumber(out, v, path)) return v;
    if (!Number.isInteger(v)) {
      wrongType(out, v, path, 'int');
      return v;
    }
    if (v > Number.MAX_SAFE_INTEGER) big(out, path, Number.MAX_SAFE_INTEGER, 'int');
    else if (v < Number.MIN_SAFE_INTEGER) small(out, path, Number.MIN_SAFE_INTEGER, 'int');
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
    if (!values.includes(v as string)) out.push({ code: 'invalid_value', path, values });
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

/** `zm.array(read).check(zm.maxLength(max))`: a copy of the elements as read. */
export const array =
  (read: Read, max: number): Read =>
  (v, path, out) => {
    if (!Array.isArray(v)) {
      wrongType(out, v, path, 'array');
      lengths(out, v, path, 0, max);
      return v;
    }
    if (v.length > max) {
      big(out, path, max, 'array');
      return v;
    }
    const copy: unknown[] = [];
    for (let i = 0; i < v.length; i++) copy.push(read(v[i], [...path, i], out));
    return copy;
  };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `zm.object(shape)` (`strict`: `zm.strictObject`): a copy with the shape's keys (an absent optional
 * key stays absent); a strict object reports its unknown keys after the shape's.
 */
export const object =
  (shape: Readonly<Record<string, Read>>, strict = false): Read =>
  (v, path, out) => {
    if (!isObject(v)) {
      wrongType(out, v, path, 'object');
      return v;
    }
    const copy: Record<string, unknown> = {};
    for (const key in shape) {
      const value = (shape[key] as Read)(v[key], [...path, key], out);
      if (value !== undefined || key in v) copy[key] = value;
    }
    if (strict) {
      const keys: string[] = [];
      for (const key in v) if (!Object.hasOwn(shape, key)) keys.push(key);
      if (keys.length > 0) out.push({ code: 'unrecognized_keys', path, keys });
    }
    return copy;
  };

/**
 * A reader with zod's `safeParse` contract, typed as the schema it stands for: `safeParseWith` (and
 * the rule-set engine) read with it exactly as with that schema.
 */
export function zodLike<T>(read: Read): zm.core.$ZodType<T> {
  const reader = {
    safeParse(value: unknown) {
      const issues: RawIssue[] = [];
      const data = read(value, [], issues);
      return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
    },
  };
  return reader as unknown as zm.core.$ZodType<T>;
}

/** `CalendarDatePublicMini` (and the core's `CalendarDateSchema`): a real date written YYYY-MM-DD. */
export const calendarDate: Read = refinedStr(10, (s) => readYmd(s) !== undefined, {
  code: 'invalid_calendar_date',
});
