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

/**
 * Where a reading is: the path of the value being read (one array, pushed and popped, so that a
 * well-formed value allocates nothing for its paths), the issues found, and whether objects and
 * arrays are copied as zod copies them (a caller that never keeps the value may read it in place).
 */
export interface ReadState {
  readonly path: Path;
  readonly out: RawIssue[];
  readonly copy: boolean;
}

/** Reads one value: pushes zod's issues for it and returns its output (zod's copy, or the value). */
export type Read = (v: unknown, s: ReadState) => unknown;

/** Records one of zod's issues at the current path. */
const issue = (s: ReadState, code: string, facts: Record<string, unknown>): void => {
  s.out.push({ code, path: s.path.slice(), ...facts });
};

/** zod's `invalid_type` (the core maps a missing value to `required`, NaN to `not_finite`). */
const wrongType = (s: ReadState, v: unknown, expected: string): void =>
  issue(s, 'invalid_type', { expected, input: v });

/** zod's inclusive `too_small` / `too_big`. */
const small = (s: ReadState, minimum: number, origin: string): void =>
  issue(s, 'too_small', { minimum, inclusive: true, origin });
const big = (s: ReadState, maximum: number, origin: string): void =>
  issue(s, 'too_big', { maximum, inclusive: true, origin });

/** zod's length of a value: code points for a string whose count is in doubt, else `length`. */
function lengthOf(v: unknown, bound: number, below: boolean): number {
  const units = (v as { length: number }).length;
  if (typeof v !== 'string') return units;
  const inDoubt = below ? units >= bound && units < bound * 2 : units > bound;
  return inDoubt ? [...v].length : units;
}

/** zod's `minLength` (when `min` > 0) and `maxLength`: on anything not nullish with a `length`. */
function lengths(s: ReadState, v: unknown, min: number, max: number): void {
  if (v === null || v === undefined || (v as { length?: unknown }).length === undefined) return;
  const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
  // zod compares whatever `length` holds (NaN or text fails both bounds).
  if (min > 0 && !(lengthOf(v, min, true) >= min)) small(s, min, origin);
  if (!(lengthOf(v, max, false) <= max)) big(s, max, origin);
}

/** `text(min, max)` of _internal/mini-fields.ts: a string of `min` to `max` characters. */
export const str =
  (min: number, max: number): Read =>
  (v, s) => {
    if (typeof v !== 'string') wrongType(s, v, 'string');
    lengths(s, v, min, max);
    return v;
  };

/**
 * A string with at most `max` characters and a refinement (a custom issue with `params`), which zod
 * runs only on a string.
 */
export const refinedStr =
  (max: number, ok: (s: string) => boolean, params: Record<string, unknown>): Read =>
  (v, s) => {
    if (typeof v !== 'string') wrongType(s, v, 'string');
    lengths(s, v, 0, max);
    if (typeof v === 'string' && !ok(v)) issue(s, 'custom', { params });
    return v;
  };

/** A finite number, else zod's type issue; returns whether it is one. */
function isNumber(s: ReadState, v: unknown): v is number {
  if (typeof v === 'number' && Number.isFinite(v)) return true;
  wrongType(s, v, 'number');
  return false;
}

/** `zm.number()` with `minimum`, `maximum` and an optional refinement (a custom issue). */
export const num =
  (min: number, max: number, ok?: (n: number) => boolean, params?: Record<string, unknown>): Read =>
  (v, s) => {
    if (!isNumber(s, v)) return v;
    if (v < min) small(s, min, 'number');
    if (v > max) big(s, max, 'number');
    if (ok !== undefined && !ok(v)) issue(s, 'custom', { params });
    return v;
  };

