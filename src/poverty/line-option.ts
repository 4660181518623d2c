import { configurationError } from './issues.js';
import { type PovertyLineAtInput, povertyLineAt } from './lines.js';

/**
 * Reads a line option: a positive finite number, `{ value }` holding one (what `povertyLineAt`
 * returns), or a lookup `{ date, area?, province?, table?, allowStale? }` (no `value`) resolved with
 * `povertyLineAt`, so a household's own province and area pick its line.
 */
export function readLine(raw: unknown): number {
  let line = raw;
  if (typeof raw === 'object' && raw !== null) {
    const v = (raw as { value?: unknown }).value;
    line = v === undefined && 'date' in raw ? povertyLineAt(raw as PovertyLineAtInput).value : v;
  }
  if (typeof line !== 'number' || !(line > 0) || line > Number.MAX_VALUE) {
    throw configurationError('invalid_line', {}, ['line']);
  }
  return line;
}
