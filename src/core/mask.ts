import { unreadableInput } from '../_internal/guard.js';

/**
 * Masks an identity number (NIK or KK) for messages and logs: the first 6 digits (the region code,
 * which is not personal) and the last 2 are kept, every other character becomes `*`.
 * Shorter strings are masked so that at most a third of their characters stay visible.
 *
 * @category Identifiers
 * @example
 * maskIdentifier('3201234567890001')
 * //=> '320123********01'
 */
export function maskIdentifier(value: string): string {
  try {
    const text = typeof value === 'string' ? value : safeString(value);
    const n = text.length;
    if (n >= 12) return text.slice(0, 6) + '*'.repeat(n - 8) + text.slice(n - 2);
    const keep = Math.floor(n / 3);
    return text.slice(0, keep) + '*'.repeat(n - keep);
  } catch (error) {
    throw unreadableInput(error, 'identifier');
  }
}

/**
 * A run of digits that may be an identifier: any Unicode digit (`０`-`９`, `٣`, `३`, ...), with up to
 * three separator characters between two digits (spaces, tabs, no-break and zero-width spaces, other
 * format characters, dashes, dots, commas, slashes, underscores), so `3304 1245 0585 0001`,
 * `3304-1245-0585-0001` and `３３０４…` are each one run.
 */
