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

const LONG_DIGIT_RUN = /\d{12,}/g;

/**
 * Masks every run of twelve or more digits (a NIK or KK has 16; rupiah amounts below one trillion
 * have fewer, so they stay readable) in a text with {@link maskIdentifier}. Every message the
 * library builds passes through this, so no message can carry a full NIK or KK number even when a
 * caller's own message template interpolates one.
 *
 * @category Identifiers
 * @example
 * redactIdentifiers('NIK 3201234567890001 sudah terdaftar')
 * //=> 'NIK 320123********01 sudah terdaftar'
 */
export function redactIdentifiers(text: string): string {
  try {
    const s = typeof text === 'string' ? text : safeString(text);
    return s.replace(LONG_DIGIT_RUN, (run) => maskIdentifier(run));
  } catch (error) {
    throw unreadableInput(error, 'text');
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
