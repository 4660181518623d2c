import { unreadableAs } from '../_internal/guard.js';
import {
  maskIdentifierRaw,
  redactIdentifiersRaw,
  redactPathRaw,
  redactValueRaw,
} from '../_internal/redact.js';
import { IDENTIFIER, PATH, TEXT, VALUE } from '../_internal/contexts.js';

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
    return maskIdentifierRaw(value);
  } catch (error) {
    throw unreadableAs(error, IDENTIFIER);
  }
}

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
    return redactIdentifiersRaw(text, keep);
  } catch (error) {
    throw unreadableAs(error, TEXT);
  }
}

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
    return redactValueRaw(value);
  } catch (error) {
    throw unreadableAs(error, VALUE);
  }
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
    return redactPathRaw(path);
  } catch (error) {
    throw unreadableAs(error, PATH);
  }
}
