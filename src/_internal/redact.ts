/**
 * The masking rules behind core/mask.ts, with no dependency: core/errors.ts redacts every error it
 * builds with these, and core/mask.ts wraps them so that an unreadable input becomes a
 * `ValidationError` (`unreadable_input`). Keeping the rules here, below both, is what lets errors and
 * masking use each other without an import cycle.
 */

/** `maskIdentifier` of core/mask.ts (documented there) without its guard: a reader that throws propagates. */
export function maskIdentifierRaw(value: string): string {
  const text = typeof value === 'string' ? value : safeString(value);
  const n = text.length;
  if (n >= 12) return text.slice(0, 6) + '*'.repeat(n - 8) + text.slice(n - 2);
  const keep = Math.floor(n / 3);
  return text.slice(0, keep) + '*'.repeat(n - keep);
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

/** `redactIdentifiers` of core/mask.ts (documented there) without its guard: a reader that throws propagates. */
export function redactIdentifiersRaw(text: string, keep?: readonly string[]): string {
  const s = typeof text === 'string' ? text : safeString(text);
  if (s.length < CONTIGUOUS_MIN || fewDigits(s)) return s;
  return s.replace(DIGIT_RUN, (run) => (run.length < CONTIGUOUS_MIN ? run : maskRun(run, keep)));
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

/** `redactValue` of core/mask.ts (documented there) without its guard: a reader that throws propagates. */
export function redactValueRaw<T>(value: T): T {
  return redactDeep(value, 0) as T;
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
  return redactIdentifiersRaw(String(value));
}

function redactDeep(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactIdentifiersRaw(value);
  if (typeof value === 'number') return redactNumber(value);
  if (typeof value === 'bigint') {
    const text = value.toString();
    return text.length < CONTIGUOUS_MIN ? value : redactIdentifiersRaw(text);
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
    const k = redactIdentifiersRaw(key);
    const v = redactDeep(item, depth + 1);
    if (k !== key || v !== item) changed = true;
    entries.push([k, v]);
  }
  return changed ? Object.fromEntries(entries) : value;
}

/** `redactPath` of core/mask.ts (documented there) without its guard: a reader that throws propagates. */
export function redactPathRaw(path: readonly (string | number)[]): readonly (string | number)[] {
  if (!Array.isArray(path)) return [];
  let copy: (string | number)[] | undefined;
  for (let i = 0; i < path.length; i++) {
    const part = path[i] as unknown;
    let next: string | number;
    if (typeof part === 'string') next = redactIdentifiersRaw(part);
    else if (typeof part === 'number') next = redactNumber(part);
    else next = '?';
    if (next !== part && copy === undefined) copy = path.slice(0, i);
    if (copy !== undefined) copy.push(next);
  }
  return copy ?? path;
}

/** String conversion that cannot throw (symbols, objects with a throwing toString, revoked proxies). */
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}