/** `whole(min, max)` of _internal/mini-fields.ts: `zm.int()` (a safe integer) from `min` to `max`. */
export const int =
  (min: number, max: number): Read =>
  (v, s) => {
    if (!isNumber(s, v)) return v;
    if (!Number.isInteger(v)) {
      wrongType(s, v, 'int');
      return v;
    }
    if (v > Number.MAX_SAFE_INTEGER) big(s, Number.MAX_SAFE_INTEGER, 'int');
    else if (v < Number.MIN_SAFE_INTEGER) small(s, Number.MIN_SAFE_INTEGER, 'int');
    if (v < min) small(s, min, 'number');
    if (v > max) big(s, max, 'number');
    return v;
  };

/** `zm.boolean()`. */
export const bool: Read = (v, s) => {
  if (typeof v !== 'boolean') wrongType(s, v, 'boolean');
  return v;
};

/** `zm.enum(values)`. */
export const oneOf =
  (values: readonly string[]): Read =>
  (v, s) => {
    if (!values.includes(v as string)) issue(s, 'invalid_value', { values });
    return v;
  };

/** `zm.optional(read)`. */
export const optional =
  (read: Read): Read =>
  (v, s) =>
    v === undefined ? v : read(v, s);

/** `zm.nullable(read)`. */
export const nullable =
  (read: Read): Read =>
  (v, s) =>
    v === null ? v : read(v, s);

/** `zm.array(read).check(zm.maxLength(max))`: a copy of the elements as read. */
export const array =
  (read: Read, max: number): Read =>
  (v, s) => {
    if (!Array.isArray(v)) {
      wrongType(s, v, 'array');
      lengths(s, v, 0, max);
      return v;
    }
    if (v.length > max) {
      big(s, max, 'array');
      return v;
    }
    const copy: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      s.path.push(i);
      const value = read(v[i], s);
      s.path.pop();
      if (s.copy) copy.push(value);
    }
    return s.copy ? copy : v;
  };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `zm.object(shape)` (`strict`: `zm.strictObject`): a copy with the shape's keys (an absent optional
 * key stays absent); a strict object reports its unknown keys after the shape's.
 */
export const object =
  (shape: Readonly<Record<string, Read>>, strict = false): Read =>
  (v, s) => {
    if (!isObject(v)) {
      wrongType(s, v, 'object');
      return v;
    }
    const copy: Record<string, unknown> = {};
    for (const key in shape) {
      s.path.push(key);
      const value = (shape[key] as Read)(v[key], s);
      s.path.pop();
      if (s.copy && (value !== undefined || key in v)) copy[key] = value;
    }
    if (strict) {
      const keys: string[] = [];
      for (const key in v) if (!Object.hasOwn(shape, key)) keys.push(key);
      if (keys.length > 0) issue(s, 'unrecognized_keys', { keys });
    }
    return s.copy ? copy : v;
  };

/**
 * A reader with zod's `safeParse` contract, typed as the schema it stands for: `safeParseWith` (and
 * the rule-set engine) read with it exactly as with that schema. With `copy` false a valid value is
 * returned as it is (its unknown keys too), for a caller that only reads the schema's fields of it.
 */
export function zodLike<T>(read: Read, copy = true): zm.core.$ZodType<T> {
  const reader = {
    safeParse(value: unknown) {
      const { data, issues } = readValue(read, value, copy);
      return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
    },
  };
  return reader as unknown as zm.core.$ZodType<T>;
}

/** `CalendarDatePublicMini` (and the core's `CalendarDateSchema`): a real date written YYYY-MM-DD. */
export const calendarDate: Read = refinedStr(10, (s) => readYmd(s) !== undefined, {
  code: 'invalid_calendar_date',
});

/** Reads a value: its output and zod's raw issues (none when it is valid). Throws what reading throws. */
export function readValue(
  read: Read,
  value: unknown,
  copy: boolean,
): { data: unknown; issues: zm.core.$ZodIssue[] } {
  const s: ReadState = { path: [], out: [], copy };
  const data = read(value, s);
  // The raw issues zod reports, with the fields the core's mapping (core/zod-issues.ts) reads.
  return { data, issues: s.out as unknown as zm.core.$ZodIssue[] };
}
