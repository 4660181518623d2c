import { decimalFraction, decimalText } from '../../_internal/decimal-fraction.js';
import { isWholeNumber } from '../../_internal/whole.js';

// The rules of a kolektibilitas table, written once. The schema (schema.ts, shape.ts), the table
// checker (table.ts and read-level.ts) and the types (shape.ts) are all built from these; no copy of
// a rule lives anywhere else. Plain values and predicates only: no zod here, so that classifying a
// loan does not carry a schema into a user's bundle.

/** The units a table may count arrears in (the schema's enum and the checker's test). */
export const KOLEKTIBILITAS_UNITS = ['days', 'instalments', 'months'] as const;

/** A level code: snake_case, starting with a letter. */
export const LEVEL_CODE_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
/** Longest level code. */
export const MAX_LEVEL_CODE_LENGTH = 100;
/** Longest table id. */
export const MAX_TABLE_ID_LENGTH = 200;
/** Most levels a table may have. */
export const MAX_LEVELS = 1000;
/** Lowest level number (1 = lancar). */
export const MIN_LEVEL = 1;

/** A whole number >= 0 (a bound of a level's range). */
export const isBound = isWholeNumber;

/** A whole level number >= {@link MIN_LEVEL}. */
export const isLevelNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= MIN_LEVEL;

/** A snake_case level code of at most {@link MAX_LEVEL_CODE_LENGTH} characters. */
export const isLevelCode = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_LEVEL_CODE_LENGTH && LEVEL_CODE_PATTERN.test(v);

/** A string with something in it besides spaces. */
const isFilled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A table id: filled, at most {@link MAX_TABLE_ID_LENGTH} characters. */
export const isTableId = (v: unknown): v is string =>
  isFilled(v) && v.length <= MAX_TABLE_ID_LENGTH;

/** A table source: filled. */
export const isSource = isFilled;

/** One of {@link KOLEKTIBILITAS_UNITS}. */
export const isUnit = (v: unknown): v is (typeof KOLEKTIBILITAS_UNITS)[number] =>
  typeof v === 'string' && (KOLEKTIBILITAS_UNITS as readonly string[]).includes(v);

/** A `{ id, en }` label with both names filled. */
export function isLabel(v: unknown): v is { id: string; en: string } {
  if (v === null || typeof v !== 'object') return false;
  const { id, en } = v as { id?: unknown; en?: unknown };
  return isFilled(id) && isFilled(en);
}

/**
 * A provision rate read as an exact decimal when it is a fraction 0..1 (a number or a decimal
 * string), `undefined` when it is anything else. `null` (no sourced rate) is the caller's case.
 */
/** A provision rate read exactly: numerator / 10^k in lowest decimal terms, and its decimal text. */
export interface ProvisionRate {
  readonly numerator: bigint;
  readonly denominator: bigint;
  /** The rate written out in plain decimals without trailing zeros (`'0.05'`, `'1'`, `'0'`). */
  readonly text: string;
  /** `text`, under the name of the decimal.js method that wrote it in 0.1. */
  toFixed(): string;
}

/**
 * A provision rate 0 .. 1 (a number or a decimal string, read exactly, never through binary floating
 * point), or undefined when it is not one. A negative zero (`-0`, `'-0.0'`) is refused as negative, as
 * decimal.js's `isNegative` refused it in 0.1 (tests/revolving-fund/provision-rate.test.ts holds this
 * reader equal to that one).
 */
export function readProvisionRate(value: unknown): ProvisionRate | undefined {
  const f = decimalFraction(value);
  if (f === undefined || f.negative || f.numerator > f.denominator) return undefined;
  const { numerator, denominator } = f;
  const text = decimalText(f);
  return { numerator, denominator, text, toFixed: () => text };
}
