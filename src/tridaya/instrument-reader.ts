import { zodLengthOf } from '../_internal/zod-length.js';
import { describeType } from '../core/describe-type.js';
import { checkInstrument, DAYA_NAMES, LIMITS, MAX_SCALE, MAX_WEIGHT } from './instrument-rules.js';

// The library's own reader of an instrument definition: the rules of the public schema
// (InstrumentDefinitionSchema, instrument.ts), read by hand so that `defineInstrument` and
// `scoreResponses` do not carry zod into a user's bundle (issue 11: zod is most of that bundle). It
// reports what the schema reports, issue for issue (code, path, params, in zod's order); a fast-check
// property holds the two equal on arbitrary input (tests/tridaya/instrument-reader.test.ts). zod's
// order and rules, as the reader follows them: an object's keys in the schema's order, then its
// unknown keys (own and inherited enumerable, `for...in`); an array's elements, unless it has more
// than its maximum (then only `too_big`); a type problem stops the checks of that value; a length
// check runs on anything with a `length`; the cross-field rule runs only when every problem found is
// a range one (too_small, too_big within the maximum, unknown keys).

/** One problem as the schema reports it: code, path, params; `stop` when zod aborts on it. */
export interface Raw {
  readonly code: string;
  readonly path: (string | number)[];
  readonly params: Record<string, unknown>;
  readonly stop: boolean;
}

type Path = (string | number)[];
type Out = Raw[];

const add = (
  out: Out,
  stop: boolean,
  path: Path,
  code: string,
  params: Record<string, unknown>,
) => {
  out.push({ code, path, params, stop });
};

const typeProblem = (out: Out, v: unknown, path: Path, expected: string): void => {
  if (v === undefined) add(out, true, path, 'required', { expected });
  else add(out, true, path, 'invalid_type', { expected, received: describeType(v) });
};

/** zod's too_small: a range problem, which does not stop the checks. */
const small = (out: Out, path: Path, minimum: number, inclusive: boolean, origin: string) =>
  add(out, false, path, 'too_small', { minimum, inclusive, origin });
/** zod's too_big (inclusive); `stop` for an array over its maximum, whose elements zod never reads. */
const big = (out: Out, path: Path, maximum: number, origin: string, stop = false) =>
  add(out, stop, path, 'too_big', { maximum, inclusive: true, origin });

/** zod's min and max length checks: on anything not nullish with a `length` (origin by its type). */
function lengths(out: Out, v: unknown, path: Path, min: number | undefined, max: number): void {
  if (v === null || v === undefined || (v as { length?: unknown }).length === undefined) return;
  const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
  // zod compares whatever `length` holds, coerced (NaN fails both bounds).
  if (min !== undefined && !((zodLengthOf(v, min, true) as number) >= min)) {
    small(out, path, min, true, origin);
  }
  if (!((zodLengthOf(v, max, false) as number) <= max)) big(out, path, max, origin);
}

function readString(out: Out, v: unknown, path: Path, min: number | undefined, max: number): void {
  if (typeof v !== 'string') typeProblem(out, v, path, 'string');
  lengths(out, v, path, min, max);
}

function readOptionalString(out: Out, v: unknown, path: Path, max: number): void {
  if (v !== undefined) readString(out, v, path, undefined, max);
}

function readDaya(out: Out, v: unknown, path: Path): void {
  if (!(DAYA_NAMES as readonly unknown[]).includes(v)) {
    add(out, true, path, 'invalid_value', { allowed: [...DAYA_NAMES] });
  }
}

/** A finite number (zod's number type), else a type problem; returns whether it is one. */
function readNumber(out: Out, v: unknown, path: Path): v is number {
  if (typeof v === 'number' && Number.isFinite(v)) return true;
  if (typeof v !== 'number') typeProblem(out, v, path, 'number');
  else add(out, true, path, 'not_finite', { expected: 'finite number', received: describeType(v) });
  return false;
}

function readWeight(out: Out, v: unknown, path: Path): void {
  if (v === undefined || !readNumber(out, v, path)) return;
  if (!(v > 0)) small(out, path, 0, false, 'number');
  if (v > MAX_WEIGHT) big(out, path, MAX_WEIGHT, 'number');
}