const DIGIT_RUN =
  /[\p{Nd}\p{No}](?:[\s\p{Cf}\p{Pd}\p{Mn}.,/_'\u00B7\u2024\u2027\u3002\uFF0E\uFF0C\uFF0F]{0,3}[\p{Nd}\p{No}])*/gu;
const DIGIT = /[\p{Nd}\p{No}]/u;
/** A contiguous run this long is masked (a NIK or KK with a few digits cut is still personal). */
const CONTIGUOUS_MIN = 12;
/** A run written with separators is masked from this many digits (a NIK or KK has exactly 16). */
const SEPARATED_MIN = 16;

/**
 * Masks every run of digits that may be a NIK or KK number in a text, keeping the first 6 digits (the
 * region code) and the last 2, as {@link maskIdentifier} does. A run is twelve or more digits in a row,
 * or sixteen or more digits written with separators (`3304 1245 0585 0001`, `3304-1245-0585-0001`,
 * dots, tabs, no-break or zero-width spaces) or in any script's digits (full-width `３３０４…`).
 * Rupiah amounts below one trillion have fewer digits, so they stay readable.
 *
 * `keep` lists numbers the library itself printed (a limit such as `100000000000000`): a run whose
 * digits are exactly one of them (written plain or grouped, `9,007,199,254,740,991`) stays readable. Every issue and error of the library passes through this
 * when it is built (see {@link createIssue} and {@link SejahteraError}), so no message, path or param
 * can carry a full NIK or KK number, even when a caller's own message template interpolates one.
 *
 * @category Identifiers
 * @example
 * redactIdentifiers('NIK 3201234567890001 sudah terdaftar')
 * //=> 'NIK 320123********01 sudah terdaftar'
 * redactIdentifiers('NIK 3201 2345 6789 0001')
 * //=> 'NIK 3201 23** **** **01'
 */
export function redactIdentifiers(text: string, keep?: readonly string[]): string {
  try {
    const s = typeof text === 'string' ? text : safeString(text);
    if (s.length < CONTIGUOUS_MIN || fewDigits(s)) return s;
    return s.replace(DIGIT_RUN, (run) => (run.length < CONTIGUOUS_MIN ? run : maskRun(run, keep)));
  } catch (error) {
    throw unreadableInput(error, 'text');
  }
}

/**
 * True when a text cannot hold a run to mask: fewer than twelve ASCII digits and no character outside
 * ASCII (which might be another script's digit or a separator). Most messages end here, unscanned.
 */
function fewDigits(s: string): boolean {
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return false;
    if (c >= 48 && c <= 57) digits++;
  }
  return digits < CONTIGUOUS_MIN;
}

function maskRun(run: string, keep: readonly string[] | undefined): string {
  const chars = Array.from(run);
  let digits = 0;
  let plain = '';
  for (const c of chars) {
    if (DIGIT.test(c)) {
      digits++;
      plain += c;
    }
  }
  const separated = digits !== chars.length;
  if (digits < (separated ? SEPARATED_MIN : CONTIGUOUS_MIN)) return run;
  // A number the library printed, written plain or grouped (`9,007,199,254,740,991`), stays.
  if (keep !== undefined && Array.isArray(keep) && keep.includes(plain)) return run;
  let seen = 0;
  let out = '';
  for (const c of chars) {
    if (!DIGIT.test(c)) {
      out += c;
      continue;
    }
    seen++;
    out += seen <= 6 || seen > digits - 2 ? c : '*';
  }
  return out;
}

const MAX_DEPTH = 6;

/**
 * A copy of a value with every text in it redacted by {@link redactIdentifiers}: strings, object keys
 * and array items, to a depth of six (deeper values are dropped). Numbers below 10^15 stay as they
 * are (amounts, counts, indexes, limits such as `100000000000000`), as do the library's own larger
 * limits (`Number.MAX_SAFE_INTEGER`, powers of ten); any other number of sixteen digits or more may
 * be a NIK typed into a numeric field and becomes its masked text. A value with nothing to redact is
 * returned as is (no copy).
 *
 * @category Identifiers
 * @example
 * redactValue({ keys: ['3201234567890001'], limit: 100000000000000 })
 * //=> { keys: ['320123********01'], limit: 100000000000000 }
 */
export function redactValue<T>(value: T): T {
  try {
    return redactDeep(value, 0) as T;
  } catch (error) {
    throw unreadableInput(error, 'value');
  }
}

/**
 * A number of sixteen digits or more may be a NIK or KK a caller typed into a numeric field; the
 * library's own limits of that size (`Number.MAX_SAFE_INTEGER`, powers of ten) are not identifiers
 * (no region code starts with `10` or `90`) and stay readable.
 */
function redactNumber(value: number): number | string {
  const size = Math.abs(value);
  if (!(size >= 1e15) || size === Number.POSITIVE_INFINITY) return value;
  if (size === Number.MAX_SAFE_INTEGER || /^1(?:0+|e\+\d+)$/.test(String(size))) return value;
  return redactIdentifiers(String(value));
}

function redactDeep(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactIdentifiers(value);
  if (typeof value === 'number') return redactNumber(value);
  if (typeof value === 'bigint') {
    const text = value.toString();
    return text.length < CONTIGUOUS_MIN ? value : redactIdentifiers(text);
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = redactDeep(item, depth + 1);
      if (next !== item && copy === undefined) copy = value.slice(0, i);
      if (copy !== undefined) copy.push(next);
    }
    return copy ?? value;
  }
  if (value instanceof Date) return value;
  if (value instanceof Map) {
    const entries = [...value].slice(0, 1000);
    const next = entries.map(([k, v]) => [redactDeep(k, depth + 1), redactDeep(v, depth + 1)]);
    const changed =
      value.size > 1000 || next.some(([k, v], i) => k !== entries[i]?.[0] || v !== entries[i]?.[1]);
    return changed ? new Map(next as [unknown, unknown][]) : value;
  }
  if (value instanceof Set) {
    const items = [...value].slice(0, 1000);
    const next = items.map((v) => redactDeep(v, depth + 1));
    const changed = value.size > 1000 || next.some((v, i) => v !== items[i]);
    return changed ? new Set(next) : value;
  }
  // Any other object (plain, null-prototype, a class instance): its own enumerable properties; a
  // copy (plain) only when one of them had to be redacted.
  let changed = false;
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const k = redactIdentifiers(key);
    const v = redactDeep(item, depth + 1);
    if (k !== key || v !== item) changed = true;
    entries.push([k, v]);
  }
  return changed ? Object.fromEntries(entries) : value;
}

/**
 * A copy of an issue path with every segment that may hold an identifier redacted: string segments
 * (a record keyed by NIK, an unknown key) through {@link redactIdentifiers}; a number of sixteen
 * digits (a NIK used as a `Map` key) becomes its masked text. Anything else becomes `'?'`.
 * A path with nothing to redact is returned as is.
 *
 * @category Identifiers
 * @example
 * redactPath(['groups', '3201234567890001', 'members', 0])
 * //=> ['groups', '320123********01', 'members', 0]
 */
export function redactPath(path: readonly (string | number)[]): readonly (string | number)[] {
  try {
    if (!Array.isArray(path)) return [];
    let copy: (string | number)[] | undefined;
    for (let i = 0; i < path.length; i++) {
      const part = path[i] as unknown;
      let next: string | number;
      if (typeof part === 'string') next = redactIdentifiers(part);
      else if (typeof part === 'number') next = redactNumber(part);
      else next = '?';
      if (next !== part && copy === undefined) copy = path.slice(0, i);
      if (copy !== undefined) copy.push(next);
    }
    return copy ?? path;
  } catch (error) {
    throw unreadableInput(error, 'path');
  }
}

/** String conversion that cannot throw (symbols, objects with a throwing toString, revoked proxies). */
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}