/** zod/mini `int()` with `gte(min)` and `lte(MAX_SCALE)`. */
function readScaleBound(out: Out, v: unknown, path: Path, min: number): void {
  if (!readNumber(out, v, path)) return;
  if (!Number.isInteger(v)) {
    add(out, true, path, 'not_integer', { expected: 'integer', received: 'number' });
    return;
  }
  if (v > Number.MAX_SAFE_INTEGER) big(out, path, Number.MAX_SAFE_INTEGER, 'int');
  else if (v < Number.MIN_SAFE_INTEGER) small(out, path, Number.MIN_SAFE_INTEGER, true, 'int');
  if (v < min) small(out, path, min, true, 'number');
  if (v > MAX_SCALE) big(out, path, MAX_SCALE, 'number');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A strict object: each key of `keys` by its reader, then the unknown keys. */
function readObject(
  out: Out,
  v: unknown,
  path: Path,
  keys: readonly string[],
  read: (o: Record<string, unknown>) => void,
): void {
  if (!isObject(v)) {
    typeProblem(out, v, path, 'object');
    return;
  }
  read(v);
  const unknown: string[] = [];
  for (const key in v) {
    if (!keys.includes(key)) unknown.push(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  }
  if (unknown.length > 0) {
    add(out, false, path, 'unrecognized_keys', { keys: unknown });
  }
}

/** An array with 1..max elements, each read by `read` (zod checks the maximum before any element). */
function readArray(
  out: Out,
  v: unknown,
  path: Path,
  max: number,
  read: (element: unknown, elementPath: Path) => void,
): void {
  if (!Array.isArray(v)) {
    typeProblem(out, v, path, 'array');
    lengths(out, v, path, 1, max);
    return;
  }
  if (v.length > max) {
    big(out, path, max, 'array', true);
    return;
  }
  for (let i = 0; i < v.length; i++) read(v[i], [...path, i]);
  if (v.length < 1) small(out, path, 1, true, 'array');
}

const ITEM_KEYS = ['id', 'daya', 'text', 'reverse', 'weight'];
const INSTRUMENT_KEYS = ['id', 'name', 'scale', 'items', 'dayas'];

function readItem(out: Out, v: unknown, path: Path): void {
  readObject(out, v, path, ITEM_KEYS, (item) => {
    readString(out, item.id, [...path, 'id'], 1, LIMITS.id);
    readDaya(out, item.daya, [...path, 'daya']);
    readOptionalString(out, item.text, [...path, 'text'], LIMITS.text);
    const reverse = item.reverse;
    if (reverse !== undefined && typeof reverse !== 'boolean') {
      typeProblem(out, reverse, [...path, 'reverse'], 'boolean');
    }
    readWeight(out, item.weight, [...path, 'weight']);
  });
}

/**
 * Every problem of an instrument definition, as InstrumentDefinitionSchema reports them (the
 * cross-field ones last, and only when no type problem was found). Empty when it is valid.
 */
export function instrumentProblems(definition: unknown): Raw[] {
  const out: Out = [];
  readObject(out, definition, [], INSTRUMENT_KEYS, (d) => {
    readString(out, d.id, ['id'], 1, LIMITS.id);
    readOptionalString(out, d.name, ['name'], LIMITS.name);
    readObject(out, d.scale, ['scale'], ['min', 'max'], (s) => {
      readScaleBound(out, s.min, ['scale', 'min'], 0);
      readScaleBound(out, s.max, ['scale', 'max'], 1);
    });
    readArray(out, d.items, ['items'], LIMITS.items, (item, path) => readItem(out, item, path));
    if (d.dayas !== undefined) {
      readArray(out, d.dayas, ['dayas'], LIMITS.dayas, (daya, path) => readDaya(out, daya, path));
    }
  });
  if (out.some((p) => p.stop)) return out;
  checkInstrument(definition as Parameters<typeof checkInstrument>[0], (path, params) => {
    const { code, ...facts } = params;
    add(out, false, path, code as string, facts);
  });
  return out;
}
